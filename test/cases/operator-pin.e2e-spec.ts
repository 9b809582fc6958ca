import { makeCaseInput, type OperatorReceipt, TestPlatform, type TrackingView } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** A phone caller gets a short numeric PIN with the tracking code, usable in place of the access key. */
describe('tracking PIN for phone callers', () => {
  let platform: TestPlatform;
  let operator: string;
  const track = (code: string, key: string) =>
    platform.request<TrackingView>('GET', `/api/v1/cases/track/${code}?key=${encodeURIComponent(key)}`);

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    operator = await platform.login(...USERS.operator);
  });
  afterAll(() => platform.stop());

  it('gives the operator a 6-digit PIN that opens the caller’s case, and that case only', async () => {
    const { status, body } = await platform.request<OperatorReceipt & { pin: string }>(
      'POST',
      '/api/v1/hotline/cases',
      makeCaseInput(),
      operator,
    );
    expect(status).toBe(201);
    expect(body.pin).toMatch(/^\d{6}$/);
    const tracked = await track(body.trackingCode, body.pin);
    expect(tracked.status).toBe(200);
    expect(tracked.body.trackingCode).toBe(body.trackingCode);

    const other = (await platform.request<OperatorReceipt & { pin: string }>('POST', '/api/v1/hotline/cases', makeCaseInput(), operator))
      .body;
    expect((await track(other.trackingCode, body.pin === other.pin ? '000000x' : body.pin)).status).toBe(404);
    const wrong = String((Number(body.pin) + 1) % 1_000_000).padStart(6, '0');
    expect((await track(body.trackingCode, wrong)).status).toBe(404);
  });

  it('stores the PIN hashed, never in clear', async () => {
    const { body } = await platform.request<OperatorReceipt & { pin: string }>('POST', '/api/v1/hotline/cases', makeCaseInput(), operator);
    const [row] = await platform.db.dataSource.query(`SELECT to_jsonb(c)::text AS json FROM cases c WHERE id = $1`, [body.id]);
    expect(row.json).not.toContain(body.pin);
  });

  it('gives the same PIN again when the operator retries with the same Idempotency-Key', async () => {
    const input = makeCaseInput();
    const send = () =>
      fetch(`${platform.baseUrl}/api/v1/hotline/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}`, 'idempotency-key': 'pin-retry-0001' },
        body: JSON.stringify(input),
      }).then((r) => r.json() as Promise<{ trackingCode: string; pin: string }>);
    const first = await send();
    const again = await send();
    expect(again).toMatchObject({ trackingCode: first.trackingCode, pin: first.pin });
    expect((await track(first.trackingCode, first.pin)).status).toBe(200);
  });

  it('gives web submitters no PIN (they have the access key)', async () => {
    const { body } = await platform.request<Record<string, unknown>>('POST', '/api/v1/cases', makeCaseInput());
    expect(body.pin).toBeUndefined();
  });
});
