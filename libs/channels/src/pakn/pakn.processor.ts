import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobItem, JobName, QueueName } from '@hotline/contracts';
import { PaknLinkService } from './pakn-link.service';

/** The national PAKN link's jobs: push a case, push an answer, pull the inbox, import one pulled message. */
@Processor(QueueName.Pakn, { concurrency: 4 })
export class PaknProcessor extends WorkerHost {
  constructor(private readonly link: PaknLinkService) {
    super();
  }

  async process(job: Job): Promise<void> {
    const item = { name: job.name, data: job.data } as JobItem;
    switch (item.name) {
      case JobName.PaknPushCase:
        return this.link.pushCase(item.data.caseId);
      case JobName.PaknPushAnswer:
        return this.link.pushAnswer(item.data.caseId, item.data.round);
      case JobName.PaknPull:
        await this.link.pull();
        return;
      case JobName.PaknImport:
        return this.link.importMessage(item.data.remoteId);
      default:
        throw new Error(`pakn queue has no handler for ${job.name}`);
    }
  }
}
