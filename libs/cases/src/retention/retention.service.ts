import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { AppConfig } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import { AttachmentService } from '../attachments/attachment.service';
import { CLOSED_STATUSES, retentionCutoff } from './retention-hold';

export interface RetentionResult {
  /** Cases whose personal data this run erased. */
  anonymised: number;
  /** Cases closed before this instant were due. */
  cutoff: Date;
  retentionYears: number;
}

/** What an anonymised case's free text becomes. Title and answer stay: they are published and hold no personal data. */
export const ANONYMISED_TEXT = '[Đã xoá dữ liệu cá nhân theo thời hạn lưu trữ / personal data erased after the retention period]';
export const ANONYMISED_RECIPIENT = 'anonymised';

const BATCH = 500;

/**
 * Erases the personal data of cases closed more than RETENTION_YEARS ago: the citizen's contact and the location on
 * the case row, the description, a denunciation author's identity, the notification recipients, the event notes and
 * the attachments (photos and scans show people, homes and signatures: rows and stored objects both go).
 * What statistics need stays: kind, channel, category, area, agency, statuses, dates, ratings and the event trail.
 * A case is done once (`anonymised_at`), so a second run finds nothing; batches lock with SKIP LOCKED, so two workers
 * never erase the same case twice. Each run is one audit row with its count.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly attachments: AttachmentService,
  ) {}

  async run(now: Date, actor: Actor): Promise<RetentionResult> {
    const retentionYears = this.config.cases.retentionYears;
    const cutoff = retentionCutoff(now, retentionYears);
    let anonymised = 0;
    for (;;) {
      const done = await this.anonymiseBatch(cutoff, now);
      anonymised += done;
      if (done < BATCH) break;
    }
    await this.audit.record({
      action: AuditAction.PersonalDataAnonymised,
      actor,
      target: { type: 'retention', id: 'closed-cases' },
      data: { anonymised, cutoff: cutoff.toISOString(), retentionYears },
    });
    this.logger.log({ anonymised, cutoff: cutoff.toISOString(), retentionYears }, 'personal data retention run');
    return { anonymised, cutoff, retentionYears };
  }

  private anonymiseBatch(cutoff: Date, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM cases
         WHERE anonymised_at IS NULL AND closed_at IS NOT NULL AND closed_at < $1 AND status = ANY($2)
         ORDER BY closed_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [cutoff, CLOSED_STATUSES, BATCH],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      await this.anonymise(manager, ids, now);
      return ids.length;
    });
  }

  /**
   * Erases the personal data of these cases inside the caller's transaction: the daily run, and a data subject's
   * erasure once no legal hold applies (libs/privacy), erase the same way.
   */
  async anonymise(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    // The version is left alone: nothing a user edits changes, and concurrent readers need not retry.
    await manager.query(
      `UPDATE cases SET citizen_name = NULL, citizen_phone = NULL, citizen_email = NULL, address = NULL, lat = NULL, lng = NULL,
         description = $2, answer_draft = NULL, idempotency_key = NULL, anonymised_at = $3
       WHERE id = ANY($1)`,
      [ids, ANONYMISED_TEXT, now],
    );
    await manager.query(
      `UPDATE case_identities SET name = NULL, phone = NULL, email = NULL, address = NULL, national_id = NULL, anonymised_at = $2
       WHERE case_id = ANY($1)`,
      [ids, now],
    );
    await manager.query(`UPDATE notifications SET recipient = $2, params = '{}' WHERE case_id = ANY($1)`, [ids, ANONYMISED_RECIPIENT]);
    // A follower's contact is kept as long as the case's citizen's, no longer (co-signers are keyed hashes only).
    await manager.query(`DELETE FROM case_followers WHERE case_id = ANY($1)`, [ids]);
    await this.attachments.eraseOfCases(manager, [...ids]);
    await manager.query(`SET LOCAL hotline.anonymising = 'on'`);
    await manager.query(`UPDATE case_events SET note = NULL WHERE case_id = ANY($1) AND note IS NOT NULL`, [ids]);
  }
}
