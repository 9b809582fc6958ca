import { createHmac } from 'node:crypto';

/** Digits of a case's tracking PIN: short enough to read out on the phone and to carry in an SMS. */
export const TRACKING_PIN_DIGITS = 6;

/**
 * The 6-digit tracking PIN of a case, used with its tracking code in place of the access key. Like the mail link's
 * token it is an HMAC with the session secret, so nothing but its hash is stored (to check it), an intake retry gets
 * the same PIN, and a notice sent later (the SMS receipt) can carry it. A PIN issued before a change of the secret
 * keeps working: tracking checks the stored hash.
 */
export function trackingPin(secret: string, caseId: string): string {
  const n = createHmac('sha256', secret).update(`tracking-pin:${caseId}`).digest().readUInt32BE(0) % 10 ** TRACKING_PIN_DIGITS;
  return String(n).padStart(TRACKING_PIN_DIGITS, '0');
}

/** A string shaped like a PIN (an access key or a link token never is). */
export const isPinShaped = (value: string | undefined): value is string => value !== undefined && /^\d{6}$/.test(value);
