import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import { Actor, ANSWERED_STATUSES, applyMasks, CaseEventType, ErrorCode, PersonalDataSpan, roleMay } from '@hotline/contracts';
import { AttachmentEntity, CaseEntity, CasePublicationEntity, recordCaseEvent, UserEntity } from '@hotline/database';
import { RuleViolationError } from '@hotline/platform';
import { SupportersService } from '../supporters/supporters.service';
import { isPublished } from '../access/case-projection';
import { checkNotRestricted } from '../access/processing-restriction';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { PublicationReviewDto, PublishCaseDto, TextProposalDto } from './dto/publication.dto';
import { detectPersonalData, phoneDigits } from './personal-data-detector';

/** A case may go on the public page once it is public (and not a denunciation) and answered. */
export const isPublishable = (kase: Pick<CaseEntity, 'isPublic' | 'kind' | 'status' | 'answer'>): boolean =>
  isPublished(kase) && ANSWERED_STATUSES.includes(kase.status) && kase.answer !== null;

/** Whether this actor may publish this case now: the `publish` action the case detail offers. */
export const mayPublish = (actor: Actor, kase: Pick<CaseEntity, 'isPublic' | 'kind' | 'status' | 'answer'>): boolean =>
  actor.type === 'staff' && roleMay('publish', actor.role) && isPublishable(kase);

/**
 * Redaction before publication (docs/answers.md): the detector proposes masks over the case's title and answer, staff
 * confirm or edit them and decide on each attachment, and the published text is stored beside the original with who
 * published it, which masks they confirmed and when. Public pages read only the publication.
 */
@Injectable()
export class PublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly supporters: SupportersService,
  ) {}

  async review(caseId: string, actor: Actor): Promise<PublicationReviewDto> {
    const manager = this.dataSource.manager;
    const kase = await this.workflow.findVisible(manager, caseId, actor);
    const [attachments, publication] = await Promise.all([
      manager.find(AttachmentEntity, { where: { caseId: kase.id }, order: { createdAt: 'ASC' } }),
      manager.findOneBy(CasePublicationEntity, { caseId: kase.id }),
    ]);
    const publisher = publication ? await manager.findOneBy(UserEntity, { id: publication.publishedByUserId }) : null;
    const names = this.namesOf(kase);
    return {
      publishable: isPublishable(kase),
      title: propose(kase.title, names),
      answer: propose(kase.answer ?? '', names),
      attachments: attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        contentType: a.contentType,
        uploadedBy: a.uploadedByType,
        published: publication
          ? publication.publishedAttachmentIds.includes(a.id) || (publication.withheldAttachmentIds.includes(a.id) ? false : undefined)
          : undefined,
      })),
      publication: publication
        ? {
            title: publication.title,
            answer: publication.answer,
            masks: publication.masks,
            publishedAt: publication.publishedAt,
            publishedBy: publisher?.fullName,
          }
        : undefined,
    };
  }

  async publish(caseId: string, actor: Actor, body: PublishCaseDto): Promise<PublicationReviewDto> {
    await this.dataSource.transaction(async (manager) => {
      const kase = await this.workflow.findVisible(manager, caseId, actor, true);
      checkNotRestricted(kase, 'id', 'publishing its answer');
      if (!isPublishable(kase)) {
        throw new RuleViolationError(ErrorCode.NotPublishable, 'id', 'Only a public, answered case (not a denunciation) is published');
      }
      const originals = { title: kase.title, answer: kase.answer ?? '' };
      body.masks.forEach((mask, i) => {
        if (mask.end <= mask.start || mask.end > originals[mask.field].length) {
          throw new RuleViolationError(ErrorCode.MaskOutOfRange, `masks[${i}]`, `The mask does not lie within the original ${mask.field}`);
        }
      });
      await this.checkAttachments(manager, kase, body);
      this.checkNoContact(kase, { title: body.title, answer: body.answer });
      const at = this.clock.now();
      const userId = actor.type === 'staff' ? actor.userId : '';
      const published = body.attachments.filter((a) => a.publish).map((a) => a.id);
      const withheld = body.attachments.filter((a) => !a.publish).map((a) => a.id);
      await manager.upsert(
        CasePublicationEntity,
        {
          caseId: kase.id,
          title: body.title,
          answer: body.answer,
          masks: body.masks,
          publishedAttachmentIds: published,
          withheldAttachmentIds: withheld,
          publishedByUserId: userId,
          publishedAt: at,
        },
        ['caseId'],
      );
      await this.supporters.notifyFollowers(manager, kase, body.title);
      const masksByKind = body.masks.reduce<Record<string, number>>((m, s) => ({ ...m, [s.kind]: (m[s.kind] ?? 0) + 1 }), {});
      await recordCaseEvent(manager, {
        caseId: kase.id,
        type: CaseEventType.Published,
        actor,
        agencyId: kase.agencyId,
        note: null,
        visibleToCitizen: false,
        data: { masks: masksByKind, attachmentsPublished: published.length, attachmentsWithheld: withheld.length },
        at,
      });
      await this.audit.record(
        {
          action: AuditAction.CasePublished,
          actor,
          target: { type: 'case', id: kase.id },
          data: { masks: masksByKind, attachmentsPublished: published, attachmentsWithheld: withheld },
        },
        manager,
      );
    });
    return this.review(caseId, actor);
  }

  /** Every attachment of the case, and only those, needs a decision before anything is published. */
  private async checkAttachments(manager: EntityManager, kase: CaseEntity, body: PublishCaseDto): Promise<void> {
    const ids = (await manager.find(AttachmentEntity, { where: { caseId: kase.id }, select: { id: true } })).map((a) => a.id);
    const decided = new Set(body.attachments.map((a) => a.id));
    const missing = ids.filter((id) => !decided.has(id));
    const foreign = [...decided].filter((id) => !ids.includes(id));
    if (missing.length > 0 || foreign.length > 0 || decided.size !== body.attachments.length) {
      throw new RuleViolationError(
        ErrorCode.AttachmentDecisionMissing,
        'attachments',
        `Decide once on each of the case's attachments (undecided: ${missing.length}, not of this case: ${foreign.length})`,
      );
    }
  }

  /** Whatever staff edited, the citizen's own phone, email and name never reach the public page. */
  private checkNoContact(kase: CaseEntity, texts: { title: string; answer: string }): void {
    for (const field of ['title', 'answer'] as const) {
      const text = texts[field];
      const phone = kase.citizenPhone ? phoneDigits(kase.citizenPhone) : null;
      const holdsPhone = phone !== null && phone.length >= 9 && phoneDigits(text.replace(/[^\d+]/g, '')).includes(phone.slice(1));
      const holdsEmail = !!kase.citizenEmail && text.toLowerCase().includes(kase.citizenEmail.toLowerCase());
      const holdsName = !!kase.citizenName && !kase.anonymous && text.toLowerCase().includes(kase.citizenName.trim().toLowerCase());
      if (holdsPhone || holdsEmail || holdsName) {
        throw new RuleViolationError(
          ErrorCode.PersonalDataInPublication,
          field,
          `The ${field} to publish still holds the citizen's ${holdsPhone ? 'phone number' : holdsEmail ? 'email' : 'name'}`,
        );
      }
    }
  }

  private namesOf(kase: CaseEntity): string[] {
    return kase.citizenName ? [kase.citizenName] : [];
  }
}

function propose(original: string, names: readonly string[]): TextProposalDto {
  const found: PersonalDataSpan[] = detectPersonalData(original, names);
  return { original, found, proposed: applyMasks(original, found) };
}
