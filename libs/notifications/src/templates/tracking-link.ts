import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of a case's tracking link in citizen mails, accepted by the tracking page in place of the access key
 * (which is stored hashed, so a mail sent later cannot carry it). An HMAC of the tracking code with the session
 * secret: nothing to store, valid for that one case only. It is computed when the mail is rendered, so it is never
 * written to the notifications table, and request logs hold routes, not query strings.
 */
export function trackingLinkToken(secret: string, trackingCode: string): string {
  return createHmac('sha256', secret).update(`tracking-link:${trackingCode.toUpperCase()}`).digest('base64url').slice(0, 32);
}

/** Compares in constant time, as the access key is. */
export function trackingLinkTokenMatches(secret: string, trackingCode: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(trackingLinkToken(secret, trackingCode));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The page a citizen's mail links to: it opens their case. */
export const citizenTrackUrl = (publicBaseUrl: string, secret: string, trackingCode: string): string =>
  `${publicBaseUrl}/track/${trackingCode}?key=${trackingLinkToken(secret, trackingCode)}`;
