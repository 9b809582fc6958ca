export * from './case.enums';
export * from './queues';
export * from './roles';
export * from './labels';
export * from './clocks';
export * from './policy';
export * from './error-codes';
