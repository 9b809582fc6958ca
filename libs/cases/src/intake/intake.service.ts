import { Injectable, Logger } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, CaseChannel, CaseEventType, CaseKind, CasePriority, CaseStatus, JobName, QUEUE_OF_JOB } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { InvalidInputError, OUTBOX_CHANNEL } from '@hotline/platform';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CaseReceiptDto, CreateCaseDto } from './dto/create-case.dto';
import { hashAccessKey, localYear, newAccessKey, nextTrackingCodeSql, trackingSequenceName } from './tracking-code';
import { AppConfig, Clock } from '@hotline/config';

export interface IntakeOptions {
  channel: CaseChannel;
  actor: Actor;
  priority?: CasePriority;
  idempotencyKey?: string;
  receivedAt?: Date;
  /**
   * Write inside the caller's transaction (a batch that must be all or nothing). The caller then wakes the outbox
   * relay with `wakeRelay()` after its commit; until then the relay's poll finds the jobs.
   */
  manager?: EntityManager;
}

const UNDEFINED_TABLE = '42P01';

/**
 * Writes the case, its first event and the routing job's outbox row in ONE statement: the statement is atomic,
 * so either all three exist or none does, and it costs a single round trip. The relay's wake-up (NOTIFY) is sent
 * after the commit, not in it: PostgreSQL serialises the commits of transactions that NOTIFY (one lock held through
 * each commit's WAL flush), which capped intake at ~800 submissions/s however many connections there were.
 */
const INSERT_CASE_SQL = `
WITH c AS (
  INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description,
    category_id, area_id, address, lat, lng, citizen_name, citizen_phone, citizen_email, anonymous, is_public,
    created_by_user_id, idempotency_key, received_at)
  VALUES ($1, ${nextTrackingCodeSql('$2', '$3')}, $4, $5, $6, '${CaseStatus.Received}', $7, $8, $9,
    $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
  ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING id, tracking_code, received_at
), i AS (
  INSERT INTO case_identities (case_id, name, phone, email, address, national_id, created_at)
  SELECT id, $24, $25, $26, $27, $28, received_at FROM c WHERE $5 = '${CaseKind.Denunciation}'
), e AS (
  INSERT INTO case_events (case_id, type, to_status, actor_type, actor_user_id, visible_to_citizen, data, created_at)
  SELECT id, '${CaseEventType.Received}', '${CaseStatus.Received}', $23, $20, true, jsonb_build_object('channel', $6::text), received_at FROM c
), o AS (
  INSERT INTO outbox (queue, job_name, job_id, payload)
  SELECT '${QUEUE_OF_JOB[JobName.RouteCase]}', '${JobName.RouteCase}', '${JobName.RouteCase}.' || id, jsonb_build_object('caseId', id) FROM c
  RETURNING 1
)
SELECT c.id, c.tracking_code, c.received_at FROM c`;

@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);
  private readonly knownSequences = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async submit(dto: CreateCaseDto, options: IntakeOptions): Promise<{ receipt: CaseReceiptDto; created: boolean }> {
    const [categoryId, areaId] = await this.resolveReferences(dto);
    this.checkContact(dto);
    const receivedAt = options.receivedAt ?? this.clock.now();
    const year = localYear(receivedAt);
    if (dto.website?.trim()) return { receipt: this.decoyReceipt(year, receivedAt), created: true };
    const sequence = trackingSequenceName(year);
    const id = newId();
    const accessKey = newAccessKey(id, options.idempotencyKey);
    const anonymous = dto.anonymous ?? false;
    const citizen = anonymous ? undefined : dto.citizen;
    const contact = {
      name: citizen?.name.trim() ?? null,
      phone: citizen?.phone ? normalisePhone(citizen.phone) : null,
      email: citizen?.email?.trim().toLowerCase() ?? null,
    };
    // A denunciation's author goes to case_identities only; its case row holds no identity.
    const denunciation = dto.kind === CaseKind.Denunciation;
    const onCase = denunciation ? { name: null, phone: null, email: null } : contact;
    const actorUserId = options.actor.type === 'staff' ? options.actor.userId : null;
    const params = [
      id,
      `${this.config.cases.trackingPrefix}-${year}-`,
      sequence,
      hashAccessKey(accessKey),
      dto.kind,
      options.channel,
      options.priority ?? CasePriority.Normal,
      dto.title.trim(),
      dto.description.trim(),
      categoryId,
      areaId,
      dto.address?.trim() || null,
      dto.location?.lat ?? null,
      dto.location?.lng ?? null,
      onCase.name,
      onCase.phone,
      onCase.email,
      anonymous,
      dto.public ?? false,
      actorUserId,
      options.idempotencyKey ?? null,
      receivedAt,
      options.actor.type,
      contact.name,
      contact.phone,
      contact.email,
      citizen?.address?.trim() ?? null,
      citizen?.nationalId ?? null,
    ];
    const rows = await this.insert(sequence, params, options.manager);
    if (rows.length === 0) return { receipt: await this.replay(options.idempotencyKey!, options.manager), created: false };
    if (!options.manager) await this.wakeRelay();
    const row = rows[0];
    return {
      receipt: { id: row.id, trackingCode: row.tracking_code, accessKey, status: CaseStatus.Received, receivedAt: row.received_at },
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
    };
  }

  private async insert(sequence: string, params: unknown[], manager?: EntityManager): Promise<{ id: string; tracking_code: string; received_at: Date }[]> {
    if (!this.knownSequences.has(sequence)) {
      await this.dataSource.query(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`).catch((err: { code?: string }) => {
        // Two instances creating the same year's sequence at once: the loser's unique violation is harmless.
        if (err.code !== '23505' && err.code !== '42P07') throw err;
      });
      this.knownSequences.add(sequence);
    }
    if (manager) return manager.query(INSERT_CASE_SQL, params);
    try {
      return await this.dataSource.query(INSERT_CASE_SQL, params);
    } catch (err) {
      if ((err as { code?: string }).code !== UNDEFINED_TABLE) throw err;
      this.knownSequences.delete(sequence);
      return this.insert(sequence, params);
    }
  }

  /**
   * The case is committed by now: a lost wake-up only delays routing until the relay's next poll (1 s), so a failure
   * here is logged, never turned into an error for a submission that succeeded.
   */
  async wakeRelay(): Promise<void> {
    await this.dataSource.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]).catch((err: Error) => {
      this.logger.warn({ err: err.message }, 'could not wake the outbox relay; it will find the case on its next poll');
    });
  }

  /** A retried submission with the same idempotency key answers with the case the first attempt created. */
  private async replay(idempotencyKey: string, manager?: EntityManager): Promise<CaseReceiptDto> {
    const [row] = await (manager ?? this.dataSource).query(
      `SELECT id, tracking_code, status, received_at FROM cases WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    return {
      id: row.id,
      trackingCode: row.tracking_code,
      accessKey: newAccessKey(row.id, idempotencyKey),
      status: row.status,
      receivedAt: row.received_at,
    };
  }

  private async resolveReferences(dto: CreateCaseDto): Promise<[string | null, string | null]> {
    let categoryId: string | null = null;
    let areaId: string | null = null;
    if (dto.categoryCode !== undefined) {
      const category = await this.reference.categoryByCode(dto.categoryCode);
      if (!category || !category.active) throw new InvalidInputError('categoryCode', `Unknown category "${dto.categoryCode}"`);
      categoryId = category.id;
    }
    if (dto.areaCode !== undefined) {
      const area = await this.reference.areaByCode(dto.areaCode);
      if (!area || !area.active) throw new InvalidInputError('areaCode', `Unknown area "${dto.areaCode}"`);
      areaId = area.id;
    }
    return [categoryId, areaId];
  }

  private checkContact(dto: CreateCaseDto): void {
    if (dto.anonymous) {
      if (dto.citizen) throw new InvalidInputError('citizen', 'An anonymous case carries no contact: leave citizen out or set anonymous to false');
      if (dto.kind === CaseKind.Denunciation) {
        // Luật Tố cáo 2018 Art. 25(1): a denunciation without the denouncer's name and address is not handled as one.
        throw new InvalidInputError('anonymous', 'A denunciation must name its author (Luật Tố cáo 2018, Art. 25); the identity stays confidential');
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
  }
}

/** Stores phones as 0XXXXXXXXX so the operator's lookup finds a caller however the number was typed. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[ .-]/g, '');
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`;
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  return digits;
}
