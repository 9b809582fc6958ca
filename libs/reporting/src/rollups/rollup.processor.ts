import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@hotline/contracts';
import { DrainResult, RollupService } from './rollup.service';

export const ROLLUP_SCHEDULER = 'refresh-rollups';
const EVERY_MS = 5_000;

@Processor(QueueName.Reporting, { concurrency: 1 })
export class RollupProcessor extends WorkerHost {
  constructor(private readonly rollups: RollupService) {
    super();
  }

  process(): Promise<DrainResult> {
    return this.rollups.drain();
  }
}

/**
 * A tick every few seconds drains what the trigger marked. Polling a small table (an index range on its primary key)
 * is cheap, and it keeps working whatever wrote the event: intake's single statement, the workflow, the deadline scan.
 */
@Injectable()
export class RollupSchedulerService implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Reporting) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ROLLUP_SCHEDULER,
      { every: EVERY_MS },
      { name: JobName.RefreshRollups, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } } },
    );
  }
}
