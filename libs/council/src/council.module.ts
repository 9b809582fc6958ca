import { Module } from '@nestjs/common';
import { CouncilSessionsController, CouncilTargetsController, SessionReportController } from './council.controller';
import { SessionReportService } from './session-report/session-report.service';
import { CouncilSessionsService } from './sessions/council-sessions.service';
import { CouncilTargetsService } from './targets/council-targets.service';

const SERVICES = [CouncilSessionsService, CouncilTargetsService, SessionReportService];

/** Council sessions, the session report, and the targets and tasks the council assigns to agencies. */
@Module({ providers: SERVICES, exports: SERVICES, controllers: [CouncilSessionsController, CouncilTargetsController, SessionReportController] })
export class CouncilApiModule {}
