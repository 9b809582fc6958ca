import { FakeClock } from '@hotline/config';
import { type ApiErrorBody, type AuditPage, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const START = new Date('2026-03-02T02:00:00Z');
const MINUTE = 60_000;

describe('login throttling and lockout', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let admin: string;

  /** A login from a given client address (TRUST_PROXY names the loopback proxy, whose X-Forwarded-For the API believes). */
  async function login(
    email: string,
    password: string,
    ip = '203.0.113.10',
  ): Promise<{ status: number; retryAfter: string | null; body: ApiErrorBody }> {
    const res = await fetch(`${platform.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as ApiErrorBody };
  }

  const wrong = (email: string, ip?: string) => login(email, 'Sai-Mat-Khau#1', ip);

  beforeAll(async () => {
    platform = await newPlatform().start({
      worker: false,
      clock,
      env: {
        TRUST_PROXY: '127.0.0.1',
        LOGIN_MAX_FAILURES: '5',
        LOGIN_MAX_FAILURES_PER_IP: '8',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '20',
        LOGIN_FAILURE_WINDOW_SECONDS: '900',
        LOGIN_DELAY_SECONDS: '60',
      },
    });
    admin = await platform.login(...USERS.admin);
  });
  afterAll(() => platform.stop());

  it('delays the address that guessed, not the owner: the right password from another address signs in at once', async () => {
    const [email, password] = USERS.operator;
    const attacker = '203.0.113.10';
    for (let i = 1; i <= 4; i++) expect((await wrong(email, attacker)).status).toBe(401);
    const fifth = await wrong(email, attacker);
    expect(fifth.status).toBe(429);
    expect(fifth.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'too_many_requests',
      message: expect.stringMatching(/this account from this address until 2026-03-02T02:01:00.000Z/),
    });
    expect(fifth.retryAfter).toBe('60');

    // The owner, elsewhere, is not kept out.
    expect((await login(email, password, '198.51.100.7')).status).toBe(200);

    // The guessing address waits, even with the right password, and learns nothing meanwhile.
    clock.set(new Date(START.getTime() + 30_000));
    const during = await login(email, password, attacker);
    expect(during.status).toBe(429);
    expect(during.retryAfter).toBe('30');

    // After the delay one more wrong guess doubles it.
    clock.set(new Date(START.getTime() + MINUTE + 1000));
    const sixth = await wrong(email, attacker);
    expect(sixth.status).toBe(429);
    expect(sixth.retryAfter).toBe('120');
    clock.set(new Date(START.getTime() + 3 * MINUTE + 2000));
    expect((await login(email, password, attacker)).status).toBe(200);

    const audit = await platform.request<AuditPage>('GET', '/api/v1/admin/audit?action=auth.locked_out', undefined, admin);
    expect(audit.body.items.map((e) => e.data.scope)).toEqual(['pair', 'pair']);
    expect(audit.body.items[1]).toMatchObject({ ip: attacker, data: { scope: 'pair', failures: 5, until: '2026-03-02T02:01:00.000Z' } });
    const refused = await platform.request<AuditPage>('GET', '/api/v1/admin/audit?action=auth.login_failed', undefined, admin);
    expect(refused.body.items.filter((e) => e.data.reason === 'locked')).toHaveLength(1);
  });

  it('slows addresses new to an account once many addresses together pass the account’s ceiling, never an address it signed in from', async () => {
    const [email, password] = USERS.head;
    clock.set(new Date(START.getTime() + 30 * MINUTE));
    const home = '198.51.100.30';
    expect((await login(email, password, home)).status).toBe(200);
    // A spread-out guesser: four tries from each of five addresses, under every address's own limit.
    for (let a = 0; a < 5; a++) for (let i = 0; i < 4; i++) expect((await wrong(email, `203.0.113.${100 + a}`)).status).toBe(401);
    const fresh = await login(email, password, '203.0.113.200');
    expect(fresh.status).toBe(429);
    expect(fresh.body.message).toMatch(/this account from a new address/);
    expect(Number(fresh.retryAfter)).toBeGreaterThan(0);
    expect((await login(email, password, home)).status).toBe(200);
  });

  it('counts only failures inside the window, and a successful login starts the count afresh', async () => {
    const [email, password] = USERS.secretariat;
    clock.set(new Date(START.getTime() + 60 * MINUTE));
    const ip = '203.0.113.20';
    for (let i = 0; i < 4; i++) expect((await wrong(email, ip)).status).toBe(401);
    expect((await login(email, password, ip)).status).toBe(200);
    // Seven failures of the pair in all, but the success in between started its count afresh.
    for (let i = 0; i < 3; i++) expect((await wrong(email, ip)).status).toBe(401);

    // Those leave the window after 15 minutes: four more still do not delay the address.
    clock.set(new Date(START.getTime() + 76 * MINUTE));
    for (let i = 0; i < 4; i++) expect((await wrong(email, ip)).status).toBe(401);
    expect((await login(email, password, ip)).status).toBe(200);
  });

  it('locks an address that fails against many accounts, while other addresses still sign in', async () => {
    clock.set(new Date(START.getTime() + 120 * MINUTE));
    const ip = '192.0.2.50';
    for (let i = 0; i < 7; i++) expect((await wrong(`khach${i}@example.vn`, ip)).status).toBe(401);
    const eighth = await wrong('khach8@example.vn', ip);
    expect(eighth.status).toBe(429);
    expect(eighth.body.message).toMatch(/from this address until/);
    expect((await login(...USERS.council, ip)).status).toBe(429);
    expect((await login(...USERS.council, '192.0.2.51')).status).toBe(200);
  });

  it('holds the delay across two API instances sharing Redis', async () => {
    clock.set(new Date(START.getTime() + 200 * MINUTE));
    const { createApiApp } = await import('../../apps/api/src/bootstrap');
    const second = await createApiApp(platform.config, clock);
    await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
      const [email, password] = USERS.officerHoanKiem;
      const viaSecond = (pw: string) =>
        fetch(`${secondUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.98' },
          body: JSON.stringify({ email, password: pw }),
        });
      for (let i = 0; i < 2; i++) expect((await wrong(email, '203.0.113.98')).status).toBe(401);
      for (let i = 0; i < 2; i++) expect((await viaSecond('Sai-Mat-Khau#2')).status).toBe(401);
      expect((await wrong(email, '203.0.113.98')).status).toBe(429);
      expect((await viaSecond(password)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});
