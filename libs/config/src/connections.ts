import { resolve } from 'node:path';

/** Where attachments live: a directory of this machine, or an S3-compatible bucket shared by every replica. */
export type StorageSettings =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      /** Key prefix inside the bucket (the URL's path), '' or ending in '/'. */
      prefix: string;
      /** MinIO, Ceph or another S3-compatible server; unset: AWS itself. */
      endpoint: string | undefined;
      region: string;
      forcePathStyle: boolean;
      /** Unset: the SDK's default chain (instance role, AWS_* variables, shared profile). */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    };

/** One Redis node, or the primary that Sentinel names (BullMQ and every other client follow it after a failover). */
export type RedisConnectionSettings =
  | { kind: 'single'; url: string }
  | {
      kind: 'sentinel';
      sentinels: { host: string; port: number }[];
      /** The primary's name in the Sentinels' configuration (`sentinel monitor <name> …`). */
      name: string;
      password: string | undefined;
      sentinelPassword: string | undefined;
      db: number;
    };

type Problem = { variable: string; message: string };

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const S3_PARAMS = new Set(['endpoint', 'region', 'forcePathStyle']);

/**
 * `STORAGE_URL`: unset or `file:///path` (the local directory; unset: ATTACHMENTS_DIR), or
 * `s3://[key:secret@]bucket[/prefix]?endpoint=http://host:9000&region=us-east-1&forcePathStyle=true`. The keys may
 * instead come from STORAGE_ACCESS_KEY_ID and STORAGE_SECRET_ACCESS_KEY (not both ways at once).
 */
export function parseStorage(
  env: { STORAGE_URL?: string; STORAGE_ACCESS_KEY_ID?: string; STORAGE_SECRET_ACCESS_KEY?: string },
  attachmentsDir: string,
  problems: Problem[],
): StorageSettings {
  const fail = (variable: string, message: string): StorageSettings => {
    problems.push({ variable, message });
    return { kind: 'local', dir: attachmentsDir };
  };
  const envKeys = env.STORAGE_ACCESS_KEY_ID !== undefined || env.STORAGE_SECRET_ACCESS_KEY !== undefined;
  if (envKeys && (env.STORAGE_ACCESS_KEY_ID === undefined || env.STORAGE_SECRET_ACCESS_KEY === undefined))
    return fail(
      env.STORAGE_ACCESS_KEY_ID === undefined ? 'STORAGE_ACCESS_KEY_ID' : 'STORAGE_SECRET_ACCESS_KEY',
      'STORAGE_ACCESS_KEY_ID and STORAGE_SECRET_ACCESS_KEY go together',
    );
  if (env.STORAGE_URL === undefined) {
    if (envKeys) return fail('STORAGE_ACCESS_KEY_ID', 'storage keys are set but STORAGE_URL is not an s3:// URL');
    return { kind: 'local', dir: attachmentsDir };
  }
  let url: URL;
  try {
    url = new URL(env.STORAGE_URL);
  } catch {
    return fail('STORAGE_URL', 'STORAGE_URL must be file:///path or s3://bucket?endpoint=…&region=…');
  }
  if (url.protocol === 'file:') {
    if (envKeys) return fail('STORAGE_ACCESS_KEY_ID', 'storage keys are set but STORAGE_URL is not an s3:// URL');
    if (url.host !== '' || url.search !== '') return fail('STORAGE_URL', 'a file:// STORAGE_URL is file:///absolute/path, nothing else');
    return { kind: 'local', dir: resolve(decodeURIComponent(url.pathname)) };
  }
  if (url.protocol !== 's3:') return fail('STORAGE_URL', `STORAGE_URL must be file:// or s3://, not ${url.protocol}//`);
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) return fail('STORAGE_URL', `"${bucket}" is not a bucket name (3-63 of a-z, 0-9, . and -)`);
  for (const key of url.searchParams.keys())
    if (!S3_PARAMS.has(key)) return fail('STORAGE_URL', `unknown STORAGE_URL parameter "${key}" (known: ${[...S3_PARAMS].join(', ')})`);
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^\s/?#]+\/?$/.test(endpoint))
    return fail('STORAGE_URL', 'the endpoint parameter of STORAGE_URL must be http(s)://host[:port]');
  const region = url.searchParams.get('region') ?? 'us-east-1';
  if (!/^[a-z0-9-]{2,32}$/.test(region)) return fail('STORAGE_URL', `"${region}" is not a region name`);
  const pathStyle = url.searchParams.get('forcePathStyle') ?? 'false';
  if (pathStyle !== 'true' && pathStyle !== 'false') return fail('STORAGE_URL', 'forcePathStyle must be true or false');
  const urlKeys = url.username !== '' || url.password !== '';
  if (urlKeys && envKeys)
    return fail(
      'STORAGE_URL',
      'give the storage keys either in STORAGE_URL or in STORAGE_ACCESS_KEY_ID/STORAGE_SECRET_ACCESS_KEY, not both',
    );
  if (urlKeys && (url.username === '' || url.password === ''))
    return fail('STORAGE_URL', 'keys in STORAGE_URL are s3://ACCESS_KEY_ID:SECRET_ACCESS_KEY@bucket');
  const credentials = urlKeys
    ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) }
    : envKeys
      ? { accessKeyId: env.STORAGE_ACCESS_KEY_ID!, secretAccessKey: env.STORAGE_SECRET_ACCESS_KEY! }
      : undefined;
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return {
    kind: 's3',
    bucket,
    prefix: path ? `${path}/` : '',
    endpoint: endpoint?.replace(/\/$/, ''),
    region,
    forcePathStyle: pathStyle === 'true',
    credentials,
  };
}

/**
 * `REDIS_URL` (one node), or `REDIS_SENTINELS=host:port,host:port` with `REDIS_SENTINEL_NAME` (the primary's name),
 * `REDIS_PASSWORD` (the primary's) and `REDIS_SENTINEL_PASSWORD` (the Sentinels', if they ask for one).
 */
export function parseRedis(
  env: {
    REDIS_URL?: string;
    REDIS_SENTINELS?: string;
    REDIS_SENTINEL_NAME?: string;
    REDIS_PASSWORD?: string;
    REDIS_SENTINEL_PASSWORD?: string;
    REDIS_DB?: number;
  },
  problems: Problem[],
): RedisConnectionSettings {
  const fallback: RedisConnectionSettings = { kind: 'single', url: env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  if (env.REDIS_SENTINELS === undefined) {
    if (env.REDIS_URL === undefined) problems.push({ variable: 'REDIS_URL', message: 'set REDIS_URL (or REDIS_SENTINELS)' });
    for (const variable of ['REDIS_SENTINEL_NAME', 'REDIS_PASSWORD', 'REDIS_SENTINEL_PASSWORD', 'REDIS_DB'] as const)
      if (env[variable] !== undefined)
        problems.push({ variable, message: `${variable} goes with REDIS_SENTINELS (REDIS_URL carries its own)` });
    return fallback;
  }
  if (env.REDIS_URL !== undefined) {
    problems.push({ variable: 'REDIS_URL', message: 'set either REDIS_URL (one node) or REDIS_SENTINELS, not both' });
    return fallback;
  }
  const sentinels = env.REDIS_SENTINELS.split(',').map((entry) => {
    const match = /^\s*([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})\s*$/.exec(entry);
    return match && Number(match[2]) > 0 && Number(match[2]) < 65536
      ? { host: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2]) }
      : undefined;
  });
  if (sentinels.some((s) => s === undefined)) {
    problems.push({ variable: 'REDIS_SENTINELS', message: 'REDIS_SENTINELS must be host:port of each Sentinel, comma-separated' });
    return fallback;
  }
  if (env.REDIS_SENTINEL_NAME === undefined || !/^[A-Za-z0-9._-]{1,64}$/.test(env.REDIS_SENTINEL_NAME)) {
    problems.push({
      variable: 'REDIS_SENTINEL_NAME',
      message: 'REDIS_SENTINEL_NAME must name the primary the Sentinels watch (e.g. mymaster)',
    });
    return fallback;
  }
  return {
    kind: 'sentinel',
    sentinels: sentinels as { host: string; port: number }[],
    name: env.REDIS_SENTINEL_NAME,
    password: env.REDIS_PASSWORD,
    sentinelPassword: env.REDIS_SENTINEL_PASSWORD,
    db: env.REDIS_DB ?? 0,
  };
}
