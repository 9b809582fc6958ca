import { Transform } from 'class-transformer';
import { QueueName } from '@hotline/contracts';
import { isIP } from 'node:net';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsIP,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;

const QUEUE_NAMES: readonly string[] = Object.values(QueueName);
const QUEUE = `(${QUEUE_NAMES.join('|')})`;
const QUEUE_LIST = new RegExp(`^(${QUEUE}( *, *${QUEUE})*|!${QUEUE}( *, *!${QUEUE})*)$`);

const RATE = /^(off|[1-9]\d{0,6}\/[1-9]\d{0,5})$/;

/** An IP address, or a CIDR whose prefix fits its family. */
function isAddressOrCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const IsTrustedProxyList = () =>
  ValidateBy({
    name: 'isTrustedProxyList',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && (value === 'false' || value.split(',').every((part) => isAddressOrCidr(part.trim()))),
      defaultMessage: () =>
        'TRUST_PROXY must be "false" or the proxies\' addresses or CIDRs, comma-separated (e.g. 10.0.0.5,172.18.0.0/16); hop counts and "true" are refused',
    },
  });

/** Every environment variable the platform reads, with its rule. Defaults live in `loadConfig`. */
export class EnvDto {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** Reports, exports and the council-session report read from this replica of DATABASE_URL; unset: from the primary. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_REPLICA_URL must be a postgres:// URL' })
  DATABASE_REPLICA_URL?: string;

  /** One Redis node; or leave it unset and name Sentinels in REDIS_SENTINELS (checked together in `parseRedis`). */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /** The Sentinels that watch the Redis primary, host:port, comma-separated. */
  @IsOptional()
  @IsString()
  REDIS_SENTINELS?: string;

  /** The primary's name in the Sentinels' configuration. */
  @IsOptional()
  @IsString()
  REDIS_SENTINEL_NAME?: string;

  /** The Redis primary's password, with REDIS_SENTINELS (a REDIS_URL carries its own). */
  @IsOptional()
  @IsString()
  REDIS_PASSWORD?: string;

  /** The Sentinels' own password, if they ask for one. */
  @IsOptional()
  @IsString()
  REDIS_SENTINEL_PASSWORD?: string;

  /** The Redis database number, with REDIS_SENTINELS. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(15)
  REDIS_DB?: number;

  @IsOptional()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 of a-z, 0-9, _ or -' })
  QUEUE_PREFIX?: string;

  /** Keys the CSRF tokens and encrypts the TOTP secrets. */
  @ValidateIf((env: EnvDto) => env.NODE_ENV === 'production' || env.SESSION_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters (required in production)' })
  SESSION_SECRET?: string;

  /** A session's absolute lifetime. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  SESSION_TTL_SECONDS?: number;

  /** A session unused this long ends. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  SESSION_IDLE_SECONDS?: number;

  /** The session cookie's Secure flag (default: on in production). */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Roles that must sign in with a TOTP code, comma-separated (e.g. "admin,secretariat"); empty: optional for all. */
  @IsOptional()
  @Matches(
    /^\s*(operator|agency_officer|agency_head|secretariat|council_member|admin)(\s*,\s*(operator|agency_officer|agency_head|secretariat|council_member|admin))*\s*$/,
    {
      message: 'REQUIRE_TOTP_FOR must be a comma-separated list of roles',
    },
  )
  REQUIRE_TOTP_FOR?: string;

  /** Whose scope includes an agency's sub-units: "heads" (agency heads), "all" agency users, or "none". */
  @IsOptional()
  @IsIn(['none', 'heads', 'all'])
  AGENCY_SUBUNIT_SCOPE?: 'none' | 'heads' | 'all';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional()
  @IsEmail()
  SECRETARIAT_EMAIL?: string;

  @IsOptional()
  @Matches(/^[A-Z]{2,4}$/, { message: 'TRACKING_PREFIX must be 2-4 capital letters' })
  TRACKING_PREFIX?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL?: string;

  /** Years after closing that a case keeps its personal data; the daily retention job anonymises older ones. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'RETENTION_YEARS must be a whole number of years' })
  @Min(1)
  @Max(100)
  RETENTION_YEARS?: number;

  /** Years after a data-subject request is completed or refused that it keeps the contact it was filed with (default RETENTION_YEARS). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PRIVACY_REQUEST_RETENTION_YEARS must be a whole number of years' })
  @Min(1)
  @Max(100)
  PRIVACY_REQUEST_RETENTION_YEARS?: number;

  /** Years after a breach is recorded that its free text and affected cases are kept (default RETENTION_YEARS). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'BREACH_RETENTION_YEARS must be a whole number of years' })
  @Min(1)
  @Max(100)
  BREACH_RETENTION_YEARS?: number;

  /** Hours after a one-time code expires that its row is kept (default 24; at least the hour its rate limit counts). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PRIVACY_CODE_RETENTION_HOURS must be a whole number of hours' })
  @Min(1)
  @Max(8760)
  PRIVACY_CODE_RETENTION_HOURS?: number;

  // Personal data law (docs/personal-data.md, "What each figure rests on"): every period is a default to be checked
  // against Luật 91/2025/QH15 and Nghị định 356/2025/NĐ-CP. None was read in the official text.
  /** Where suspected-breach and overdue alerts go (the data protection officer). Default: SECRETARIAT_EMAIL. */
  @IsOptional()
  @IsEmail({}, { message: 'DPO_EMAIL must be an email address' })
  DPO_EMAIL?: string;

  /**
   * Working days to acknowledge a data-subject request (default 2). UNVERIFIED: a law firm's summary of Nghị định
   * 356/2025/NĐ-CP (Frasers, 19/01/2026) says the controller must answer within 2 working days of receiving a request,
   * without naming the article; the decree's own text was not read.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  PRIVACY_ACK_WORKING_DAYS?: number;

  /** Working days to complete a data-subject request (default 15). UNVERIFIED: no source for 15 was found. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  PRIVACY_COMPLETE_WORKING_DAYS?: number;

  /**
   * Hours from discovery to notify a breach to the authority (default 72). UNVERIFIED for the current law: the 72 h
   * rule is Nghị định 13/2023/NĐ-CP Điều 23 khoản 1 ("chậm nhất 72 giờ sau khi xảy ra hành vi vi phạm", to the
   * Ministry of Public Security, A05), read as quoted by thuvienphapluat.vn; that decree was replaced by Nghị định
   * 356/2025/NĐ-CP on 1 January 2026, and Luật 91/2025/QH15's own figure was not read. Note that Decree 13 counted
   * from the violation, not from its discovery.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  BREACH_NOTIFY_HOURS?: number;

  /** More CSV/XLSX exports than this by one account within EXPORT_BURST_MINUTES raise a suspected-breach alert (default 20). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  EXPORT_BURST_COUNT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  EXPORT_BURST_MINUTES?: number;

  /** Minutes a one-time code proving control of an email stays valid (default 15). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  PRIVACY_CODE_TTL_MINUTES?: number;

  /** Minutes a one-time code for "my cases" or for following/co-signing a case stays valid (default 5). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  CITIZEN_CODE_TTL_MINUTES?: number;

  /** Minutes a "my cases" session lasts once its code is confirmed (default 30). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  MY_CASES_SESSION_MINUTES?: number;

  /** One-time codes per contact, and per address, per hour (default 5). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  PRIVACY_CODES_PER_HOUR?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS?: boolean;

  /** The built web UI the API serves (default dist/web); when it is missing the API still starts. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  WEB_DIR?: string;

  /** Where attachments are stored (created if missing). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  ATTACHMENTS_DIR?: string;

  /** Where attachments are kept: unset or file:///dir (the local disk), or s3://bucket?endpoint=… (checked in `parseStorage`). */
  @IsOptional()
  @IsString()
  STORAGE_URL?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  STORAGE_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  STORAGE_SECRET_ACCESS_KEY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES?: number;

  /** Files one case may hold, all uploads together. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  ATTACHMENT_MAX_FILES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY?: number;

  /** Routing jobs the worker holds at once; those that pile up while a routing transaction runs share the next one. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  ROUTING_CONCURRENCY?: number;

  /**
   * The queues this worker process takes jobs from, comma-separated (all when unset), or the queues it leaves to
   * others, each with a leading '!': one process can route while another sends the mail, so neither waits for the
   * other's event loop.
   */
  @IsOptional()
  @Matches(QUEUE_LIST, {
    message: `WORKER_QUEUES must be a comma-separated list of ${QUEUE_NAMES.join(', ')}, all with or all without a leading '!'`,
  })
  WORKER_QUEUES?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120000)
  SHUTDOWN_TIMEOUT_MS?: number;

  /** Port of the worker's Prometheus endpoint (GET /metrics); 0 turns it off. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** Address the worker's metrics endpoint binds to (default 127.0.0.1, whatever HOST says: it has no sign-in). */
  @IsOptional()
  @IsIP(undefined, { message: 'WORKER_METRICS_HOST must be an IP address' })
  WORKER_METRICS_HOST?: string;

  /** Bearer token a Prometheus server sends to scrape the API's /metrics (administrators' sessions may read it too). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;

  /**
   * The reverse proxies whose X-Forwarded-For names the client: "false" (the default: none, the peer is the client) or
   * their addresses and CIDRs, comma-separated. Hop counts and "true" are refused: they let a client that reaches the
   * API directly pick its own address (Fastify no longer honours hop counts for the same reason).
   */
  @IsOptional()
  @IsTrustedProxyList()
  TRUST_PROXY?: string;

  /** Browser origins allowed by CORS, comma-separated (https://hdnd.example.vn); none by default. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of http(s):// origins',
  })
  CORS_ORIGINS?: string;

  /** Public intake per client address: "count/seconds", or "off". */
  @IsOptional()
  @Matches(RATE, { message: 'RATE_LIMIT_INTAKE must be "count/seconds" (e.g. 20/600) or "off"' })
  RATE_LIMIT_INTAKE?: string;

  /** Citizen tracking (read and feedback) per client address: "count/seconds", or "off". */
  @IsOptional()
  @Matches(RATE, { message: 'RATE_LIMIT_TRACKING must be "count/seconds" (e.g. 60/600) or "off"' })
  RATE_LIMIT_TRACKING?: string;

  /** Failed logins of one account from one address after which that pair waits LOGIN_DELAY_SECONDS, doubled at each further failure. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES?: number;

  /** Failed logins from one client address, all accounts together, after which the address waits the same growing delay. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_IP?: number;

  /**
   * Failed logins of one account from all addresses within the window after which addresses that never signed in to it
   * wait too; addresses it signed in from are never held back by this ceiling.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  /** Failures are forgotten after this long without a new one. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  LOGIN_FAILURE_WINDOW_SECONDS?: number;

  /** The first delay; each further failure doubles it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  LOGIN_DELAY_SECONDS?: number;

  /** The longest delay. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  LOGIN_MAX_DELAY_SECONDS?: number;

  /** Open cases received within this many days are compared with a new case for duplicates. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  DUPLICATE_WINDOW_DAYS?: number;

  /** pg_trgm similarity (0-1) of the unaccented title and description above which two cases are probably the same. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsNumber({}, { message: 'DUPLICATE_SIMILARITY must be a number between 0.05 and 1' })
  @Min(0.05)
  @Max(1)
  DUPLICATE_SIMILARITY?: number;

  /** Wrong tracking PINs in a row after which a case's PIN is locked (the access key still opens it). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  PIN_MAX_MISSES?: number;

  /** How long a locked tracking PIN stays locked. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  PIN_LOCK_MINUTES?: number;

  /** The SMS gateway: smpp://user:pass@host:2775?source=1022 (SMPP 3.4) or an http(s):// URL (HTTP gateway); unset: SMS off. */
  @IsOptional()
  @Matches(/^(smpps?|https?):\/\/.+/, { message: 'SMS_URL must be an smpp://, smpps://, http:// or https:// URL' })
  SMS_URL?: string;

  /** "gsm7" (the default: texts without diacritics, 160 characters a part) or "ucs2" (Vietnamese with diacritics, 70 a part). */
  @IsOptional()
  @IsIn(['gsm7', 'ucs2'])
  SMS_ENCODING?: 'gsm7' | 'ucs2';

  /** Most parts one SMS may take (a longer text is cut to fit). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10)
  SMS_MAX_SEGMENTS?: number;

  /** Zalo ZNS: the OpenAPI base (default https://business.openapi.zalo.me); ZNS is off unless ZALO_APP_ID is set. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'ZALO_ZNS_URL must be an http(s) URL' })
  ZALO_ZNS_URL?: string;

  /** Zalo OA's OAuth endpoint for refreshing the access token (default https://oauth.zaloapp.com/v4/oa/access_token). */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'ZALO_OAUTH_URL must be an http(s) URL' })
  ZALO_OAUTH_URL?: string;

  @IsOptional()
  @IsString()
  ZALO_APP_ID?: string;

  @IsOptional()
  @IsString()
  ZALO_SECRET_KEY?: string;

  @IsOptional()
  @IsString()
  ZALO_ACCESS_TOKEN?: string;

  @IsOptional()
  @IsString()
  ZALO_REFRESH_TOKEN?: string;

  /** The approved ZNS template of the case receipt (its data: tracking_code, pin, title). */
  @IsOptional()
  @IsString()
  ZALO_TEMPLATE_RECEIPT?: string;

  /** The approved ZNS template of the answer notice (its data: tracking_code, title). */
  @IsOptional()
  @IsString()
  ZALO_TEMPLATE_ANSWERED?: string;

  /** Port of the inbound SMTP listener run by the worker (email intake); 0 or "off" turns it off. */
  @IsOptional()
  @Transform(({ value }) => (value === 'off' ? 0 : toInt({ value })))
  @IsInt({ message: 'INBOUND_SMTP_PORT must be a port number or off' })
  @Min(0)
  @Max(65535)
  INBOUND_SMTP_PORT?: number;

  /** Address the inbound SMTP listener binds to. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  INBOUND_SMTP_HOST?: string;

  /** Mail to this address becomes a case (or a reply on one). */
  @IsOptional()
  @IsEmail({}, { message: 'INTAKE_EMAIL_ADDRESS must be an email address' })
  INTAKE_EMAIL_ADDRESS?: string;

  /**
   * The map's tile source (docs/place.md): a Leaflet URL template with {z}, {x} and {y} ({s} for subdomains), e.g.
   * https://tile.openstreetmap.org/{z}/{x}/{y}.png. Unset: the map draws the wards' boundaries alone (offline).
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/\S*(?=\S*\{z\})(?=\S*\{x\})(?=\S*\{y\})\S*$/, {
    message: 'MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}',
  })
  MAP_TILE_URL?: string;

  /** The tiles' attribution (their licence asks for it): required with MAP_TILE_URL. */
  @ValidateIf((env: EnvDto) => env.MAP_TILE_URL !== undefined || env.MAP_TILE_ATTRIBUTION !== undefined)
  @IsString({ message: 'MAP_TILE_ATTRIBUTION is required when MAP_TILE_URL is set' })
  @Length(3, 300, { message: 'MAP_TILE_ATTRIBUTION is required when MAP_TILE_URL is set (3-300 characters)' })
  MAP_TILE_ATTRIBUTION?: string;

  /** The jurisdiction_id Open311 clients may send (GeoReport v2); requests naming another get 404. */
  @IsOptional()
  @Matches(/^[a-z0-9.-]{3,100}$/, { message: 'OPEN311_JURISDICTION_ID must be 3-100 of a-z, 0-9, . or -' })
  OPEN311_JURISDICTION_ID?: string;

  /**
   * The national PAKN system's endpoint on the province's LGSP (docs/channels.md). Unset: the link is off. When set,
   * PAKN_CLIENT_ID and PAKN_CLIENT_SECRET are required (OAuth 2 client credentials at `${PAKN_URL}/oauth/token`).
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PAKN_URL must be an http(s) URL' })
  PAKN_URL?: string;

  @ValidateIf((env: EnvDto) => env.PAKN_URL !== undefined || env.PAKN_CLIENT_ID !== undefined)
  @IsString({ message: 'PAKN_CLIENT_ID is required when PAKN_URL is set' })
  @IsNotEmpty({ message: 'PAKN_CLIENT_ID is required when PAKN_URL is set' })
  PAKN_CLIENT_ID?: string;

  @ValidateIf((env: EnvDto) => env.PAKN_URL !== undefined || env.PAKN_CLIENT_SECRET !== undefined)
  @IsString({ message: 'PAKN_CLIENT_SECRET is required when PAKN_URL is set' })
  @MinLength(8, { message: 'PAKN_CLIENT_SECRET is required when PAKN_URL is set (at least 8 characters)' })
  PAKN_CLIENT_SECRET?: string;
}
