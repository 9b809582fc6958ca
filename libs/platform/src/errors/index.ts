export * from './domain-errors';
export * from './http-exception.filter';
export * from './validation.pipe';
