import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  CaseChannel,
  CaseEventType,
  CaseKind,
  CasePriority,
  CaseStatus,
  CONSENT_METHOD_OF_CHANNEL,
  ConsentMethod,
  ErrorCode,
  isPushedToPakn,
  JobName,
  jobIdOf,
  localYear,
  QUEUE_OF_JOB,
} from '@hotline/contracts';
import { CaseDeadlineEntity, isUniqueViolation, newId, PreparedStatement, preparedQuery, wakeRelayAfterCommit } from '@hotline/database';
import { InvalidInputError, isServiceUnavailable, NaturalBatcher, RuleViolationError, UnknownReferenceError } from '@hotline/platform';
import { normalisePhone } from '../contact/phone';
import { normaliseEmail } from '../identity/citizen-email';
import { locatorOf } from '../place/area-locator';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CaseReceiptDto, CreateCaseDto } from './dto/create-case.dto';
import { hashAccessKey, hashTrackingPin, newAccessKey, nextTrackingCodeSql, trackingSequenceName } from './tracking-code';
import { trackingPin } from '@hotline/notifications';
import { AppConfig, Clock } from '@hotline/config';
import { DeadlineEngineService } from '@hotline/deadlines';

export interface IntakeOptions {
  channel: CaseChannel;
  actor: Actor;
  priority?: CasePriority;
  idempotencyKey?: string;
  receivedAt?: Date;
  /** How consent was taken, when not the channel's usual way (CONSENT_METHOD_OF_CHANNEL). */
  consentMethod?: ConsentMethod;
  /** Write inside the caller's transaction (a batch that must be all or nothing); the relay is woken after its commit. */
  manager?: EntityManager;
}

const UNDEFINED_TABLE = '42P01';

/** One case to write: the columns of its row, its first event and, for a denunciation, its author's identity. */
interface CaseInsert {
  id: string;
  codePrefix: string;
  sequence: string;
  accessKeyHash: Buffer;
  trackingPinHash: Buffer;
  kind: CaseKind;
  channel: CaseChannel;
  priority: CasePriority;
  title: string;
  description: string;
  categoryId: string | null;
  areaId: string | null;
  accusedAgencyId: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  citizenName: string | null;
  citizenPhone: string | null;
  citizenEmail: string | null;
  citizenPreferredChannel: 'email' | 'sms' | 'zalo' | null;
  anonymous: boolean;
  isPublic: boolean;
  createdByUserId: string | null;
  idempotencyKey: string | null;
  idempotencyHash: Buffer | null;
  receivedAt: Date;
  actorType: Actor['type'];
  identity: { name: string | null; phone: string | null; email: string | null; address: string | null; nationalId: string | null };
  /** The clocks that start at receipt, as the deadline engine computed them, and the case's summary of them. */
  clocks: CaseDeadlineEntity[];
  dueAt: Date | null;
  nextDueAt: Date | null;
  consent: { noticeVersion: number | null; publication: boolean; contact: boolean; method: ConsentMethod };
  /** Send the case to the national PAKN system (the link is on and the case was received offline). */
  pushToPakn: boolean;
}

interface InsertedCase {
  id: string;
  tracking_code: string;
  received_at: Date;
}

/** The statement's columns: each parameter is an array holding that column for every case of the batch. */
const COLUMNS: [string, string, (c: CaseInsert) => unknown][] = [
  ['id', 'uuid', (c) => c.id],
  ['route_job_id', 'text', (c) => jobIdOf({ name: JobName.RouteCase, data: { caseId: c.id } })],
  ['code_prefix', 'text', (c) => c.codePrefix],
  ['sequence', 'text', (c) => c.sequence],
  ['access_key_hash', 'text', (c) => c.accessKeyHash.toString('hex')],
  ['tracking_pin_hash', 'text', (c) => c.trackingPinHash.toString('hex')],
  ['kind', 'text', (c) => c.kind],
  ['channel', 'text', (c) => c.channel],
  ['priority', 'text', (c) => c.priority],
  ['title', 'text', (c) => c.title],
  ['description', 'text', (c) => c.description],
  ['category_id', 'uuid', (c) => c.categoryId],
  ['area_id', 'uuid', (c) => c.areaId],
  ['accused_agency_id', 'uuid', (c) => c.accusedAgencyId],
  ['address', 'text', (c) => c.address],
  ['lat', 'float8', (c) => c.lat],
  ['lng', 'float8', (c) => c.lng],
  ['citizen_name', 'text', (c) => c.citizenName],
  ['citizen_phone', 'text', (c) => c.citizenPhone],
  ['citizen_email', 'text', (c) => c.citizenEmail],
  ['citizen_preferred_channel', 'text', (c) => c.citizenPreferredChannel],
  ['anonymous', 'bool', (c) => c.anonymous],
  ['is_public', 'bool', (c) => c.isPublic],
  ['created_by_user_id', 'uuid', (c) => c.createdByUserId],
  ['idempotency_key', 'text', (c) => c.idempotencyKey],
  ['idempotency_hash', 'text', (c) => c.idempotencyHash?.toString('hex') ?? null],
  ['received_at', 'timestamptz', (c) => c.receivedAt],
  ['actor_type', 'text', (c) => c.actorType],
  ['identity_name', 'text', (c) => c.identity.name],
  ['identity_phone', 'text', (c) => c.identity.phone],
  ['identity_email', 'text', (c) => c.identity.email],
  ['identity_address', 'text', (c) => c.identity.address],
  ['identity_national_id', 'text', (c) => c.identity.nationalId],
  ['due_at', 'timestamptz', (c) => c.dueAt],
  ['next_due_at', 'timestamptz', (c) => c.nextDueAt],
  ['consent_version', 'int', (c) => c.consent.noticeVersion],
  ['consent_publication', 'bool', (c) => c.consent.publication],
  ['consent_contact', 'bool', (c) => c.consent.contact],
  ['consent_method', 'text', (c) => c.consent.method],
  ['pakn_job_id', 'text', (c) => (c.pushToPakn ? jobIdOf({ name: JobName.PaknPushCase, data: { caseId: c.id } }) : null)],
];

/** The receipt clocks of the whole batch, one array per column, after the cases' columns in the parameters. */
const CLOCK_COLUMNS: [string, string, (d: CaseDeadlineEntity) => unknown][] = [
  ['id', 'uuid', (d) => d.id],
  ['case_id', 'uuid', (d) => d.caseId],
  ['clock', 'text', (d) => d.clock],
  ['rule_id', 'uuid', (d) => d.ruleId],
  ['urgent', 'bool', (d) => d.urgent],
  ['started_at', 'timestamptz', (d) => d.startedAt],
  ['due_at', 'timestamptz', (d) => d.dueAt],
  ['very_late_at', 'timestamptz', (d) => d.veryLateAt],
  ['reminder_at', 'timestamptz', (d) => d.reminderAt],
  ['stage', 'int', (d) => d.stage],
  ['next_action_at', 'timestamptz', (d) => d.nextActionAt],
];

/**
 * Writes a batch of cases, each with its first event, the clocks that start at receipt (with the case's `due_at` and
 * `next_due_at`, so a case shows its due date from its first instant, worker or no worker), its routing job's outbox
 * row (and a denunciation's identity), the person's consent (docs/personal-data.md), in ONE statement: it is atomic, so for
 * every case either all its rows exist
 * or none does, and the whole batch costs one round trip and one commit. Rows come in as one array per column
 * (unnest), so the statement text is the same for any batch size and is prepared once per connection. A retried
 * submission (same idempotency key, also twice in one batch) inserts nothing and returns no row. The rows are
 * inserted in idempotency-key order so two batches that both hold the same two keys wait for each other in the same
 * order (no deadlock). The relay's wake-up (NOTIFY) is sent after the commit, not in it: PostgreSQL serialises the
 * commits of transactions that NOTIFY.
 */
const insertCasesSql = (pakn: boolean) => `
WITH t AS MATERIALIZED (
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
    WITH ORDINALITY AS t(${COLUMNS.map(([name]) => name).join(', ')}, ord)
), c AS (
  INSERT INTO cases (id, tracking_code, access_key_hash, tracking_pin_hash, kind, channel, status, priority, title, description,
    category_id, area_id, accused_agency_id, address, lat, lng, citizen_name, citizen_phone, citizen_email, citizen_preferred_channel,
    anonymous, is_public, created_by_user_id, idempotency_key, idempotency_hash, received_at, due_at, next_due_at)
  SELECT id, ${nextTrackingCodeSql('code_prefix', 'sequence')}, decode(access_key_hash, 'hex'), decode(tracking_pin_hash, 'hex'), kind, channel,
    '${CaseStatus.Received}', priority, title, description, category_id, area_id, accused_agency_id, address, lat, lng,
    citizen_name, citizen_phone, citizen_email, citizen_preferred_channel, anonymous, is_public, created_by_user_id, idempotency_key,
    decode(idempotency_hash, 'hex'), received_at, due_at, next_due_at
  FROM t ORDER BY idempotency_key, ord
  ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING id, tracking_code, received_at
), i AS (
  INSERT INTO case_identities (case_id, name, phone, email, address, national_id, created_at)
  SELECT c.id, t.identity_name, t.identity_phone, t.identity_email, t.identity_address, t.identity_national_id, c.received_at
  FROM c JOIN t USING (id) WHERE t.kind = '${CaseKind.Denunciation}'
), d AS (
  INSERT INTO case_deadlines (id, case_id, clock, rule_id, status, started_at, urgent, due_at, very_late_at, reminder_at, stage,
    next_action_at)
  SELECT k.id, k.case_id, k.clock, k.rule_id, 'running', k.started_at, k.urgent, k.due_at, k.very_late_at, k.reminder_at, k.stage,
    k.next_action_at
  FROM unnest(${CLOCK_COLUMNS.map(([, type], i) => `$${COLUMNS.length + i + 1}::${type}[]`).join(', ')})
    AS k(${CLOCK_COLUMNS.map(([name]) => name).join(', ')})
  JOIN c ON c.id = k.case_id
), cc AS (
  INSERT INTO case_consents (case_id, notice_version, handling, publication, contact, method, consented_at)
  SELECT c.id, COALESCE(t.consent_version, (SELECT max(version) FROM privacy_notices)), true, t.consent_publication, t.consent_contact,
    t.consent_method, c.received_at
  FROM c JOIN t USING (id)
), e AS (
  INSERT INTO case_events (case_id, type, to_status, actor_type, actor_user_id, visible_to_citizen, data, created_at)
  SELECT c.id, '${CaseEventType.Received}', '${CaseStatus.Received}', t.actor_type, t.created_by_user_id, true,
    jsonb_build_object('channel', t.channel), c.received_at
  FROM c JOIN t USING (id)
), o AS (
  INSERT INTO outbox (queue, job_name, job_id, payload)
  SELECT '${QUEUE_OF_JOB[JobName.RouteCase]}', '${JobName.RouteCase}', t.route_job_id, jsonb_build_object('caseId', c.id)
  FROM c JOIN t USING (id)
  RETURNING 1
)${pakn ? PAKN_PUSH_CTE : ''}
SELECT c.id, c.tracking_code, c.received_at FROM c`;

/**
 * With the national PAKN link on, the same statement queues each offline case's push (docs/channels.md); with it off
 * the statement is the one without this part, so an installation without the link plans nothing more.
 */
const PAKN_PUSH_CTE = `, p AS (
  INSERT INTO outbox (queue, job_name, job_id, payload)
  SELECT '${QUEUE_OF_JOB[JobName.PaknPushCase]}', '${JobName.PaknPushCase}', t.pakn_job_id, jsonb_build_object('caseId', c.id)
  FROM c JOIN t USING (id) WHERE t.pakn_job_id IS NOT NULL
  RETURNING 1
)`;
const INSERT_CASES_SQL = { plain: insertCasesSql(false), withPakn: insertCasesSql(true) };

const insertParams = (batch: CaseInsert[]): unknown[] => {
  const clocks = batch.flatMap((c) => c.clocks);
  return [...COLUMNS.map(([, , value]) => batch.map(value)), ...CLOCK_COLUMNS.map(([, , value]) => clocks.map(value))];
};

/**
 * Public submissions arriving together share a statement: at most this many batches run at once (each holds one
 * pooled connection), and a batch holds at most this many cases.
 */
const BATCHING = { maxInFlight: 4, maxBatchSize: 64 };

@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);
  private readonly knownSequences = new Set<string>();
  /** Notice versions seen to exist: versions are append-only rows, so once seen a version stays valid. */
  private readonly knownNoticeVersions = new Set<number>();
  private readonly batcher = new NaturalBatcher<CaseInsert, InsertedCase | undefined>((batch) => this.insertBatch(batch), {
    ...BATCHING,
    // With PostgreSQL away every case would fail alike: answer 503 to all at once (they retry with their keys).
    retryItemByItem: (err) => !isServiceUnavailable(err),
  });

  /** The intake statement for this configuration, named so each pooled connection prepares it once. */
  private get insertSql(): PreparedStatement {
    return this.config.pakn
      ? { name: 'hotline_insert_cases_pakn', text: INSERT_CASES_SQL.withPakn }
      : { name: 'hotline_insert_cases', text: INSERT_CASES_SQL.plain };
  }

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineEngineService,
  ) {}

  async submit(dto: CreateCaseDto, options: IntakeOptions): Promise<{ receipt: CaseReceiptDto; created: boolean }> {
    const [categoryId, areaId, accusedAgencyId] = await this.resolveReferences(dto);
    this.checkContact(dto);
    this.checkDenunciation(dto);
    await this.checkConsent(dto);
    const receivedAt = options.receivedAt ?? this.clock.now();
    const year = localYear(receivedAt);
    if (dto.website?.trim()) return { receipt: this.decoyReceipt(year, receivedAt), created: true };
    const sequence = trackingSequenceName(year);
    const id = newId();
    const accessKey = newAccessKey(id, options.idempotencyKey);
    // Every case has a PIN besides its access key: a phone caller writes it down, an SMS carries it.
    const pin = trackingPin(this.config.auth.secret, id);
    const anonymous = dto.anonymous ?? false;
    const citizen = anonymous ? undefined : dto.citizen;
    const contact = {
      name: citizen?.name.trim() ?? null,
      phone: citizen?.phone ? normalisePhone(citizen.phone) : null,
      email: citizen?.email ? normaliseEmail(citizen.email) : null,
    };
    // A denunciation's author goes to case_identities only; its case row holds no identity.
    const denunciation = dto.kind === CaseKind.Denunciation;
    const onCase = denunciation ? { name: null, phone: null, email: null } : contact;
    const priority = options.priority ?? CasePriority.Normal;
    const { clocks, summary } = await this.deadlines.receiptClocks({ id, kind: dto.kind, channel: options.channel, priority }, receivedAt);
    const row: CaseInsert = {
      id,
      codePrefix: `${this.config.cases.trackingPrefix}-${year}-`,
      sequence,
      accessKeyHash: hashAccessKey(accessKey),
      trackingPinHash: hashTrackingPin(id, pin),
      kind: dto.kind,
      channel: options.channel,
      priority,
      title: dto.title.trim(),
      description: dto.description.trim(),
      categoryId,
      areaId,
      accusedAgencyId,
      address: dto.address?.trim() || null,
      lat: dto.location?.lat ?? null,
      lng: dto.location?.lng ?? null,
      citizenName: onCase.name,
      citizenPhone: onCase.phone,
      citizenEmail: onCase.email,
      citizenPreferredChannel: citizen?.preferredChannel ?? null,
      anonymous,
      isPublic: dto.public ?? false,
      createdByUserId: options.actor.type === 'staff' ? options.actor.userId : null,
      idempotencyKey: options.idempotencyKey ?? null,
      idempotencyHash: options.idempotencyKey ? submissionHash(dto, options) : null,
      receivedAt,
      actorType: options.actor.type,
      identity: { ...contact, address: citizen?.address?.trim() ?? null, nationalId: citizen?.nationalId ?? null },
      clocks,
      ...summary,
      consent: {
        noticeVersion: dto.consent?.noticeVersion ?? null,
        // Ticking "public" is itself the person's choice to have the answer published.
        publication: dto.consent?.publication === true || dto.public === true,
        contact: dto.consent?.contact === true,
        method: options.consentMethod ?? CONSENT_METHOD_OF_CHANNEL[options.channel],
      },
      pushToPakn: this.config.pakn !== null && isPushedToPakn({ channel: options.channel, kind: dto.kind }),
    };
    await this.ensureSequence(sequence);
    const inserted = options.manager ? await this.insertInTransaction(row, options.manager) : await this.batcher.submit(row);
    if (!inserted) {
      const receipt = await this.replay(options.idempotencyKey!, row.idempotencyHash!, options.manager);
      return { receipt, created: false };
    }
    return {
      receipt: {
        id: inserted.id,
        trackingCode: inserted.tracking_code,
        accessKey,
        status: CaseStatus.Received,
        receivedAt: inserted.received_at,
        pin,
      },
      created: true,
    };
  }

  /**
   * The answer to a form whose hidden honeypot field was filled in (a bot: people never see the field). It looks like
   * a receipt so the bot learns nothing, but nothing is stored and the tracking code leads nowhere.
   */
  private decoyReceipt(year: number, receivedAt: Date): CaseReceiptDto {
    const id = newId();
    this.logger.warn({ channel: 'web' }, 'honeypot filled: submission dropped');
    return {
      id,
      trackingCode: `${this.config.cases.trackingPrefix}-${year}-${String(randomInt(1_000_000)).padStart(6, '0')}`,
      accessKey: newAccessKey(id),
      status: CaseStatus.Received,
      receivedAt,
      pin: trackingPin(this.config.auth.secret, id),
    };
  }

  private async ensureSequence(sequence: string): Promise<void> {
    if (this.knownSequences.has(sequence)) return;
    await this.dataSource.query(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`).catch((err: { code?: string }) => {
      // Two instances creating the same year's sequence at once: the loser's unique violation is harmless.
      if (!isUniqueViolation(err) && err.code !== '42P07') throw err;
    });
    this.knownSequences.add(sequence);
  }

  /** Inserts the cases; for each, its row, or undefined when its idempotency key had already been used. */
  private async insert(batch: CaseInsert[], manager?: EntityManager): Promise<(InsertedCase | undefined)[]> {
    // Outside a caller's transaction the statement is a named (prepared) one: each pooled connection plans it once,
    // not on every batch (the plan of this five-part statement costs PostgreSQL more than a small batch's execution).
    const rows: InsertedCase[] = manager
      ? await manager.query(this.insertSql.text, insertParams(batch))
      : await preparedQuery<InsertedCase>(this.dataSource, this.insertSql, insertParams(batch));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return batch.map((c) => byId.get(c.id));
  }

  /** One case in the caller's transaction: the relay is woken once that transaction commits. */
  private async insertInTransaction(row: CaseInsert, manager: EntityManager): Promise<InsertedCase | undefined> {
    const [inserted] = await this.insert([row], manager);
    if (inserted) await wakeRelayAfterCommit(manager);
    return inserted;
  }

  /**
   * One batch of public submissions, outside any caller's transaction. If the statement fails, no case of the batch
   * was written (it is one statement), and the batcher tries each case on its own, so one bad row fails only its own
   * submission. A year sequence dropped by hand is created again.
   */
  private async insertBatch(batch: CaseInsert[]): Promise<(InsertedCase | undefined)[]> {
    let inserted: (InsertedCase | undefined)[];
    try {
      inserted = await this.insert(batch);
    } catch (err) {
      if ((err as { code?: string }).code !== UNDEFINED_TABLE) throw err;
      this.knownSequences.clear();
      for (const sequence of new Set(batch.map((c) => c.sequence))) await this.ensureSequence(sequence);
      inserted = await this.insert(batch);
    }
    // A batch of retries only created nothing: there is no job to wake the relay for.
    if (inserted.some(Boolean)) await wakeRelayAfterCommit(this.dataSource.manager);
    return inserted;
  }

  /**
   * A retried submission with the same idempotency key answers with the case the first attempt created; the same key
   * with another body is refused, so it never hands out another submission's tracking code and key. (Cases filed
   * before the body was recorded with the key are replayed as before.)
   */
  private async replay(idempotencyKey: string, hash: Buffer, manager?: EntityManager): Promise<CaseReceiptDto> {
    const [row] = await (manager ?? this.dataSource).query(
      `SELECT id, tracking_code, status, received_at, idempotency_hash FROM cases WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    if (row.idempotency_hash && !hash.equals(row.idempotency_hash)) {
      throw new RuleViolationError(
        ErrorCode.IdempotencyKeyReused,
        'Idempotency-Key',
        'This Idempotency-Key was already used for a different submission: use a new key for a new case',
      );
    }
    return {
      id: row.id,
      trackingCode: row.tracking_code,
      accessKey: newAccessKey(row.id, idempotencyKey),
      status: row.status,
      receivedAt: row.received_at,
      // Derived from the case id, as the first answer's was: the retry shows the PIN that was stored.
      pin: trackingPin(this.config.auth.secret, row.id),
    };
  }

  private async resolveReferences(dto: CreateCaseDto): Promise<[string | null, string | null, string | null]> {
    let categoryId: string | null = null;
    let areaId: string | null = null;
    let accusedAgencyId: string | null = null;
    if (dto.categoryCode !== undefined) {
      const category = await this.reference.categoryByCode(dto.categoryCode);
      if (!category || !category.active) throw new UnknownReferenceError('categoryCode', 'category', dto.categoryCode);
      categoryId = category.id;
    }
    if (dto.areaCode !== undefined) {
      const area = await this.reference.areaByCode(dto.areaCode);
      if (!area || !area.active) throw new UnknownReferenceError('areaCode', 'area', dto.areaCode);
      areaId = area.id;
    }
    if (dto.location) {
      // A point names its ward when no area was chosen; a point outside the city is refused, area or not.
      const placement = locatorOf((await this.reference.get()).areas).place(dto.location.lng, dto.location.lat);
      if (placement.outside) {
        throw new RuleViolationError(ErrorCode.LocationOutsideCity, 'location', 'The location is outside every top-level area (the city)');
      }
      areaId ??= placement.areaId;
    }
    if (dto.accusedAgencyCode !== undefined) {
      const agency = await this.reference.agencyByCode(dto.accusedAgencyCode);
      if (!agency || !agency.active) throw new UnknownReferenceError('accusedAgencyCode', 'agency', dto.accusedAgencyCode);
      accusedAgencyId = agency.id;
    }
    return [categoryId, areaId, accusedAgencyId];
  }

  /** Only a denunciation names an accused agency, and a denunciation is never published (docs/denunciations.md). */
  private checkDenunciation(dto: CreateCaseDto): void {
    if (dto.kind === CaseKind.Denunciation) {
      if (dto.public) {
        throw new RuleViolationError(
          ErrorCode.DenunciationNotPublic,
          'public',
          'A denunciation is never published: leave public out or false',
        );
      }
      return;
    }
    if (dto.accusedAgencyCode !== undefined) {
      throw new InvalidInputError('accusedAgencyCode', 'Only a denunciation names the agency it accuses; leave accusedAgencyCode out');
    }
  }

  /**
   * Silence is not consent: every channel must say the person agreed to the processing the case needs, and name a
   * notice version that exists (docs/personal-data.md).
   */
  private async checkConsent(dto: CreateCaseDto): Promise<void> {
    if (dto.consent?.handling !== true) {
      throw new RuleViolationError(
        ErrorCode.ConsentRequired,
        'consent.handling',
        'The person must agree to the processing of their data needed to handle the case (consent.handling: true)',
      );
    }
    const version = dto.consent.noticeVersion;
    if (version === undefined || this.knownNoticeVersions.has(version)) return;
    const [row] = await this.dataSource.query(`SELECT 1 FROM privacy_notices WHERE version = $1`, [version]);
    if (!row) throw new RuleViolationError(ErrorCode.UnknownNoticeVersion, 'consent.noticeVersion', `No privacy notice version ${version}`);
    this.knownNoticeVersions.add(version);
  }

  private checkContact(dto: CreateCaseDto): void {
    if (dto.anonymous) {
      if (dto.citizen)
        throw new InvalidInputError('citizen', 'An anonymous case carries no contact: leave citizen out or set anonymous to false');
      if (dto.kind === CaseKind.Denunciation) {
        // Luật Tố cáo 2018 Art. 25(1): a denunciation without the denouncer's name and address is not handled as one.
        throw new InvalidInputError(
          'anonymous',
          'A denunciation must name its author (Luật Tố cáo 2018, Art. 25); the identity stays confidential',
        );
      }
      return;
    }
    if (!dto.citizen) throw new InvalidInputError('citizen', 'citizen is required unless anonymous is true');
    if (dto.kind !== CaseKind.Denunciation && (dto.citizen.address !== undefined || dto.citizen.nationalId !== undefined)) {
      const field = dto.citizen.address !== undefined ? 'citizen.address' : 'citizen.nationalId';
      throw new InvalidInputError(field, 'Only a denunciation records its author’s address and national id; leave them out');
    }
    if (!dto.citizen.phone && !dto.citizen.email) {
      throw new InvalidInputError('citizen.phone', 'Give a phone number or an email address so the agency can reach you');
    }
    const preferred = dto.citizen.preferredChannel;
    if (preferred && !(preferred === 'email' ? dto.citizen.email : dto.citizen.phone)) {
      const needs = preferred === 'email' ? 'an email address' : 'a phone number';
      throw new InvalidInputError('citizen.preferredChannel', `Notices by ${preferred} need ${needs}: give it, or choose another channel`);
    }
  }
}

/**
 * What a submission asked for, reduced to a hash: the body (keys sorted at every level, so their order does not
 * matter) with the channel and priority the operator chose.
 */
function submissionHash(dto: CreateCaseDto, options: Pick<IntakeOptions, 'channel' | 'priority'>): Buffer {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object' && !(value instanceof Date)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
          )
        : value;
  const submission = { body: dto, channel: options.channel, priority: options.priority ?? null };
  return createHash('sha256')
    .update(JSON.stringify(canonical(submission)))
    .digest();
}
