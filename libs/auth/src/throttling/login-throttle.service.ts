import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock } from '@hotline/config';
import { SecurityRedis } from './security-redis';

/**
 * One failure of a throttled scope (a hash: n failures, the last at `last`, delayed `until`). The count is forgotten
 * once the window has passed since the later of the last failure and the end of the delay; from the `free`-th failure
 * on, the scope waits base·2^(n−free) ms, at most `max`. Times come from ARGV (the platform's Clock), not Redis's.
 */
const BACK_OFF = `
local now, window, free, base, max = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local state = redis.call('HMGET', KEYS[1], 'n', 'last', 'until')
local n, last, untilMs = tonumber(state[1] or '0'), tonumber(state[2] or '0'), tonumber(state[3] or '0')
if now - math.max(last, untilMs) > window then n = 0 end
n = n + 1
untilMs = 0
if n >= free then untilMs = now + math.min(base * 2 ^ math.min(n - free, 40), max) end
redis.call('HSET', KEYS[1], 'n', n, 'last', now, 'until', string.format('%d', untilMs))
redis.call('PEXPIRE', KEYS[1], math.max(untilMs - now, 0) + window)
return {n, untilMs}`;

/**
 * The account's failures from every address in a sliding window (a sorted set scored by time), for its ceiling: only
 * the newest `ceiling` are kept, as no more are needed to know when the count drops under it.
 */
const COUNT_ACCOUNT_FAILURE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[4]) - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('ZCARD', KEYS[1])`;

/** Addresses an account signed in from are remembered this long: the account's ceiling never holds them back. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3600 * 1000;

/** `pair`: this account from this address; `ip`: this address, all accounts; `account`: new addresses of this account. */
export type LockScope = 'pair' | 'ip' | 'account';

export interface Lock {
  scope: LockScope;
  until: Date;
}

export interface FailureOutcome {
  /** Set when this failure starts or lengthens a delay. */
  lock?: Lock & { failures: number };
}

/**
 * Login throttling as OWASP's authentication cheat sheet describes it: an attacker without the password must not be
 * able to keep the owner out. Failures are counted per (account, address) pair and per address, each with a delay
 * that doubles at every failure past its threshold; during a delay that scope's attempts are refused unchecked. An
 * account's failures from all addresses together have a much higher ceiling, past which only addresses that never
 * signed in to it wait; the owner's usual address always gets its password checked. Accounts are named by a
 * fingerprint of the email (known or not, so probing unknown addresses is throttled too). State lives in Redis,
 * shared by every API instance; if Redis is away, logins go on unthrottled (argon2 still slows a guesser) rather than
 * locking every member of staff out.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    private readonly redis: SecurityRedis,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The delay that refuses this attempt, if any (the longest, when several apply). */
  async currentLock(accountKey: string, ip: string | null): Promise<Lock | null> {
    const { maxFailuresPerAccount, failureWindowSeconds } = this.config.security.login;
    const keys = this.keys(accountKey, ip);
    const now = this.clock.now().getTime();
    const windowStart = now - failureWindowSeconds * 1000;
    const [pairUntil, ipUntil, accountFailures, oldest, known] = await this.failOpen(async () => {
      const results = await this.redis.client
        .multi()
        .hget(keys.pair, 'until')
        .hget(keys.ip, 'until')
        .zcount(keys.account, windowStart, '+inf')
        .zrangebyscore(keys.account, windowStart, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
        .zscore(keys.known, keys.address)
        .exec();
      return (results ?? []).map(([err, value]) => (err ? null : value)) as [
        string | null,
        string | null,
        number | null,
        string[] | null,
        string | null,
      ];
    }, [null, null, null, null, null]);
    const locks: Lock[] = [];
    if (Number(pairUntil ?? 0) > now) locks.push({ scope: 'pair', until: new Date(Number(pairUntil)) });
    if (Number(ipUntil ?? 0) > now) locks.push({ scope: 'ip', until: new Date(Number(ipUntil)) });
    const knownAddress = known !== null && Number(known) > now - KNOWN_ADDRESS_MS;
    if ((accountFailures ?? 0) >= maxFailuresPerAccount && oldest?.length === 2 && !knownAddress) {
      // Until the oldest kept failure leaves the window and the count drops under the ceiling.
      locks.push({ scope: 'account', until: new Date(Number(oldest[1]) + failureWindowSeconds * 1000) });
    }
    return locks.sort((a, b) => b.until.getTime() - a.until.getTime())[0] ?? null;
  }

  async recordFailure(accountKey: string, ip: string | null): Promise<FailureOutcome> {
    const { failureWindowSeconds, delaySeconds, maxDelaySeconds, maxFailures, maxFailuresPerIp, maxFailuresPerAccount } =
      this.config.security.login;
    const keys = this.keys(accountKey, ip);
    const now = this.clock.now().getTime();
    const windowMs = failureWindowSeconds * 1000;
    const backOff = async (scope: LockScope, key: string, free: number): Promise<FailureOutcome['lock']> => {
      const [failures, untilMs] = await this.failOpen(
        () =>
          this.redis.client.eval(BACK_OFF, 1, key, now, windowMs, free, delaySeconds * 1000, maxDelaySeconds * 1000) as Promise<
            [number, number]
          >,
        [0, 0] as [number, number],
      );
      return untilMs > 0 ? { scope, until: new Date(untilMs), failures } : undefined;
    };
    const pair = await backOff('pair', keys.pair, maxFailures);
    const address = await backOff('ip', keys.ip, maxFailuresPerIp);
    await this.failOpen(
      () => this.redis.client.eval(COUNT_ACCOUNT_FAILURE, 1, keys.account, now, windowMs, `${now}-${Math.random()}`, maxFailuresPerAccount),
      0,
    );
    const lock = [pair, address].filter((l) => l !== undefined).sort((a, b) => b.until.getTime() - a.until.getTime())[0];
    return lock ? { lock } : {};
  }

  /** A successful login clears the pair's failures and remembers the address; the address's own count stands. */
  async recordSuccess(accountKey: string, ip: string | null): Promise<void> {
    const keys = this.keys(accountKey, ip);
    const now = this.clock.now().getTime();
    await this.failOpen(
      () =>
        this.redis.client
          .multi()
          .del(keys.pair)
          .zadd(keys.known, now, keys.address)
          .zremrangebyscore(keys.known, '-inf', now - KNOWN_ADDRESS_MS)
          .pexpire(keys.known, KNOWN_ADDRESS_MS)
          .exec(),
      null,
    );
  }

  /** A request without a usable address is throttled as the one address "unknown". */
  private keys(accountKey: string, ip: string | null) {
    const address = ip ?? 'unknown';
    return {
      address,
      pair: this.redis.key('login', 'pair', accountKey, address),
      ip: this.redis.key('login', 'ip', address),
      account: this.redis.key('login', 'account', accountKey),
      known: this.redis.key('login', 'known', accountKey),
    };
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
