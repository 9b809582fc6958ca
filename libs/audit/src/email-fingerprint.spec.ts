import { emailFingerprint } from './email-fingerprint';

describe('emailFingerprint', () => {
  it('is the same for one address however it is typed, and holds nothing of the address', () => {
    const fingerprint = emailFingerprint(' Operator@Hotline.Example.VN ', 'k'.repeat(32));
    expect(fingerprint).toBe(emailFingerprint('operator@hotline.example.vn', 'k'.repeat(32)));
    expect(fingerprint).toMatch(/^[0-9a-f]{24}$/);
    expect(fingerprint).not.toContain('operator');
  });

  it('differs between addresses and between keys', () => {
    expect(emailFingerprint('a@example.vn', 'k'.repeat(32))).not.toBe(emailFingerprint('b@example.vn', 'k'.repeat(32)));
    expect(emailFingerprint('a@example.vn', 'k'.repeat(32))).not.toBe(emailFingerprint('a@example.vn', 'j'.repeat(32)));
  });
});
