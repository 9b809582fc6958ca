import { followerOfUnfollowToken, unfollowToken } from './unfollow-link';

describe('unfollow token', () => {
  const secret = 'test-secret-of-at-least-32-characters!!';
  const followerId = '0193a3c2-7b1e-7c55-9a8e-3f2b1c4d5e6f';

  it('names its follower', () => {
    expect(followerOfUnfollowToken(secret, unfollowToken(secret, followerId))).toBe(followerId);
  });

  it('refuses a token for another follower, another secret, or a malformed one', () => {
    const token = unfollowToken(secret, followerId);
    const otherId = '0193a3c2-7b1e-7c55-9a8e-3f2b1c4d5e70';
    expect(followerOfUnfollowToken(secret, `${otherId}.${token.split('.')[1]}`)).toBeNull();
    expect(followerOfUnfollowToken(`${secret}x`, token)).toBeNull();
    expect(followerOfUnfollowToken(secret, 'forged.token')).toBeNull();
    expect(followerOfUnfollowToken(secret, '')).toBeNull();
  });
});
