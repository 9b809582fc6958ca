import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { AppConfig } from '@hotline/config';
import { SYSTEM_ACTOR } from '@hotline/contracts';
import { ANONYMISED_RECIPIENT, ANONYMISED_TEXT, retentionCutoff } from '@hotline/cases';

export interface PrivacyRecordsErased {
  /** Data-subject requests whose contact, details and key this run erased. */
  requests: number;
  /** Breach records whose free text and affected cases this run erased. */
  breaches: number;
  /** One-time codes deleted (and the recipient of the SMS that carried them erased). */
  codes: number;
}

/** "1 year", "5 years": the English half of the record's periods. */
export const yearsEn = (n: number): string => `${n} ${n === 1 ? 'year' : 'years'}`;

/** The privacy records' own kinds and periods, in the record of processing's words (one list: the record reads it). */
export function privacyRecordPeriods(config: AppConfig): { label: string; retention: string }[] {
  const { requestYears, breachYears, codeHours } = config.cases.privacyRecords;
  const ttl =
    `${config.privacy.codeTtlMinutes} (yêu cầu về dữ liệu / data-subject requests), ` +
    `${config.cases.citizenCodeTtlMinutes} (hồ sơ của tôi, theo dõi / my cases, following)`;
  return [
    {
      label: 'Yêu cầu của chủ thể dữ liệu (liên hệ, nội dung yêu cầu) / data-subject requests (contact, details)',
      retention:
        `${requestYears} năm sau khi hoàn thành hoặc từ chối, rồi xoá dữ liệu cá nhân (PRIVACY_REQUEST_RETENTION_YEARS) / ` +
        `${yearsEn(requestYears)} after completion or refusal, then erased`,
    },
    {
      label: 'Hồ sơ vi phạm dữ liệu (mô tả, ghi chú, hồ sơ bị ảnh hưởng) / breach records (summary, notes, affected cases)',
      retention:
        `${breachYears} năm sau khi ghi nhận, rồi xoá nội dung (BREACH_RETENTION_YEARS) / ` +
        `${yearsEn(breachYears)} after recording, then erased`,
    },
    {
      label:
        'Mã xác nhận một lần (chỉ lưu dạng băm) và tin nhắn mang mã / ' + 'one-time codes (keyed hashes only) and the SMS carrying them',
      retention:
        `${ttl} phút hiệu lực, xoá ${codeHours} giờ sau khi hết hạn (PRIVACY_CODE_RETENTION_HOURS) / ` +
        `valid ${ttl} minutes, deleted ${codeHours} hours after expiry`,
    },
  ];
}

/**
 * Applies the retention of the privacy records themselves (config.cases.privacyRecords, beside the cases'
 * RETENTION_YEARS), on the privacy scan's tick: a request keeps its trail and dates for statistics but loses the
 * contact it was filed with, its details and its key; a breach keeps its dates, categories and entries' types but loses
 * its free text and the cases it named (the append-only triggers allow exactly that, inside this transaction); an
 * expired code's row goes. Each run that erased something is one audit row with its counts.
 */
@Injectable()
export class PrivacyRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async run(now: Date): Promise<PrivacyRecordsErased> {
    const { requestYears, breachYears, codeHours } = this.config.cases.privacyRecords;
    const erased = await this.dataSource.transaction(async (manager) => {
      const [, requests] = await manager.query(
        `UPDATE privacy_requests SET contact = $2, details = '{}', access_key_hash = NULL, anonymised_at = $3
         WHERE anonymised_at IS NULL AND completed_at IS NOT NULL AND completed_at < $1`,
        [retentionCutoff(now, requestYears), ANONYMISED_RECIPIENT, now],
      );
      await manager.query(`SET LOCAL hotline.anonymising = 'on'`);
      // An UPDATE or DELETE answers [rows, count] through TypeORM.
      const [gone]: [{ id: string }[], number] = await manager.query(
        `UPDATE breaches SET summary = $2, affected_case_ids = '{}', anonymised_at = $3
         WHERE anonymised_at IS NULL AND recorded_at < $1 RETURNING id`,
        [retentionCutoff(now, breachYears), ANONYMISED_TEXT, now],
      );
      if (gone.length) {
        await manager.query(`UPDATE breach_entries SET note = NULL WHERE breach_id = ANY($1) AND note IS NOT NULL`, [
          gone.map((b) => b.id),
        ]);
      }
      const [codes]: [{ id: string }[], number] = await manager.query(
        `DELETE FROM privacy_codes WHERE expires_at < $1 RETURNING id::text`,
        [new Date(now.getTime() - codeHours * 3_600_000)],
      );
      if (codes.length) {
        // The SMS or mail that carried a code (for any purpose: data-subject requests, my cases, following) names the
        // contact: it goes with the code (the notice stores the code row's id only).
        await manager.query(
          `UPDATE notifications SET recipient = $2, params = '{}' WHERE case_id IS NULL AND params->>'privacyCodeId' = ANY($1)`,
          [codes.map((c) => c.id), ANONYMISED_RECIPIENT],
        );
      }
      return { requests: Number(requests), breaches: gone.length, codes: codes.length };
    });
    if (erased.requests || erased.breaches || erased.codes) {
      await this.audit.record({
        action: AuditAction.PersonalDataAnonymised,
        actor: SYSTEM_ACTOR,
        target: { type: 'retention', id: 'privacy-records' },
        data: { ...erased, requestYears, breachYears, codeHours },
      });
    }
    return erased;
  }
}
