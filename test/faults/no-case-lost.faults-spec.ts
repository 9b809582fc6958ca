/**
 * Fault test (`npm run test:faults`, also part of `npm test`): 10,000 submissions over HTTP while
 *   (a) the worker is killed with SIGKILL and restarted,
 *   (b) Redis is stopped and restarted,
 *   (c) PostgreSQL is restarted,
 *   (d) the API is killed with SIGKILL and restarted,
 * against a private embedded PostgreSQL and a private redis-server on their own ports. The client behaves as the
 * web form and the operator console do: an Idempotency-Key per submission, and retries with that same key after a
 * network error or a 503. Afterwards every submission that got a 201/200 exists exactly once, was routed exactly
 * once and produced exactly one receipt (one Message-ID) in the SMTP capture; a submission that never got an
 * answer either does not exist or exists whole. Readiness is checked to turn false during (b) and (c) and true after.
 */
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedDemo } from '@hotline/cases';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@hotline/database';
import { BuiltProcess, makeCaseInput, SmtpCapture, throwIfAProcessDied, waitFor } from '@hotline/testing';
import { PrivatePostgres, PrivateRedis } from './private-services';

const TOTAL = Number(process.env.FAULTS_TOTAL ?? 10_000);
const RATE_PER_SECOND = Number(process.env.FAULTS_RATE ?? 150);
const CONCURRENCY = 32;
const MAX_ATTEMPTS = 40;
const RUN = randomBytes(3).toString('hex');

type Outcome = { index: number; key: string; email: string; status: number; trackingCode?: string; attempts: number; errors: string[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

jest.setTimeout(20 * 60_000);

describe(`no case is lost or duplicated under faults (${TOTAL} submissions)`, () => {
  const pg = new PrivatePostgres();
  const redis = new PrivateRedis();
  const smtp = new SmtpCapture();
  let api: BuiltProcess;
  let worker: BuiltProcess;
  let apiUrl = '';
  let db: DataSource;

  beforeAll(async () => {
    await Promise.all([pg.start(), redis.start(), smtp.start()]);
    await ensureDatabase(pg.url);
    db = await new DataSource(dataSourceOptions(pg.url, 2)).initialize();
    await runMigrations(db);
    await seedDemo(db, { cases: 0 });
    const env = {
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `faults-${RUN}`,
      SMTP_URL: smtp.url,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '10000',
      // One client address sends every submission: the public intake limit would refuse almost all of them.
      RATE_LIMIT_INTAKE: 'off',
      RATE_LIMIT_TRACKING: 'off',
    };
    api = new BuiltProcess('faults-api', 'apps/api/src/main.js', env);
    worker = new BuiltProcess('faults-worker', 'apps/worker/src/main.js', env);
    await Promise.all([api.start(apiReady), worker.start(workerReady)]);
    apiUrl = api.url;
  });

  afterAll(async () => {
    await Promise.allSettled([api?.destroy(), worker?.destroy()]);
    await db?.destroy().catch(() => undefined);
    await Promise.allSettled([pg.destroy(), redis.destroy(), smtp.stop()]);
  });

  const apiReady = (output: string) => output.includes('successfully started');
  const workerReady = (output: string) => output.includes('dependencies initialized');

  async function readiness(): Promise<number> {
    try {
      return (await fetch(`${apiUrl}/health/ready`, { signal: AbortSignal.timeout(5000) })).status;
    } catch {
      return 0;
    }
  }

  async function submit(index: number): Promise<Outcome> {
    const email = `faults-${RUN}-${index}@example.com`;
    const key = `faults-${RUN}-${index}`;
    const body = JSON.stringify(
      makeCaseInput({ title: `Fault run ${RUN} submission ${index}`, citizen: { name: 'Trần Thị Bình', phone: '0912345678', email } }),
    );
    const outcome: Outcome = { index, key, email, status: 0, attempts: 0, errors: [] };
    while (outcome.attempts < MAX_ATTEMPTS) {
      outcome.attempts += 1;
      try {
        const res = await fetch(`${apiUrl}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(15_000),
        });
        const payload = (await res.json()) as { trackingCode?: string };
        outcome.status = res.status;
        if (res.status === 201 || res.status === 200) {
          outcome.trackingCode = payload.trackingCode;
          return outcome;
        }
        outcome.errors.push(String(res.status));
        if (res.status < 500) return outcome;
      } catch (err) {
        outcome.status = 0;
        outcome.errors.push(
          (err as Error).cause ? String(((err as Error).cause as Error).message ?? (err as Error).cause) : (err as Error).message,
        );
      }
      await sleep(Math.min(250 * outcome.attempts, 3000));
    }
    return outcome;
  }

  it('keeps every accepted submission exactly once, routed once, with one receipt', async () => {
    const outcomes: Outcome[] = [];
    let started = 0;
    const t0 = Date.now();
    const load = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (;;) {
          const index = started++;
          if (index >= TOTAL) return;
          const due = t0 + (index * 1000) / RATE_PER_SECOND;
          if (due > Date.now()) await sleep(due - Date.now());
          outcomes.push(await submit(index));
        }
      }),
    );
    const progressed = (fraction: number) => waitFor(() => started >= TOTAL * fraction, `${fraction * 100}% of submissions`, 10 * 60_000);
    const faults: string[] = [];
    const readinessSeen: Record<string, number[]> = {};
    const note = (what: string) => faults.push(`${((Date.now() - t0) / 1000).toFixed(1)} s, after ${started} submissions: ${what}`);

    // (a) the worker, SIGKILL, while routing and mailing
    await progressed(0.12);
    const killedWorker = await worker.kill('SIGKILL');
    note(`worker killed (${killedWorker.signal})`);
    await sleep(2000);
    await worker.start(workerReady);
    note('worker restarted');

    /** Stops a dependency, sees readiness fail, starts it again after a pause, sees readiness come back. */
    const outage = async (
      name: 'redis' | 'postgres',
      label: string,
      stop: () => Promise<void>,
      start: () => Promise<void>,
      pauseMs: number,
    ) => {
      await stop();
      note(`${label} stopped`);
      readinessSeen[`${name}Down`] = [
        await waitFor(async () => ((await readiness()) === 503 ? 503 : undefined), `readiness to fail without ${label}`, 20_000),
      ];
      await sleep(pauseMs);
      await start();
      note(`${label} restarted`);
      readinessSeen[`${name}Back`] = [
        await waitFor(async () => ((await readiness()) === 200 ? 200 : undefined), `readiness with ${label} back`, 30_000),
      ];
    };

    // (b) Redis stopped and restarted; readiness must say so
    await progressed(0.32);
    await outage(
      'redis',
      'Redis',
      () => redis.stop(),
      () => redis.start(),
      3000,
    );

    // (c) PostgreSQL restarted
    await progressed(0.52);
    await outage(
      'postgres',
      'PostgreSQL',
      () => pg.stop(),
      () => pg.start(),
      2000,
    );

    // (d) the API, SIGKILL, with requests in flight
    await progressed(0.72);
    const killedApi = await api.kill('SIGKILL');
    note(`API killed (${killedApi.signal})`);
    await sleep(1000);
    await api.start(apiReady);
    note('API restarted');

    await load;
    note('all submissions answered');
    const loadSeconds = (Date.now() - t0) / 1000;

    // Everything that was written must be routed and mailed; stalled jobs come back after BullMQ's lock expires.
    const keyPattern = `faults-${RUN}-%`;
    const count = async (sql: string) => Number((await db.query(sql, [keyPattern]))[0].n);
    const cases = await count(`SELECT count(*) AS n FROM cases WHERE idempotency_key LIKE $1`);
    // The worker's pace follows the machine's load: the wait lasts as long as routing makes progress, and fails when
    // nothing more is routed for two minutes (a lost job would stall it; a stalled one returns after 30 s).
    await untilStalled(
      () =>
        count(`SELECT count(DISTINCT c.id) AS n FROM cases c JOIN case_events e ON e.case_id = c.id
        AND e.type = 'routed' WHERE c.idempotency_key LIKE $1`),
      cases,
      'every written case to be routed',
    );
    const receiptsByEmail = () => {
      const byEmail = new Map<string, Set<string>>();
      let deliveries = 0;
      for (const m of smtp.messages) {
        const to = m.to.find((address) => address.startsWith(`faults-${RUN}-`));
        if (!to) continue;
        deliveries += 1;
        byEmail.set(to, (byEmail.get(to) ?? new Set()).add(m.messageId));
      }
      return { byEmail, deliveries };
    };
    await untilStalled(async () => receiptsByEmail().byEmail.size, cases, 'a receipt for every written case');
    note('every written case routed and mailed');

    // --- the counts
    const rows: { key: string; tracking_code: string; received: number; routed: number }[] = await db.query(
      `SELECT c.idempotency_key AS key, c.tracking_code,
              count(*) FILTER (WHERE e.type = 'received')::int AS received,
              count(*) FILTER (WHERE e.type = 'routed')::int AS routed
         FROM cases c LEFT JOIN case_events e ON e.case_id = c.id
        WHERE c.idempotency_key LIKE $1
        GROUP BY c.id`,
      [keyPattern],
    );
    const byKey = new Map<string, typeof rows>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const { byEmail, deliveries } = receiptsByEmail();

    const accepted = outcomes.filter((o) => o.status === 201 || o.status === 200);
    const neverAnswered = outcomes.filter((o) => !(o.status === 201 || o.status === 200));
    const retried = accepted.filter((o) => o.errors.length > 0);
    const problems: string[] = [];
    for (const o of accepted) {
      const found = byKey.get(o.key) ?? [];
      if (found.length !== 1) problems.push(`${o.key}: ${found.length} cases`);
      else if (found[0].tracking_code !== o.trackingCode)
        problems.push(`${o.key}: answered ${o.trackingCode}, stored ${found[0].tracking_code}`);
      else if (found[0].received !== 1 || found[0].routed !== 1)
        problems.push(`${o.key}: ${found[0].received} received / ${found[0].routed} routed events`);
      if ((byEmail.get(o.email)?.size ?? 0) !== 1) problems.push(`${o.key}: ${byEmail.get(o.email)?.size ?? 0} distinct receipts`);
    }
    let writtenWithoutAnswer = 0;
    for (const o of neverAnswered) {
      const found = byKey.get(o.key) ?? [];
      if (found.length === 0) continue;
      writtenWithoutAnswer += 1;
      if (found.length !== 1 || found[0].received !== 1 || found[0].routed !== 1 || (byEmail.get(o.email)?.size ?? 0) !== 1) {
        problems.push(`${o.key} (no answer): half-written ${JSON.stringify(found)}`);
      }
    }
    const [{ outbox }] = await db.query(`SELECT count(*)::int AS outbox FROM outbox`);
    const [{ unsent }] = await db.query(`SELECT count(*)::int AS unsent FROM notifications WHERE status <> 'sent'`);
    const distinctReceipts = [...byEmail.values()].reduce((n, ids) => n + ids.size, 0);

    const report = [
      `fault run ${RUN}: ${TOTAL} submissions at ${RATE_PER_SECOND}/s, ${CONCURRENCY} concurrent, load ${loadSeconds.toFixed(1)} s`,
      ...faults.map((f) => `  fault: ${f}`),
      `  readiness: ${JSON.stringify(readinessSeen)}`,
      `  answered 201/200: ${accepted.length} (of which ${retried.length} after an error and a retry with the same Idempotency-Key)`,
      `  never answered 2xx: ${neverAnswered.length} ` +
        `(written whole anyway: ${writtenWithoutAnswer}; absent: ${neverAnswered.length - writtenWithoutAnswer})`,
      `  cases in the database: ${rows.length}; keys with more than one case: ${[...byKey.values()].filter((r) => r.length > 1).length}`,
      `  routed exactly once: ${rows.filter((r) => r.routed === 1).length}; ` +
        `received event exactly once: ${rows.filter((r) => r.received === 1).length}`,
      `  receipts: ${distinctReceipts} distinct Message-IDs for ${byEmail.size} citizens; ` +
        `SMTP deliveries ${deliveries} (resends of the same Message-ID: ${deliveries - distinctReceipts})`,
      `  outbox rows left: ${outbox}; notifications not sent: ${unsent}`,
      `  problems: ${problems.length}${problems.length ? `\n    ${problems.slice(0, 20).join('\n    ')}` : ''}`,
    ].join('\n');
    process.stdout.write(`\n${report}\n\n`);

    expect(problems).toEqual([]);
    expect(accepted.length + neverAnswered.length).toBe(TOTAL);
    expect(rows.length).toBe(accepted.length + writtenWithoutAnswer);
    expect(distinctReceipts).toBe(rows.length);
    expect(outbox).toBe(0);
    expect(unsent).toBe(0);
    expect(readinessSeen).toEqual({ redisDown: [503], redisBack: [200], postgresDown: [503], postgresBack: [200] });
    // The API and the worker logged no unexpected errors (a dependency outage is a warning, not an error).
    expect(
      [...api.errorLines, ...worker.errorLines].filter((l) => !/ECONNREFUSED|Connection|terminat|shutting down|starting up/i.test(l)),
    ).toEqual([]);
  });
});

/**
 * Waits until `current()` reaches `target`, for as long as it keeps growing; fails after two minutes without growth, and at
 * once when the API or the worker has died.
 */
async function untilStalled(current: () => Promise<number>, target: number, what: string, stallMs = 120_000): Promise<void> {
  let last = -1;
  let lastGrowth = Date.now();
  for (;;) {
    throwIfAProcessDied();
    const now = await current();
    if (now >= target) return;
    if (now > last) [last, lastGrowth] = [now, Date.now()];
    if (Date.now() - lastGrowth > stallMs) throw new Error(`stalled at ${now} of ${target} for ${stallMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
