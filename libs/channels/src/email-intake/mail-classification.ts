import type { ParsedMail } from 'mailparser';

export type MailKind = 'bounce' | 'auto_reply' | 'message';

const MAILER_DAEMON = /^(mailer-daemon|postmaster|mail-daemon|mailer)@/i;
const AUTO_PRECEDENCE = /^(bulk|junk|list|auto_reply)$/i;

const header = (mail: ParsedMail, name: string): string | undefined => {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && 'value' in (value as object)) return String((value as { value: unknown }).value).trim();
  return String(value).trim();
};

/**
 * Recognises mail no person wrote to the hotline: delivery reports (RFC 3464, a null envelope sender, the
 * mailer-daemon) and automatic replies (RFC 3834 Auto-Submitted, X-Autoreply/X-Autorespond, Precedence bulk/junk/list/
 * auto_reply). Neither becomes a case or a message on a thread: answering them would only start a mail loop.
 */
export function classifyMail(mail: ParsedMail, envelopeFrom: string | null): MailKind {
  const from = mail.from?.value[0]?.address ?? '';
  const contentType = header(mail, 'content-type') ?? '';
  if (
    envelopeFrom === null ||
    envelopeFrom === '' ||
    MAILER_DAEMON.test(envelopeFrom) ||
    MAILER_DAEMON.test(from) ||
    /^multipart\/report/i.test(contentType)
  ) {
    return 'bounce';
  }
  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted.toLowerCase() !== 'no') return 'auto_reply';
  if (
    header(mail, 'x-autoreply') !== undefined ||
    header(mail, 'x-autorespond') !== undefined ||
    header(mail, 'x-auto-response-suppress') !== undefined
  )
    return 'auto_reply';
  const precedence = header(mail, 'precedence');
  if (precedence !== undefined && AUTO_PRECEDENCE.test(precedence)) return 'auto_reply';
  return 'message';
}
