// The access decorators live in the platform library, so every library can declare a route's policy.
export { ACCESS_POLICY, CurrentActor, Policy, type AccessPolicy } from '@hotline/platform';
export * from './access.guard';
export * from './auth.controller';
export * from './auth.module';
export * from './auth.service';
export * from './passwords';
export * from './policy/abilities';
export * from './sessions/session.service';
export * from './sessions/totp';
export * from './throttling/login-throttle.service';
export * from './throttling/rate-limit';
export * from './throttling/security-redis';
