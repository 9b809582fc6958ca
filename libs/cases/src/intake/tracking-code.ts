import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const trackingSequenceName = (year: number): string => `case_tracking_seq_${year}`;

/** SQL for the next code `HN-2026-004217`, given the parameters holding the `HN-2026-` prefix and the year's sequence. */
export const nextTrackingCodeSql = (prefixParam: string, sequenceParam: string): string =>
  `${prefixParam} || lpad(nextval(${sequenceParam}::regclass)::text, 6, '0')`;

/**
 * A new secret key for a case. With an idempotency key the secret is derived from it, so a client that retries a
 * submission whose answer it lost gets the same key back; only that client knows the idempotency key.
 */
export function newAccessKey(caseId: string, idempotencyKey?: string): string {
  if (idempotencyKey) return createHmac('sha256', idempotencyKey).update(caseId).digest('base64url').slice(0, 24);
  return randomBytes(18).toString('base64url');
}

export const hashAccessKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Compares in constant time, so response timing says nothing about how much of a guessed key was right. */
export function accessKeyMatches(key: string | undefined, storedHash: Buffer): boolean {
  if (!key) return false;
  const candidate = hashAccessKey(key);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}

/** Salted with the case id, so one PIN's hash differs from case to case. */
export const hashTrackingPin = (caseId: string, pin: string): Buffer => createHash('sha256').update(`${caseId}:${pin}`, 'utf8').digest();

export function trackingPinMatches(pin: string | undefined, caseId: string, storedHash: Buffer | null): boolean {
  if (!pin || !storedHash || !/^\d+$/.test(pin)) return false;
  const candidate = hashTrackingPin(caseId, pin);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}
