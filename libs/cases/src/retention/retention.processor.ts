import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Clock } from '@hotline/config';
import { JobName, JobPayloads, QueueName, SYSTEM_ACTOR } from '@hotline/contracts';
import { RetentionResult, RetentionService } from './retention.service';

export const RETENTION_SCHEDULER = 'personal-data-retention';

@Processor(QueueName.Privacy, { concurrency: 1 })
export class RetentionProcessor extends WorkerHost {
  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {
    super();
  }

  process(job: Job<JobPayloads[JobName.AnonymiseClosedCases]>): Promise<RetentionResult> {
    return this.retention.run(job.data.now ? new Date(job.data.now) : this.clock.now(), SYSTEM_ACTOR);
  }
}

/** One daily run per cluster, at night in Hà Nội; upserting under a stable key keeps a single schedule. */
@Injectable()
export class RetentionSchedulerService implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Privacy) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER,
      { pattern: '0 30 2 * * *', tz: 'Asia/Ho_Chi_Minh' },
      { name: JobName.AnonymiseClosedCases, data: {}, opts: { removeOnComplete: { count: 30 }, removeOnFail: { age: 30 * 24 * 3600 } } },
    );
  }
}
