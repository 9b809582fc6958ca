import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { RetentionService } from '@hotline/cases';
import { AppConfig, ConfigModule } from '@hotline/config';
import { DatabaseModule } from '@hotline/database';
import { RollupService } from '@hotline/reporting';

/**
 * What the database CLI needs and nothing more: the configuration, the database and the services its commands run
 * (no queues, no Redis, no HTTP). Nest builds them, as it does in the apps.
 */
@Module({})
export class DatabaseCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseCliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule],
      providers: [RetentionService, RollupService],
    };
  }
}
