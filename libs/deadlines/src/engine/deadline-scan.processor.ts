import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Clock } from '@hotline/config';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { DeadlineScanService, ScanResult } from './deadline-scan.service';

export const DEADLINE_SCAN_SCHEDULER = 'deadline-scan';
const EVERY_MS = 60_000;

@Processor(QueueName.Deadlines, { concurrency: 1 })
export class DeadlineScanProcessor extends WorkerHost {
  constructor(
    private readonly scanner: DeadlineScanService,
    private readonly clock: Clock,
  ) {
    super();
  }

  process(job: Job<JobPayloads[JobName.ScanDeadlines]>): Promise<ScanResult> {
    return this.scanner.scan(job.data.now ? new Date(job.data.now) : this.clock.now());
  }
}

/**
 * Registers the minute tick once per cluster: upserting a scheduler under a stable key is idempotent, so every
 * worker may do it at boot and there is still one schedule, and each tick is one job that one worker takes.
 */
@Injectable()
export class DeadlineSchedulerService implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Deadlines) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DEADLINE_SCAN_SCHEDULER,
      { every: EVERY_MS },
      { name: JobName.ScanDeadlines, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } } },
    );
  }
}
