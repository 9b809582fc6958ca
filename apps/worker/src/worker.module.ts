import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CasesWorkerModule } from '@hotline/cases';
import { ChannelsWorkerModule } from '@hotline/channels';
import { AppConfig, Clock, ConfigModule } from '@hotline/config';
import { DatabaseModule } from '@hotline/database';
import { DeadlinesWorkerModule } from '@hotline/deadlines';
import { NotificationsWorkerModule } from '@hotline/notifications';
import { LearningWorkerModule } from '@hotline/learning';
import { PrivacyWorkerModule } from '@hotline/privacy';
import { ReportingWorkerModule } from '@hotline/reporting';
import {
  JobSchedulerService,
  LoggingModule,
  OutboxRelayService,
  QueueModule,
  StorageModule,
  WorkerMetricsService,
  WorkerQueueSelectionService,
  WorkerShutdownService,
} from '@hotline/platform';

/** The worker: BullMQ processors, the outbox relay and the job schedules, no HTTP listener. */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        DiscoveryModule,
        LoggingModule,
        DatabaseModule,
        QueueModule.forRoot(),
        StorageModule,
        CasesWorkerModule,
        ChannelsWorkerModule,
        NotificationsWorkerModule,
        DeadlinesWorkerModule,
        ReportingWorkerModule,
        LearningWorkerModule,
        PrivacyWorkerModule,
      ],
      providers: [WorkerShutdownService, WorkerQueueSelectionService, OutboxRelayService, JobSchedulerService, WorkerMetricsService],
    };
  }
}
