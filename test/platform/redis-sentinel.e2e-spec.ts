import { makeCaseInput, RedisSentinelGroup, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/**
 * With REDIS_SENTINELS, every Redis client of the API and the worker (BullMQ's, the limiter's, the reference-data
 * channel's) follows the primary the Sentinel names: when the primary dies and the Sentinel promotes the replica,
 * intake and routing go on against the new primary.
 */
describe('Redis through Sentinel', () => {
  const redis = new RedisSentinelGroup();
  let platform: TestPlatform;
  let secretariat = '';

  beforeAll(async () => {
    await redis.start();
    platform = await newPlatform().start({ env: redis.env() });
    secretariat = await platform.login(...USERS.secretariat);
  });
  afterAll(async () => {
    await platform?.stop();
    await redis.stop();
  });

  const submitAndRoute = async (title: string) => {
    const res = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput({ title }));
    expect(res.status).toBe(201);
    return platform.waitForCaseStatus(res.body.id, 'routed', secretariat);
  };

  it('routes cases through the primary the Sentinel names, and goes on after a failover to the replica', async () => {
    await submitAndRoute('Trước khi Redis chính ngừng');
    await redis.killPrimary();
    await waitFor(
      async () => (await redis.primaryPort()) === redis.ports.replica || undefined,
      'the Sentinel to promote the replica',
      30_000,
    );
    const after = await Promise.all([1, 2, 3].map((n) => submitAndRoute(`Sau khi chuyển sang Redis dự phòng ${n}`)));
    expect(after.map((c) => c.status)).toEqual(['routed', 'routed', 'routed']);
  });
});
