import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Actor } from '@hotline/contracts';
import { AnswerApprovalRuleEntity } from '@hotline/database';
import { UnknownReferenceError } from '@hotline/platform';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService } from '../reference/reference-data.service';
import { ApprovalRuleDto, SetApprovalRuleDto } from './dto/approval-rule.dto';

/** Which agencies' answers, per kind, wait for the agency head's approval (read by CaseWorkflowService.answer). */
@Injectable()
export class ApprovalRuleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApprovalRuleDto[]> {
    const [rows, snapshot] = await Promise.all([
      this.dataSource.getRepository(AnswerApprovalRuleEntity).find({ order: { createdAt: 'ASC' } }),
      this.reference.get(),
    ]);
    return rows
      .map((r) => ({ agency: toNamedRef(snapshot.agencyById.get(r.agencyId))!, kind: r.kind, since: r.createdAt }))
      .sort((a, b) => a.agency.code.localeCompare(b.agency.code) || a.kind.localeCompare(b.kind));
  }

  async set(body: SetApprovalRuleDto, actor: Actor): Promise<ApprovalRuleDto[]> {
    const agency = await this.reference.agencyByCode(body.agencyCode);
    if (!agency) throw new UnknownReferenceError('agencyCode', 'agency', body.agencyCode);
    await this.dataSource.transaction(async (manager) => {
      const key = { agencyId: agency.id, kind: body.kind };
      if (body.required) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AnswerApprovalRuleEntity)
          .values({ ...key, createdByUserId: actor.type === 'staff' ? actor.userId : null })
          .orIgnore()
          .execute();
      } else {
        await manager.delete(AnswerApprovalRuleEntity, key);
      }
      await this.audit.record(
        {
          action: AuditAction.ApprovalRuleChanged,
          actor,
          target: { type: 'agency', id: agency.id },
          data: { agency: agency.code, kind: body.kind, required: body.required },
        },
        manager,
      );
    });
    return this.list();
  }
}
