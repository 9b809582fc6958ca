import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@hotline/config';
import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { newPlatform, USERS } from '../platform';

interface AuditPage {
  items: { action: string; ip?: string; data: Record<string, unknown> }[];
}

/** X-Forwarded-For speaks for the client only when the deployer names the proxy (TRUST_PROXY). */
describe('client addresses behind (and without) a proxy', () => {
  let platform: TestPlatform;
  let behindProxy: NestFastifyApplication;
  let behindProxyUrl: string;
  let admin: string;

  const post = (base: string, path: string, body: unknown, forwardedFor: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify(body),
    });

  const auditOf = async (fingerprintOf: string) =>
    (
      await platform.request<AuditPage>(
        'GET',
        `/api/v1/admin/audit?action=auth.login_failed&email=${encodeURIComponent(fingerprintOf)}`,
        undefined,
        admin,
      )
    ).body.items;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false, env: { RATE_LIMIT_INTAKE: '3/600', LOGIN_MAX_FAILURES_PER_IP: '3' } });
    admin = await platform.login(...USERS.admin);
    // The same platform, as the deployer would run it behind a proxy on this machine: TRUST_PROXY=127.0.0.1.
    const trusting: AppConfig = { ...platform.config, security: { ...platform.config.security, trustProxy: ['127.0.0.1'] } };
    behindProxy = await createApiApp(trusting);
    await behindProxy.listen({ port: 0, host: '127.0.0.1' });
    behindProxyUrl = `http://127.0.0.1:${(behindProxy.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await behindProxy?.close();
    await platform.stop();
  });

  it('without TRUST_PROXY, a forged X-Forwarded-For neither resets the intake limit nor the login limit, nor reaches the audit log', async () => {
    const intake = [];
    for (let i = 0; i < 5; i++)
      intake.push((await post(platform.baseUrl, '/api/v1/cases', makeCaseInput({}), `198.51.100.${i + 1}`)).status);
    expect(intake).toEqual([201, 201, 201, 429, 429]);

    const logins = [];
    for (let i = 0; i < 4; i++)
      logins.push(
        (
          await post(
            platform.baseUrl,
            '/api/v1/auth/login',
            { email: `khach${i}@example.vn`, password: 'Sai-Mat-Khau#1' },
            `198.51.100.${i + 10}`,
          )
        ).status,
      );
    expect(logins).toEqual([401, 401, 429, 429]);

    const [row] = await auditOf('khach0@example.vn');
    expect(row.ip).toBe('127.0.0.1');
  });

  it('with TRUST_PROXY=127.0.0.1, the proxy’s X-Forwarded-For names the client: its own limits and its address in the audit log', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post(behindProxyUrl, '/api/v1/cases', makeCaseInput({}), `203.0.113.${i + 1}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);

    expect(
      (await post(behindProxyUrl, '/api/v1/auth/login', { email: 'khach-proxy@example.vn', password: 'Sai-Mat-Khau#1' }, '203.0.113.50'))
        .status,
    ).toBe(401);
    const [row] = await auditOf('khach-proxy@example.vn');
    expect(row.ip).toBe('203.0.113.50');
  });

  it('stores no address when the forwarded value is not an IP address', async () => {
    expect(
      (await post(behindProxyUrl, '/api/v1/auth/login', { email: 'khach-noip@example.vn', password: 'Sai-Mat-Khau#1' }, 'not-an-address'))
        .status,
    ).toBe(401);
    const [row] = await auditOf('khach-noip@example.vn');
    expect(row).toBeDefined();
    expect(row.ip).toBeUndefined();

    const signedIn = await post(
      behindProxyUrl,
      '/api/v1/auth/login',
      { email: USERS.operator[0], password: USERS.operator[1] },
      '<script>',
    );
    expect(signedIn.status).toBe(200);
    const { accessToken } = (await signedIn.json()) as { accessToken: string };
    const sessions = await platform.request<{ ip: string | null; current: boolean }[]>(
      'GET',
      '/api/v1/auth/sessions',
      undefined,
      accessToken,
    );
    expect(sessions.body.find((s) => s.current)?.ip).toBeNull();
  });
});
