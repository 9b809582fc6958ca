import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditController } from './http/audit.controller';

/** The audit log writer, for every module that records (auth, case workflow, exports). */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

/** The admins' audit query. */
@Module({ imports: [AuditModule], controllers: [AuditController] })
export class AuditApiModule {}
