import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { simpleParser, ParsedMail } from 'mailparser';
import { DataSource, EntityManager } from 'typeorm';
import { AttachmentService, citizenEmail, CreateCaseDto, IntakeService, normaliseEmail } from '@hotline/cases';
import { AppConfig, Clock } from '@hotline/config';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, TERMINAL_STATUSES } from '@hotline/contracts';
import { recordCaseEvent } from '@hotline/database';
import { classifyMail } from './mail-classification';

/** Why a reply was kept off the case's thread: anyone can write a tracking code in a subject; a finished case takes nothing more. */
export type HeldBecause = 'sender_not_citizen' | 'case_finished';

export type InboundOutcome = 'case' | 'reply' | 'bounce' | 'auto_reply' | 'duplicate';

export interface InboundResult {
  outcome: InboundOutcome;
  caseId?: string;
  trackingCode?: string;
  held?: HeldBecause;
}

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 10_000;
const FALLBACK_TITLE = 'Phản ánh gửi qua thư điện tử';

interface ReplyTarget {
  id: string;
  tracking_code: string;
  kind: CaseKind;
  status: CaseStatus;
  agency_id: string | null;
  citizen_email: string | null;
}

/**
 * Turns one inbound message into a case, or a message on an existing case's thread when its subject carries that
 * case's tracking code. A reply joins the case (its files shown to the citizen) only when it comes from the case's
 * citizen address and the case is not finished; any other is held: kept on the case as a message only staff see,
 * addressed to the secretariat rather than the agency, the case itself unchanged. A held reply's files are counted, not
 * kept, so that nobody but the citizen can fill a case's file limit. Each message is handled once: its Message-ID (or
 * the hash of the raw message) is written in the same transaction as the case or the event, so a client retrying after
 * a lost answer changes nothing.
 */
@Injectable()
export class InboundMailService {
  private readonly logger = new Logger(InboundMailService.name);
  private readonly trackingCode: RegExp;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly attachments: AttachmentService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.trackingCode = new RegExp(`\\b${config.cases.trackingPrefix}-\\d{4}-\\d{6}\\b`, 'i');
  }

  async receive(raw: Buffer, envelopeFrom: string | null): Promise<InboundResult> {
    const mail = await simpleParser(raw);
    const messageId = (mail.messageId?.trim() || `sha256:${createHash('sha256').update(raw).digest('hex')}`).slice(0, 998);
    const kind = classifyMail(mail, envelopeFrom);
    let undo: (() => Promise<void>) | undefined;
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const outcome = kind === 'message' ? undefined : kind;
        // The key is taken first: a concurrent retry of the same message waits here, then finds it taken.
        const claimed: unknown[] = await manager.query(
          `INSERT INTO inbound_emails (message_id, outcome, case_id) VALUES ($1, 'bounce', NULL)
           ON CONFLICT (message_id) DO NOTHING RETURNING 1`,
          [messageId],
        );
        if (claimed.length === 0) return { outcome: 'duplicate' as const };
        if (outcome) {
          await manager.query(`UPDATE inbound_emails SET outcome = $2 WHERE message_id = $1`, [messageId, outcome]);
          return { outcome };
        }
        const reply = await this.replyTarget(manager, mail.subject ?? '');
        const handled = reply ? await this.appendReply(manager, reply, mail) : await this.createCase(manager, mail);
        undo = handled.undo;
        await manager.query(`UPDATE inbound_emails SET outcome = $2, case_id = $3 WHERE message_id = $1`, [
          messageId,
          handled.result.outcome,
          handled.result.caseId,
        ]);
        return handled.result;
      });
      this.logger.log({ outcome: result.outcome, caseId: result.caseId, held: result.held }, 'inbound mail handled');
      return result;
    } catch (err) {
      await undo?.();
      throw err;
    }
  }

  private async replyTarget(manager: EntityManager, subject: string): Promise<ReplyTarget | null> {
    const code = this.trackingCode.exec(subject)?.[0];
    if (!code) return null;
    // The case row's lock orders this reply with the case's transitions and uploads.
    const [row] = await manager.query(
      `SELECT id, tracking_code, kind, status, agency_id, citizen_email FROM cases WHERE tracking_code = $1 FOR UPDATE`,
      [code.toUpperCase()],
    );
    return row ?? null;
  }

  private async appendReply(
    manager: EntityManager,
    kase: ReplyTarget,
    mail: ParsedMail,
  ): Promise<{ result: InboundResult; undo: () => Promise<void> }> {
    const sender = mail.from?.value[0]?.address;
    const citizen = await citizenEmail(manager, { id: kase.id, kind: kase.kind, citizenEmail: kase.citizen_email });
    const fromCitizen = !!sender && !!citizen && normaliseEmail(sender) === normaliseEmail(citizen);
    const finished = TERMINAL_STATUSES.includes(kase.status);
    const held: HeldBecause | undefined = !fromCitizen ? 'sender_not_citizen' : finished ? 'case_finished' : undefined;
    const files = held
      ? { stored: [], skipped: mailFiles(mail).length, undo: async () => undefined }
      : await this.attachments.attachBuffers(manager, kase.id, mailFiles(mail), { type: 'citizen' });
    await recordCaseEvent(manager, {
      caseId: kase.id,
      type: CaseEventType.MessageReceived,
      actor: { type: fromCitizen ? 'citizen' : 'system' },
      agencyId: held ? null : kase.agency_id,
      note: bodyText(mail).slice(0, DESCRIPTION_MAX) || (mail.subject ?? ''),
      visibleToCitizen: false,
      data: {
        channel: CaseChannel.Email,
        fromCitizen,
        ...(held ? { held } : {}),
        attachments: files.stored.length,
        skippedAttachments: files.skipped,
      },
      at: this.clock.now(),
    });
    return { result: { outcome: 'reply', caseId: kase.id, trackingCode: kase.tracking_code, held }, undo: files.undo };
  }

  private async createCase(manager: EntityManager, mail: ParsedMail): Promise<{ result: InboundResult; undo: () => Promise<void> }> {
    const from = mail.from?.value[0];
    const email = from?.address ? normaliseEmail(from.address) : undefined;
    const subject = (mail.subject ?? '').replace(/\s+/g, ' ').trim();
    const text = bodyText(mail);
    const dto = Object.assign(new CreateCaseDto(), {
      kind: CaseKind.Feedback,
      title: (subject.length >= 5 ? subject : FALLBACK_TITLE).slice(0, TITLE_MAX),
      description: padded(text || subject).slice(0, DESCRIPTION_MAX),
      citizen: email ? { name: displayName(from?.name, email), email } : undefined,
      anonymous: !email,
      public: false,
      // Sending the petition is the person's own act asking for it to be handled; nothing optional is assumed
      // (docs/personal-data.md, consent per channel).
      consent: { handling: true },
    });
    const { receipt } = await this.intake.submit(dto, { channel: CaseChannel.Email, actor: { type: 'citizen' }, manager });
    const files = await this.attachments.attachBuffers(manager, receipt.id, mailFiles(mail), { type: 'citizen' });
    return { result: { outcome: 'case', caseId: receipt.id, trackingCode: receipt.trackingCode }, undo: files.undo };
  }
}

function mailFiles(mail: ParsedMail): { fileName?: string; content: Buffer }[] {
  return mail.attachments
    .filter((a) => a.content && a.contentType !== 'message/rfc822')
    .map((a) => ({ fileName: a.filename, content: a.content }));
}

/** The text the person wrote: the plain part, else the HTML part's text, without the quoted earlier messages. */
function bodyText(mail: ParsedMail): string {
  const text = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]+>/g, ' ') : '');
  const lines = text.split(/\r?\n/);
  const quoteStart = lines.findIndex((line) => /^>/.test(line) || /^(On .+ wrote:|Vào .+ đã viết:)$/.test(line.trim()));
  return (quoteStart >= 0 ? lines.slice(0, quoteStart) : lines).join('\n').trim();
}

function padded(text: string): string {
  return text.length >= 10 ? text : `${text} (gửi qua thư điện tử)`.trim();
}

function displayName(name: string | undefined, email: string): string {
  const cleaned = (name ?? '').trim().slice(0, 120);
  return cleaned.length >= 2 ? cleaned : email.split('@')[0].slice(0, 120).padEnd(2, '_');
}
