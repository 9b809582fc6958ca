import { Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { DeadlinesModule } from '@hotline/deadlines';
import { MailTransportService, NotificationsModule } from '@hotline/notifications';
import { ContactCodeService } from './contact/contact-code.service';
import { MyCasesController } from './my-cases/my-cases.controller';
import { MyCasesService } from './my-cases/my-cases.service';
import { SupportersController } from './supporters/supporters.controller';
import { SupportersService } from './supporters/supporters.service';
import { AnswerTemplateService } from './answer-templates/answer-template.service';
import { AnswerTemplatesController, CaseAnswerTemplatesController } from './answer-templates/answer-templates.controller';
import { ApprovalRuleService } from './approval/approval-rule.service';
import { ApprovalRulesController } from './approval/approval-rules.controller';
import { AttachmentService } from './attachments/attachment.service';
import { CitizenAttachmentsController, PhotoLocationController, StaffAttachmentsController } from './attachments/attachments.controller';
import { CaseListController } from './case-list/case-list.controller';
import { CaseQueryService } from './case-list/case-query.service';
import { DuplicateFinderService } from './duplicates/duplicate-finder.service';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { CaseIdentityController } from './identity/case-identity.controller';
import { IdentityGrantScopeService } from './identity/identity-grant-scope.service';
import { CaseIdentityService } from './identity/case-identity.service';
import { IntakeController } from './intake/intake.controller';
import { IntakeService } from './intake/intake.service';
import { ReferenceAdminController } from './reference/admin/reference-admin.controller';
import { ReferenceAdminService } from './reference/admin/reference-admin.service';
import { BoundaryImportService } from './place/boundary-import.service';
import { PlaceController } from './place/place.controller';
import { ReferenceController } from './reference/reference.controller';
import { ReferenceDataService } from './reference/reference-data.service';
import { PublicationController } from './publication/publication.controller';
import { PublicationService } from './publication/publication.service';
import { RetentionController } from './retention/retention.controller';
import { PublicImageProcessor } from './attachments/public-image.processor';
import { RetentionProcessor } from './retention/retention.processor';
import { RetentionService } from './retention/retention.service';
import { RouteCaseProcessor } from './routing/route-case.processor';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';
import { CasePrintService } from './printing/case-print.service';
import { BulkActionsService } from './workflow/bulk-actions.service';
import { CaseWorkflowService } from './workflow/case-workflow.service';
import { StaffCasesController } from './workflow/staff-cases.controller';

const SERVICES = [
  ReferenceDataService,
  IntakeService,
  CaseWorkflowService,
  CaseIdentityService,
  IdentityGrantScopeService,
  CaseQueryService,
  TrackingService,
  RetentionService,
  AttachmentService,
  DuplicateFinderService,
  BulkActionsService,
  CasePrintService,
  PublicationService,
  MailTransportService,
  ContactCodeService,
  MyCasesService,
  SupportersService,
];

/** Case services, shared by the API and the worker. */
@Module({ imports: [NotificationsModule, DeadlinesModule, AuditModule], providers: SERVICES, exports: SERVICES })
export class CasesModule {}

/** The HTTP side: intake, tracking, staff case work, reference data. */
@Module({
  imports: [CasesModule, AuditModule],
  providers: [ReferenceAdminService, AnswerTemplateService, ApprovalRuleService, BoundaryImportService],
  controllers: [
    DuplicatesController,
    IntakeController,
    TrackingController,
    CitizenAttachmentsController,
    PhotoLocationController,
    StaffAttachmentsController,
    CaseListController,
    StaffCasesController,
    CaseIdentityController,
    ReferenceController,
    ReferenceAdminController,
    PlaceController,
    RetentionController,
    AnswerTemplatesController,
    CaseAnswerTemplatesController,
    ApprovalRulesController,
    PublicationController,
    MyCasesController,
    SupportersController,
  ],
})
export class CasesApiModule {}

/** The worker side: routing, and the daily personal-data retention run. */
@Module({ imports: [CasesModule], providers: [RouteCaseProcessor, RetentionProcessor, PublicImageProcessor] })
export class CasesWorkerModule {}
