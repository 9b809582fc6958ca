import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { ContactKind, ErrorCode } from '@hotline/contracts';
import {
  MailTemplate,
  MailTransportService,
  NotificationChannels,
  NotificationService,
  privacyCode,
  renderMail,
} from '@hotline/notifications';
import { RuleViolationError, TooManyRequestsError } from '@hotline/platform';
import { CASES_OF_CONTACT_SQL, normaliseContact } from './cases-of-contact';

/** What a code is asked for: a code asked for one purpose never serves another. */
export enum ContactCodePurpose {
  /** A data-subject request (libs/privacy). */
  Privacy = 'privacy',
  /** The citizen's list of their own cases ("my cases"). */
  MyCases = 'my_cases',
  /** Following or co-signing a public case. */
  Supporter = 'supporter',
}

interface PurposeRule {
  template: MailTemplate;
  /** Sent only when a case holds the contact (the answer is the same either way, so nobody learns who filed). */
  onlyIfHeld: boolean;
  ttlMinutes: (config: AppConfig) => number;
}

const PURPOSES: Record<ContactCodePurpose, PurposeRule> = {
  [ContactCodePurpose.Privacy]: { template: MailTemplate.PrivacyCode, onlyIfHeld: true, ttlMinutes: (c) => c.privacy.codeTtlMinutes },
  [ContactCodePurpose.MyCases]: { template: MailTemplate.MyCasesCode, onlyIfHeld: true, ttlMinutes: (c) => c.cases.citizenCodeTtlMinutes },
  [ContactCodePurpose.Supporter]: {
    template: MailTemplate.SupporterCode,
    onlyIfHeld: false,
    ttlMinutes: (c) => c.cases.citizenCodeTtlMinutes,
  },
};

/** Wrong codes tried against one code before it is spent. */
const MAX_ATTEMPTS = 5;
const HOUR_MS = 3600_000;

/** What a code's message names besides the code (a supporter's code names the case). */
export interface CodeContext {
  caseId?: string;
  trackingCode?: string;
}

/**
 * One-time codes that prove a person controls a phone or an email: for a data-subject request, for "my cases", for
 * following or co-signing a public case. A code is single use, expires (PRIVACY_CODE_TTL_MINUTES for data-subject
 * requests, CITIZEN_CODE_TTL_MINUTES otherwise) and is rate-limited per contact and per address, all purposes counted
 * together (PRIVACY_CODES_PER_HOUR). Only keyed hashes are stored: neither the contact nor the code can be read back.
 * An email code is mailed at once; a phone code goes by SMS through the notifications (outbox, worker), its text
 * computed from the row's id when it is sent (privacy-code.ts). With SMS off (no SMS_URL) a phone code is refused:
 * 422 sms_unavailable.
 */
@Injectable()
export class ContactCodeService {
  private readonly logger = new Logger(ContactCodeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mail: MailTransportService,
    private readonly channels: NotificationChannels,
    private readonly notifications: NotificationService,
  ) {}

  /** A keyed hash of a normalised contact: the same person is the same hash (co-signers are counted by it). */
  contactHash(contact: string): Buffer {
    return createHmac('sha256', this.config.auth.secret).update(`privacy-contact:${contact}`).digest();
  }

  private codeHash(contact: string, code: string): Buffer {
    return createHmac('sha256', this.config.auth.secret).update(`privacy-code:${contact}:${code}`).digest();
  }

  /** Sends a code for the purpose; returns when it expires. */
  async sendCode(
    purpose: ContactCodePurpose,
    kind: ContactKind,
    raw: string,
    ip: string | null,
    context: CodeContext = {},
  ): Promise<{ expiresAt: Date }> {
    if (kind === ContactKind.Phone && !this.channels.available.sms) {
      throw new RuleViolationError(
        ErrorCode.SmsUnavailable,
        'contactKind',
        'Codes cannot be sent by SMS here: give an email address, or call the hotline or come in person',
      );
    }
    const rule = PURPOSES[purpose];
    const contact = normaliseContact(kind, raw);
    const hash = this.contactHash(contact);
    const now = this.clock.now();
    const since = new Date(now.getTime() - HOUR_MS);
    const [{ byContact, byIp }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE contact_hash = $1)::int AS "byContact", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
       FROM privacy_codes WHERE created_at > $3 AND (contact_hash = $1 OR ip = $2)`,
      [hash, ip, since],
    );
    const limit = this.config.privacy.codesPerHour;
    if (byContact >= limit || (ip !== null && byIp >= limit)) {
      throw new TooManyRequestsError('Too many codes asked for: try again in an hour', 3600, ErrorCode.TooManyCodes, 'contact');
    }
    const ttlMinutes = rule.ttlMinutes(this.config);
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
    const row = { purpose, contact, hash, ip, now, expiresAt, ttlMinutes, context };
    if (kind === ContactKind.Phone) await this.smsCode(kind, row);
    else await this.mailCode(kind, row);
    this.logger.log({ contactKind: kind, purpose }, 'verification code issued');
    return { expiresAt };
  }

  /** Whether a case (or a denunciation's author) holds the contact. */
  private async held(kind: ContactKind, contact: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource).query(`${CASES_OF_CONTACT_SQL(kind)} LIMIT 1`, [contact]);
    return rows.length > 0;
  }

  private async mailCode(kind: ContactKind, row: CodeRow): Promise<void> {
    const code = String(randomInt(1_000_000)).padStart(6, '0');
    await this.dataSource.query(
      `INSERT INTO privacy_codes (contact_hash, ip, code_hash, created_at, expires_at, purpose) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.hash, row.ip, this.codeHash(row.contact, code), row.now, row.expiresAt, row.purpose],
    );
    const rule = PURPOSES[row.purpose];
    if (rule.onlyIfHeld && !(await this.held(kind, row.contact))) return;
    const { subject, text } = renderMail(rule.template, {
      trackingCode: row.context.trackingCode ?? '',
      title: '',
      code,
      ttlMinutes: row.ttlMinutes,
    });
    await this.mail.send({ to: row.contact, subject, text });
  }

  /**
   * The code row and its SMS notice in one transaction: the code is the HMAC of the row's id (privacy-code.ts), so the
   * notice stores only that id and the worker computes the text when it sends it.
   */
  private async smsCode(kind: ContactKind, row: CodeRow): Promise<void> {
    const rule = PURPOSES[row.purpose];
    await this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO privacy_codes (contact_hash, ip, code_hash, created_at, expires_at, purpose)
         VALUES ($1, $2, ''::bytea, $3, $4, $5) RETURNING id::text`,
        [row.hash, row.ip, row.now, row.expiresAt, row.purpose],
      );
      const code = privacyCode(this.config.auth.secret, id);
      await manager.query(`UPDATE privacy_codes SET code_hash = $2 WHERE id = $1`, [id, this.codeHash(row.contact, code)]);
      if (rule.onlyIfHeld && !(await this.held(kind, row.contact, manager))) return;
      await this.notifications.queue(manager, {
        caseId: null,
        template: rule.template,
        channel: 'sms',
        recipient: row.contact,
        params: { trackingCode: row.context.trackingCode ?? '', title: '', privacyCodeId: id, ttlMinutes: row.ttlMinutes },
        dedupeKey: `privacy-code:${id}`,
      });
    });
  }

  /** Spends the code: right once, then never again; five wrong tries spend it too. Returns the normalised contact. */
  async verify(purpose: ContactCodePurpose, kind: ContactKind, raw: string, code: string | undefined): Promise<string> {
    const contact = normaliseContact(kind, raw);
    if (!code) throw new RuleViolationError(ErrorCode.ContactNotVerified, 'code', 'Give the one-time code sent to this contact');
    const now = this.clock.now();
    const ok = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT id, code_hash FROM privacy_codes
         WHERE contact_hash = $1 AND purpose = $4 AND used_at IS NULL AND expires_at > $2 AND attempts < $3
         ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [this.contactHash(contact), now, MAX_ATTEMPTS, purpose],
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

interface CodeRow {
  purpose: ContactCodePurpose;
  contact: string;
  hash: Buffer;
  ip: string | null;
  now: Date;
  expiresAt: Date;
  ttlMinutes: number;
  context: CodeContext;
}
