import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { isAgencyRole, Role, StaffActor } from '@hotline/contracts';
import { newId, UserSessionEntity } from '@hotline/database';
import { ipOrNull } from '@hotline/platform';

export const SESSION_COOKIE = 'hotline_session';

/** A signed-in session as the access guard sees it. */
export interface ResolvedSession {
  id: string;
  actor: StaffActor;
  secondFactorPending: boolean;
  mustChangePassword: boolean;
}

export interface IssuedSession {
  id: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** last_seen_at is written at most this often, so reading a session stays one indexed SELECT. */
const TOUCH_EVERY_MS = 60_000;

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Staff sessions: an opaque random token (the cookie of the web UI, or a bearer token for API clients) whose SHA-256
 * is the row's key. A session ends at its absolute expiry, after SESSION_IDLE_SECONDS unused, or when revoked
 * (logout, password change or reset, an administrator); every request reads the row, so a revocation holds at once
 * on every API instance.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Sessions run on the wall clock, not the platform's Clock: a test or a replay that moves case time forward must not
   * end or stretch sign-ins, and authenticator apps read real time too.
   */
  private now(): Date {
    return new Date();
  }

  async issue(
    userId: string,
    options: { secondFactorPending: boolean; ip: string | null; userAgent: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedSession> {
    const now = this.now();
    const token = randomBytes(32).toString('base64url');
    const session: UserSessionEntity = {
      id: newId(),
      userId,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.sessionTtlSeconds * 1000),
      lastSeenAt: now,
      secondFactorPending: options.secondFactorPending,
      revokedAt: null,
      revokedReason: null,
      ip: ipOrNull(options.ip),
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    };
    await manager.insert(UserSessionEntity, session);
    return { id: session.id, token, csrfToken: this.csrfTokenFor(session.id), expiresAt: session.expiresAt };
  }

  /** The live session of a token, with the user's role and agency scope read now (a role change applies at once). */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length < 20 || token.length > 200) return null;
    const now = this.now();
    const idleSince = new Date(now.getTime() - this.config.auth.sessionIdleSeconds * 1000);
    const subunits = this.config.auth.subunitScope;
    const rows: {
      id: string;
      user_id: string;
      last_seen_at: Date;
      second_factor_pending: boolean;
      role: Role;
      agency_id: string | null;
      must_change_password: boolean;
      agency_ids: string[] | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.last_seen_at, s.second_factor_pending, u.role, u.agency_id, u.must_change_password,
              CASE WHEN u.agency_id IS NULL THEN NULL
                   WHEN $4 = 'all' OR ($4 = 'heads' AND u.role = 'agency_head') THEN (
                     WITH RECURSIVE tree(id) AS (
                       SELECT u.agency_id UNION SELECT a.id FROM agencies a JOIN tree ON a.parent_id = tree.id)
                     SELECT array_agg(id) FROM tree)
                   ELSE ARRAY[u.agency_id] END AS agency_ids
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active`,
      [sha256(token), now, idleSince, subunits],
    );
    const row = rows[0];
    if (!row) return null;
    if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(`UPDATE user_sessions SET last_seen_at = $2 WHERE id = $1`, [row.id, now]);
    }
    const actor: StaffActor = {
      type: 'staff',
      userId: row.user_id,
      role: row.role,
      agencyId: row.agency_id,
      ...(isAgencyRole(row.role) ? { agencyIds: row.agency_ids ?? [] } : {}),
      sessionId: row.id,
    };
    return { id: row.id, actor, secondFactorPending: row.second_factor_pending, mustChangePassword: row.must_change_password };
  }

  /** The CSRF token of a session: an HMAC of its id, so it needs no storage and cannot be derived without the secret. */
  csrfTokenFor(sessionId: string): string {
    return createHmac('sha256', this.config.auth.secret).update(`csrf:${sessionId}`).digest('base64url');
  }

  csrfTokenMatches(sessionId: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfTokenFor(sessionId));
    const given = Buffer.from(presented);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async completeSecondFactor(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserSessionEntity, { id: sessionId }, { secondFactorPending: false });
  }

  async revoke(sessionId: string, reason: string, userId?: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(UserSessionEntity)
      .set({ revokedAt: this.now(), revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .andWhere(userId ? 'user_id = :userId' : 'TRUE', { userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of a user (but `keep`): password change or reset, deactivation, second-factor reset. */
  async revokeAll(userId: string, reason: string, keep?: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `WITH ended AS (
         UPDATE user_sessions SET revoked_at = $2, revoked_reason = $3
          WHERE user_id = $1 AND revoked_at IS NULL AND ($4::uuid IS NULL OR id <> $4) RETURNING 1)
       SELECT count(*)::int AS n FROM ended`,
      [userId, this.now(), reason, keep ?? null],
    );
    return n;
  }

  /** A user's live sessions, newest first. */
  async list(userId: string): Promise<Pick<UserSessionEntity, 'id' | 'createdAt' | 'lastSeenAt' | 'expiresAt' | 'ip' | 'userAgent'>[]> {
    const now = this.now();
    const idleSince = new Date(now.getTime() - this.config.auth.sessionIdleSeconds * 1000);
    return this.dataSource
      .getRepository(UserSessionEntity)
      .createQueryBuilder('s')
      .select(['s.id', 's.createdAt', 's.lastSeenAt', 's.expiresAt', 's.ip', 's.userAgent'])
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now AND s.last_seen_at > :idleSince', {
        userId,
        now,
        idleSince,
      })
      .orderBy('s.created_at', 'DESC')
      .getMany();
  }
}
