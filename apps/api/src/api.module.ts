import { DynamicModule, Module } from '@nestjs/common';
import { AuditApiModule } from '@hotline/audit';
import { AuthModule } from '@hotline/auth';
import { CasesApiModule } from '@hotline/cases';
import { ChannelsApiModule } from '@hotline/channels';
import { AppConfig, Clock, ConfigModule } from '@hotline/config';
import { CouncilApiModule } from '@hotline/council';
import { DatabaseModule } from '@hotline/database';
import { DeadlinesApiModule } from '@hotline/deadlines';
import { LearningApiModule } from '@hotline/learning';
import { PrivacyApiModule } from '@hotline/privacy';
import { ReportingApiModule } from '@hotline/reporting';
import { HealthModule, LoggingModule, OperationsModule, QueueModule, StorageModule } from '@hotline/platform';

@Module({})
export class ApiModule {
  static forRoot(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggingModule,
        DatabaseModule,
        QueueModule.forRoot(),
        StorageModule,
        OperationsModule,
        AuthModule,
        AuditApiModule,
        HealthModule,
        CasesApiModule,
        ChannelsApiModule,
        DeadlinesApiModule,
        CouncilApiModule,
        ReportingApiModule,
        LearningApiModule,
        PrivacyApiModule,
      ],
    };
  }
}
