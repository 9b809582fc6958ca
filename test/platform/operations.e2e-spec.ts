import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BuiltProcess, TEST_REDIS, TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

describe('operations', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(() => platform.stop());

  it('answers liveness and readiness with PostgreSQL and Redis up', async () => {
    expect(await platform.request('GET', '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await platform.request<{ status: string; details: Record<string, { status: string }> }>('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.postgres.status).toBe('up');
    expect(ready.body.details.redis.status).toBe('up');
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await platform.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases',
        '/api/v1/hotline/cases',
        '/api/v1/cases/track/{trackingCode}',
        '/api/v1/auth/login',
        '/health/ready',
      ]),
    );
    const ui = await fetch(`${platform.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it.each([
    ['API', 'apps/api/src/main.js'],
    ['worker', 'apps/worker/src/main.js'],
  ])('stops the %s cleanly on SIGTERM', async (name, entry) => {
    const child = new BuiltProcess(`operations-sigterm-${name.toLowerCase()}`, entry, {
      DATABASE_URL: platform.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: `${platform.queuePrefix}-sig`,
      SMTP_URL: platform.smtp.url,
      LOG_LEVEL: 'info',
    });
    await child.start(
      (output) => output.includes('dependencies initialized') && (entry.includes('api') ? output.includes('successfully started') : true),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Nest closes every module, then re-raises the signal: a clean stop ends by SIGTERM, a hung one by our exit(1) timer.
    expect(await child.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    expect(child.errorLines).toEqual([]);
    await child.destroy();
  });

  it('answers 404 in the error format for an unknown route', async () => {
    const res = await platform.request<{ statusCode: number; error: string }>('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

describe('configuration at boot', () => {
  const main = path.join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

  it('has a built API to start (npm test builds before running Jest)', () => {
    expect(existsSync(main)).toBe(true);
  });

  it('stops the process with a message naming a missing variable', () => {
    const res = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, REDIS_URL: 'redis://127.0.0.1:6379' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('DATABASE_URL');
  });

  it('stops the process with a message naming a malformed variable', () => {
    const res = spawnSync(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: 'eighty',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/PORT: .*number/);
  });
});
