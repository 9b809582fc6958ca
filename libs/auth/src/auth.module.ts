import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@hotline/audit';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionService } from './sessions/session.service';
import { LoginThrottleService } from './throttling/login-throttle.service';
import { RateLimitGuard } from './throttling/rate-limit';
import { SecurityRedis } from './throttling/security-redis';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [AuditModule],
  controllers: [AuthController, UsersController],
  // Both guards apply to every route: the access policy always, the rate limit where a route is marked @RateLimit.
  providers: [
    AuthService,
    SessionService,
    UsersService,
    SecurityRedis,
    LoginThrottleService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
