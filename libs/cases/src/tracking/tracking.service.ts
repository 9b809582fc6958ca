import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { CaseStatus, STATUS_LABELS } from '@hotline/contracts';
import { CaseEntity, CaseEventEntity, CasePublicationEntity } from '@hotline/database';
import { trackingLinkTokenMatches } from '@hotline/notifications';
import { NotFoundError } from '@hotline/platform';
import { isPublished } from '../access/case-projection';
import { accessKeyMatches, hashAccessKey, trackingPinMatches } from '../intake/tracking-code';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { TrackingViewDto } from './dto/tracking-view.dto';

const NO_CASE_HASH = hashAccessKey(randomBytes(18).toString('base64url'));

/** What a citizen sees of a case: never personal data, never internal notes. */
@Injectable()
export class TrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly workflow: CaseWorkflowService,
    private readonly config: AppConfig,
  ) {}

  /**
   * The citizen's view with the key; without it (a published case), the public's: the redacted title and answer of its
   * publication (none before staff published it) and a timeline without notes (the answer's event carries its text).
   */
  async track(trackingCode: string, key?: string): Promise<TrackingViewDto> {
    const { kase, keyOk } = await this.authoriseWithKey(trackingCode, key, false);
    const events = await this.dataSource.getRepository(CaseEventEntity).find({
      where: { caseId: kase.id, visibleToCitizen: true },
      order: { id: 'ASC' },
    });
    const snapshot = await this.reference.get();
    // A duplicate's reporter follows the surviving case's answer with their own code and key.
    const survivor = kase.mergedIntoId ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: kase.mergedIntoId }) : null;
    const agencyName = (id: string | null) => (id ? snapshot.agencyById.get(id)?.name : undefined);
    const publication = keyOk ? null : await this.dataSource.getRepository(CasePublicationEntity).findOneBy({ caseId: kase.id });
    const answered = survivor ?? kase;
    return {
      trackingCode: kase.trackingCode,
      kind: kase.kind,
      title: publication?.title ?? kase.title,
      status: kase.status,
      statusLabel: STATUS_LABELS[kase.status].vi,
      statusLabelEn: STATUS_LABELS[kase.status].en,
      public: kase.isPublic,
      receivedAt: kase.receivedAt,
      category: toNamedRef(kase.categoryId ? snapshot.categoryById.get(kase.categoryId) : undefined),
      area: toNamedRef(kase.areaId ? snapshot.areaById.get(kase.areaId) : undefined),
      agency: toNamedRef(kase.agencyId ? snapshot.agencyById.get(kase.agencyId) : undefined),
      answer: (keyOk ? answered.answer : publication?.answer) ?? undefined,
      answeredAt: (keyOk || publication ? answered.answeredAt : null) ?? undefined,
      canRate: kase.status === CaseStatus.Answered,
      mergedInto: survivor
        ? {
            trackingCode: survivor.trackingCode,
            status: survivor.status,
            statusLabel: STATUS_LABELS[survivor.status].vi,
            agency: toNamedRef(survivor.agencyId ? snapshot.agencyById.get(survivor.agencyId) : undefined),
          }
        : undefined,
      timeline: events.map((e) => ({
        at: e.createdAt,
        type: e.type,
        status: e.toStatus ?? undefined,
        statusLabel: e.toStatus ? STATUS_LABELS[e.toStatus].vi : undefined,
        statusLabelEn: e.toStatus ? STATUS_LABELS[e.toStatus].en : undefined,
        agency: e.actorType === 'citizen' ? undefined : agencyName(e.agencyId),
        byCitizen: e.actorType === 'citizen',
        note: keyOk ? (e.note ?? undefined) : undefined,
      })),
    };
  }

  /** Rating needs the key even for a public case: reading is public, acting on it is the citizen's alone. */
  async rate(trackingCode: string, key: string | undefined, satisfied: boolean, comment?: string): Promise<TrackingViewDto> {
    const kase = await this.authorise(trackingCode, key, true);
    await this.workflow.rate(kase.id, satisfied, comment);
    return this.track(trackingCode, key);
  }

  /** The case of a tracking code, for its citizen: the access key is required (attachments may hold personal data). */
  findForCitizen(trackingCode: string, key: string | undefined): Promise<CaseEntity> {
    return this.authorise(trackingCode, key, true);
  }

  private async authorise(trackingCode: string, key: string | undefined, keyAlwaysRequired: boolean): Promise<CaseEntity> {
    return (await this.authoriseWithKey(trackingCode, key, keyAlwaysRequired)).kase;
  }

  private async authoriseWithKey(
    trackingCode: string,
    key: string | undefined,
    keyAlwaysRequired: boolean,
  ): Promise<{ kase: CaseEntity; keyOk: boolean }> {
    const kase = await this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .addSelect('c.accessKeyHash')
      .addSelect('c.trackingPinHash')
      .where('c.trackingCode = :trackingCode', { trackingCode: trackingCode.toUpperCase() })
      .getOne();
    // An unknown code is checked against a throwaway hash, so both answers take the same work.
    // The key is the access key, the token of the link in the citizen's mails, or a phone caller's PIN.
    const keyOk =
      (accessKeyMatches(key, kase?.accessKeyHash ?? NO_CASE_HASH) ||
        trackingLinkTokenMatches(this.config.auth.secret, trackingCode, key) ||
        (kase !== null && trackingPinMatches(key, kase.id, kase.trackingPinHash))) &&
      kase !== null;
    // One answer for "no such code" and "wrong key", so codes of non-public cases cannot be probed.
    if (!kase || ((keyAlwaysRequired || !isPublished(kase)) && !keyOk)) {
      throw new NotFoundError('No case with this tracking code and access key');
    }
    return { kase, keyOk };
  }
}
