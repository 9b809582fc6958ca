/**
 * No request or job error ends a process: the built API and worker (npm run build) each get an unhandled rejection
 * and an uncaught exception (test/fixtures/process-fault-probe.js, on SIGWINCH), log both with pino, and keep serving.
 */
import path from 'node:path';
import { BuiltProcess, makeCaseInput, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

jest.setTimeout(120_000);

const PROBE = path.join(__dirname, '..', 'fixtures', 'process-fault-probe.js');

describe('process guard', () => {
  let platform: TestPlatform;
  const running: BuiltProcess[] = [];
  const start = (name: string, entry: string, extra: Record<string, string> = {}) => {
    const built = new BuiltProcess(name, entry, {
      DATABASE_URL: platform.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: platform.queuePrefix,
      SMTP_URL: platform.smtp.url,
      RUN_MIGRATIONS: 'false',
      NODE_OPTIONS: `--require ${PROBE}`,
      LOG_LEVEL: 'info',
      ...extra,
    });
    running.push(built);
    return built;
  };
  const logged = (built: BuiltProcess, msg: string, message: string) =>
    built.errorRecords.some((l) => l.msg === msg && l.err?.message === message);
  const faultsLogged = (built: BuiltProcess) =>
    waitFor(
      () =>
        (logged(built, 'unhandled promise rejection; the process keeps serving', 'probe: a rejection nobody handles') &&
          logged(built, 'uncaught exception; the process keeps serving', 'probe: an exception nobody catches')) ||
        undefined,
      'both faults to be logged',
      30_000,
    );

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.destroy()));
    await platform.stop();
  });

  it('keeps the API answering after an unhandled rejection and an uncaught exception, both logged', async () => {
    const api = start('process-guard-api', 'apps/api/src/main.js', { HOST: '127.0.0.1' });
    await api.start((out) => out.includes('Nest application successfully started'));
    await waitFor(
      () =>
        fetch(`${api.url}/health/live`).then(
          (r) => r.status === 200 || undefined,
          () => undefined,
        ),
      'the API to answer',
      30_000,
    );
    api.send('SIGWINCH');
    await faultsLogged(api);
    expect(api.alive).toBe(true);
    const res = await fetch(`${api.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(makeCaseInput()),
    });
    expect(res.status).toBe(201);
  });

  it('keeps the worker routing and mailing after an unhandled rejection and an uncaught exception, both logged', async () => {
    const worker = start('process-guard-worker', 'apps/worker/src/main.js', { INBOUND_SMTP_PORT: '0' });
    await worker.start((out) => out.includes('dependencies initialized'));
    worker.send('SIGWINCH');
    await faultsLogged(worker);
    expect(worker.alive).toBe(true);
    const email = 'guard.probe@example.com';
    expect((await platform.request('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Lê Văn Cường', email } }))).status).toBe(201);
    await waitFor(() => platform.smtp.to(email).length > 0 || undefined, 'the receipt mail', 60_000);
  });
});
