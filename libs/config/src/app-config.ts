import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { QueueName, type Role } from '@hotline/contracts';
import { parseRedis, parseStorage, RedisConnectionSettings, StorageSettings } from './connections';
import { EnvDto } from './env.dto';

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The one typed configuration every process reads. Built once at boot by `loadConfig`. */
export class AppConfig {
  readonly env!: 'development' | 'production' | 'test';
  readonly http!: { host: string; port: number; bodyLimitBytes: number; publicBaseUrl: string };
  /** `dir`: staging of uploads (and the local store's directory unless STORAGE_URL names another). */
  readonly attachments!: { dir: string; maxBytes: number; maxFiles: number };
  readonly storage!: StorageSettings;
  /** The built web UI the API serves (`npm run build:web`). */
  readonly web!: { dir: string };
  /** `replicaUrl`: where reports and exports read (null: the primary, `url`). */
  readonly database!: { url: string; replicaUrl: string | null; runMigrations: boolean };
  /** Connect through `redisOptions`/`createRedis` (libs/platform), which know both kinds. */
  readonly redis!: { connection: RedisConnectionSettings; queuePrefix: string };
  readonly auth!: {
    secret: string;
    /** No SESSION_SECRET outside production: a random secret for this process only (bootstrap warns). */
    secretGenerated: boolean;
    sessionTtlSeconds: number;
    sessionIdleSeconds: number;
    cookieSecure: boolean;
    requireTotpFor: readonly Role[];
    subunitScope: 'none' | 'heads' | 'all';
  };
  readonly mail!: { smtpUrl: string; from: string; secretariatEmail: string };
  readonly cases!: {
    trackingPrefix: string;
    retentionYears: number;
    /**
     * The retention of the privacy records themselves (docs/personal-data.md), beside the cases' own: years after a
     * data-subject request was completed or refused, years after a breach was recorded, and hours after a one-time
     * code expired. The privacy scan erases their personal data then.
     */
    privacyRecords: { requestYears: number; breachYears: number; codeHours: number };
    duplicateWindowDays: number;
    duplicateSimilarity: number;
    /** Wrong PINs in a row that lock a case's tracking PIN, and for how long. */
    pinMaxMisses: number;
    pinLockSeconds: number;
    /** One-time codes of "my cases" and of followers/co-signers (the data-subject codes have their own). */
    citizenCodeTtlMinutes: number;
    myCasesSessionMinutes: number;
  };
  /** Personal data law (docs/personal-data.md): defaults to be checked against the law, all configurable. */
  readonly privacy!: {
    dpoEmail: string;
    acknowledgeWorkingDays: number;
    completeWorkingDays: number;
    breachNotifyHours: number;
    exportBurstCount: number;
    exportBurstMinutes: number;
    codeTtlMinutes: number;
    codesPerHour: number;
  };
  /** SMS: null when SMS_URL is unset (SMS off). */
  readonly sms!: { url: string; encoding: 'gsm7' | 'ucs2'; maxSegments: number } | null;
  /** Zalo ZNS: null when ZALO_APP_ID is unset (Zalo off). */
  readonly zalo!: {
    apiUrl: string;
    oauthUrl: string;
    appId: string;
    secretKey: string;
    accessToken: string;
    refreshToken: string;
    templates: { receipt: string | null; answered: string | null };
  } | null;
  readonly inboundMail!: { port: number; host: string; intakeAddress: string };
  readonly open311!: { jurisdictionId: string };
  /** The map's tiles; null when MAP_TILE_URL is unset (the map draws the wards' boundaries alone). */
  readonly map!: { tileUrl: string; attribution: string } | null;
  /** The national PAKN link through the province's LGSP; null when PAKN_URL is unset (the link is off). */
  readonly pakn!: { url: string; clientId: string; clientSecret: string } | null;
  readonly worker!: {
    concurrency: number;
    routingConcurrency: number;
    shutdownTimeoutMs: number;
    metricsPort: number;
    metricsHost: string;
    queues: readonly QueueName[];
  };
  readonly security!: {
    /** Fastify's trustProxy: false (no proxy, the peer is the client) or the proxies' addresses and CIDRs. */
    trustProxy: false | string[];
    corsOrigins: string[];
    rateLimits: { intake: RateLimit | null; tracking: RateLimit | null };
    login: LoginThrottling;
    /** The bearer token that may scrape the API's /metrics; null: administrators' sessions only. */
    metricsToken: string | null;
  };
  readonly logLevel!: string;
}

/** Failed sign-ins: a delay per (account, address) pair and per address, growing with each failure (OWASP). */
export interface LoginThrottling {
  maxFailures: number;
  maxFailuresPerIp: number;
  maxFailuresPerAccount: number;
  failureWindowSeconds: number;
  delaySeconds: number;
  maxDelaySeconds: number;
}

/** At most `limit` requests in any `windowSeconds`; null turns the limit off. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

const parseRate = (value: string | undefined, fallback: RateLimit): RateLimit | null => {
  if (value === undefined) return fallback;
  if (value === 'off') return null;
  const [limit, windowSeconds] = value.split('/').map(Number);
  return { limit, windowSeconds };
};

/** No proxy is trusted until the deployer names it (the list's form is checked in EnvDto). */
const parseTrustProxy = (value: string | undefined): false | string[] =>
  value === undefined || value === 'false' ? false : value.split(',').map((p) => p.trim());

/** 'a,b': those queues; '!a,!b': every queue but those; unset: every queue (the list's form is checked in EnvDto). */
const parseWorkerQueues = (value: string | undefined): QueueName[] => {
  const all = Object.values(QueueName);
  if (!value) return all;
  const names = value.split(',').map((q) => q.trim());
  if (names[0].startsWith('!')) return all.filter((q) => !names.includes(`!${q}`));
  return all.filter((q) => names.includes(q));
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvDto, raw, { enableImplicitConversion: false });
  const problems = validateSync(env, { whitelist: false }).map((e) => ({
    variable: e.property,
    message: e.constraints ? Object.values(e.constraints).join('; ') : 'is invalid',
  }));
  const attachmentsDir = resolve(env.ATTACHMENTS_DIR ?? '.data/attachments');
  const storage = parseStorage(env, attachmentsDir, problems);
  const redisConnection = parseRedis(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    env: env.NODE_ENV ?? 'development',
    http: {
      host: env.HOST ?? '127.0.0.1',
      port: env.PORT ?? 3000,
      bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 256 * 1024,
      publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    },
    attachments: {
      dir: attachmentsDir,
      maxBytes: env.ATTACHMENT_MAX_BYTES ?? 10 * 1024 * 1024,
      maxFiles: env.ATTACHMENT_MAX_FILES ?? 10,
    },
    storage,
    web: { dir: resolve(env.WEB_DIR ?? 'dist/web') },
    database: { url: env.DATABASE_URL, replicaUrl: env.DATABASE_REPLICA_URL ?? null, runMigrations: env.RUN_MIGRATIONS ?? true },
    redis: { connection: redisConnection, queuePrefix: env.QUEUE_PREFIX ?? 'hotline' },
    auth: {
      secret: env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
      secretGenerated: env.SESSION_SECRET === undefined,
      sessionTtlSeconds: env.SESSION_TTL_SECONDS ?? 12 * 3600,
      sessionIdleSeconds: env.SESSION_IDLE_SECONDS ?? 3600,
      cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
      requireTotpFor: (env.REQUIRE_TOTP_FOR ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean) as Role[],
      subunitScope: env.AGENCY_SUBUNIT_SCOPE ?? 'heads',
    },
    mail: {
      smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
      from: env.MAIL_FROM ?? 'Đường dây nóng HĐND <hotline@hdnd.example.vn>',
      secretariatEmail: env.SECRETARIAT_EMAIL ?? 'vanphong@hdnd.example.vn',
    },
    cases: {
      trackingPrefix: env.TRACKING_PREFIX ?? 'HN',
      retentionYears: env.RETENTION_YEARS ?? 5,
      privacyRecords: {
        requestYears: env.PRIVACY_REQUEST_RETENTION_YEARS ?? env.RETENTION_YEARS ?? 5,
        breachYears: env.BREACH_RETENTION_YEARS ?? env.RETENTION_YEARS ?? 5,
        codeHours: env.PRIVACY_CODE_RETENTION_HOURS ?? 24,
      },
      duplicateWindowDays: env.DUPLICATE_WINDOW_DAYS ?? 60,
      duplicateSimilarity: env.DUPLICATE_SIMILARITY ?? 0.3,
      pinMaxMisses: env.PIN_MAX_MISSES ?? 5,
      pinLockSeconds: (env.PIN_LOCK_MINUTES ?? 60) * 60,
      citizenCodeTtlMinutes: env.CITIZEN_CODE_TTL_MINUTES ?? 5,
      myCasesSessionMinutes: env.MY_CASES_SESSION_MINUTES ?? 30,
    },
    privacy: {
      dpoEmail: env.DPO_EMAIL ?? env.SECRETARIAT_EMAIL ?? 'vanphong@hdnd.example.vn',
      acknowledgeWorkingDays: env.PRIVACY_ACK_WORKING_DAYS ?? 2,
      completeWorkingDays: env.PRIVACY_COMPLETE_WORKING_DAYS ?? 15,
      breachNotifyHours: env.BREACH_NOTIFY_HOURS ?? 72,
      exportBurstCount: env.EXPORT_BURST_COUNT ?? 20,
      exportBurstMinutes: env.EXPORT_BURST_MINUTES ?? 10,
      codeTtlMinutes: env.PRIVACY_CODE_TTL_MINUTES ?? 15,
      codesPerHour: env.PRIVACY_CODES_PER_HOUR ?? 5,
    },
    sms: env.SMS_URL ? { url: env.SMS_URL, encoding: env.SMS_ENCODING ?? 'gsm7', maxSegments: env.SMS_MAX_SEGMENTS ?? 3 } : null,
    zalo: env.ZALO_APP_ID
      ? {
          apiUrl: (env.ZALO_ZNS_URL ?? 'https://business.openapi.zalo.me').replace(/\/$/, ''),
          oauthUrl: env.ZALO_OAUTH_URL ?? 'https://oauth.zaloapp.com/v4/oa/access_token',
          appId: env.ZALO_APP_ID,
          secretKey: env.ZALO_SECRET_KEY ?? '',
          accessToken: env.ZALO_ACCESS_TOKEN ?? '',
          refreshToken: env.ZALO_REFRESH_TOKEN ?? '',
          templates: { receipt: env.ZALO_TEMPLATE_RECEIPT ?? null, answered: env.ZALO_TEMPLATE_ANSWERED ?? null },
        }
      : null,
    inboundMail: {
      port: env.INBOUND_SMTP_PORT ?? 0,
      host: env.INBOUND_SMTP_HOST ?? '127.0.0.1',
      intakeAddress: (env.INTAKE_EMAIL_ADDRESS ?? 'tiepnhan@hdnd.example.vn').toLowerCase(),
    },
    worker: {
      concurrency: env.WORKER_CONCURRENCY ?? 8,
      routingConcurrency: env.ROUTING_CONCURRENCY ?? 200,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS ?? 10000,
      metricsPort: env.WORKER_METRICS_PORT ?? 9464,
      metricsHost: env.WORKER_METRICS_HOST ?? '127.0.0.1',
      queues: parseWorkerQueues(env.WORKER_QUEUES),
    },
    open311: { jurisdictionId: env.OPEN311_JURISDICTION_ID ?? 'hanoi.hdnd.example.vn' },
    map: env.MAP_TILE_URL ? { tileUrl: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION! } : null,
    pakn: env.PAKN_URL
      ? { url: env.PAKN_URL.replace(/\/+$/, ''), clientId: env.PAKN_CLIENT_ID!, clientSecret: env.PAKN_CLIENT_SECRET! }
      : null,
    security: {
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim().replace(/\/$/, ''))
        .filter(Boolean),
      rateLimits: {
        intake: parseRate(env.RATE_LIMIT_INTAKE, { limit: 20, windowSeconds: 600 }),
        tracking: parseRate(env.RATE_LIMIT_TRACKING, { limit: 60, windowSeconds: 600 }),
      },
      login: {
        maxFailures: env.LOGIN_MAX_FAILURES ?? 5,
        maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP ?? 50,
        maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 100,
        failureWindowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS ?? 15 * 60,
        delaySeconds: env.LOGIN_DELAY_SECONDS ?? 60,
        maxDelaySeconds: env.LOGIN_MAX_DELAY_SECONDS ?? 3600,
      },
      metricsToken: env.METRICS_TOKEN ?? null,
    },
    logLevel: env.LOG_LEVEL ?? 'info',
  }) as AppConfig;
}

/** The Content-Security-Policy source the map's tiles load from ({s} subdomains as a wildcard). */
export function mapTileSource(tileUrl: string): string {
  const [, scheme, host] = /^(https?):\/\/([^/]+)/.exec(tileUrl)!;
  return `${scheme}://${host.replace('{s}', '*')}`;
}
