import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SetMetadata } from '@nestjs/common';
import { RedisHealthIndicator } from './redis-health.indicator';

// Same metadata as @Public() in libs/auth; declared here so the platform lib does not depend on auth.
const PublicRoute = () => SetMetadata('hotline:access-policy', { public: true });

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up. */
  @Get('live')
  @PublicRoute()
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis answer. 503 otherwise. */
  @Get('ready')
  @PublicRoute()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('postgres', { timeout: 1500 }), () => this.redis.check('redis')]);
  }
}
