import { Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { DeadlinesModule } from '@hotline/deadlines';
import { NotificationsModule } from '@hotline/notifications';
import { AttachmentService } from './attachments/attachment.service';
import { CitizenAttachmentsController, StaffAttachmentsController } from './attachments/attachments.controller';
import { CaseQueryService } from './case-list/case-query.service';
import { IntakeController } from './intake/intake.controller';
import { IntakeService } from './intake/intake.service';
import { ReferenceController } from './reference/reference.controller';
import { ReferenceDataService } from './reference/reference-data.service';
import { RouteCaseProcessor } from './routing/route-case.processor';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';
import { CaseWorkflowService } from './workflow/case-workflow.service';
import { StaffCasesController } from './workflow/staff-cases.controller';

const SERVICES = [ReferenceDataService, IntakeService, CaseWorkflowService, CaseQueryService, TrackingService, AttachmentService];

/** Case services, shared by the API and the worker. */
@Module({ imports: [NotificationsModule, DeadlinesModule, AuditModule], providers: SERVICES, exports: SERVICES })
export class CasesModule {}

/** The HTTP side: intake, tracking, staff case work, reference data. */
@Module({ imports: [CasesModule], controllers: [IntakeController, TrackingController, CitizenAttachmentsController, StaffAttachmentsController, StaffCasesController, ReferenceController] })
export class CasesApiModule {}

/** The worker side: routing processor. */
@Module({ imports: [CasesModule], providers: [RouteCaseProcessor] })
export class CasesWorkerModule {}
