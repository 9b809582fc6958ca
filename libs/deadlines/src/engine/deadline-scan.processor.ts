import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Clock } from '@hotline/config';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { DeadlineScanService, ScanResult } from './deadline-scan.service';

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
