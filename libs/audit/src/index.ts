export * from './audit-action';
export * from './audit.module';
export * from './audit.service';
export * from './email-fingerprint';
