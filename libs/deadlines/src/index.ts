export * from './calendar';
export * from './deadlines.module';
export * from './engine/deadline-engine.service';
export * from './engine/deadline-math';
export * from './engine/deadline-reference.service';
export * from './engine/deadline-scan.processor';
export * from './engine/deadline-scan.service';
