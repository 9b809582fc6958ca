import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { CaseWorkflowService } from '../workflow/case-workflow.service';

/** Routes a newly received case. Runs safely twice: a case no longer `received` is left alone. */
@Processor(QueueName.Cases, { concurrency: 8 })
export class RouteCaseProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RouteCaseProcessor.name);

  constructor(
    private readonly workflow: CaseWorkflowService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job<JobPayloads[JobName.RouteCase]>): Promise<void> {
    if (job.name !== JobName.RouteCase) throw new Error(`cases queue has no handler for ${job.name}`);
    const routed = await this.workflow.autoRoute(job.data.caseId);
    if (routed) this.logger.log({ caseId: routed.id, status: routed.status, agencyId: routed.agencyId }, 'case routed');
  }
}
