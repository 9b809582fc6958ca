import type { ConnectionOptions } from 'bullmq';
import IORedis, { type RedisOptions } from 'ioredis';
import type { RedisConnectionSettings } from '@hotline/config';

/**
 * The one place a Redis connection is described: one node from its URL, or the primary that the Sentinels name,
 * re-asked after a failover. Every client (BullMQ's, the limiter's, the cache channel's, the health check's) is
 * built from it, so all follow the same primary.
 */
export function createRedis(connection: RedisConnectionSettings, options: RedisOptions = {}): IORedis {
  return connection.kind === 'single' ? new IORedis(connection.url, options) : new IORedis({ ...sentinelOptions(connection), ...options });
}

/** BullMQ's connection (a plain URL is one node); blocking connections need `maxRetriesPerRequest: null`. */
export function bullConnection(connection: RedisConnectionSettings | string): ConnectionOptions {
  if (typeof connection === 'string') return { url: connection, maxRetriesPerRequest: null };
  return connection.kind === 'single'
    ? { url: connection.url, maxRetriesPerRequest: null }
    : ({ ...sentinelOptions(connection), maxRetriesPerRequest: null } as ConnectionOptions);
}

function sentinelOptions(connection: Extract<RedisConnectionSettings, { kind: 'sentinel' }>): RedisOptions {
  return {
    sentinels: connection.sentinels,
    name: connection.name,
    password: connection.password,
    sentinelPassword: connection.sentinelPassword,
    db: connection.db,
    // A primary demoted by a failover answers READONLY: reconnect, and the Sentinels name the new one.
    reconnectOnError: (err) => err.message.startsWith('READONLY'),
    // Keep asking the Sentinels while they elect a new primary.
    sentinelRetryStrategy: (times) => Math.min(times * 200, 2000),
  };
}

/** Queue keys share one hash tag so a Redis Cluster keeps each queue's keys on one slot. */
export const bullPrefix = (queuePrefix: string): string => `{${queuePrefix}}`;
