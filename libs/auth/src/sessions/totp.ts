import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s) as every authenticator app reads it; one step of clock drift either way. */
export const TOTP_PERIOD_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, account: string): string => generateURI({ issuer: 'Hotline HĐND', label: account, secret });

/** The time step the code belongs to when it is valid now (±1 step), or null. */
export async function checkTotp(secret: string, code: string, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: TOTP_PERIOD_SECONDS });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code for an instant (tests and the demo use it in place of an authenticator app). */
export const totpCode = (secret: string, at: Date): Promise<string> => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

/** The secret is kept encrypted (AES-256-GCM, key derived from the server secret), so a database dump alone cannot mint codes. */
export function sealTotpSecret(secret: string, serverSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', totpKey(serverSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

export function openTotpSecret(sealed: string, serverSecret: string): string {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', totpKey(serverSecret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

const totpKey = (serverSecret: string): Buffer => createHash('sha256').update(`totp:${serverSecret}`).digest();
