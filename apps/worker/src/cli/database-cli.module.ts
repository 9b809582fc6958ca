import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { AttachmentMigrationService, AttachmentService, RetentionService } from '@hotline/cases';
import { AppConfig, ConfigModule } from '@hotline/config';
import { DatabaseModule } from '@hotline/database';
import { StorageModule } from '@hotline/platform';
import { RollupService } from '@hotline/reporting';

/**
 * What the database CLI needs and nothing more: the configuration, the database, the attachment store and the services its commands run
 * (no queues, no Redis, no HTTP). Nest builds them, as it does in the apps.
 */
@Module({})
export class DatabaseCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseCliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, StorageModule, AuditModule],
      providers: [RetentionService, AttachmentService, AttachmentMigrationService, RollupService],
    };
  }
}
