import { createHmac } from 'node:crypto';

/** Digits of the one-time code that proves control of a contact for a data-subject request. */
export const PRIVACY_CODE_DIGITS = 6;

/**
 * The one-time code of a `privacy_codes` row, sent by SMS. Like the tracking PIN it is an HMAC with the session
 * secret, here of the row's id: the notice that carries it (queued through the outbox, sent by the worker) stores only
 * the row's id, and the code is computed when the SMS is sent, so no readable code is ever stored.
 */
export function privacyCode(secret: string, codeId: string): string {
  const n = createHmac('sha256', secret).update(`privacy-code:${codeId}`).digest().readUInt32BE(0) % 10 ** PRIVACY_CODE_DIGITS;
  return String(n).padStart(PRIVACY_CODE_DIGITS, '0');
}
