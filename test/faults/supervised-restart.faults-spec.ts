/**
 * Fault test (`npm run test:faults`): `npm start`'s supervisor (scripts/start-platform.mjs) restarts a process that
 * dies. Submissions stream over HTTP while the API is killed with SIGKILL: the supervisor starts it again within
 * seconds and says why it died, the worker and the mailer keep running (the worker routes what was accepted), and every
 * submission answered 201/200 (retried with the same Idempotency-Key after an error, as the web form does) exists
 * exactly once and is routed once. SIGTERM to the supervisor then stops everything, with no restart. Every port is a
 * free one; the database is the test's own, the queues use their own prefix.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import IORedis from 'ioredis';
import { freePort, makeCaseInput, PROCESS_LOG_DIR, SmtpCapture, TEST_REDIS, TestDatabase, waitFor } from '@hotline/testing';

const ROOT = path.join(__dirname, '..', '..');
const TOTAL = Number(process.env.SUPERVISION_TOTAL ?? 600);
const RATE_PER_SECOND = 60;
const CONCURRENCY = 8;
const MAX_ATTEMPTS = 60;
const RUN = randomBytes(3).toString('hex');
const API_SCRIPT = path.join('dist', 'apps', 'api', 'src', 'main.js');
const WORKER_SCRIPT = path.join('dist', 'apps', 'worker', 'src', 'main.js');

type Outcome = { key: string; status: number; trackingCode?: string; errors: string[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

jest.setTimeout(10 * 60_000);

describe('npm start supervises the API, the worker and the mailer', () => {
  const db = new TestDatabase();
  const smtp = new SmtpCapture();
  const queuePrefix = `supervision-${RUN}`;
  let supervisor: ChildProcess;
  let output = '';
  let log: WriteStream | undefined;
  /** Set when the test ends, so that submissions still retrying after a failure stop instead of holding Jest open. */
  let finished = false;
  let apiUrl = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** Waits for `probe`, failing at once, with the supervisor's own output, if the supervisor dies meanwhile. */
  async function until<T>(
    probe: () => Promise<T | undefined | false> | T | undefined | false,
    what: string,
    timeoutMs = 30_000,
  ): Promise<T> {
    const died = exited.then(({ code, signal }) => {
      throw new Error(`the supervisor exited (${signal ?? code}) while waiting for ${what}:\n${output.slice(-3000)}`);
    });
    const waited = waitFor(probe, what, timeoutMs);
    died.catch(() => undefined);
    return Promise.race([waited, died]);
  }

  /** The supervisor's child processes running `script`, by pid, read from the process table. */
  function children(script: string): number[] {
    let table = '';
    try {
      table = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(supervisor.pid)], { encoding: 'utf8' });
    } catch {
      // ps exits 1 when the supervisor has no child at all.
    }
    return table
      .split('\n')
      .filter((line) => line.includes(script))
      .map((line) => Number(line.trim().split(/\s+/)[0]))
      .sort((a, b) => a - b);
  }

  async function ready(): Promise<boolean> {
    try {
      return (await fetch(`${apiUrl}/health/ready`, { signal: AbortSignal.timeout(3000) })).status === 200;
    } catch {
      return false;
    }
  }

  beforeAll(async () => {
    // Migrated here; the supervisor's own first step seeds the demo city, as `npm start` does.
    await Promise.all([db.create(), smtp.start()]);
    const [port, workerMetrics, mailerMetrics] = await Promise.all([freePort(), freePort(), freePort()]);
    apiUrl = `http://127.0.0.1:${port}`;
    mkdirSync(PROCESS_LOG_DIR, { recursive: true });
    const file = createWriteStream(path.join(PROCESS_LOG_DIR, 'supervisor.log'));
    log = file;
    supervisor = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start-platform.mjs')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: db.url,
        REDIS_URL: TEST_REDIS,
        QUEUE_PREFIX: queuePrefix,
        SMTP_URL: smtp.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        WORKER_METRICS_PORT: String(workerMetrics),
        MAILER_METRICS_PORT: String(mailerMetrics),
        INBOUND_SMTP_PORT: 'off',
        ATTACHMENTS_DIR: path.join(PROCESS_LOG_DIR, `supervision-${RUN}-attachments`),
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT_MS: '10000',
        // One client address sends every submission: the public intake limit would refuse almost all of them.
        RATE_LIMIT_INTAKE: 'off',
        RATE_LIMIT_TRACKING: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => supervisor.once('exit', (code, signal) => resolve({ code, signal })));
    for (const stream of [supervisor.stdout!, supervisor.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        file.write(chunk);
      });
    }
    await until(ready, 'the API to be ready', 90_000);
    await until(() => children(WORKER_SCRIPT).length === 2, 'the worker and the mailer to run', 30_000);
  });

  afterAll(async () => {
    finished = true;
    if (supervisor && supervisor.exitCode === null && supervisor.signalCode === null) {
      supervisor.kill('SIGTERM');
      await Promise.race([exited, sleep(40_000)]);
    }
    const redis = new IORedis(TEST_REDIS);
    const keys = await redis.keys(`{${queuePrefix}}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await Promise.allSettled([smtp.stop(), db.drop(), new Promise((resolve) => (log ? log.end(resolve) : resolve(undefined)))]);
  });

  async function submit(index: number): Promise<Outcome> {
    const key = `supervision-${RUN}-${index}`;
    const body = JSON.stringify(makeCaseInput({ title: `Supervision run ${RUN} submission ${index}` }));
    const outcome: Outcome = { key, status: 0, errors: [] };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && !finished; attempt++) {
      try {
        const res = await fetch(`${apiUrl}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        const payload = (await res.json()) as { trackingCode?: string };
        outcome.status = res.status;
        if (res.status === 201 || res.status === 200) return { ...outcome, trackingCode: payload.trackingCode };
        outcome.errors.push(String(res.status));
        if (res.status < 500) return outcome;
      } catch (err) {
        outcome.status = 0;
        outcome.errors.push((err as Error).message);
      }
      await sleep(Math.min(200 * attempt, 2000));
    }
    return outcome;
  }

  it('restarts the API killed with SIGKILL while the worker keeps routing; no accepted case is lost or duplicated', async () => {
    const [apiBefore] = children(API_SCRIPT);
    const workersBefore = children(WORKER_SCRIPT);
    const outcomes: Outcome[] = [];
    let started = 0;
    const t0 = Date.now();
    const load = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (;;) {
          const index = started++;
          if (index >= TOTAL || finished) return;
          const due = t0 + (index * 1000) / RATE_PER_SECOND;
          if (due > Date.now()) await sleep(due - Date.now());
          outcomes.push(await submit(index));
        }
      }),
    );

    await until(() => started >= TOTAL * 0.3, '30% of the submissions', 120_000);
    process.kill(apiBefore, 'SIGKILL');
    // Back within seconds: a new API process, answering ready.
    const [apiAfter] = await until(
      () => {
        const pids = children(API_SCRIPT);
        return pids.length === 1 && pids[0] !== apiBefore ? pids : undefined;
      },
      'the supervisor to start the API again',
      10_000,
    );
    await until(ready, 'the restarted API to be ready', 30_000);
    expect(output).toMatch(new RegExp(`api \\(pid ${apiBefore}\\) died with signal SIGKILL`));

    await load;
    const accepted = outcomes.filter((o) => o.status === 201 || o.status === 200);
    expect(outcomes.filter((o) => !accepted.includes(o))).toEqual([]);

    const rows = async (): Promise<{ key: string; tracking_code: string; received: number; routed: number }[]> =>
      db.dataSource.query(
        `SELECT c.idempotency_key AS key, c.tracking_code,
                count(*) FILTER (WHERE e.type = 'received')::int AS received,
                count(*) FILTER (WHERE e.type IN ('routed', 'sent_to_triage'))::int AS routed
           FROM cases c LEFT JOIN case_events e ON e.case_id = c.id
          WHERE c.idempotency_key LIKE $1
          GROUP BY c.id`,
        [`supervision-${RUN}-%`],
      );
    await until(
      async () => (await rows()).filter((r) => r.routed > 0).length >= accepted.length,
      'every accepted case to be routed',
      180_000,
    );
    const byKey = new Map<string, { tracking_code: string; received: number; routed: number }[]>();
    for (const row of await rows()) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const problems = accepted.flatMap((o) => {
      const found = byKey.get(o.key) ?? [];
      if (found.length !== 1) return [`${o.key}: ${found.length} cases`];
      if (found[0].tracking_code !== o.trackingCode) return [`${o.key}: answered ${o.trackingCode}, stored ${found[0].tracking_code}`];
      if (found[0].received !== 1 || found[0].routed !== 1)
        return [`${o.key}: ${found[0].received} received / ${found[0].routed} routed events`];
      return [];
    });
    expect(problems).toEqual([]);
    expect(byKey.size).toBe(accepted.length);
    // The worker and the mailer ran throughout: the same processes as before the kill.
    expect(children(WORKER_SCRIPT)).toEqual(workersBefore);
    expect(children(API_SCRIPT)).toEqual([apiAfter]);

    // A clean stop: every process ends, none is started again, the supervisor exits 0.
    const running = [apiAfter, ...workersBefore];
    supervisor.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(running.filter((pid) => alive(pid))).toEqual([]);
    expect(output.match(/ started \(pid \d+\)/g)).toHaveLength(4);
  });
});

describe('the supervisor’s backoff', () => {
  it('doubles the delay while a process keeps dying, starts over after it stayed up, and restarts nothing once stopped', async () => {
    // Two services under a fast policy: one that exits at once with code 3, one that exits after outliving healthyAfterMs.
    const program = `
      import { supervise } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts', 'supervisor.mjs')).href)};
      const lines = [];
      const log = (line) => lines.push(line);
      const deaths = (name) => lines.filter((l) => l.startsWith(name + ' (pid')).length;
      const policy = { firstDelayMs: 20, maxDelayMs: 80, healthyAfterMs: 2000 };
      const services = [
        { name: 'crasher', script: '-e', args: ['process.exit(3)'], env: process.env },
        { name: 'steady', script: '-e', args: ['setTimeout(() => process.exit(0), 2500)'], env: process.env },
      ];
      const platform = supervise(services, { log, policy, stdio: 'ignore' });
      const timer = setInterval(async () => {
        if (deaths('crasher') < 5 || deaths('steady') < 2) return;
        clearInterval(timer);
        log('stop');
        await platform.stop();
        await new Promise((resolve) => setTimeout(resolve, 300));
        process.stdout.write(JSON.stringify(lines));
      }, 20);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    const lines = JSON.parse(out) as string[];
    const delays = (name: string) =>
      lines
        .filter((l) => l.startsWith(`${name} (pid`))
        .map((l) => /died with (.+) after [\d.]+ s; restarting in ([\d.]+) s$/.exec(l)!.slice(1, 3).join(' → '));
    expect(delays('crasher').slice(0, 5)).toEqual([
      'exit code 3 → 0.02',
      'exit code 3 → 0.04',
      'exit code 3 → 0.08',
      'exit code 3 → 0.08',
      'exit code 3 → 0.08',
    ]);
    expect(new Set(delays('steady'))).toEqual(new Set(['exit code 0 → 0.02']));
    const afterStop = lines.slice(lines.indexOf('stop') + 1);
    expect(afterStop.filter((l) => / started | restarting /.test(l))).toEqual([]);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
