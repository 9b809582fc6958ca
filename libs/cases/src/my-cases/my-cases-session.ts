import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ContactKind } from '@hotline/contracts';

export interface MyCasesSession {
  contactKind: ContactKind;
  /** Normalised, as cases store it. */
  contact: string;
  expiresAt: Date;
}

const keyOf = (secret: string): Buffer => createHash('sha256').update(`my-cases-session:${secret}`).digest();

/**
 * A "my cases" session is a sealed token (AES-256-GCM with a key derived from the session secret): nothing to store or
 * purge, it cannot be forged or altered, and it does not show the contact it opens to whoever sees it.
 */
export function sealMyCasesSession(secret: string, session: MyCasesSession): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const payload = JSON.stringify({ k: session.contactKind, c: session.contact, e: session.expiresAt.getTime() });
  const sealed = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The session of a genuine token that has not expired, or null. */
export function openMyCasesSession(secret: string, token: string | undefined, now: Date): MyCasesSession | null {
  if (!token || token.length > 1024) return null;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const payload = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    const expiresAt = new Date(payload.e);
    if (!(expiresAt > now)) return null;
    return { contactKind: payload.k, contact: payload.c, expiresAt };
  } catch {
    // A forged or damaged token fails its authentication tag: the same answer as none.
    return null;
  }
}
