import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Policy } from '../access/access.decorators';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis-health.indicator';

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
  @Policy('read', 'Health')
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis answer. 503 otherwise. */
  @Get('ready')
  @Policy('read', 'Health')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('postgres', { timeout: 1500 }), () => this.redis.check('redis')]);
  }
}
