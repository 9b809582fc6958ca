import { Module } from '@nestjs/common';
import { CasesModule } from '@hotline/cases';
import { NotificationsModule } from '@hotline/notifications';
import { LearningAdminService } from './http/learning-admin.service';
import { LearningController } from './http/learning.controller';
import { LearningProcessor } from './learning.processor';
import { DeadlineRiskService } from './risk/deadline-risk.service';
import { RoutingModelService } from './routing/routing-model.service';
import { SuggestionService } from './routing/suggestion.service';

const SERVICES = [RoutingModelService, SuggestionService, DeadlineRiskService];

@Module({ imports: [CasesModule, NotificationsModule], providers: SERVICES, exports: SERVICES })
export class LearningModule {}

/** The HTTP side: suggestions for triage and the operator console, the admin's accuracy page, the cases at risk. */
@Module({ imports: [LearningModule], controllers: [LearningController], providers: [LearningAdminService] })
export class LearningApiModule {}

/** The worker side: training (nightly and as decisions arrive), suggestions on triage, risk scores and the digest. */
@Module({ imports: [LearningModule], providers: [LearningProcessor] })
export class LearningWorkerModule {}
