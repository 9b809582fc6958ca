// The access decorators live in the platform library, so every library can declare a route's policy.
export { ACCESS_POLICY, ALL_STAFF, CurrentActor, Public, StaffOnly, type AccessPolicy } from '@hotline/platform';
export * from './access.guard';
export * from './auth.module';
export * from './auth.service';
export * from './passwords';
export * from './throttling/login-throttle.service';
export * from './throttling/rate-limit';
export * from './throttling/security-redis';
