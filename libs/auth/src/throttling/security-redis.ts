import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AppConfig } from '@hotline/config';
import { createRedis } from '@hotline/platform';

/** The Redis connection of rate limits and login lockouts, shared by every API instance. */
@Injectable()
export class SecurityRedis implements OnApplicationShutdown {
  private readonly logger = new Logger(SecurityRedis.name);
  readonly client: IORedis;
  /** Keys share the queue prefix's hash tag, so one deployment's (or one test's) keys stay together. */
  readonly prefix: string;

  constructor(config: AppConfig) {
    // A limiter must not hang a request while Redis is away: one retry, then a quick error the caller fails open on.
    // Auto-pipelining: the limiter calls of requests handled in the same event-loop turn go to Redis in one write.
    this.client = createRedis(config.redis.connection, {
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectionName: 'hotline-security',
      enableAutoPipelining: true,
    });
    this.client.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'security redis error'));
    this.prefix = `{${config.redis.queuePrefix}}:security`;
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
