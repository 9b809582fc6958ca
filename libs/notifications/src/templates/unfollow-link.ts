import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, followerId: string): string =>
  createHmac('sha256', secret).update(`unfollow:${followerId}`).digest('base64url').slice(0, 22);

/**
 * The token of a follower's unsubscribe link: the follower's id and an HMAC of it with the session secret, so nothing
 * is stored and the notice's params hold only the id (the link is computed when the notice is sent).
 */
export const unfollowToken = (secret: string, followerId: string): string => `${followerId}.${mac(secret, followerId)}`;

/** The follower id of a genuine token, or null. */
export function followerOfUnfollowToken(secret: string, token: string): string | null {
  const [followerId, given] = token.split('.');
  if (!followerId || !given || !/^[0-9a-f-]{36}$/.test(followerId)) return null;
  const expected = Buffer.from(mac(secret, followerId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? followerId : null;
}

/** The page that stops a follower's notices: `PUBLIC_BASE_URL/unfollow/TOKEN`. */
export const unfollowUrl = (publicBaseUrl: string, secret: string, followerId: string): string =>
  `${publicBaseUrl}/unfollow/${unfollowToken(secret, followerId)}`;
