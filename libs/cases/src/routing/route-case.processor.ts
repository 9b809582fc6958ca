import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { CaseEntity } from '@hotline/database';
import { NaturalBatcher } from '@hotline/platform';
import { CaseWorkflowService } from '../workflow/case-workflow.service';

/**
 * Routing transactions running at once. Two keep PostgreSQL busy with one batch while this process prepares the
 * next; more would only split the waiting jobs into smaller batches.
 */
const ROUTING_TRANSACTIONS = 2;

/**
 * Routes a newly received case. Runs safely twice: a case no longer `received` is left alone. The jobs running at
 * once (ROUTING_CONCURRENCY) are coalesced into shared transactions, so under load one transaction routes every case
 * that arrived while the previous one ran; a failed batch is retried case by case, so one bad case fails only its job.
 */
@Processor(QueueName.Cases, { concurrency: 8 })
export class RouteCaseProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RouteCaseProcessor.name);
  private readonly batcher: NaturalBatcher<string, CaseEntity | null>;

  constructor(
    private readonly workflow: CaseWorkflowService,
    private readonly config: AppConfig,
  ) {
    super();
    this.batcher = new NaturalBatcher((caseIds) => this.workflow.autoRouteMany(caseIds), {
      maxInFlight: ROUTING_TRANSACTIONS,
      maxBatchSize: config.worker.routingConcurrency,
    });
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.routingConcurrency;
  }

  async process(job: Job<JobPayloads[JobName.RouteCase]>): Promise<void> {
    if (job.name !== JobName.RouteCase) throw new Error(`cases queue has no handler for ${job.name}`);
    const routed = await this.batcher.submit(job.data.caseId);
    if (routed) this.logger.log({ caseId: routed.id, status: routed.status, agencyId: routed.agencyId }, 'case routed');
  }
}
