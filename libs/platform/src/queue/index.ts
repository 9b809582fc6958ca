export * from './queue.module';
export * from './redis-connection';
export * from './worker-hosts';
export * from './job-schedules';
