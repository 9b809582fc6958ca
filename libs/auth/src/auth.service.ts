import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService, FailedLoginReason } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import { ErrorCode, StaffActor } from '@hotline/contracts';
import { UserEntity } from '@hotline/database';
import { ConflictError, InvalidInputError, TooManyRequestsError, UnauthorizedError } from '@hotline/platform';
import { LoginResultDto, MeDto, SessionUserDto, TotpSetupDto } from './dto/login.dto';
import { hashPassword, verifyPassword } from './passwords';
import { ResolvedSession, SessionService } from './sessions/session.service';
import { checkTotp, newTotpSecret, openTotpSecret, sealTotpSecret, totpUri } from './sessions/totp';
import { Lock, LoginThrottleService } from './throttling/login-throttle.service';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type UserWithSecrets = UserEntity & { passwordHash: string; totpSecretEnc: string | null; totpLastStep: string | null };

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verifying against a throwaway hash when the email is unknown keeps that answer as slow as a wrong password. */
  private readonly unknownUserHash = hashPassword(randomUUID());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * An attempt during its delay (this account from this address, this address, or a new address past the account's
   * ceiling: LoginThrottleService) is refused before its password is checked, so guesses made meanwhile cannot
   * succeed. Every failure counts, whether the email belongs to an account or not, and so does a wrong second-factor
   * code. An account with TOTP on needs its code in the same request; a role that must use TOTP and
   * has none set up gets a session limited to setting it up.
   */
  async login(email: string, password: string, totp: string | undefined, client: ClientInfo): Promise<LoginResultDto> {
    const normalised = email.trim().toLowerCase();
    const accountKey = this.audit.fingerprint(normalised);
    const lock = await this.throttle.currentLock(accountKey, client.ip);
    if (lock) {
      await this.audit.loginFailed({ email: normalised, userId: null, reason: 'locked', ip: client.ip });
      throw this.lockedError(lock);
    }
    const user = await this.findWithSecrets('u.email = :email', { email: normalised });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.unknownUserHash), password);
    if (!user || !ok || !user.active) {
      await this.failed(
        normalised,
        accountKey,
        user?.id ?? null,
        !user ? 'unknown_account' : !ok ? 'wrong_password' : 'inactive_account',
        client.ip,
      );
      throw new UnauthorizedError('Wrong email or password');
    }
    if (user.totpEnabledAt) {
      if (!totp)
        throw new UnauthorizedError('This account signs in with a second factor', [
          { field: 'totp', message: 'Enter the 6-digit code from your authenticator app' },
        ]);
      if (!(await this.acceptTotp(user, totp))) {
        await this.failed(normalised, accountKey, user.id, 'wrong_second_factor', client.ip);
        throw new UnauthorizedError('Wrong second-factor code', [{ field: 'totp', message: 'The code is wrong, expired or already used' }]);
      }
    }
    await this.throttle.recordSuccess(accountKey, client.ip);
    const enroll = !user.totpEnabledAt && this.config.auth.requireTotpFor.includes(user.role);
    const issued = await this.sessions.issue(user.id, { secondFactorPending: enroll, ...client });
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: this.clock.now() });
    const actor: StaffActor = { type: 'staff', userId: user.id, role: user.role, agencyId: user.agencyId };
    await this.audit.login(actor, client.ip);
    this.logger.log({ userId: user.id, role: user.role, sessionId: issued.id }, 'login');
    return {
      accessToken: issued.token,
      csrfToken: issued.csrfToken,
      expiresIn: this.config.auth.sessionTtlSeconds,
      expiresAt: issued.expiresAt,
      user: this.describe(user),
      secondFactor: enroll ? 'enroll' : null,
      mustChangePassword: user.mustChangePassword,
    };
  }

  async me(session: ResolvedSession): Promise<MeDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: session.actor.userId });
    return {
      user: this.describe(user),
      csrfToken: this.sessions.csrfTokenFor(session.id),
      sessionId: session.id,
      secondFactor: session.secondFactorPending ? 'enroll' : null,
      mustChangePassword: session.mustChangePassword,
    };
  }

  async logout(session: ResolvedSession, ip: string | null): Promise<void> {
    await this.sessions.revoke(session.id, 'logout');
    await this.audit.record({
      action: AuditAction.Logout,
      actor: session.actor,
      target: { type: 'user', id: session.actor.userId },
      ip,
      data: { sessionId: session.id },
    });
  }

  async revokeOwnSession(session: ResolvedSession, sessionId: string, ip: string | null): Promise<void> {
    if (!(await this.sessions.revoke(sessionId, 'ended by the user', session.actor.userId))) {
      throw new InvalidInputError('id', 'No live session of yours has this id');
    }
    await this.audit.record({
      action: AuditAction.SessionRevoked,
      actor: session.actor,
      target: { type: 'user', id: session.actor.userId },
      ip,
      data: { sessionId },
    });
  }

  /** A new password ends every other session of the user; this one stays, free of a forced change. */
  async changePassword(session: ResolvedSession, current: string, next: string, ip: string | null): Promise<void> {
    const user = await this.findWithSecrets('u.id = :id', { id: session.actor.userId });
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw new InvalidInputError('currentPassword', 'The current password is wrong', ErrorCode.WrongCurrentPassword);
    }
    checkPasswordChoice(user.email, next);
    if (await verifyPassword(user.passwordHash, next))
      throw new InvalidInputError('newPassword', 'Choose a password different from the current one', ErrorCode.PasswordUnchanged);
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: this.clock.now() });
      await this.endOtherSessions(session, 'password changed', AuditAction.PasswordChanged, ip, manager);
    });
  }

  /** A new secret, kept (encrypted) until a code from it is proved; replaces an unconfirmed one. */
  async setUpTotp(session: ResolvedSession): Promise<TotpSetupDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: session.actor.userId });
    if (user.totpEnabledAt) throw new ConflictError('The second factor is already on; an administrator can reset it');
    const secret = newTotpSecret();
    await this.dataSource
      .getRepository(UserEntity)
      .update({ id: user.id }, { totpSecretEnc: sealTotpSecret(secret, this.config.auth.secret) });
    return { secret, otpauthUri: totpUri(secret, user.email) };
  }

  /** Turning the second factor on ends every other session of the user; this one stays. */
  async enableTotp(session: ResolvedSession, code: string, ip: string | null): Promise<void> {
    const user = await this.findWithSecrets('u.id = :id', { id: session.actor.userId });
    if (!user) throw new UnauthorizedError('Sign in again');
    if (user.totpEnabledAt) throw new ConflictError('The second factor is already on');
    if (!user.totpSecretEnc) throw new ConflictError('Start with POST /api/v1/auth/totp/setup');
    if (!(await this.acceptTotp(user, code)))
      throw new InvalidInputError(
        'code',
        'The code is wrong or expired: check the phone’s clock and try the next code',
        ErrorCode.WrongTotpCode,
      );
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { totpEnabledAt: this.clock.now() });
      await this.sessions.completeSecondFactor(session.id, manager);
      // Sessions opened with the password alone (perhaps by whoever made the user turn the second factor on) end.
      await this.endOtherSessions(session, 'second factor enabled', AuditAction.SecondFactorEnabled, ip, manager);
    });
  }

  /** Ends the user's other sessions (this one stays) and records `action` with how many ended, in the caller's transaction. */
  private async endOtherSessions(
    session: ResolvedSession,
    reason: string,
    action: AuditAction,
    ip: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const ended = await this.sessions.revokeAll(session.actor.userId, reason, session.id, manager);
    await this.audit.record(
      {
        action,
        actor: session.actor,
        target: { type: 'user', id: session.actor.userId },
        ip,
        data: { otherSessionsEnded: ended },
      },
      manager,
    );
  }

  /** A code is good once: its time step must be later than the last accepted one. */
  private async acceptTotp(user: UserWithSecrets, code: string): Promise<boolean> {
    if (!user.totpSecretEnc) return false;
    const step = await checkTotp(openTotpSecret(user.totpSecretEnc, this.config.auth.secret), code, new Date());
    if (step === null) return false;
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [user.id, step],
    );
    return flattenReturning(rows).length === 1;
  }

  private async failed(
    email: string,
    accountKey: string,
    userId: string | null,
    reason: FailedLoginReason,
    ip: string | null,
  ): Promise<void> {
    this.logger.warn({ userId, reason }, 'failed login');
    await this.audit.loginFailed({ email, userId, reason, ip });
    const outcome = await this.throttle.recordFailure(accountKey, ip);
    if (outcome.lock) {
      this.logger.warn({ userId, scope: outcome.lock.scope, until: outcome.lock.until }, 'login delayed');
      await this.audit.lockedOut({ ...outcome.lock, email, userId, ip });
      throw this.lockedError(outcome.lock);
    }
  }

  private findWithSecrets(where: string, params: Record<string, unknown>): Promise<UserWithSecrets | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.totpSecretEnc', 'u.totpLastStep'])
      .where(where, params)
      .getOne() as Promise<UserWithSecrets | null>;
  }

  private describe(user: UserEntity): SessionUserDto {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      agencyId: user.agencyId,
      totpEnabled: user.totpEnabledAt !== null,
    };
  }

  private lockedError(lock: Lock): TooManyRequestsError {
    const seconds = Math.max(1, Math.ceil((lock.until.getTime() - this.clock.now().getTime()) / 1000));
    const until = lock.until.toISOString();
    const message = {
      pair: `Too many failed sign-ins to this account from this address until ${until}. Try again later.`,
      ip: `Too many failed sign-ins from this address until ${until}. Try again later.`,
      account:
        `Too many failed sign-ins to this account from a new address until ${until}; ` +
        'addresses it signed in from before are not held back.',
    }[lock.scope];
    return new TooManyRequestsError(message, seconds);
  }
}

/** A password is not the account's email or its name part. */
export function checkPasswordChoice(email: string, password: string): void {
  const lower = password.toLowerCase();
  if (lower === email || lower === email.split('@')[0])
    throw new InvalidInputError('newPassword', 'A password may not be the email address');
}

/** TypeORM answers an UPDATE … RETURNING as [rows, count] on PostgreSQL. */
const flattenReturning = (result: unknown[]): unknown[] => (Array.isArray(result[0]) ? (result[0] as unknown[]) : result);
