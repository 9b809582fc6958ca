import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, BreachEntryType, ErrorCode } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { MailTransportService } from '@hotline/notifications';
import { NotFoundError, RuleViolationError } from '@hotline/platform';
import { AffectedPersonDto, BreachDto, BreachNoticeDraftDto } from './dto/breach.dto';

export interface BreachInput {
  summary: string;
  discoveredAt: Date;
  occurredAt?: Date;
  dataCategories: string[];
  trackingCodes?: string[];
  affectedEstimate?: number;
}

const HOUR_MS = 3600_000;

const SELECT = `SELECT b.id, b.source, b.summary, b.discovered_at AS "discoveredAt", b.occurred_at AS "occurredAt",
  b.data_categories AS "dataCategories", b.affected_estimate AS "affectedEstimate", b.recorded_at AS "recordedAt",
  b.notify_due_at AS "notifyDueAt", cardinality(b.affected_case_ids) AS "affectedCount",
  EXISTS (SELECT 1 FROM breach_entries e WHERE e.breach_id = b.id AND e.type = '${BreachEntryType.AuthorityNotified}')
    AS "authorityNotified"
  FROM breaches b`;

/**
 * The breach register (Luật 91/2025/QH15; docs/personal-data.md). A record and its entries are append-only in the
 * database (refuse_change() trigger, UPDATE/DELETE revoked): a correction is a new entry, never an edit. Recording one
 * starts the notification clock (BREACH_NOTIFY_HOURS from discovery); the privacy scan alerts the DPO when it runs out.
 */
@Injectable()
export class BreachService {
  private readonly logger = new Logger(BreachService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mail: MailTransportService,
  ) {}

  async record(input: BreachInput, actor: Actor, source: 'staff' | 'export_burst' = 'staff', alertKey?: string): Promise<BreachDto | null> {
    const now = this.clock.now();
    if (input.discoveredAt > now) throw new RuleViolationError(ErrorCode.DateOutOfRange, 'discoveredAt', 'discoveredAt is in the future');
    const codes = [...new Set(input.trackingCodes ?? [])];
    const cases: { id: string; tracking_code: string }[] = codes.length
      ? await this.dataSource.query(`SELECT id, tracking_code FROM cases WHERE tracking_code = ANY($1)`, [codes])
      : [];
    const unknown = codes.filter((code) => !cases.some((c) => c.tracking_code === code));
    if (unknown.length)
      throw new RuleViolationError(ErrorCode.ValidationFailed, 'trackingCodes', `Unknown tracking codes: ${unknown.join(', ')}`);
    const id = newId();
    const inserted = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query(
        `INSERT INTO breaches (id, source, alert_key, summary, discovered_at, occurred_at, data_categories, affected_case_ids,
           affected_estimate, recorded_by_user_id, recorded_at, notify_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (alert_key) DO NOTHING RETURNING id`,
        [
          id,
          source,
          alertKey ?? null,
          input.summary.trim(),
          input.discoveredAt,
          input.occurredAt ?? null,
          input.dataCategories,
          cases.map((c) => c.id),
          input.affectedEstimate ?? null,
          actor.type === 'staff' ? actor.userId : null,
          now,
          new Date(input.discoveredAt.getTime() + this.config.privacy.breachNotifyHours * HOUR_MS),
        ],
      );
      if (rows.length === 0) return false;
      await this.entry(manager, id, BreachEntryType.Recorded, actor, null);
      await this.audit.record(
        { action: AuditAction.BreachRecorded, actor, target: { type: 'breach', id }, data: { source, cases: cases.length } },
        manager,
      );
      return true;
    });
    if (!inserted) return null;
    // The record is stored and shown on the DPO's desk whatever happens to the mail: a mail outage is logged, not
    // turned into a failed recording.
    await this.alertDpo(
      `[Vi phạm dữ liệu] Nghi vấn vi phạm dữ liệu cá nhân / Suspected personal data breach`,
      `Một nghi vấn vi phạm dữ liệu cá nhân vừa được ghi nhận (${source}). Hạn thông báo cho cơ quan chuyên trách: ` +
        `${new Date(input.discoveredAt.getTime() + this.config.privacy.breachNotifyHours * HOUR_MS).toISOString()}.\n` +
        `Mã sổ: ${id}\n\nA suspected personal data breach was recorded (${source}); register id ${id}.`,
    ).catch((err: Error) => this.logger.error({ breachId: id, err: err.message }, 'breach alert mail failed'));
    return this.get(id);
  }

  async list(): Promise<BreachDto[]> {
    const rows: BreachDto[] = await this.dataSource.query(`${SELECT} ORDER BY b.recorded_at DESC LIMIT 500`);
    return rows.map((r) => this.view(r));
  }

  async get(id: string): Promise<BreachDto> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE b.id = $1`, [id]);
    if (!row) throw new NotFoundError('No such breach record');
    const view = this.view(row);
    view.entries = await this.dataSource.query(
      `SELECT created_at AS at, type, actor_type AS "actorType", note FROM breach_entries WHERE breach_id = $1 ORDER BY id`,
      [id],
    );
    view.affected = await this.affected(id);
    view.drafts = this.drafts(view, view.affected);
    return view;
  }

  async addEntry(id: string, type: BreachEntryType, note: string, actor: Actor): Promise<BreachDto> {
    await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await this.entry(manager, id, type, actor, note.trim());
      await this.audit.record({ action: AuditAction.BreachUpdated, actor, target: { type: 'breach', id }, data: { type } }, manager);
    });
    return this.get(id);
  }

  /** Breaches whose clock ran out with no notice to the authority: one alert each (an entry, and a mail to the DPO). */
  async alertOverdue(now: Date): Promise<number> {
    const due: { id: string; notify_due_at: Date }[] = await this.dataSource.query(
      `SELECT b.id, b.notify_due_at FROM breaches b
       WHERE b.notify_due_at <= $1
         AND NOT EXISTS (SELECT 1 FROM breach_entries e WHERE e.breach_id = b.id AND e.type IN ($2, $3))`,
      [now, BreachEntryType.AuthorityNotified, BreachEntryType.OverdueAlert],
    );
    let alerted = 0;
    for (const breach of due) {
      // The mail first, then the entry: a failed mail leaves the breach to the next tick, so the alert is never lost.
      await this.alertDpo(
        `[Quá hạn] Chưa thông báo vi phạm dữ liệu cá nhân / Breach notification overdue`,
        `Hạn thông báo cho cơ quan chuyên trách đã qua (${breach.notify_due_at.toISOString()}) mà chưa ghi nhận đã thông báo.\n` +
          `Mã sổ: ${breach.id}\n\nThe breach notification deadline passed without a notice to the authority; register id ${breach.id}.`,
      );
      const rows: unknown[] = await this.dataSource.query(
        `INSERT INTO breach_entries (breach_id, type, actor_type, note, created_at) VALUES ($1, $2, 'system', 'overdue', $3)
         ON CONFLICT (breach_id) WHERE type = 'overdue_alert' DO NOTHING RETURNING id`,
        [breach.id, BreachEntryType.OverdueAlert, now],
      );
      alerted += rows.length;
    }
    return alerted;
  }

  async alertDpo(subject: string, text: string): Promise<void> {
    await this.mail.send({ to: this.config.privacy.dpoEmail, subject, text });
    this.logger.warn({ subject }, 'privacy alert sent to the data protection officer');
  }

  /** The people of the affected cases, as the DPO must notify them (denunciation authors from their identity). */
  private affected(id: string): Promise<AffectedPersonDto[]> {
    return this.dataSource.query(
      `SELECT c.tracking_code AS "trackingCode", COALESCE(c.citizen_name, i.name) AS name, COALESCE(c.citizen_phone, i.phone) AS phone,
              COALESCE(c.citizen_email, i.email) AS email
       FROM breaches b JOIN cases c ON c.id = ANY(b.affected_case_ids) LEFT JOIN case_identities i ON i.case_id = c.id
       WHERE b.id = $1 ORDER BY c.tracking_code`,
      [id],
    );
  }

  /** Drafts to edit and send: one to the authority (the content the law lists), one per affected person with an address. */
  private drafts(breach: BreachDto, people: AffectedPersonDto[]): BreachNoticeDraftDto[] {
    const categories = breach.dataCategories.join(', ');
    const authority: BreachNoticeDraftDto = {
      to: 'authority',
      recipient: null,
      text:
        `Kính gửi: Cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an).\n` +
        `Bên kiểm soát dữ liệu: Hội đồng nhân dân — đường dây nóng. Người phụ trách bảo vệ dữ liệu: ${this.config.privacy.dpoEmail}.\n` +
        `Mô tả vi phạm: ${breach.summary}\nThời điểm phát hiện: ${new Date(breach.discoveredAt).toISOString()}` +
        `${breach.occurredAt ? `; thời điểm xảy ra: ${new Date(breach.occurredAt).toISOString()}` : ''}.\n` +
        `Loại dữ liệu bị ảnh hưởng: ${categories}. Số người bị ảnh hưởng: ${people.length || breach.affectedEstimate || 'đang xác định'}.\n` +
        `Biện pháp đã và sẽ áp dụng: …\nHậu quả có thể xảy ra: …`,
    };
    const subjects = people
      .filter((p) => p.email || p.phone)
      .map((p) => ({
        to: 'subject' as const,
        recipient: p.email ?? p.phone,
        text:
          `Kính gửi ${p.name ?? 'Ông/Bà'},\nDữ liệu cá nhân của Ông/Bà trong hồ sơ ${p.trackingCode} có thể đã bị ảnh hưởng bởi một sự cố ` +
          `(${categories}). Chúng tôi đã thực hiện các biện pháp: … Ông/Bà có thể liên hệ ${this.config.privacy.dpoEmail} để được hỗ trợ.`,
      }));
    return [authority, ...subjects];
  }

  private entry(manager: EntityManager, id: string, type: BreachEntryType, actor: Actor, note: string | null): Promise<unknown> {
    return manager.query(
      `INSERT INTO breach_entries (breach_id, type, actor_type, actor_user_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, type, actor.type, actor.type === 'staff' ? actor.userId : null, note, this.clock.now()],
    );
  }

  private view(row: BreachDto): BreachDto {
    return { ...row, overdue: !row.authorityNotified && new Date(row.notifyDueAt) <= this.clock.now() };
  }
}
