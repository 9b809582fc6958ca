import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { ContactKind, ErrorCode } from '@hotline/contracts';
import { normaliseEmail, normalisePhone } from '@hotline/cases';
import { CASES_OF_CONTACT_SQL } from '../export/subject-data.service';
import { MailTemplate, MailTransportService, NotificationChannels, NotificationService, privacyCode } from '@hotline/notifications';
import { RuleViolationError, TooManyRequestsError } from '@hotline/platform';

/** Wrong codes tried against one code before it is spent. */
const MAX_ATTEMPTS = 5;
const HOUR_MS = 3600_000;

/** A contact in the form cases store it (phones in +84 form, emails lower-cased). */
export function normaliseContact(kind: ContactKind, contact: string): string {
  return kind === ContactKind.Phone ? normalisePhone(contact) : normaliseEmail(contact);
}

/**
 * One-time codes that prove a person controls the email or the phone of their cases. A code is single use, expires
 * (PRIVACY_CODE_TTL_MINUTES) and is rate-limited per contact and per address (PRIVACY_CODES_PER_HOUR). Only keyed
 * hashes are stored: neither the contact nor the code can be read back. An email code is mailed at once; a phone code
 * goes by SMS through the notifications (outbox, worker), its text computed from the row's id when it is sent
 * (privacy-code.ts). With SMS off (no SMS_URL) a phone code is refused: 422 sms_unavailable.
 */
@Injectable()
export class VerificationService {
  private readonly logger = new Logger(VerificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mail: MailTransportService,
    private readonly channels: NotificationChannels,
    private readonly notifications: NotificationService,
  ) {}

  contactHash(contact: string): Buffer {
    return createHmac('sha256', this.config.auth.secret).update(`privacy-contact:${contact}`).digest();
  }

  private codeHash(contact: string, code: string): Buffer {
    return createHmac('sha256', this.config.auth.secret).update(`privacy-code:${contact}:${code}`).digest();
  }

  /** Sends a code. Answers the same whether or not a case holds the contact, so nobody learns who filed. */
  async sendCode(kind: ContactKind, raw: string, ip: string | null): Promise<{ expiresAt: Date }> {
    if (kind === ContactKind.Phone && !this.channels.available.sms) {
      throw new RuleViolationError(
        ErrorCode.SmsUnavailable,
        'contactKind',
        'Codes cannot be sent by SMS here: the council office files the request on your behalf (call the hotline or come in person)',
      );
    }
    const contact = normaliseContact(kind, raw);
    const hash = this.contactHash(contact);
    const now = this.clock.now();
    const since = new Date(now.getTime() - HOUR_MS);
    const [{ byContact, byIp }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE contact_hash = $1)::int AS "byContact", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
       FROM privacy_codes WHERE created_at > $3 AND (contact_hash = $1 OR ip = $2)`,
      [hash, ip, since],
    );
    if (byContact >= this.config.privacy.codesPerHour || (ip !== null && byIp >= this.config.privacy.codesPerHour)) {
      throw new TooManyRequestsError('Too many codes asked for: try again in an hour', 3600, ErrorCode.TooManyRequests);
    }
    const expiresAt = new Date(now.getTime() + this.config.privacy.codeTtlMinutes * 60_000);
    if (kind === ContactKind.Phone) await this.smsCode(contact, hash, ip, now, expiresAt);
    else await this.mailCode(contact, hash, ip, now, expiresAt);
    this.logger.log({ contactKind: kind }, 'privacy verification code issued');
    return { expiresAt };
  }

  /** Whether a case (or a denunciation's author) holds the contact: only then is a code sent. */
  private async held(kind: ContactKind, contact: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource).query(`${CASES_OF_CONTACT_SQL(kind)} LIMIT 1`, [contact]);
    return rows.length > 0;
  }

  private async mailCode(contact: string, hash: Buffer, ip: string | null, now: Date, expiresAt: Date): Promise<void> {
    const code = String(randomInt(1_000_000)).padStart(6, '0');
    await this.dataSource.query(
      `INSERT INTO privacy_codes (contact_hash, ip, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [hash, ip, this.codeHash(contact, code), now, expiresAt],
    );
    if (!(await this.held(ContactKind.Email, contact))) return;
    await this.mail.send({
      to: contact,
      subject: 'Mã xác nhận yêu cầu về dữ liệu cá nhân / Verification code for your personal data request',
      text:
        `Mã xác nhận của bạn là: ${code}\nMã dùng một lần, hết hạn sau ${this.config.privacy.codeTtlMinutes} phút.\n` +
        `Nếu bạn không yêu cầu, hãy bỏ qua thư này.\n\n` +
        `Your verification code is: ${code}\nIt can be used once and expires in ${this.config.privacy.codeTtlMinutes} minutes.`,
    });
  }

  /**
   * The code row and its SMS notice in one transaction: the code is the HMAC of the row's id (privacy-code.ts), so the
   * notice stores only that id and the worker computes the text when it sends it.
   */
  private async smsCode(contact: string, hash: Buffer, ip: string | null, now: Date, expiresAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO privacy_codes (contact_hash, ip, code_hash, created_at, expires_at)
         VALUES ($1, $2, ''::bytea, $3, $4) RETURNING id::text`,
        [hash, ip, now, expiresAt],
      );
      const code = privacyCode(this.config.auth.secret, id);
      await manager.query(`UPDATE privacy_codes SET code_hash = $2 WHERE id = $1`, [id, this.codeHash(contact, code)]);
      if (!(await this.held(ContactKind.Phone, contact, manager))) return;
      await this.notifications.queue(manager, {
        caseId: null,
        template: MailTemplate.PrivacyCode,
        channel: 'sms',
        recipient: contact,
        params: { trackingCode: '', title: '', privacyCodeId: id, ttlMinutes: this.config.privacy.codeTtlMinutes },
        dedupeKey: `privacy-code:${id}`,
      });
    });
  }

  /** Spends the code: right once, then never again; five wrong tries spend it too. */
  async verify(kind: ContactKind, raw: string, code: string | undefined): Promise<string> {
    const contact = normaliseContact(kind, raw);
    if (!code) throw new RuleViolationError(ErrorCode.ContactNotVerified, 'code', 'Give the one-time code sent to this contact');
    const now = this.clock.now();
    const ok = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT id, code_hash FROM privacy_codes
         WHERE contact_hash = $1 AND used_at IS NULL AND expires_at > $2 AND attempts < $3
         ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [this.contactHash(contact), now, MAX_ATTEMPTS],
      );
      const expected = this.codeHash(contact, code);
      if (!row) return false;
      if (!timingSafeEqual(row.code_hash, expected)) {
        // Committed, not rolled back with an error: the wrong try counts.
        await manager.query(`UPDATE privacy_codes SET attempts = attempts + 1 WHERE id = $1`, [row.id]);
        return false;
      }
      await manager.query(`UPDATE privacy_codes SET used_at = $2 WHERE id = $1`, [row.id, now]);
      return true;
    });
    if (!ok) throw new RuleViolationError(ErrorCode.InvalidVerificationCode, 'code', 'The code is wrong, already used or expired');
    return contact;
  }
}
