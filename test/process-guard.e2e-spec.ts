/**
 * No request or job error ends a process: the built API and worker (npm run build) each get an unhandled rejection
 * and an uncaught exception (test/fixtures/process-fault-probe.js, on SIGWINCH), log both with pino, and keep serving.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, makeCaseInput, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from './platform';

jest.setTimeout(120_000);

const PROBE = path.join(__dirname, 'fixtures', 'process-fault-probe.js');

class BuiltProcess {
  output = '';
  readonly child: ChildProcess;

  constructor(entry: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', entry)], {
      env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require ${PROBE}`, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  until(what: string, seen: (output: string) => boolean): Promise<true> {
    return waitFor(() => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`exited (${this.child.exitCode ?? this.child.signalCode}) before ${what}:\n${this.output.slice(-2000)}`);
      return seen(this.output) || undefined;
    }, what, 30_000);
  }

  /** The pino lines (JSON) at error level that carry this message. */
  errors(msg: string): { msg: string; err?: { message?: string } }[] {
    return this.output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((l) => l.level === 50 && l.msg === msg);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

describe('process guard', () => {
  let platform: TestPlatform;
  const running: BuiltProcess[] = [];
  const env = () => ({ DATABASE_URL: platform.db.url, REDIS_URL: TEST_REDIS, QUEUE_PREFIX: platform.queuePrefix, SMTP_URL: platform.smtp.url, RUN_MIGRATIONS: 'false' });
  const start = (entry: string, extra: Record<string, string>) => {
    const built = new BuiltProcess(entry, { ...env(), ...extra });
    running.push(built);
    return built;
  };
  const faultsLogged = (built: BuiltProcess) =>
    built.until('both faults to be logged', () =>
      built.errors('unhandled promise rejection; the process keeps serving').some((l) => l.err?.message === 'probe: a rejection nobody handles') &&
      built.errors('uncaught exception; the process keeps serving').some((l) => l.err?.message === 'probe: an exception nobody catches'),
    );

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.stop()));
    await platform.stop();
  });

  it('keeps the API answering after an unhandled rejection and an uncaught exception, both logged', async () => {
    const port = await freePort();
    const api = start('apps/api/src/main.js', { PORT: String(port), HOST: '127.0.0.1', WORKER_METRICS_PORT: '0' });
    const live = () => fetch(`http://127.0.0.1:${port}/health/live`).then((r) => r.status === 200, () => false);
    await api.until('the API to listen', (out) => out.includes('Nest application successfully started'));
    await waitFor(() => live().then((ok) => ok || undefined), 'the API to answer', 30_000);
    api.child.kill('SIGWINCH');
    await faultsLogged(api);
    expect(api.child.exitCode).toBeNull();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(makeCaseInput()) });
    expect(res.status).toBe(201);
  });

  it('keeps the worker routing and mailing after an unhandled rejection and an uncaught exception, both logged', async () => {
    const worker = start('apps/worker/src/main.js', { WORKER_METRICS_PORT: '0', INBOUND_SMTP_PORT: '0' });
    await worker.until('the worker to start', (out) => out.includes('dependencies initialized'));
    worker.child.kill('SIGWINCH');
    await faultsLogged(worker);
    expect(worker.child.exitCode).toBeNull();
    const email = 'guard.probe@example.com';
    expect((await platform.request('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Lê Văn Cường', email } }))).status).toBe(201);
    await waitFor(() => platform.smtp.to(email).length > 0 || undefined, 'the receipt mail', 60_000);
  });
});
