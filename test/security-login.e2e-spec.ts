import { FakeClock } from '@hotline/config';
import { type ApiErrorBody, type AuditPage, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from './platform';


const START = new Date('2026-03-02T02:00:00Z');
const MINUTE = 60_000;

describe('login throttling and lockout', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let admin: string;

  /** A login from a given client address (the API trusts X-Forwarded-For from the loopback proxy). */
  async function login(email: string, password: string, ip = '203.0.113.10'): Promise<{ status: number; retryAfter: string | null; body: ApiErrorBody }> {
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
      env: { LOGIN_MAX_FAILURES: '5', LOGIN_MAX_FAILURES_PER_IP: '8', LOGIN_FAILURE_WINDOW_SECONDS: '900', LOGIN_LOCKOUT_SECONDS: '900' },
    });
    admin = await platform.login(...USERS.admin);
  });
  afterAll(() => platform.stop());

  it('locks an account after 5 failures within the window, refuses even the right password, and unlocks after 15 minutes', async () => {
    const [email, password] = USERS.operator;
    for (let i = 1; i <= 4; i++) expect((await wrong(email)).status).toBe(401);
    const fifth = await wrong(email);
    expect(fifth.status).toBe(429);
    expect(fifth.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/this account is locked until 2026-03-02T02:15:00.000Z/) });
    expect(fifth.retryAfter).toBe('900');

    clock.set(new Date(START.getTime() + 10 * MINUTE));
    const locked = await login(email, password, '198.51.100.7');
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBe('300');

    clock.set(new Date(START.getTime() + 15 * MINUTE + 1000));
    expect((await login(email, password)).status).toBe(200);

    const audit = await platform.request<AuditPage>('GET', '/api/v1/admin/audit?action=auth.locked_out', undefined, admin);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0]).toMatchObject({ ip: '203.0.113.10', data: { scope: 'account', failures: 5, until: '2026-03-02T02:15:00.000Z' } });
    const refused = await platform.request<AuditPage>('GET', '/api/v1/admin/audit?action=auth.login_failed', undefined, admin);
    expect(refused.body.items.filter((e) => e.data.reason === 'locked')).toHaveLength(1);
  });

  it('counts only failures inside the window, and a successful login starts the count afresh', async () => {
    const [email, password] = USERS.secretariat;
    clock.set(new Date(START.getTime() + 60 * MINUTE));
    for (let i = 0; i < 4; i++) expect((await wrong(email, '203.0.113.20')).status).toBe(401);
    expect((await login(email, password, '203.0.113.20')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await wrong(email, '203.0.113.21')).status).toBe(401);

    // Those four leave the window after 15 minutes: four more still do not lock.
    clock.set(new Date(START.getTime() + 76 * MINUTE));
    for (let i = 0; i < 4; i++) expect((await wrong(email, '203.0.113.22')).status).toBe(401);
    expect((await login(email, password, '203.0.113.22')).status).toBe(200);
  });

  it('locks an address that fails against many accounts, while other addresses still sign in', async () => {
    clock.set(new Date(START.getTime() + 120 * MINUTE));
    const ip = '192.0.2.50';
    for (let i = 0; i < 7; i++) expect((await wrong(`khach${i}@example.vn`, ip)).status).toBe(401);
    const eighth = await wrong('khach8@example.vn', ip);
    expect(eighth.status).toBe(429);
    expect(eighth.body.message).toMatch(/this address is locked/);
    expect((await login(...USERS.council, ip)).status).toBe(429);
    expect((await login(...USERS.council, '192.0.2.51')).status).toBe(200);
  });

  it('holds the lockout across two API instances sharing Redis', async () => {
    clock.set(new Date(START.getTime() + 200 * MINUTE));
    const { createApiApp } = await import('../apps/api/src/bootstrap');
    const second = await createApiApp(platform.config, clock);
    await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
      const [email, password] = USERS.officerHoanKiem;
      const viaSecond = (pw: string) =>
        fetch(`${secondUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.99' }, body: JSON.stringify({ email, password: pw }) });
      for (let i = 0; i < 2; i++) expect((await wrong(email, '203.0.113.98')).status).toBe(401);
      for (let i = 0; i < 2; i++) expect((await viaSecond('Sai-Mat-Khau#2')).status).toBe(401);
      expect((await wrong(email, '203.0.113.98')).status).toBe(429);
      expect((await viaSecond(password)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});
