import { ContactKind } from '@hotline/contracts';
import { openMyCasesSession, sealMyCasesSession } from './my-cases-session';

describe('my-cases session token', () => {
  const secret = 'test-secret-of-at-least-32-characters!!';
  const now = new Date('2026-12-01T03:00:00Z');
  const session = { contactKind: ContactKind.Phone, contact: '0912345678', expiresAt: new Date('2026-12-01T03:30:00Z') };

  it('opens what it sealed, until it expires', () => {
    const token = sealMyCasesSession(secret, session);
    expect(openMyCasesSession(secret, token, now)).toEqual(session);
    expect(openMyCasesSession(secret, token, new Date('2026-12-01T03:30:00Z'))).toBeNull();
  });

  it('does not show the contact it opens', () => {
    const token = sealMyCasesSession(secret, session);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('0912345678');
  });

  it('refuses an altered token, one sealed with another secret, and garbage', () => {
    const token = sealMyCasesSession(secret, session);
    const raw = Buffer.from(token, 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(openMyCasesSession(secret, raw.toString('base64url'), now)).toBeNull();
    expect(openMyCasesSession(`${secret}-other`, token, now)).toBeNull();
    expect(openMyCasesSession(secret, 'not-a-token', now)).toBeNull();
    expect(openMyCasesSession(secret, undefined, now)).toBeNull();
  });
});
