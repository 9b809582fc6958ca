import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock } from '@hotline/config';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { PrivacyScanResult, PrivacyScanService } from './privacy-scan.service';

@Processor(QueueName.PrivacyDuties, { concurrency: 1 })
export class PrivacyScanProcessor extends WorkerHost {
  constructor(
    private readonly scan: PrivacyScanService,
    private readonly clock: Clock,
  ) {
    super();
  }

  process(job: Job<JobPayloads[JobName.ScanPrivacy]>): Promise<PrivacyScanResult> {
    return this.scan.run(job.data.now ? new Date(job.data.now) : this.clock.now());
  }
}
