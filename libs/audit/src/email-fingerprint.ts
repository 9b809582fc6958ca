import { createHmac } from 'node:crypto';

/**
 * A keyed fingerprint of an email address: repeated failures against one address can be told apart in the audit log
 * without the log holding the address (or a plain hash anyone could reverse with a list of addresses).
 */
export function emailFingerprint(email: string, key: string): string {
  return createHmac('sha256', `audit-email:${key}`).update(email.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 24);
}
