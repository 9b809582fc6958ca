import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import {
  Actor,
  AnswerRequirements,
  AnswerWarning,
  answerWarnings,
  ErrorCode,
  fillTemplate,
  KIND_LABELS,
  localDateOf,
  TEMPLATE_FIELD_NAMES,
  TemplateField,
  templateFieldsIn,
  unknownTemplateFields,
} from '@hotline/contracts';
import { AnswerTemplateEntity, AttachmentEntity, CaseEntity, newId } from '@hotline/database';
import { NotFoundError, RuleViolationError, UnknownReferenceError } from '@hotline/platform';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService, ReferenceSnapshot } from '../reference/reference-data.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import {
  AnswerCheckDto,
  AnswerTemplateDto,
  CheckAnswerDto,
  CreateAnswerTemplateDto,
  FilledAnswerTemplateDto,
  UpdateAnswerTemplateDto,
} from './dto/answer-template.dto';

const WARNING_MESSAGES: Record<AnswerWarning, string> = {
  [AnswerWarning.NoLegalBasis]: 'The answer cites no legal basis (law, decree, circular, decision or article)',
  [AnswerWarning.NoDate]: 'The answer carries no date',
  [AnswerWarning.NoAttachment]: 'The template asks for an attached document and the case has none from staff',
  [AnswerWarning.UnfilledField]: 'The answer still holds a {{field}} to fill',
};

const dmy = (localDate: string) => localDate.split('-').reverse().join('/');

/** Answer templates per kind and category, managed by the secretariat; officers pick one and edit it (docs/answers.md). */
@Injectable()
export class AnswerTemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly workflow: CaseWorkflowService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<AnswerTemplateDto[]> {
    const [rows, snapshot] = await Promise.all([
      this.dataSource.getRepository(AnswerTemplateEntity).find({ order: { name: 'ASC', id: 'ASC' } }),
      this.reference.get(),
    ]);
    return rows.map((t) => toDto(t, snapshot));
  }

  async create(body: CreateAnswerTemplateDto, actor: Actor): Promise<AnswerTemplateDto> {
    const categoryId = await this.categoryId(body.categoryCode);
    checkFields(body.body);
    return this.dataSource.transaction(async (manager) => {
      const row = manager.create(AnswerTemplateEntity, {
        id: newId(),
        name: body.name,
        kind: body.kind ?? null,
        categoryId,
        body: body.body,
        legalBasis: body.legalBasis ?? null,
        requiresLegalBasis: body.requiresLegalBasis ?? false,
        requiresDate: body.requiresDate ?? false,
        requiresAttachment: body.requiresAttachment ?? false,
        active: body.active ?? true,
      });
      await manager.insert(AnswerTemplateEntity, row);
      await this.audited(manager, actor, row.id, null, row);
      return toDto(row, await this.reference.get());
    });
  }

  async update(id: string, body: UpdateAnswerTemplateDto, actor: Actor): Promise<AnswerTemplateDto> {
    if (body.body !== undefined) checkFields(body.body);
    const categoryId = body.categoryCode === undefined ? undefined : await this.categoryId(body.categoryCode);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, id);
      const { categoryCode: _code, ...rest } = body;
      void _code;
      const after = { ...before, ...rest, ...(categoryId !== undefined ? { categoryId } : {}) };
      await manager.save(AnswerTemplateEntity, after);
      await this.audited(manager, actor, id, before, after);
      return toDto(after, await this.reference.get());
    });
  }

  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, id);
      await manager.delete(AnswerTemplateEntity, { id });
      await this.audited(manager, actor, id, before, null);
    });
  }

  /** The active templates that apply to a case (its kind or any; its category, an ancestor, or any), filled for it. */
  async forCase(caseId: string, actor: Actor): Promise<FilledAnswerTemplateDto[]> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, caseId, actor);
    const snapshot = await this.reference.get();
    const templates = await this.applicable(kase, snapshot);
    return templates.map((t) => ({
      id: t.id,
      name: t.name,
      filled: fillTemplate(t.body, this.values(kase, t, snapshot)),
      requiresLegalBasis: t.requiresLegalBasis,
      requiresDate: t.requiresDate,
      requiresAttachment: t.requiresAttachment,
    }));
  }

  /** The warnings an answer draws: those of the template it was written from, and unfilled fields. */
  async check(caseId: string, actor: Actor, body: CheckAnswerDto): Promise<AnswerCheckDto> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, caseId, actor);
    let requirements: AnswerRequirements | null = null;
    if (body.templateId) {
      const template = (await this.applicable(kase, await this.reference.get())).find((t) => t.id === body.templateId);
      if (!template) throw new RuleViolationError(ErrorCode.TemplateNotApplicable, 'templateId', 'No active template of this case');
      requirements = { legalBasis: template.requiresLegalBasis, date: template.requiresDate, attachment: template.requiresAttachment };
    }
    const staffFiles = await this.dataSource.getRepository(AttachmentEntity).countBy({ caseId: kase.id, uploadedByType: 'staff' });
    return { warnings: answerWarnings(body.answer, requirements, staffFiles).map((code) => ({ code, message: WARNING_MESSAGES[code] })) };
  }

  private async applicable(kase: CaseEntity, snapshot: ReferenceSnapshot): Promise<AnswerTemplateEntity[]> {
    const lineage: string[] = [];
    for (let id = kase.categoryId; id && !lineage.includes(id); id = snapshot.categoryById.get(id)?.parentId ?? null) lineage.push(id);
    return this.dataSource
      .getRepository(AnswerTemplateEntity)
      .createQueryBuilder('t')
      .where('t.active')
      .andWhere('(t.kind IS NULL OR t.kind = :kind)', { kind: kase.kind })
      .andWhere('(t.category_id IS NULL OR t.category_id = ANY(:lineage::uuid[]))', { lineage })
      .orderBy('t.category_id IS NULL', 'ASC')
      .addOrderBy('t.kind IS NULL', 'ASC')
      .addOrderBy('t.name', 'ASC')
      .getMany();
  }

  private values(kase: CaseEntity, t: AnswerTemplateEntity, s: ReferenceSnapshot): Record<TemplateField, string> {
    return {
      case_code: kase.trackingCode,
      title: kase.title,
      kind: KIND_LABELS[kase.kind].vi,
      category: (kase.categoryId && s.categoryById.get(kase.categoryId)?.name) || '',
      area: (kase.areaId && s.areaById.get(kase.areaId)?.name) || '',
      agency: (kase.agencyId && s.agencyById.get(kase.agencyId)?.name) || '',
      received_date: dmy(localDateOf(kase.receivedAt)),
      answer_date: dmy(localDateOf(this.clock.now())),
      legal_basis: t.legalBasis ?? '{{legal_basis}}',
    };
  }

  private async categoryId(code: string | undefined): Promise<string | null> {
    if (code === undefined) return null;
    const category = await this.reference.categoryByCode(code);
    if (!category) throw new UnknownReferenceError('categoryCode', 'category', code);
    return category.id;
  }

  private async find(manager: EntityManager, id: string): Promise<AnswerTemplateEntity> {
    const row = await manager.findOne(AnswerTemplateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError(`No answer template ${id}`);
    return row;
  }

  private audited(manager: EntityManager, actor: Actor, id: string, before: object | null, after: object | null): Promise<void> {
    return this.audit.record(
      { action: AuditAction.AnswerTemplateChanged, actor, target: { type: 'answer_template', id }, data: { before, after } },
      manager,
    );
  }
}

/** A template may name only the known fields: an unknown one is refused, named. */
function checkFields(body: string): void {
  const unknown = unknownTemplateFields(body);
  if (unknown.length > 0) {
    throw new RuleViolationError(
      ErrorCode.UnknownTemplateField,
      'body',
      `Unknown template field ${unknown.map((f) => `{{${f}}}`).join(', ')}; known: ${TEMPLATE_FIELD_NAMES.join(', ')}`,
    );
  }
}

function toDto(t: AnswerTemplateEntity, s: ReferenceSnapshot): AnswerTemplateDto {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind ?? undefined,
    category: toNamedRef(t.categoryId ? s.categoryById.get(t.categoryId) : undefined),
    body: t.body,
    legalBasis: t.legalBasis ?? undefined,
    requiresLegalBasis: t.requiresLegalBasis,
    requiresDate: t.requiresDate,
    requiresAttachment: t.requiresAttachment,
    active: t.active,
    fields: templateFieldsIn(t.body),
  };
}
