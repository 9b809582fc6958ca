import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { AttachmentService } from './attachment.service';

/**
 * Makes an image attachment's copy without metadata after its upload (the outbox enqueues one job per image). Two at
 * once: each decodes and encodes a whole photo, and the worker shares its cores with routing and notices.
 */
@Processor(QueueName.Media, { concurrency: 2 })
export class PublicImageProcessor extends WorkerHost {
  constructor(private readonly attachments: AttachmentService) {
    super();
  }

  async process(job: Job<JobPayloads[JobName.MakePublicImage]>): Promise<void> {
    if (job.name !== JobName.MakePublicImage) throw new Error(`media queue has no handler for ${job.name}`);
    await this.attachments.makePublicCopy(job.data.attachmentId);
  }
}
