import { makeCaseInput, type OperatorReceipt, TestPlatform, type TrackingView } from '@hotline/testing';
import { FakeClock } from '@hotline/config';
import { newPlatform, USERS } from '../platform';

/** Every case gets a short numeric PIN with its tracking code, usable in place of the access key (a phone caller writes it down). */
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

  it('gives every case a PIN: a web submission’s receipt carries one, and `pin` opens the case with its tracking code', async () => {
    const { status, body } = await platform.request<{ trackingCode: string; pin: string }>('POST', '/api/v1/cases', makeCaseInput());
    expect(status).toBe(201);
    expect(body.pin).toMatch(/^\d{6}$/);
    const tracked = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${body.trackingCode}?pin=${body.pin}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.trackingCode).toBe(body.trackingCode);
  });

  it('refuses a pin that is not 6 digits with 400 naming the field', async () => {
    const { body } = await platform.request<{ trackingCode: string }>('POST', '/api/v1/cases', makeCaseInput());
    const res = await platform.request<{ details: { field: string }[] }>('GET', `/api/v1/cases/track/${body.trackingCode}?pin=12ab`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toContain('pin');
  });
});

/** PIN_MAX_MISSES wrong PINs lock a case's PIN for PIN_LOCK_MINUTES; the access key still opens the case. */
describe('tracking PIN lockout', () => {
  let platform: TestPlatform;
  const clock = new FakeClock(new Date('2026-06-01T03:00:00Z'));
  const trackWithPin = (code: string, pin: string) =>
    platform.request<TrackingView & { code?: string }>('GET', `/api/v1/cases/track/${code}?pin=${pin}`);

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false, clock, env: { PIN_MAX_MISSES: '3', PIN_LOCK_MINUTES: '30' } });
  });
  afterAll(() => platform.stop());

  const submit = async () =>
    (await platform.request<{ trackingCode: string; pin: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput())).body;
  const wrongPin = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, '0');

  it('locks the PIN after 3 misses, says so with tracking_pin_locked and Retry-After, while the access key still works', async () => {
    const receipt = await submit();
    for (let i = 0; i < 3; i++) expect((await trackWithPin(receipt.trackingCode, wrongPin(receipt.pin))).status).toBe(404);
    const res = await fetch(`${platform.baseUrl}/api/v1/cases/track/${receipt.trackingCode}?pin=${receipt.pin}`);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { code: string }).code).toBe('tracking_pin_locked');
    expect(Number(res.headers.get('retry-after'))).toBe(30 * 60);
    const byKey = await platform.request('GET', `/api/v1/cases/track/${receipt.trackingCode}?key=${encodeURIComponent(receipt.accessKey)}`);
    expect(byKey.status).toBe(200);
  });

  it('opens again with the right PIN once the lock has run out', async () => {
    const receipt = await submit();
    for (let i = 0; i < 3; i++) await trackWithPin(receipt.trackingCode, wrongPin(receipt.pin));
    expect((await trackWithPin(receipt.trackingCode, receipt.pin)).status).toBe(429);
    clock.set(new Date(clock.now().getTime() + 30 * 60 * 1000 + 1000));
    expect((await trackWithPin(receipt.trackingCode, receipt.pin)).status).toBe(200);
  });

  it('starts the count again after a right PIN, so misses spread over time by the citizen never lock', async () => {
    const receipt = await submit();
    for (let round = 0; round < 3; round++) {
      await trackWithPin(receipt.trackingCode, wrongPin(receipt.pin));
      await trackWithPin(receipt.trackingCode, wrongPin(receipt.pin));
      expect((await trackWithPin(receipt.trackingCode, receipt.pin)).status).toBe(200);
    }
  });

  it('locks one case’s PIN only: another case’s PIN still works', async () => {
    const [a, b] = [await submit(), await submit()];
    for (let i = 0; i < 3; i++) await trackWithPin(a.trackingCode, wrongPin(a.pin));
    expect((await trackWithPin(a.trackingCode, a.pin)).status).toBe(429);
    expect((await trackWithPin(b.trackingCode, b.pin)).status).toBe(200);
  });
});
