export * from './factories';
export * from './smtp-capture';
export * from './test-database';
export * from './test-platform';
export * from './wait-for';
export * from './free-port';
export * from './api-types';
export * from './built-process';
export { forgetDeath, throwIfAProcessDied, watchForDeath } from './process-deaths';
