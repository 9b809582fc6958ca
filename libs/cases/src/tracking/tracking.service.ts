import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { CaseStatus, ErrorCode, STATUS_LABELS } from '@hotline/contracts';
import { CaseEntity, CaseEventEntity, CasePublicationEntity } from '@hotline/database';
import { isPinShaped, trackingLinkTokenMatches } from '@hotline/notifications';
import { NotFoundError, TooManyRequestsError } from '@hotline/platform';
import { isPublished } from '../access/case-projection';
import { accessKeyMatches, hashAccessKey, trackingPinMatches } from '../intake/tracking-code';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { TrackingViewDto } from './dto/tracking-view.dto';

const NO_CASE_HASH = hashAccessKey(randomBytes(18).toString('base64url'));

/** What opens a case for its citizen: the access key (or a mail link's token), or the case's 6-digit PIN. */
export interface CitizenCredentials {
  key?: string;
  pin?: string;
}

/** What a citizen sees of a case: never personal data, never internal notes. */
@Injectable()
export class TrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly workflow: CaseWorkflowService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The citizen's view with the key (or PIN); without it (a published case), the public's: the redacted title and answer
   * of its publication (none before staff published it) and a timeline without notes (the answer's event carries its text).
   */
  async track(trackingCode: string, credentials: CitizenCredentials = {}): Promise<TrackingViewDto> {
    const { kase, keyOk } = await this.authoriseWithKey(trackingCode, credentials, false);
    return this.view(kase, keyOk);
  }

  /** The citizen's view of a case whose contact they proved control of ("my cases"), as the key opens it. */
  async trackOwned(caseId: string): Promise<TrackingViewDto> {
    return this.view(await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId }), true);
  }

  private async view(kase: CaseEntity, keyOk: boolean): Promise<TrackingViewDto> {
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
      coSigners: kase.coSigners,
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
  async rate(trackingCode: string, credentials: CitizenCredentials, satisfied: boolean, comment?: string): Promise<TrackingViewDto> {
    const kase = await this.authorise(trackingCode, credentials, true);
    await this.workflow.rate(kase.id, satisfied, comment);
    return this.track(trackingCode, credentials);
  }

  /** The case of a tracking code, for its citizen: the access key is required (attachments may hold personal data). */
  findForCitizen(trackingCode: string, credentials: CitizenCredentials): Promise<CaseEntity> {
    return this.authorise(trackingCode, credentials, true);
  }

  private async authorise(trackingCode: string, credentials: CitizenCredentials, keyAlwaysRequired: boolean): Promise<CaseEntity> {
    return (await this.authoriseWithKey(trackingCode, credentials, keyAlwaysRequired)).kase;
  }

  private async authoriseWithKey(
    trackingCode: string,
    credentials: CitizenCredentials,
    keyAlwaysRequired: boolean,
  ): Promise<{ kase: CaseEntity; keyOk: boolean }> {
    // A PIN may come as `pin` or, as phone callers were first told, as `key`: a key or a link token is never 6 digits.
    const pin = credentials.pin ?? (isPinShaped(credentials.key) ? credentials.key : undefined);
    const key = isPinShaped(credentials.key) ? undefined : credentials.key;
    const kase = await this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .addSelect(['c.accessKeyHash', 'c.trackingPinHash', 'c.trackingPinMisses', 'c.trackingPinLockedUntil'])
      .where('c.trackingCode = :trackingCode', { trackingCode: trackingCode.toUpperCase() })
      .getOne();
    // An unknown code is checked against a throwaway hash, so both answers take the same work.
    // The key is the access key or the token of the link in the citizen's mails; either works whatever the PIN's state.
    let keyOk =
      (accessKeyMatches(key, kase?.accessKeyHash ?? NO_CASE_HASH) ||
        trackingLinkTokenMatches(this.config.auth.secret, trackingCode, key)) &&
      kase !== null;
    if (kase && !keyOk && pin !== undefined) keyOk = await this.checkPin(kase, pin);
    // One answer for "no such code" and "wrong key", so codes of non-public cases cannot be probed.
    if (!kase || ((keyAlwaysRequired || !isPublished(kase)) && !keyOk)) {
      throw new NotFoundError('No case with this tracking code and access key');
    }
    return { kase, keyOk };
  }

  /**
   * A PIN has a million values, so each case counts its misses: PIN_MAX_MISSES wrong PINs in a row lock it for
   * PIN_LOCK_MINUTES (the access key still opens the case), on top of the per-address tracking rate limit.
   */
  private async checkPin(kase: CaseEntity, pin: string): Promise<boolean> {
    const now = this.clock.now();
    const { pinMaxMisses, pinLockSeconds } = this.config.cases;
    if (kase.trackingPinLockedUntil && kase.trackingPinLockedUntil > now) {
      throw new TooManyRequestsError(
        'This case’s PIN is locked after too many wrong tries: use the access key, or try again later',
        Math.ceil((kase.trackingPinLockedUntil.getTime() - now.getTime()) / 1000),
        ErrorCode.TrackingPinLocked,
      );
    }
    const ok = trackingPinMatches(pin, kase.id, kase.trackingPinHash);
    if (ok && kase.trackingPinMisses > 0) {
      await this.dataSource.query(`UPDATE cases SET tracking_pin_misses = 0 WHERE id = $1`, [kase.id]);
    } else if (!ok) {
      // One statement, so misses sent at once all count; the miss that reaches the limit locks and starts a new count.
      await this.dataSource.query(
        `UPDATE cases SET
           tracking_pin_locked_until = CASE WHEN tracking_pin_misses + 1 >= $2 THEN $3::timestamptz + make_interval(secs => $4)
                                            ELSE tracking_pin_locked_until END,
           tracking_pin_misses = CASE WHEN tracking_pin_misses + 1 >= $2 THEN 0 ELSE tracking_pin_misses + 1 END
         WHERE id = $1`,
        [kase.id, pinMaxMisses, now, pinLockSeconds],
      );
    }
    return ok;
  }
}
