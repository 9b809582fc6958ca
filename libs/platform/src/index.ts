export * from './errors';
export * from './logging/logging.module';
export * from './outbox';
export * from './queue';
export * from './health/health.module';
export * from './logging/request-logging';
