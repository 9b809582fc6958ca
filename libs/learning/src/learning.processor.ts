import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { DeadlineRiskService } from './risk/deadline-risk.service';
import { RoutingModelService } from './routing/routing-model.service';
import { SuggestionService } from './routing/suggestion.service';

type LearningJob = Job<JobPayloads[JobName.TrainModels | JobName.LearnFromDecisions | JobName.SuggestRoute | JobName.SendRiskDigest]>;

/** The learning queue: one job at a time, so trainings and incremental updates never race (they also lock). */
@Processor(QueueName.Learning, { concurrency: 1 })
export class LearningProcessor extends WorkerHost {
  constructor(
    private readonly models: RoutingModelService,
    private readonly suggestions: SuggestionService,
    private readonly risk: DeadlineRiskService,
  ) {
    super();
  }

  async process(job: LearningJob): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.TrainModels:
        return { routing: await this.models.trainFull(), risk: await this.risk.train(), scored: await this.risk.score() };
      case JobName.LearnFromDecisions:
        return this.models.learnNewDecisions();
      case JobName.SuggestRoute:
        return this.suggestions.suggestAndMaybeRoute((job.data as JobPayloads[JobName.SuggestRoute]).caseId);
      case JobName.ScoreDeadlineRisk:
        return this.risk.score();
      case JobName.SendRiskDigest:
        return this.risk.sendDigest((job.data as JobPayloads[JobName.SendRiskDigest]).now);
      default:
        throw new Error(`Unknown learning job ${job.name}`);
    }
  }
}
