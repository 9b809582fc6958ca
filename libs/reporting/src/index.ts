export * from './reporting.module';
export * from './rollups/rollup-sql';
export * from './rollups/rollup.service';
export * from './rollups/rollup.processor';
export * from './summary/dto/summary.dto';
export * from './summary/figures';
export * from './summary/summary.service';
export * from './summary/summary-table';
