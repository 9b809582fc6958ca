import { randomBytes } from 'node:crypto';
import type IORedis from 'ioredis';

/**
 * Counts in a sliding window, atomically in Redis (one Lua script), so every API instance draws on the same allowance.
 * Each accepted hit is a member of a sorted set scored by its time; hits older than the window drop out.
 */
const TAKE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local count = redis.call('ZCARD', KEYS[1])
if count < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {1, count + 1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, count, tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])}`;

export interface WindowDecision {
  allowed: boolean;
  /** Hits in the window, this one included when allowed. */
  count: number;
  /** When refused: milliseconds until the oldest hit leaves the window. */
  retryAfterMs: number;
}

type WithTake = IORedis & {
  hotlineTakeFromWindow(key: string, now: number, windowMs: number, limit: number, member: string): Promise<unknown>;
};
const defined = new WeakSet<IORedis>();

/** The script as a command of the client: ioredis sends EVALSHA (not the script's text) and loads it on NOSCRIPT. */
function withTake(redis: IORedis): WithTake {
  if (!defined.has(redis)) {
    redis.defineCommand('hotlineTakeFromWindow', { numberOfKeys: 1, lua: TAKE });
    defined.add(redis);
  }
  return redis as WithTake;
}

/** Each hit's member is unique across instances: this process's random tag and a counter (no random bytes per hit). */
const PROCESS_TAG = randomBytes(6).toString('hex');
let hits = 0;

export async function takeFromWindow(redis: IORedis, key: string, now: Date, windowMs: number, limit: number): Promise<WindowDecision> {
  hits = (hits + 1) % Number.MAX_SAFE_INTEGER;
  const member = `${now.getTime()}-${PROCESS_TAG}-${hits}`;
  const [allowed, count, retryAfterMs] = (await withTake(redis).hotlineTakeFromWindow(key, now.getTime(), windowMs, limit, member)) as [
    number,
    number,
    number,
  ];
  return { allowed: allowed === 1, count, retryAfterMs: Math.max(0, retryAfterMs) };
}
