import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, FailedLoginReason } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import { UserEntity } from '@hotline/database';
import { TooManyRequestsError, UnauthorizedError } from '@hotline/platform';
import { TokenClaims } from './access.guard';
import { LoginResultDto } from './dto/login.dto';
import { hashPassword, verifyPassword } from './passwords';
import { Lock, LoginThrottleService } from './throttling/login-throttle.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verifying against a throwaway hash when the email is unknown keeps that answer as slow as a wrong password. */
  private readonly unknownUserHash = hashPassword(randomUUID());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A locked account or address is refused before its password is checked, so guesses made during a lockout
   * cannot succeed. Every failure counts, whether the address belongs to an account or not.
   */
  async login(email: string, password: string, ip: string | null = null): Promise<LoginResultDto> {
    const normalised = email.trim().toLowerCase();
    const accountKey = this.audit.fingerprint(normalised);
    const lock = await this.throttle.currentLock(accountKey, ip);
    if (lock) {
      await this.audit.loginFailed({ email: normalised, userId: null, reason: 'locked', ip });
      throw this.lockedError(lock);
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.unknownUserHash), password);
    if (!user || !ok || !user.active) {
      const reason: FailedLoginReason = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'inactive_account';
      this.logger.warn({ userId: user?.id ?? null, reason }, 'failed login');
      await this.audit.loginFailed({ email: normalised, userId: user?.id ?? null, reason, ip });
      const outcome = await this.throttle.recordFailure(accountKey, ip);
      if (outcome.lock) {
        this.logger.warn({ userId: user?.id ?? null, scope: outcome.lock.scope, until: outcome.lock.until }, 'login locked');
        await this.audit.lockedOut({ ...outcome.lock, email: normalised, userId: user?.id ?? null, ip });
        throw this.lockedError(outcome.lock);
      }
      throw new UnauthorizedError('Wrong email or password');
    }
    await this.throttle.recordSuccess(accountKey);
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
    const claims: TokenClaims = { sub: user.id, role: user.role, agencyId: user.agencyId };
    await this.audit.login({ type: 'staff', userId: user.id, role: user.role, agencyId: user.agencyId }, ip);
    this.logger.log({ userId: user.id, role: user.role }, 'login');
    return {
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.config.auth.jwtTtlSeconds,
      user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role, agencyId: user.agencyId },
    };
  }

  private lockedError(lock: Lock): TooManyRequestsError {
    const seconds = Math.max(1, Math.ceil((lock.until.getTime() - this.clock.now().getTime()) / 1000));
    const who = lock.scope === 'account' ? 'this account' : 'this address';
    return new TooManyRequestsError(`Too many failed sign-ins: ${who} is locked until ${lock.until.toISOString()}. Try again later.`, seconds);
  }
}
