export * from './data-source-options';
export * from './database.module';
export * from './ensure-database';
export * from './entities';
export * from './ids';
export * from './migrations';
export * as cityData from './seed/city-data';
export * from './case-events';
export * from './outbox-wakeup';
