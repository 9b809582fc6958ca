import type { ConnectionOptions } from 'bullmq';

/** BullMQ's connection for a redis:// URL; blocking connections need `maxRetriesPerRequest: null`. */
export const bullConnection = (url: string): ConnectionOptions => ({ url, maxRetriesPerRequest: null });

/** Queue keys share one hash tag so a Redis Cluster keeps each queue's keys on one slot. */
export const bullPrefix = (queuePrefix: string): string => `{${queuePrefix}}`;
