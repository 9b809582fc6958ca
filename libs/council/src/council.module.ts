import { Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { SessionReportController } from './session-report/session-report.controller';
import { SessionReportService } from './session-report/session-report.service';
import { CouncilSessionsController } from './sessions/council-sessions.controller';
import { CouncilSessionsService } from './sessions/council-sessions.service';
import { CouncilTargetsController } from './targets/council-targets.controller';
import { CouncilTargetsService } from './targets/council-targets.service';

const SERVICES = [CouncilSessionsService, CouncilTargetsService, SessionReportService];

/** Council sessions, the session report, and the targets and tasks the council assigns to agencies. */
@Module({
  imports: [AuditModule],
  providers: SERVICES,
  exports: SERVICES,
  controllers: [CouncilSessionsController, CouncilTargetsController, SessionReportController],
})
export class CouncilApiModule {}
