import { Module } from '@nestjs/common';
import { NotificationsModule } from '@hotline/notifications';
import { DeadlineEngineService } from './engine/deadline-engine.service';
import { DeadlineReferenceService } from './engine/deadline-reference.service';
import { DeadlineScanProcessor } from './engine/deadline-scan.processor';
import { DeadlineScanService } from './engine/deadline-scan.service';
import { DeadlinesController } from './http/deadlines.controller';
import { DeadlinesAdminService } from './http/deadlines-admin.service';
import { OverdueBoardService } from './http/overdue-board.service';

const SERVICES = [DeadlineReferenceService, DeadlineEngineService, DeadlineScanService];

@Module({ imports: [NotificationsModule], providers: SERVICES, exports: SERVICES })
export class DeadlinesModule {}

@Module({ imports: [DeadlinesModule], providers: [DeadlineScanProcessor] })
export class DeadlinesWorkerModule {}

@Module({ imports: [DeadlinesModule], controllers: [DeadlinesController], providers: [OverdueBoardService, DeadlinesAdminService] })
export class DeadlinesApiModule {}
