import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { CaseKind, CaseStatus, ErrorCode, STATUS_LABELS } from '@hotline/contracts';
import { PreparedStatement, preparedQuery } from '@hotline/database';
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

/** A case as its citizen's routes read it: what they see, what checks their key or PIN, and what the public may see. */
export interface TrackedCase {
  id: string;
  trackingCode: string;
  kind: CaseKind;
  status: CaseStatus;
  title: string;
  isPublic: boolean;
  receivedAt: Date;
  categoryId: string | null;
  areaId: string | null;
  agencyId: string | null;
  answer: string | null;
  answeredAt: Date | null;
  coSigners: number;
  accessKeyHash: Buffer;
  trackingPinHash: Buffer | null;
  trackingPinMisses: number;
  trackingPinLockedUntil: Date | null;
  /** The publication's redacted title and answer (none before staff published the case). */
  publication: { title: string; answer: string } | null;
  /** The case a duplicate was merged into: its reporter follows that case's answer. */
  survivor: { trackingCode: string; status: CaseStatus; agencyId: string | null; answer: string | null; answeredAt: Date | null } | null;
  /** The steps the citizen sees, oldest first. */
  events: { at: Date; type: string; toStatus: CaseStatus | null; agencyId: string | null; byCitizen: boolean; note: string | null }[];
}

/**
 * The citizen's whole view of a case in one statement (the tracking page is a citizen's most frequent request): the
 * case, its publication, the case it was merged into and its visible events, by tracking code ($1) or by id.
 */
const trackedCaseSql = (where: string) => `
  SELECT c.id, c.tracking_code AS "trackingCode", c.kind, c.status, c.title, c.is_public AS "isPublic",
         c.received_at AS "receivedAt", c.category_id AS "categoryId", c.area_id AS "areaId", c.agency_id AS "agencyId",
         c.answer, c.answered_at AS "answeredAt", c.co_signers AS "coSigners", c.access_key_hash AS "accessKeyHash",
         c.tracking_pin_hash AS "trackingPinHash", c.tracking_pin_misses AS "trackingPinMisses",
         c.tracking_pin_locked_until AS "trackingPinLockedUntil",
         CASE WHEN p.case_id IS NULL THEN NULL ELSE json_build_object('title', p.title, 'answer', p.answer) END AS publication,
         CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('trackingCode', s.tracking_code, 'status', s.status,
           'agencyId', s.agency_id, 'answer', s.answer, 'answeredAt', s.answered_at) END AS survivor,
         coalesce((SELECT json_agg(json_build_object('at', e.created_at, 'type', e.type, 'toStatus', e.to_status,
                     'agencyId', e.agency_id, 'byCitizen', e.actor_type = 'citizen', 'note', e.note) ORDER BY e.id)
                     FROM case_events e WHERE e.case_id = c.id AND e.visible_to_citizen), '[]') AS events
    FROM cases c
    LEFT JOIN case_publications p ON p.case_id = c.id
    LEFT JOIN cases s ON s.id = c.merged_into_id
   WHERE ${where}`;
const BY_TRACKING_CODE: PreparedStatement = { name: 'hotline_track_by_code', text: trackedCaseSql('c.tracking_code = $1') };
const BY_ID: PreparedStatement = { name: 'hotline_track_by_id', text: trackedCaseSql('c.id = $1') };

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
    const kase = await this.load(BY_ID, caseId);
    if (!kase) throw new NotFoundError('No such case');
    return this.view(kase, true);
  }

  private async load(statement: PreparedStatement, value: string): Promise<TrackedCase | null> {
    const [row] = await preparedQuery<TrackedCase>(this.dataSource, statement, [value]);
    if (!row) return null;
    // json_build_object writes instants as text: the view gives them as dates, as the columns are.
    const date = (v: Date | string | null) => (v === null ? null : new Date(v));
    return {
      ...row,
      survivor: row.survivor && { ...row.survivor, answeredAt: date(row.survivor.answeredAt) },
      events: row.events.map((e) => ({ ...e, at: date(e.at)! })),
    };
  }

  private async view(kase: TrackedCase, keyOk: boolean): Promise<TrackingViewDto> {
    const snapshot = await this.reference.get();
    const survivor = kase.survivor;
    const agencyName = (id: string | null) => (id ? snapshot.agencyById.get(id)?.name : undefined);
    const publication = keyOk ? null : kase.publication;
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
      timeline: kase.events.map((e) => ({
        at: e.at,
        type: e.type,
        status: e.toStatus ?? undefined,
        statusLabel: e.toStatus ? STATUS_LABELS[e.toStatus].vi : undefined,
        statusLabelEn: e.toStatus ? STATUS_LABELS[e.toStatus].en : undefined,
        agency: e.byCitizen ? undefined : agencyName(e.agencyId),
        byCitizen: e.byCitizen,
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
  findForCitizen(trackingCode: string, credentials: CitizenCredentials): Promise<TrackedCase> {
    return this.authorise(trackingCode, credentials, true);
  }

  private async authorise(trackingCode: string, credentials: CitizenCredentials, keyAlwaysRequired: boolean): Promise<TrackedCase> {
    return (await this.authoriseWithKey(trackingCode, credentials, keyAlwaysRequired)).kase;
  }

  private async authoriseWithKey(
    trackingCode: string,
    credentials: CitizenCredentials,
    keyAlwaysRequired: boolean,
  ): Promise<{ kase: TrackedCase; keyOk: boolean }> {
    // A PIN may come as `pin` or, as phone callers were first told, as `key`: a key or a link token is never 6 digits.
    const pin = credentials.pin ?? (isPinShaped(credentials.key) ? credentials.key : undefined);
    const key = isPinShaped(credentials.key) ? undefined : credentials.key;
    const kase = await this.load(BY_TRACKING_CODE, trackingCode.toUpperCase());
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
  private async checkPin(kase: TrackedCase, pin: string): Promise<boolean> {
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
