import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SecurityRedis } from '@hotline/auth';
import { type ApiErrorBody, makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { newPlatform, USERS } from '../platform';

const ALLOWED_ORIGIN = 'https://hdnd.example.vn';

describe('abuse protection on the public endpoints', () => {
  let platform: TestPlatform;
  let second: NestFastifyApplication;
  let secondUrl: string;

  async function call(
    base: string,
    method: string,
    path: string,
    options: { body?: unknown; ip?: string; headers?: Record<string, string> } = {},
  ) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      text,
      body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined) as unknown,
    };
  }

  beforeAll(async () => {
    platform = await newPlatform().start({
      worker: false,
      // Clients' addresses come from X-Forwarded-For, as behind the deployer's proxy on this machine.
      env: { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_INTAKE: '5/600', RATE_LIMIT_TRACKING: '7/600', CORS_ORIGINS: ALLOWED_ORIGIN },
    });
    // A second API instance on the same database and Redis prefix, as behind a load balancer.
    second = await createApiApp(platform.config);
    await second.listen({ port: 0, host: '127.0.0.1' });
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await second?.close();
    await platform.stop();
  });

  it('allows exactly the configured intake across two API instances, then answers 429 with Retry-After', async () => {
    const ip = '203.0.113.1';
    const statuses: number[] = [];
    const refusals: { status: number; headers: Headers; body: unknown }[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await call(i % 2 === 0 ? platform.baseUrl : secondUrl, 'POST', '/api/v1/cases', { body: makeCaseInput({}), ip });
      statuses.push(res.status);
      if (res.status === 429) refusals.push(res);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(refusals).toHaveLength(7);
    expect(refusals[0].body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'too_many_requests',
      message: expect.stringContaining('at most 5 every 600 seconds'),
    });
    expect(Number(refusals[0].headers.get('retry-after'))).toBeGreaterThan(590);
    expect(refusals[0].headers.get('ratelimit-remaining')).toBe('0');
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM cases`);
    expect(n).toBe(5);

    // Concurrent bursts on both instances still admit exactly the limit.
    const burstIp = '203.0.113.2';
    const burst = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        call(i % 2 === 0 ? platform.baseUrl : secondUrl, 'POST', '/api/v1/cases', { body: makeCaseInput({}), ip: burstIp }),
      ),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(11);

    // Another address has its own allowance; malformed submissions use it up too.
    const other = await call(secondUrl, 'POST', '/api/v1/cases', { body: { kind: 'nonsense' }, ip: '203.0.113.3' });
    expect(other.status).toBe(400);
  });

  it('limits tracking reads and feedback per address across both instances', async () => {
    const { body } = await call(platform.baseUrl, 'POST', '/api/v1/cases', { body: makeCaseInput({}), ip: '203.0.113.40' });
    const receipt = body as Receipt;
    const ip = '203.0.113.41';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const base = i % 2 === 0 ? platform.baseUrl : secondUrl;
      const res =
        i % 3 === 2
          ? await call(base, 'POST', `/api/v1/cases/track/${receipt.trackingCode}/feedback`, {
              body: { key: 'wrong-key-000000000000', satisfied: true },
              ip,
            })
          : await call(base, 'GET', `/api/v1/cases/track/${receipt.trackingCode}?key=${receipt.accessKey}`, { ip });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s !== 429)).toHaveLength(7);
    expect(statuses.slice(7)).toEqual([429, 429, 429]);
    expect(
      (await call(secondUrl, 'GET', `/api/v1/cases/track/${receipt.trackingCode}?key=${receipt.accessKey}`, { ip: '203.0.113.42' })).status,
    ).toBe(200);
  });

  it('answers a filled honeypot like a receipt but stores nothing', async () => {
    const before = await platform.db.rowCounts();
    const res = await call(platform.baseUrl, 'POST', '/api/v1/cases', {
      body: makeCaseInput({ website: 'http://spam.example' }),
      ip: '203.0.113.60',
    });
    expect(res.status).toBe(201);
    const decoy = res.body as Receipt;
    expect(decoy).toEqual({
      id: expect.any(String),
      trackingCode: expect.stringMatching(/^HN-\d{4}-\d{6}$/),
      accessKey: expect.any(String),
      status: 'received',
      receivedAt: expect.any(String),
      // A real receipt carries a PIN, so the decoy does too.
      pin: expect.stringMatching(/^\d{6}$/),
    });
    expect(await platform.db.rowCounts()).toEqual(before);
    expect(
      (await call(platform.baseUrl, 'GET', `/api/v1/cases/track/${decoy.trackingCode}?key=${decoy.accessKey}`, { ip: '203.0.113.60' }))
        .status,
    ).toBe(404);

    // An empty honeypot is a person's submission; operators' intake has no honeypot field at all.
    expect(
      (await call(platform.baseUrl, 'POST', '/api/v1/cases', { body: makeCaseInput({ website: '' }), ip: '203.0.113.61' })).status,
    ).toBe(201);
    const operator = await platform.login(...USERS.operator);
    const staff = await call(platform.baseUrl, 'POST', '/api/v1/hotline/cases', {
      body: makeCaseInput({ website: 'x' }),
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(staff.status).toBe(400);
    expect((staff.body as ApiErrorBody).details?.map((d) => d.field)).toContain('website');
  });

  it('sends helmet’s security headers, and Swagger UI still loads under the content security policy', async () => {
    const res = await call(platform.baseUrl, 'GET', '/api/v1/categories');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=15552000; includeSubDomains/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();

    const docs = await call(platform.baseUrl, 'GET', '/api/docs');
    expect(docs.status).toBe(200);
    // Every script of the page is a file from this origin, which script-src 'self' allows; none is inline.
    const scripts = [...docs.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes)?.[1] ?? '';
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect((await call(platform.baseUrl, 'GET', new URL(src, `${platform.baseUrl}/api/docs/`).pathname)).status).toBe(200);
    }
    expect((await call(platform.baseUrl, 'GET', '/api/docs-json')).status).toBe(200);
  });

  it('gives CORS access to the configured origin only', async () => {
    const preflight = (origin: string) =>
      call(platform.baseUrl, 'OPTIONS', '/api/v1/cases', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-methods')).toBeNull();
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');

    const read = (origin: string) => call(platform.baseUrl, 'GET', '/api/v1/areas', { headers: { origin } });
    expect((await read('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await read(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('fails open when its Redis connection is gone: petitions and sign-ins go on, unlimited', async () => {
    const cut = await createApiApp(platform.config);
    await cut.listen({ port: 0, host: '127.0.0.1' });
    try {
      cut.get(SecurityRedis).client.disconnect();
      const url = `http://127.0.0.1:${(cut.getHttpServer().address() as { port: number }).port}`;
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await call(url, 'POST', '/api/v1/cases', { body: makeCaseInput({}), ip: '203.0.113.80' })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201]);
      const [email, password] = USERS.council;
      expect((await call(url, 'POST', '/api/v1/auth/login', { body: { email, password }, ip: '203.0.113.80' })).status).toBe(200);
    } finally {
      await cut.close();
    }
  });
});
