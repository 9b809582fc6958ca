/**
 * What every HTTP benchmark shares: bounds (a watchdog and clean-up on every exit path), the real API and worker
 * started as child processes on a loopback port against a private database and Redis prefix, autocannon, and the
 * report's header (date, command, machine).
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix } from '@hotline/platform';
import { freePort } from '../../libs/testing/src/free-port';
import { TEST_POSTGRES, TEST_REDIS, TestDatabase } from '../../libs/testing/src/test-database';

export const ROOT = join(__dirname, '..', '..', '..');
export { recordResults } from './results';
export const COMMAND = 'npm run bench';
const LOAD_AT_START = os.loadavg();

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

export const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
export const int = (x: number) => Math.round(x).toLocaleString('en');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Which parts of a benchmark file to run: `BENCH_ONLY=intake,track` (default: all). */
export function selected(part: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return !only?.length || only.includes(part);
}

// ---------------------------------------------------------------------------------------------------------------
// Bounds: a watchdog on the whole file, and clean-up (children, databases, Redis keys) on every exit path
// ---------------------------------------------------------------------------------------------------------------

type CleanUp = () => Promise<void>;
const cleanUps: CleanUp[] = [];
let aborting = false;

/** Registers a clean-up step; the returned function runs it now (once) and unregisters it. */
export function onCleanUp(step: CleanUp): () => Promise<void> {
  cleanUps.push(step);
  return async () => {
    const at = cleanUps.indexOf(step);
    if (at < 0) return;
    cleanUps.splice(at, 1);
    await step();
  };
}

async function cleanUpAll(): Promise<void> {
  while (cleanUps.length) {
    const step = cleanUps.pop()!;
    await step().catch((err) => console.error(`clean-up failed: ${(err as Error).message}`));
  }
}

async function abort(reason: string, code: number): Promise<never> {
  aborting = true;
  console.error(`bench aborted: ${reason}; cleaning up`);
  await cleanUpAll();
  process.exit(code);
}

/** Runs a benchmark file's main with a watchdog, and cleans up after success, failure, a signal or the watchdog. */
export function runBenchmark(name: string, watchdogMs: number, main: () => Promise<void>): void {
  const watchdog = setTimeout(() => void abort(`${name} exceeded ${watchdogMs / 60_000} minutes`, 3), watchdogMs);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(signal, 130));
  main()
    .then(async () => {
      clearTimeout(watchdog);
      await cleanUpAll();
    })
    .catch(async (err) => {
      if (aborting) return;
      console.error(err);
      await cleanUpAll();
      process.exitCode = 1;
    });
}

/** A private, migrated database, dropped at the end (also on abort). */
export async function privateDatabase(): Promise<{ db: TestDatabase; drop: () => Promise<void> }> {
  const db = new TestDatabase();
  const drop = onCleanUp(async () => {
    await db.drop();
    log(`dropped ${db.name}`);
  });
  await db.create();
  log(`database ${db.name}`);
  return { db, drop };
}

/** A private BullMQ prefix; its keys are deleted at the end (also on abort). */
export function privateQueuePrefix(): { prefix: string; dispose: () => Promise<void> } {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const dispose = onCleanUp(async () => {
    const redis = new IORedis(TEST_REDIS, { maxRetriesPerRequest: 2 });
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
  return { prefix, dispose };
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: the real API (apps/api/src/main.ts), the real worker, the bare Fastify baseline
// ---------------------------------------------------------------------------------------------------------------

export { freePort };

export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

const SCRIPTS = {
  api: 'dist-bench/apps/api/src/main.js',
  worker: 'dist-bench/apps/worker/src/main.js',
  bare: 'dist-bench/bench/support/bare-server.js',
} as const;

/**
 * Starts one process with the same compiled code as the benchmark; it exits by itself if this process dies
 * (exit-with-parent.js), so an aborted run leaves nothing listening.
 */
export async function startChild(kind: keyof typeof SCRIPTS, env: Record<string, string>): Promise<Child> {
  // BENCH_CPU_PROF=api,worker writes V8 CPU profiles of those processes to bench-profiles/ (for `npm run bench`
  // runs made to find a hot spot; the figures of such a run are slower than usual). BENCH_PRELOAD=<module> is
  // preloaded into both (node -r), e.g. to count the statements and Redis commands each process sends.
  const profiled = process.env.BENCH_CPU_PROF?.split(',').includes(kind);
  const nodeArgs = profiled ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench-profiles')}`] : [];
  if (process.env.BENCH_PRELOAD) nodeArgs.push('-r', process.env.BENCH_PRELOAD);
  const port = env.PORT ? Number(env.PORT) : 0;
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', './bench/register-aliases.js', '-r', './bench/exit-with-parent.js', SCRIPTS[kind]],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = onCleanUp(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  });
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  if (kind === 'worker') {
    // The worker has no HTTP port: wait until a worker of its first queue (WORKER_QUEUES when it names queues,
    // else cases) is registered in Redis. Start processes that share a queue one after the other.
    const named = env.WORKER_QUEUES && !env.WORKER_QUEUES.startsWith('!') ? env.WORKER_QUEUES.split(',')[0].trim() : QueueName.Cases;
    await waitFor(`${kind} ready`, 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}: ${stderr}`);
      return workerRegistered(env.QUEUE_PREFIX, named);
    });
  } else {
    await waitFor(`${kind} listening on ${port}`, 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}: ${stderr}`);
      const res = await fetch(`${url}/health/live`).catch(() => undefined);
      return res?.status === 200;
    });
  }
  log(`${kind} started (pid ${child.pid}) in ${fmt((performance.now() - started) / 1000)} s`);
  return { name: kind, url, process: child, stop };
}

async function workerRegistered(prefix: string, queueName: string): Promise<boolean> {
  const queue = new Queue(queueName, { connection: bullConnection(TEST_REDIS), prefix: bullPrefix(prefix) });
  try {
    return (await queue.getWorkersCount()) > 0;
  } finally {
    await queue.close();
  }
}

export async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, everyMs = 200): Promise<void> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The environment of the API and worker processes: production mode, private database and queue prefix. */
export function platformEnv(
  databaseUrl: string,
  queuePrefix: string,
  port: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS,
    QUEUE_PREFIX: queuePrefix,
    SESSION_SECRET: randomBytes(24).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(port),
    RUN_MIGRATIONS: 'false',
    // Production log level: the per-request log line is part of the measured cost; stdout goes nowhere.
    LOG_LEVEL: 'info',
    // Routing mails the agency: pass an SmtpSink's URL in `extra` where the worker runs.
    SMTP_URL: 'smtp://127.0.0.1:1',
    // All load comes from one address: the public rate limits keep running (their Redis call is part of the cost),
    // with an allowance the load never reaches; a 1-s window keeps each address's Redis set small.
    RATE_LIMIT_INTAKE: '9999999/1',
    RATE_LIMIT_TRACKING: '9999999/1',
    ...extra,
  };
}

/**
 * A real SMTP server on a loopback port that accepts and counts messages without parsing them, so the worker's
 * mail jobs succeed as they would against a mail relay, at little CPU cost to the benchmark process.
 */
export async function startSmtpSink(): Promise<{ url: string; received: () => number }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanUp(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received: () => received };
}

// ---------------------------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------------------------

/** One autocannon run; any connection error, timeout or unexpected status fails the benchmark. */
export async function cannon(options: autocannon.Options, expect: { non2xx?: number } = {}): Promise<autocannon.Result> {
  const result = await autocannon({ timeout: 10, ...options });
  if (result.errors || result.timeouts) throw new Error(`${options.url}: ${result.errors} errors, ${result.timeouts} timeouts`);
  if ((expect.non2xx ?? 0) !== result.non2xx) throw new Error(`${options.url}: ${result.non2xx} non-2xx answers`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return '(unavailable)';
  }
}

export async function pgVersion(): Promise<string> {
  const client = new Client({ connectionString: TEST_POSTGRES });
  await client.connect();
  try {
    const { rows } = await client.query(`SHOW server_version`);
    return `PostgreSQL ${rows[0].server_version}`;
  } finally {
    await client.end();
  }
}

/** The lines every result section starts with: date and title, command, machine. */
export async function header(title: string): Promise<string[]> {
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — ${title}`,
    '',
    `- Command: \`${COMMAND}\`${process.env.BENCH_ONLY ? ` (BENCH_ONLY=${process.env.BENCH_ONLY})` : ''}`,
    `- Machine: nproc ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ` +
      `load average at start ${LOAD_AT_START.map((x) => x.toFixed(2)).join(' ')}, Node ${process.version}, ${await pgVersion()}, ` +
      `Redis ${sh(`redis-cli -u ${TEST_REDIS} INFO server | grep redis_version | cut -d: -f2`).trim()}`,
    `- Git: ${sh('git -C ' + ROOT + ' log -1 --format="%h %s"')}${sh(`git -C ${ROOT} status --porcelain --untracked-files=no`) ? ' (with uncommitted changes)' : ''}`,
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc): where a workload's CPU goes, per process kind, to explain a ratio
// ---------------------------------------------------------------------------------------------------------------

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/** [utime + stime, cutime + cstime] of one process, in seconds; undefined once it is gone. */
function procCpu(pid: number | 'self'): [number, number] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (field 3 of proc(5)): utime = 14, stime = 15, cutime = 16, cstime = 17.
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]) / TICKS_PER_SECOND);
    return [utime + stime, cutime + cstime];
  } catch {
    return undefined;
  }
}

function pidsNamed(comm: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm;
      } catch {
        return false;
      }
    });
}

export interface CpuSample {
  /** This process (autocannon runs in it). */
  self: number;
  /** This process's reaped children (pgbench once it has exited). */
  children: number;
  /** Every PostgreSQL process, plus the backends that have exited (reaped by the postmaster, its children's time). */
  postgres: number;
  redis: number;
  /** Processes given by pid (the API child). */
  pids: Record<number, number>;
}

/** CPU seconds used so far; the difference of two samples is what a workload between them cost, per process kind. */
export function cpuSample(pids: number[] = []): CpuSample {
  const [self, children] = procCpu('self') ?? [0, 0];
  let postgres = 0;
  for (const pid of pidsNamed('postgres')) {
    const cpu = procCpu(pid);
    if (cpu) postgres += cpu[0] + cpu[1];
  }
  const redis = pidsNamed('redis-server').reduce((sum, pid) => sum + (procCpu(pid)?.[0] ?? 0), 0);
  return { self, children, postgres, redis, pids: Object.fromEntries(pids.map((pid) => [pid, procCpu(pid)?.[0] ?? 0])) };
}

export function cpuSince(before: CpuSample, after: CpuSample): CpuSample {
  return {
    self: after.self - before.self,
    children: after.children - before.children,
    postgres: after.postgres - before.postgres,
    redis: after.redis - before.redis,
    pids: Object.fromEntries(Object.entries(after.pids).map(([pid, cpu]) => [pid, cpu - (before.pids[Number(pid)] ?? 0)])),
  };
}
