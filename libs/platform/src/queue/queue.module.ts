import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { DefaultJobOptions, Queue } from 'bullmq';
import { AppConfig } from '@hotline/config';
import { QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix } from './redis-connection';

/** Retries with backoff, and retention so kept jobs never grow Redis without bound. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

const QUEUE_NAMES = Object.values(QueueName);

/** Injects every declared queue as `Queue[]`: what watches all queues (metrics, dead letters, the dashboard) uses it. */
export const ALL_QUEUES = Symbol('ALL_QUEUES');

@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS })));
    const allQueues = { provide: ALL_QUEUES, useFactory: (...all: Queue[]) => all, inject: QUEUE_NAMES.map((name) => getQueueToken(name)) };
    return {
      module: QueueModule,
      // Global: processors and schedulers in any worker module inject the queues they feed.
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: bullConnection(config.redis.connection),
            prefix: bullPrefix(config.redis.queuePrefix),
          }),
        }),
        queues,
      ],
      providers: [allQueues],
      exports: [queues, ALL_QUEUES],
    };
  }
}
