import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { PetitionImportService } from './petition-import.service';

/** Imports one uploaded file of voter petitions; its progress is the job's and the import row's. */
@Processor(QueueName.Channels, { concurrency: 1 })
export class PetitionImportProcessor extends WorkerHost {
  constructor(private readonly imports: PetitionImportService) {
    super();
  }

  async process(job: Job<JobPayloads[JobName.ImportVoterPetitions]>): Promise<void> {
    if (job.name !== JobName.ImportVoterPetitions) throw new Error(`channels queue has no handler for ${job.name}`);
    await this.imports.run(job.data.importId, (percent) => job.updateProgress(percent));
  }
}
