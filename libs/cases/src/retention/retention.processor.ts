import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock } from '@hotline/config';
import { JobName, JobPayloads, QueueName, SYSTEM_ACTOR } from '@hotline/contracts';
import { RetentionResult, RetentionService } from './retention.service';

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
