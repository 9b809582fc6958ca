import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, CaseStatus } from '@hotline/contracts';
import { ipOrNull } from '@hotline/platform';
import { AuditAction } from './audit-action';
import { emailFingerprint } from './email-fingerprint';

/** Who did it; `anonymous` is an unauthenticated caller (a failed login). */
export type AuditActor = Actor | { type: 'anonymous' };

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id: string };
  ip?: string | null;
  data?: Record<string, unknown>;
}

export interface AuditFilter {
  actorUserId?: string;
  action?: AuditAction;
  targetType?: string;
  targetId?: string;
  /** Failed sign-ins and lockouts against this address (matched by its fingerprint). */
  email?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface AuditRecord {
  id: string;
  at: Date;
  action: AuditAction;
  actor: { type: AuditActor['type']; userId?: string; role?: string };
  target?: { type: string; id: string };
  ip?: string;
  data: Record<string, unknown>;
}

interface AuditRow {
  id: string;
  at: Date;
  action: AuditAction;
  actor_type: AuditActor['type'];
  actor_user_id: string | null;
  actor_role: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  data: Record<string, unknown>;
}

export interface CaseStatusChange {
  actor: Actor;
  caseId: string;
  from: CaseStatus;
  to: CaseStatus;
  action: string;
}

/** `locked`: refused unchecked because the account or the address was locked out. */
export type FailedLoginReason = 'unknown_account' | 'wrong_password' | 'inactive_account' | 'locked' | 'wrong_second_factor';

/**
 * Writes and reads the append-only audit log. A write that belongs to a change takes that change's transaction
 * (`manager`), so the change and its audit row commit or roll back together. Rows never hold a password, an email
 * address or a citizen's personal data: emails appear as keyed fingerprints, cases and users by id.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Several entries in one statement, all stamped with the same instant. */
  async recordMany(entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    const staff = entries.map((e) => (e.actor.type === 'staff' ? e.actor : undefined));
    await manager.query(
      `INSERT INTO audit_log (at, action, actor_type, actor_user_id, actor_role, target_type, target_id, ip, data)
       SELECT $1::timestamptz, action, actor_type, actor_user_id, actor_role, target_type, target_id, ip, data
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[]) WITH ORDINALITY
              AS a(action, actor_type, actor_user_id, actor_role, target_type, target_id, ip, data, n)
        ORDER BY n`,
      [
        this.clock.now(),
        entries.map((e) => e.action),
        entries.map((e) => e.actor.type),
        staff.map((s) => s?.userId ?? null),
        staff.map((s) => s?.role ?? null),
        entries.map((e) => e.target?.type ?? null),
        entries.map((e) => e.target?.id ?? null),
        entries.map((e) => ipOrNull(e.ip)),
        entries.map((e) => JSON.stringify(e.data ?? {})),
      ],
    );
  }

  login(actor: Extract<Actor, { type: 'staff' }>, ip: string | null): Promise<void> {
    return this.record({ action: AuditAction.Login, actor, target: { type: 'user', id: actor.userId }, ip });
  }

  /** The attempted account is named by its user id when it exists, by a fingerprint of the address either way. */
  loginFailed(attempt: { email: string; userId: string | null; reason: FailedLoginReason; ip: string | null }): Promise<void> {
    return this.record({
      action: AuditAction.LoginFailed,
      actor: { type: 'anonymous' },
      target: attempt.userId ? { type: 'user', id: attempt.userId } : undefined,
      ip: attempt.ip,
      data: { reason: attempt.reason, emailFingerprint: this.fingerprint(attempt.email) },
    });
  }

  lockedOut(lock: {
    scope: 'pair' | 'account' | 'ip';
    email: string;
    userId: string | null;
    ip: string | null;
    until: Date;
    failures: number;
  }): Promise<void> {
    return this.record({
      action: AuditAction.LockedOut,
      actor: { type: 'anonymous' },
      target: lock.userId ? { type: 'user', id: lock.userId } : undefined,
      ip: lock.ip,
      data: { scope: lock.scope, until: lock.until.toISOString(), failures: lock.failures, emailFingerprint: this.fingerprint(lock.email) },
    });
  }

  caseStatusChanged(manager: EntityManager, change: CaseStatusChange): Promise<void> {
    return this.caseStatusesChanged(manager, [change]);
  }

  caseStatusesChanged(manager: EntityManager, changes: readonly CaseStatusChange[]): Promise<void> {
    return this.recordMany(
      changes.map((change) => ({
        action: AuditAction.CaseStatusChanged,
        actor: change.actor,
        target: { type: 'case', id: change.caseId },
        data: { from: change.from, to: change.to, transition: change.action },
      })),
      manager,
    );
  }

  caseAssigned(
    manager: EntityManager,
    change: { actor: Actor; caseId: string; assigneeId: string | null; previousAssigneeId: string | null },
  ): Promise<void> {
    return this.record(
      {
        action: AuditAction.CaseAssigned,
        actor: change.actor,
        target: { type: 'case', id: change.caseId },
        data: { assigneeId: change.assigneeId, previousAssigneeId: change.previousAssigneeId },
      },
      manager,
    );
  }

  /** Every view of a protected identity (a denunciation's author), with the grant or reason that allowed it. */
  protectedIdentityViewed(
    view: { actor: Actor; caseId: string; reason: string; grantId?: string; ip?: string | null },
    manager?: EntityManager,
  ): Promise<void> {
    return this.record(
      {
        action: AuditAction.ProtectedIdentityViewed,
        actor: view.actor,
        target: { type: 'case', id: view.caseId },
        ip: view.ip,
        data: { reason: view.reason, ...(view.grantId ? { grantId: view.grantId } : {}) },
      },
      manager,
    );
  }

  /**
   * Every staff read of a denunciation's content (its description and address: data about alleged violations of law,
   * sensitive under Luật 91/2025/QH15), beside the views of its author's identity.
   */
  sensitiveContentViewed(view: { actor: Actor; caseId: string; reason: string }, manager?: EntityManager): Promise<void> {
    return this.record(
      {
        action: AuditAction.SensitiveContentViewed,
        actor: view.actor,
        target: { type: 'case', id: view.caseId },
        data: { reason: view.reason },
      },
      manager,
    );
  }

  /**
   * Every export: what was exported, with which filters (ids and codes, never personal data), how many rows (null:
   * streamed, not counted).
   */
  exported(
    exportInfo: { actor: Actor; what: string; format: string; filters: Record<string, unknown>; rows: number | null; ip?: string | null },
    manager?: EntityManager,
  ): Promise<void> {
    return this.record(
      {
        action: AuditAction.Exported,
        actor: exportInfo.actor,
        target: { type: 'export', id: exportInfo.what },
        ip: exportInfo.ip,
        data: { format: exportInfo.format, filters: exportInfo.filters, rows: exportInfo.rows },
      },
      manager,
    );
  }

  async find(filter: AuditFilter): Promise<{ items: AuditRecord[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: (param: string) => string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    where((p) => `actor_user_id = ${p}`, filter.actorUserId);
    where((p) => `action = ${p}`, filter.action);
    where((p) => `target_type = ${p}`, filter.targetType);
    where((p) => `target_id = ${p}`, filter.targetId);
    if (filter.email !== undefined) {
      where((p) => `data ? 'emailFingerprint' AND data->>'emailFingerprint' = ${p}`, this.fingerprint(filter.email));
    }
    where((p) => `at >= ${p}`, filter.from);
    where((p) => `at < ${p}`, filter.to);
    const whereSql = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM audit_log ${whereSql}`,
      params,
    );
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT id::text, at, action, actor_type, actor_user_id, actor_role, target_type, target_id, ip, data
       FROM audit_log ${whereSql} ORDER BY at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return { items: rows.map(toRecord), total };
  }

  fingerprint(email: string): string {
    return emailFingerprint(email, this.config.auth.secret);
  }
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: {
      type: row.actor_type,
      ...(row.actor_user_id ? { userId: row.actor_user_id } : {}),
      ...(row.actor_role ? { role: row.actor_role } : {}),
    },
    ...(row.target_type && row.target_id ? { target: { type: row.target_type, id: row.target_id } } : {}),
    ...(row.ip ? { ip: row.ip } : {}),
    data: row.data,
  };
}
