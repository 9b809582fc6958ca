import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock } from '@hotline/config';
import { SecurityRedis } from './security-redis';

/**
 * Records a failure in the scope's sliding window; at `max` failures it sets the scope's lock (value: locked-until in
 * ms) and starts the window afresh, so an unlocked account gets its full allowance back.
 */
const FAIL = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local count = redis.call('ZCARD', KEYS[1])
if count >= tonumber(ARGV[3]) then
  local untilMs = tonumber(ARGV[1]) + tonumber(ARGV[4])
  redis.call('SET', KEYS[2], untilMs, 'PX', ARGV[4])
  redis.call('DEL', KEYS[1])
  return {count, untilMs}
end
return {count, 0}`;

export type LockScope = 'account' | 'ip';

export interface Lock {
  scope: LockScope;
  until: Date;
}

export interface FailureOutcome {
  /** Failures of the account in the window, this one included. */
  accountFailures: number;
  /** Set when this failure locked the account or the address. */
  lock?: Lock & { failures: number };
}

/**
 * Login throttling that holds across API instances: failed logins are counted per account (by a fingerprint of the
 * address, known or not, so probing unknown addresses is throttled too) and per client address, in Redis. Times come
 * from the Clock, so a test moves past a lockout without waiting. If Redis is away, logins go on unthrottled (the
 * argon2 cost still slows a guesser) rather than locking every member of staff out.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    private readonly redis: SecurityRedis,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The lock that refuses this attempt, if any. */
  async currentLock(accountKey: string, ip: string | null): Promise<Lock | null> {
    const scopes = this.scopes(accountKey, ip);
    const values = await this.failOpen(() => this.redis.client.mget(...scopes.map((s) => s.lockKey)), []);
    const now = this.clock.now().getTime();
    const locks = scopes
      .map((scope, i) => ({ scope: scope.scope, untilMs: Number(values[i] ?? 0) }))
      .filter((l) => l.untilMs > now)
      .sort((a, b) => b.untilMs - a.untilMs);
    return locks.length ? { scope: locks[0].scope, until: new Date(locks[0].untilMs) } : null;
  }

  async recordFailure(accountKey: string, ip: string | null): Promise<FailureOutcome> {
    const { failureWindowSeconds, lockoutSeconds, maxFailures, maxFailuresPerIp } = this.config.security.login;
    const now = this.clock.now().getTime();
    const outcome: FailureOutcome = { accountFailures: 0 };
    for (const scope of this.scopes(accountKey, ip)) {
      const max = scope.scope === 'account' ? maxFailures : maxFailuresPerIp;
      const [count, untilMs] = await this.failOpen(
        () => this.redis.client.eval(FAIL, 2, scope.failuresKey, scope.lockKey, now, failureWindowSeconds * 1000, max, lockoutSeconds * 1000, `${now}-${Math.random()}`) as Promise<[number, number]>,
        [0, 0] as [number, number],
      );
      if (scope.scope === 'account') outcome.accountFailures = count;
      if (untilMs > 0 && !outcome.lock) outcome.lock = { scope: scope.scope, until: new Date(untilMs), failures: count };
    }
    return outcome;
  }

  /** A successful login starts the account's count afresh; the address's count stands. */
  async recordSuccess(accountKey: string): Promise<void> {
    await this.failOpen(() => this.redis.client.del(this.redis.key('login', 'failures', 'account', accountKey)), 0);
  }

  private scopes(accountKey: string, ip: string | null): { scope: LockScope; failuresKey: string; lockKey: string }[] {
    const scopes: { scope: LockScope; id: string }[] = [{ scope: 'account', id: accountKey }];
    if (ip) scopes.push({ scope: 'ip', id: ip });
    return scopes.map((s) => ({
      scope: s.scope,
      failuresKey: this.redis.key('login', 'failures', s.scope, s.id),
      lockKey: this.redis.key('login', 'lock', s.scope, s.id),
    }));
  }

  private async failOpen<T>(work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await work();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'login throttling unavailable; attempt not throttled');
      return fallback;
    }
  }
}
