import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, ConsentPurpose, ContactKind, ErrorCode, PrivacyRequestKind, PrivacyRequestStatus, StaffActor } from '@hotline/contracts';
import { legalHoldOf, normaliseEmail, normalisePhone, RetentionService } from '@hotline/cases';
import { newId } from '@hotline/database';
import { DeadlineReferenceService } from '@hotline/deadlines';
import { ConflictError, NotFoundError, RuleViolationError } from '@hotline/platform';
import { SubjectDataService } from '../export/subject-data.service';

export interface RequestDetails {
  /** correction: the contact as it should read on every case of the person. */
  correction?: { name?: string; phone?: string; email?: string };
  /** consent_withdrawal: the optional purposes withdrawn (handling cannot be withdrawn while a case must be kept). */
  purposes?: ConsentPurpose[];
  /** Free text from the person or the staff member who filed. */
  note?: string;
}

export interface FileRequest {
  kind: PrivacyRequestKind;
  contactKind: ContactKind;
  /** Normalised: proved by a code, or checked by the staff member filing on the person's behalf. */
  contact: string;
  details: RequestDetails;
}

export interface PrivacyRequestView {
  id: string;
  kind: PrivacyRequestKind;
  status: PrivacyRequestStatus;
  contactKind: ContactKind;
  contact: string;
  filedBy: 'citizen' | 'staff';
  details: RequestDetails;
  receivedAt: Date;
  acknowledgeDueAt: Date;
  completeDueAt: Date;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  overdue: boolean;
  outcome: Record<string, unknown> | null;
  refusalCode: string | null;
  refusalReason: string | null;
  events?: { at: Date; type: string; actorType: string; data: Record<string, unknown> }[];
}

const SELECT = `SELECT id, kind, status, contact_kind AS "contactKind", contact, filed_by AS "filedBy", details,
  received_at AS "receivedAt", acknowledge_due_at AS "acknowledgeDueAt", complete_due_at AS "completeDueAt",
  acknowledged_at AS "acknowledgedAt", completed_at AS "completedAt", outcome, refusal_code AS "refusalCode",
  refusal_reason AS "refusalReason" FROM privacy_requests`;

const hashKey = (key: string) => createHash('sha256').update(key).digest();

/**
 * Data-subject requests (Luật 91/2025/QH15): access, correction, consent withdrawal, erasure, restriction. Each is a
 * record with two clocks from the working calendar (acknowledge, complete: PRIVACY_ACK_WORKING_DAYS and
 * PRIVACY_COMPLETE_WORKING_DAYS), an overdue list, and an append-only trail (privacy_request_events + audit log).
 * Erasure is refused while a legal hold applies (the retention rule of libs/cases, one place); restriction keeps
 * what the hold requires and stops the rest (RESTRICTION, libs/cases/src/access/processing-restriction.ts).
 */
@Injectable()
export class PrivacyRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineReferenceService,
    private readonly retention: RetentionService,
    private readonly subjects: SubjectDataService,
  ) {}

  async file(input: FileRequest, actor: Actor): Promise<PrivacyRequestView & { accessKey: string }> {
    const now = this.clock.now();
    const caseIds = await this.subjects.caseIds(input.contactKind, input.contact);
    if (caseIds.length === 0) {
      throw new RuleViolationError(ErrorCode.NoDataForContact, 'contact', 'No case holds this contact: there is no data to act on');
    }
    this.checkDetails(input);
    // Restriction is never refused for a hold: it keeps the storage and handling the law requires and stops the rest
    // (RESTRICTION in libs/cases). Erasure would end the storage, so a hold refuses it.
    if (input.kind === PrivacyRequestKind.Erasure) {
      const refusal = await this.holdRefusal(caseIds, now);
      if (refusal) {
        await this.audit.record({
          action: AuditAction.PrivacyRequestRefused,
          actor,
          target: { type: 'privacy_request', id: 'not-filed' },
          data: { kind: input.kind, code: ErrorCode.LegalHold, cases: caseIds.length },
        });
        throw new RuleViolationError(ErrorCode.LegalHold, 'kind', refusal);
      }
    }
    const { calendar } = await this.deadlines.get();
    const id = newId();
    const accessKey = randomBytes(24).toString('base64url');
    const staff = actor.type === 'staff' ? actor : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO privacy_requests (id, kind, status, contact_kind, contact, filed_by, filed_by_user_id, details, access_key_hash,
           received_at, acknowledge_due_at, complete_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          input.kind,
          PrivacyRequestStatus.Received,
          input.contactKind,
          input.contact,
          staff ? 'staff' : 'citizen',
          staff?.userId ?? null,
          input.details,
          hashKey(accessKey),
          now,
          calendar.addWorkingDays(now, this.config.privacy.acknowledgeWorkingDays),
          calendar.addWorkingDays(now, this.config.privacy.completeWorkingDays),
        ],
      );
      await this.event(manager, id, 'filed', actor, { kind: input.kind, cases: caseIds.length });
      await this.audit.record(
        { action: AuditAction.PrivacyRequestFiled, actor, target: { type: 'privacy_request', id }, data: { kind: input.kind } },
        manager,
      );
    });
    return { ...(await this.get(id)), accessKey };
  }

  async list(filter: { overdue?: boolean; open?: boolean }): Promise<PrivacyRequestView[]> {
    const where: string[] = [];
    if (filter.open || filter.overdue) where.push(`completed_at IS NULL`);
    if (filter.overdue) where.push(`(complete_due_at < $1 OR (acknowledged_at IS NULL AND acknowledge_due_at < $1))`);
    const rows = await this.dataSource.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at DESC LIMIT 500`,
      filter.overdue ? [this.clock.now()] : [],
    );
    return rows.map((r: PrivacyRequestView) => this.view(r));
  }

  async get(id: string, withEvents = false): Promise<PrivacyRequestView> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('No such privacy request');
    const view = this.view(row);
    if (withEvents) {
      view.events = await this.dataSource.query(
        `SELECT created_at AS at, type, actor_type AS "actorType", data FROM privacy_request_events WHERE request_id = $1 ORDER BY id`,
        [id],
      );
    }
    return view;
  }

  /** The citizen's view of their own request: the key handed out when it was filed. */
  async getWithKey(id: string, key: string | undefined): Promise<PrivacyRequestView> {
    const [row] = await this.dataSource.query(`SELECT access_key_hash FROM privacy_requests WHERE id = $1`, [id]);
    const expected: Buffer | undefined = row?.access_key_hash;
    if (!expected || !key || !timingSafeEqual(expected, hashKey(key))) throw new NotFoundError('No such privacy request');
    return this.get(id);
  }

  async acknowledge(id: string, actor: StaffActor): Promise<PrivacyRequestView> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      if (request.acknowledgedAt) return;
      await manager.query(`UPDATE privacy_requests SET acknowledged_at = $2, status = $3 WHERE id = $1`, [
        id,
        this.clock.now(),
        PrivacyRequestStatus.Acknowledged,
      ]);
      await this.event(manager, id, 'acknowledged', actor, {});
      await this.audit.record({ action: AuditAction.PrivacyRequestAcknowledged, actor, target: { type: 'privacy_request', id } }, manager);
    });
    return this.get(id, true);
  }

  /** Carries the request out, in one transaction; erasure and restriction look at the legal hold again first. */
  async complete(id: string, actor: StaffActor): Promise<PrivacyRequestView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const caseIds = await this.subjects.caseIds(request.contactKind, request.contact, manager);
      let outcome: Record<string, unknown> = { cases: caseIds.length };
      let refusal: string | null = null;
      switch (request.kind) {
        case PrivacyRequestKind.Access:
          break;
        case PrivacyRequestKind.Correction:
          outcome = { ...outcome, corrected: await this.correct(manager, caseIds, request.details.correction ?? {}) };
          break;
        case PrivacyRequestKind.ConsentWithdrawal:
          outcome = { ...outcome, withdrawn: await this.withdraw(manager, caseIds, request.details.purposes ?? [], now) };
          break;
        case PrivacyRequestKind.Erasure:
          refusal = await this.holdRefusal(caseIds, now, manager);
          if (refusal) break;
          await this.retention.anonymise(manager, caseIds, now);
          outcome = { ...outcome, erased: caseIds.length };
          break;
        case PrivacyRequestKind.Restriction:
          // What a restricted case still does and what stops is RESTRICTION (libs/cases): the flag is all it needs,
          // and the answer stops being public (as a withdrawn publication consent does).
          await manager.query(
            `UPDATE cases SET processing_restricted_at = $2, is_public = false WHERE id = ANY($1) AND processing_restricted_at IS NULL`,
            [caseIds, now],
          );
          outcome = { ...outcome, restricted: caseIds.length };
          break;
      }
      const status = refusal ? PrivacyRequestStatus.Refused : PrivacyRequestStatus.Completed;
      await manager.query(
        `UPDATE privacy_requests SET status = $2, completed_at = $3, acknowledged_at = COALESCE(acknowledged_at, $3), outcome = $4,
           refusal_code = $5, refusal_reason = $6
         WHERE id = $1`,
        [id, status, now, outcome, refusal ? ErrorCode.LegalHold : null, refusal],
      );
      await this.event(manager, id, status, actor, refusal ? { reason: refusal } : outcome);
      await this.audit.record(
        {
          action: refusal ? AuditAction.PrivacyRequestRefused : AuditAction.PrivacyRequestCompleted,
          actor,
          target: { type: 'privacy_request', id },
          data: { kind: request.kind, ...(refusal ? { code: ErrorCode.LegalHold } : outcome) },
        },
        manager,
      );
    });
    return this.get(id, true);
  }

  /** Why the cases must still be kept, in words; null when none is held. */
  private async holdRefusal(caseIds: string[], now: Date, manager?: EntityManager): Promise<string | null> {
    const rows: { tracking_code: string; status: string; closed_at: Date | null }[] = await (manager ?? this.dataSource).query(
      `SELECT tracking_code, status, closed_at FROM cases WHERE id = ANY($1) AND anonymised_at IS NULL ORDER BY received_at`,
      [caseIds],
    );
    const reasons = rows.flatMap((r) => {
      const hold = legalHoldOf({ status: r.status, closedAt: r.closed_at }, now, this.config.cases.retentionYears);
      if (!hold) return [];
      return hold.reason === 'open_case'
        ? [`${r.tracking_code}: the case is still being handled (the council must handle and answer it)`]
        : [`${r.tracking_code}: the retention period runs until ${hold.until.toISOString().slice(0, 10)} (RETENTION_YEARS after closing)`];
    });
    return reasons.length ? `A legal duty to keep the data applies — ${reasons.join('; ')}` : null;
  }

  private async correct(manager: EntityManager, caseIds: string[], correction: NonNullable<RequestDetails['correction']>): Promise<number> {
    const name = correction.name?.trim() || null;
    const phone = correction.phone ? normalisePhone(correction.phone) : null;
    const email = correction.email ? normaliseEmail(correction.email) : null;
    const [, count] = await manager.query(
      `UPDATE cases SET citizen_name = COALESCE($2, citizen_name), citizen_phone = COALESCE($3, citizen_phone),
         citizen_email = COALESCE($4, citizen_email)
       WHERE id = ANY($1) AND anonymised_at IS NULL AND NOT anonymous AND kind <> 'denunciation'`,
      [caseIds, name, phone, email],
    );
    const [, authors] = await manager.query(
      `UPDATE case_identities SET name = COALESCE($2, name), phone = COALESCE($3, phone), email = COALESCE($4, email)
       WHERE case_id = ANY($1) AND anonymised_at IS NULL`,
      [caseIds, name, phone, email],
    );
    return Number(count) + Number(authors);
  }

  private async withdraw(manager: EntityManager, caseIds: string[], purposes: ConsentPurpose[], now: Date): Promise<string[]> {
    if (purposes.includes(ConsentPurpose.Publication)) {
      await manager.query(
        `UPDATE case_consents SET publication_withdrawn_at = $2 WHERE case_id = ANY($1) AND publication_withdrawn_at IS NULL`,
        [caseIds, now],
      );
      // The answer is no longer published: the disclosure page and Open311 read is_public.
      await manager.query(`UPDATE cases SET is_public = false WHERE id = ANY($1) AND is_public`, [caseIds]);
    }
    if (purposes.includes(ConsentPurpose.Contact)) {
      await manager.query(`UPDATE case_consents SET contact_withdrawn_at = $2 WHERE case_id = ANY($1) AND contact_withdrawn_at IS NULL`, [
        caseIds,
        now,
      ]);
    }
    return purposes;
  }

  private checkDetails(input: FileRequest): void {
    if (input.kind === PrivacyRequestKind.Correction) {
      const c = input.details.correction;
      if (!c || (!c.name && !c.phone && !c.email)) {
        throw new RuleViolationError(ErrorCode.ValidationFailed, 'details.correction', 'Say what to correct: name, phone or email');
      }
    }
    if (input.kind === PrivacyRequestKind.ConsentWithdrawal) {
      const purposes = input.details.purposes ?? [];
      if (purposes.length === 0) {
        throw new RuleViolationError(
          ErrorCode.ValidationFailed,
          'details.purposes',
          'Say which consent to withdraw: publication or contact',
        );
      }
      if (purposes.includes(ConsentPurpose.Handling)) {
        throw new RuleViolationError(
          ErrorCode.LegalHold,
          'details.purposes',
          'Consent to handling cannot be withdrawn while the case must be handled and kept; ask for erasure or restriction instead',
        );
      }
    }
  }

  private async lock(manager: EntityManager, id: string): Promise<PrivacyRequestView> {
    const [row] = await manager.query(`${SELECT} WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('No such privacy request');
    if (row.completedAt) throw new ConflictError('This request is already completed or refused', undefined, ErrorCode.RequestClosed);
    return row;
  }

  private event(manager: EntityManager, id: string, type: string, actor: Actor, data: Record<string, unknown>): Promise<unknown> {
    return manager.query(
      `INSERT INTO privacy_request_events (request_id, type, actor_type, actor_user_id, data, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, type, actor.type, actor.type === 'staff' ? actor.userId : null, data, this.clock.now()],
    );
  }

  private view(row: PrivacyRequestView): PrivacyRequestView {
    const now = this.clock.now();
    const overdue =
      row.completedAt === null &&
      (new Date(row.completeDueAt) < now || (row.acknowledgedAt === null && new Date(row.acknowledgeDueAt) < now));
    return { ...row, overdue };
  }
}
