import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName } from '@hotline/contracts';
import { DrainResult, RollupService } from './rollup.service';

@Processor(QueueName.Reporting, { concurrency: 1 })
export class RollupProcessor extends WorkerHost {
  constructor(private readonly rollups: RollupService) {
    super();
  }

  process(): Promise<DrainResult> {
    return this.rollups.drain();
  }
}
