import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '@hotline/audit';
import { AppConfig } from '@hotline/config';
import { SYSTEM_ACTOR } from '@hotline/contracts';
import { BreachService } from '../breaches/breach.service';
import { PrivacyRecordsErased, PrivacyRetentionService } from './privacy-retention.service';

export interface PrivacyScanResult {
  overdueRequests: number;
  overdueBreaches: number;
  exportBursts: number;
  /** The privacy records' own retention, applied on the same tick (privacy-retention.service.ts). */
  recordsErased: PrivacyRecordsErased;
}

/**
 * The minute tick of the personal-data duties: overdue data-subject requests and breach clocks alert the DPO once
 * each, and an account that exported more than EXPORT_BURST_COUNT times within EXPORT_BURST_MINUTES (read from the
 * audit log, where every export is recorded) becomes a suspected breach in the register; and the privacy records past
 * their own retention lose their personal data. Every effect is keyed, so a second run (or two workers) adds nothing.
 */
@Injectable()
export class PrivacyScanService {
  private readonly logger = new Logger(PrivacyScanService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly breaches: BreachService,
    private readonly retention: PrivacyRetentionService,
  ) {}

  async run(now: Date): Promise<PrivacyScanResult> {
    const overdueRequests = await this.overdueRequests(now);
    const overdueBreaches = await this.breaches.alertOverdue(now);
    const exportBursts = await this.exportBursts(now);
    const recordsErased = await this.retention.run(now);
    if (overdueRequests || overdueBreaches || exportBursts)
      this.logger.warn({ overdueRequests, overdueBreaches, exportBursts }, 'privacy scan');
    return { overdueRequests, overdueBreaches, exportBursts, recordsErased };
  }

  /**
   * Each overdue request alerts the DPO once: the mail goes first, then one statement marks the request alerted and adds
   * the event to its trail, so a failed mail leaves the request to the next tick (at least once, never lost).
   */
  private async overdueRequests(now: Date): Promise<number> {
    const due: { id: string; kind: string }[] = await this.dataSource.query(
      `SELECT id, kind FROM privacy_requests
       WHERE completed_at IS NULL AND overdue_alerted_at IS NULL
         AND (complete_due_at < $1 OR (acknowledged_at IS NULL AND acknowledge_due_at < $1))`,
      [now],
    );
    let alerted = 0;
    for (const r of due) {
      await this.breaches.alertDpo(
        `[Quá hạn] Yêu cầu của chủ thể dữ liệu / Data-subject request overdue`,
        `Yêu cầu ${r.id} (${r.kind}) đã quá hạn xử lý. / Request ${r.id} (${r.kind}) is overdue.`,
      );
      const marked: unknown[] = await this.dataSource.query(
        `WITH u AS (
           UPDATE privacy_requests SET overdue_alerted_at = $2 WHERE id = $1 AND overdue_alerted_at IS NULL RETURNING id
         ), e AS (
           INSERT INTO privacy_request_events (request_id, type, actor_type, data, created_at)
           SELECT id, 'overdue_alert', 'system', '{}', $2 FROM u
         )
         SELECT id FROM u`,
        [r.id, now],
      );
      alerted += marked.length;
    }
    return alerted;
  }

  private async exportBursts(now: Date): Promise<number> {
    const { exportBurstCount, exportBurstMinutes } = this.config.privacy;
    const windowMs = exportBurstMinutes * 60_000;
    const rows: { actor_user_id: string; exports: number; first_id: string }[] = await this.dataSource.query(
      `SELECT actor_user_id, count(*)::int AS exports, min(id)::text AS first_id FROM audit_log
       WHERE action = $1 AND at > $2 AND at <= $3 AND actor_user_id IS NOT NULL
       GROUP BY actor_user_id HAVING count(*) > $4`,
      [AuditAction.Exported, new Date(now.getTime() - windowMs), now, exportBurstCount],
    );
    let raised = 0;
    for (const r of rows) {
      // One alert per burst: keyed by the account and the window's time slot.
      const slot = Math.floor(now.getTime() / windowMs);
      const breach = await this.breaches.record(
        {
          summary:
            `Nghi vấn: tài khoản ${r.actor_user_id} xuất dữ liệu ${r.exports} lần trong ${exportBurstMinutes} phút ` +
            `(ngưỡng ${exportBurstCount}). / Suspected: one account exported ${r.exports} times in ${exportBurstMinutes} minutes.`,
          discoveredAt: now,
          dataCategories: ['contact', 'location', 'description'],
        },
        SYSTEM_ACTOR,
        'export_burst',
        `export-burst:${r.actor_user_id}:${slot}`,
      );
      if (breach) raised += 1;
    }
    return raised;
  }
}
