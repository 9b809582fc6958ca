import { Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { CasesModule } from '@hotline/cases';
import { DeadlinesModule } from '@hotline/deadlines';
import { MailTransportService, NotificationsModule } from '@hotline/notifications';
import { BreachController } from './breaches/breach.controller';
import { BreachService } from './breaches/breach.service';
import { SubjectDataService } from './export/subject-data.service';
import { PrivacyNoticeController } from './notices/privacy-notice.controller';
import { PrivacyNoticeService } from './notices/privacy-notice.service';
import { PrivacyExport } from './export/privacy-export';
import { CitizenPrivacyController, StaffPrivacyController } from './requests/privacy-request.controller';
import { PrivacyRequestService } from './requests/privacy-request.service';
import { PrivacyRetentionService } from './scan/privacy-retention.service';
import { PrivacyScanProcessor } from './scan/privacy-scan.processor';
import { PrivacyScanService } from './scan/privacy-scan.service';

const SERVICES = [
  MailTransportService,
  PrivacyNoticeService,
  SubjectDataService,
  PrivacyRequestService,
  BreachService,
  PrivacyRetentionService,
  PrivacyScanService,
];

/** Personal data law (docs/personal-data.md): shared by the API and the worker. */
@Module({ imports: [CasesModule, DeadlinesModule, AuditModule, NotificationsModule], providers: SERVICES, exports: SERVICES })
export class PrivacyModule {}

@Module({
  imports: [PrivacyModule, AuditModule, CasesModule],
  controllers: [PrivacyNoticeController, CitizenPrivacyController, StaffPrivacyController, BreachController],
  providers: [PrivacyExport],
})
export class PrivacyApiModule {}

@Module({ imports: [PrivacyModule], providers: [PrivacyScanProcessor] })
export class PrivacyWorkerModule {}
