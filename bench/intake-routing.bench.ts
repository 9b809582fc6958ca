/**
 * Intake and routing benchmark (`npm run bench`, parts `intake` and `routing`).
 *
 * 1. Public intake throughput: `POST /api/v1/cases` on the real API (apps/api main.js as a child process on a
 *    loopback port: validation, one atomic statement writing case + first event + outbox row, production log
 *    level), driven by autocannon with CONNECTIONS connections, against `pgbench` doing single-row INSERTs (one
 *    transaction each, prepared) on the same PostgreSQL with the same number of clients. Rounds alternate
 *    pgbench / API so both see the same machine. Goal: API ≥ 50% of pgbench. A ceiling is measured in the same
 *    rounds: bare Fastify running pgbench's own INSERT once per request (bench/support/bare-server.ts).
 * 2. Submit → routed latency at half the maximum intake rate measured in (1), with the real worker running as a
 *    child process (outbox relay → BullMQ → RouteCaseProcessor) and the mailer (the worker with
 *    WORKER_QUEUES=notifications) as another, as the platform runs them: per case, from `cases.received_at` (stamped by the
 *    API) to the `routed` event's `created_at` (stamped by the worker). Goal p99 < 1 s. Baseline: a bare BullMQ
 *    job (added → completed by a no-op processor, same Redis, same rate, same concurrency).
 *
 * Each part runs on a private database (TestDatabase, demo reference data) and a private Redis prefix, dropped and
 * deleted at the end, also on error, a signal or the watchdog.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Job, Queue, Worker } from 'bullmq';
import { seedDemo } from '@hotline/cases';
import { QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix, DEFAULT_JOB_OPTIONS } from '@hotline/platform';
import { TEST_REDIS } from '../libs/testing/src/test-database';
import {
  cannon,
  cpuSample,
  cpuSince,
  CpuSample,
  fmt,
  freePort,
  header,
  recordResults,
  int,
  log,
  median,
  platformEnv,
  privateDatabase,
  privateQueuePrefix,
  runBenchmark,
  selected,
  sleep,
  startChild,
  startSmtpSink,
  waitFor,
} from './support/common';
import { intakeRequest } from './support/intake-load';
import { pgbench, pgbenchInsertScript } from './support/pgbench';

const CONNECTIONS = 16;
/**
 * Connections of the fixed-rate run: enough that a slow answer does not hold the offered rate down (autocannon sends
 * one request at a time per connection; 16 fell short of the target whenever POSTs took 25 ms or more).
 */
const RATE_CONNECTIONS = 64;
const ROUNDS = 2;
const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const ROUTING_SECONDS = Number(process.env.BENCH_ROUTING_SECONDS ?? 15);
const ROUTE_WAIT_MS = 120_000;
const BACKLOG = Number(process.env.BENCH_ROUTING_BACKLOG ?? 3000);
const WORKER_CONCURRENCY = 8; // the worker's default (WORKER_CONCURRENCY)
const WATCHDOG_MS = 8 * 60_000;

interface IntakeResult {
  apiRps: number[];
  apiP50: number[];
  apiP99: number[];
  pgbenchTps: number[];
  pgbenchLatencyMs: number[];
  cases: number;
  answered: number;
  /** CPU used by each side in each round (seconds), and how many inserts / submissions it made. */
  pgbenchCpu: { cpu: CpuSample; count: number }[];
  apiCpu: { cpu: CpuSample; count: number; apiPid: number }[];
  /** The ceiling: bare Fastify running pgbench's INSERT per request (bench/support/bare-server.ts). */
  bareRps: number[];
  bareCpu: { cpu: CpuSample; count: number; apiPid: number }[];
}

interface RoutingResult {
  rate: number;
  achievedRate: number;
  cases: number;
  routedP50: number;
  routedP99: number;
  routedMax: number;
  /** Cases routed per second, from the first submission of the run to its last routing event. */
  routedPerSecond: number;
  /** Cases routed per second by the worker alone, draining a backlog while nothing else runs. */
  capacity: number;
  backlog: number;
  postP50: number;
  postP99: number;
  baselineP50: number;
  baselineP99: number;
  baselineJobs: number;
  /** CPU per routed case while the worker drains the backlog alone, and per case during the timed run (API + worker). */
  /** Where the time goes, per case of the timed run: p50/p99 of each stage, in ms. */
  stages: { name: string; p50: number; p99: number }[];
  backlogCpu: { cpu: CpuSample; count: number; workerPid: number; apiPid: number; mailerPid: number };
  runCpu: { cpu: CpuSample; count: number; workerPid: number; apiPid: number; mailerPid: number };
}

/**
 * BENCH_EXPERIMENT_SQL runs on each private database after the demo data, to measure a schema change (dropping an
 * index, say) before writing its migration; a run with it is an experiment, not a result to keep.
 */
async function experimentSql(dataSource: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  if (process.env.BENCH_EXPERIMENT_SQL) await dataSource.query(process.env.BENCH_EXPERIMENT_SQL);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Intake throughput vs pgbench
// ---------------------------------------------------------------------------------------------------------------

async function intakeThroughput(): Promise<IntakeResult> {
  log(`part 1: intake throughput, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${INTAKE_SECONDS} s`);
  const { db, drop } = await privateDatabase();
  const { prefix, dispose } = privateQueuePrefix();
  try {
    await seedDemo(db.dataSource, { cases: 0 });
    await experimentSql(db.dataSource);
    const script = await pgbenchInsertScript(db.dataSource);
    const port = await freePort();
    const api = await startChild('api', platformEnv(db.url, prefix, port));
    const url = api.url;
    const bare = await startChild('bare', { DATABASE_URL: db.url, PORT: String(await freePort()) });
    const barePid = bare.process.pid!;
    await cannon({ url: bare.url, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests: [intakeRequest('warm', '/bench/insert')] });

    let answered = (await cannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests: [intakeRequest('warm')] }))['2xx'];
    await pgbench(db.name, WARMUP_SECONDS, script, CONNECTIONS);
    const r: IntakeResult = {
      apiRps: [],
      apiP50: [],
      apiP99: [],
      pgbenchTps: [],
      pgbenchLatencyMs: [],
      cases: 0,
      answered: 0,
      pgbenchCpu: [],
      apiCpu: [],
      bareRps: [],
      bareCpu: [],
    };
    const apiPid = api.process.pid!;
    for (let round = 1; round <= ROUNDS; round++) {
      let before = cpuSample([apiPid]);
      const pg = await pgbench(db.name, INTAKE_SECONDS, script, CONNECTIONS);
      r.pgbenchCpu.push({ cpu: cpuSince(before, cpuSample([apiPid])), count: pg.tps * INTAKE_SECONDS });
      before = cpuSample([apiPid]);
      r.pgbenchTps.push(pg.tps);
      r.pgbenchLatencyMs.push(pg.latencyMs);
      const res = await cannon({ url, connections: CONNECTIONS, duration: INTAKE_SECONDS, requests: [intakeRequest(`round${round}`)] });
      r.apiCpu.push({ cpu: cpuSince(before, cpuSample([apiPid])), count: res['2xx'], apiPid });
      answered += res['2xx'];
      const rps = res['2xx'] / ((res.finish.getTime() - res.start.getTime()) / 1000);
      r.apiRps.push(rps);
      r.apiP50.push(res.latency.p50);
      r.apiP99.push(res.latency.p99);
      before = cpuSample([barePid]);
      const b = await cannon({
        url: bare.url,
        connections: CONNECTIONS,
        duration: INTAKE_SECONDS,
        requests: [intakeRequest(`bare${round}`, '/bench/insert')],
      });
      r.bareCpu.push({ cpu: cpuSince(before, cpuSample([barePid])), count: b['2xx'], apiPid: barePid });
      r.bareRps.push(b['2xx'] / ((b.finish.getTime() - b.start.getTime()) / 1000));
      log(
        `  round ${round}: pgbench ${fmt(pg.tps)} tps, API ${fmt(rps)} req/s (p50 ${res.latency.p50} ms, ` +
          `p99 ${res.latency.p99} ms), bare HTTP + INSERT ${fmt(r.bareRps[round - 1])} req/s`,
      );
    }
    await bare.stop();
    await api.stop();
    // Every case has its first event and its outbox row. autocannon stops counting at the deadline with up to
    // CONNECTIONS requests in flight per run, which the API still completes: those are cases without a counted 201.
    const [{ cases, events, outbox }] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int
       FROM case_events) AS events, (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    const runs = ROUNDS + 1;
    if (events !== cases || outbox !== cases || cases < answered || cases > answered + CONNECTIONS * runs) {
      throw new Error(
        `${answered} answers 201 (+ at most ${CONNECTIONS * runs} in flight) but ${cases} cases, ${events} events, ${outbox} outbox rows`,
      );
    }
    r.cases = cases;
    r.answered = answered;
    return r;
  } finally {
    await dispose();
    await drop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Submit → routed latency at half the maximum rate
// ---------------------------------------------------------------------------------------------------------------

/** The bare queue hop: jobs added at `rate` per second, completed by a no-op processor; latency added → finished. */
async function bareQueueLatency(prefix: string, rate: number, seconds: number): Promise<{ p50: number; p99: number; jobs: number }> {
  const connection = bullConnection(TEST_REDIS);
  const name = 'bench-baseline';
  const queue = new Queue(name, { connection, prefix: bullPrefix(prefix), defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const latencies: number[] = [];
  const worker = new Worker(name, async () => undefined, { connection, prefix: bullPrefix(prefix), concurrency: WORKER_CONCURRENCY });
  worker.on('completed', (job: Job) => latencies.push(job.finishedOn! - job.timestamp));
  try {
    await worker.waitUntilReady();
    let sent = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      const adds: Promise<unknown>[] = [];
      for (; sent < due; sent++) adds.push(queue.add('noop', { n: sent }, { jobId: `noop.${sent}` }));
      await Promise.all(adds);
      await sleep(5);
    }
    await waitFor('the bare jobs to complete', 60_000, async () => latencies.length >= sent);
    const sorted = [...latencies].sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.floor(sorted.length * 0.99)], jobs: sorted.length };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

/**
 * The stages of each timed-run case, from its completed route job (kept by removeOnComplete): received (API stamp)
 * → queued (the relay added the job) → started (the worker took it) → routed (the routing event's stamp, taken when
 * its transaction began).
 */
async function routingStages(
  dataSource: { query: (sql: string) => Promise<{ id: string; received: string; routed: string }[]> },
  prefix: string,
) {
  const rows = await dataSource.query(
    `SELECT c.id, (extract(epoch FROM c.received_at) * 1000)::float8 AS received,
     (extract(epoch FROM e.created_at) * 1000)::float8 AS routed
       FROM cases c JOIN case_events e ON e.case_id = c.id AND e.type IN ('routed', 'sent_to_triage')
         WHERE c.idempotency_key LIKE 'run-%'`,
  );
  const queue = new Queue(QueueName.Cases, { connection: bullConnection(TEST_REDIS), prefix: bullPrefix(prefix) });
  try {
    const jobs = new Map((await queue.getJobs(['completed'], 0, -1)).map((job) => [job.data.caseId as string, job]));
    const spans: Record<string, number[]> = {
      'received → queued (outbox relay)': [],
      'queued → started (BullMQ)': [],
      'started → routed (batch wait)': [],
    };
    for (const row of rows) {
      const job = jobs.get(row.id);
      if (!job?.processedOn) continue;
      spans['received → queued (outbox relay)'].push(job.timestamp - Number(row.received));
      spans['queued → started (BullMQ)'].push(job.processedOn - job.timestamp);
      spans['started → routed (batch wait)'].push(Number(row.routed) - job.processedOn);
    }
    return Object.entries(spans).map(([name, xs]) => {
      const sorted = xs.sort((a, b) => a - b);
      return {
        name: `${name}, ${int(sorted.length)} jobs`,
        p50: sorted[Math.floor(sorted.length * 0.5)],
        p99: sorted[Math.floor(sorted.length * 0.99)],
      };
    });
  } finally {
    await queue.close();
  }
}

async function routedLatency(maxRate: number): Promise<RoutingResult> {
  const rate = Math.max(1, Math.floor(maxRate / 2));
  log(`part 2: submit → routed at ${rate} req/s (half of ${fmt(maxRate)}), ${ROUTING_SECONDS} s, worker running`);
  const { db, drop } = await privateDatabase();
  const { prefix, dispose } = privateQueuePrefix();
  try {
    await seedDemo(db.dataSource, { cases: 0 });
    await experimentSql(db.dataSource);
    const port = await freePort();
    const smtp = await startSmtpSink();
    const env = platformEnv(db.url, prefix, port, { WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), SMTP_URL: smtp.url });
    const api = await startChild('api', env);
    const counts = async (keyPrefix: string): Promise<{ cases: number; routed: number }> => {
      const [row] = await db.dataSource.query(
        `SELECT count(*)::int AS cases, count(*) FILTER (WHERE status <> 'received')::int AS routed FROM cases
         WHERE idempotency_key LIKE $1`,
        [`${keyPrefix}-%`],
      );
      return row;
    };
    /** Waits for every case of a load run, including the requests autocannon left in flight at its deadline. */
    const allRouted = async (keyPrefix: string, answered: number): Promise<number> => {
      await sleep(1000);
      let last = { cases: 0, routed: 0 };
      await waitFor(
        `the ${keyPrefix} cases to be routed`,
        ROUTE_WAIT_MS,
        async () => {
          last = await counts(keyPrefix);
          return last.routed === last.cases;
        },
        250,
      );
      if (last.cases < answered) throw new Error(`${answered} answers 201 but ${last.cases} cases`);
      return last.cases;
    };

    // The worker's capacity alone: a backlog submitted while no worker runs, then routed with no other load from the
    // benchmark (first → last routing event). It also warms the worker up.
    const backlog = await cannon({ url: api.url, connections: CONNECTIONS, amount: BACKLOG, requests: [intakeRequest('backlog')] });
    // As the platform runs (scripts/start-platform.mjs, docker/compose.yaml): a worker for every queue but the mail,
    // and a mailer for the notifications queue. The mailer first: until the worker closes its own notifications
    // worker at start, a notifications worker in Redis would not tell that the mailer is up.
    const mailer = await startChild('worker', {
      ...env,
      PORT: String(await freePort()),
      WORKER_QUEUES: 'notifications',
      WORKER_METRICS_PORT: '0',
    });
    const worker = await startChild('worker', { ...env, PORT: String(await freePort()), WORKER_QUEUES: '!notifications' });
    const pids = [api.process.pid!, worker.process.pid!, mailer.process.pid!];
    let before = cpuSample(pids);
    const backlogCases = await allRouted('backlog', backlog['2xx']);
    const backlogCpu = {
      cpu: cpuSince(before, cpuSample(pids)),
      count: backlogCases,
      apiPid: pids[0],
      workerPid: pids[1],
      mailerPid: pids[2],
    };
    const [{ span_s }] = await db.dataSource.query(
      `SELECT extract(epoch FROM max(e.created_at) - min(e.created_at)) AS span_s
         FROM cases c JOIN case_events e ON e.case_id = c.id AND e.type IN ('routed', 'sent_to_triage')
         WHERE c.idempotency_key LIKE 'backlog-%'`,
    );
    const capacity = backlogCases / Number(span_s);
    log(`  worker capacity alone: ${backlogCases} cases routed in ${fmt(Number(span_s))} s = ${fmt(capacity)} routed/s`);

    const warm = await cannon({
      url: api.url,
      connections: RATE_CONNECTIONS,
      duration: WARMUP_SECONDS,
      overallRate: rate,
      requests: [intakeRequest('warm')],
    });
    await allRouted('warm', warm['2xx']);

    before = cpuSample(pids);
    const res = await cannon({
      url: api.url,
      connections: RATE_CONNECTIONS,
      duration: ROUTING_SECONDS,
      overallRate: rate,
      requests: [intakeRequest('run')],
    });
    const submitted = await allRouted('run', res['2xx']);
    const runCpu = { cpu: cpuSince(before, cpuSample(pids)), count: submitted, apiPid: pids[0], workerPid: pids[1], mailerPid: pids[2] };
    const stages = await routingStages(db.dataSource, prefix);
    await worker.stop();
    await mailer.stop();
    await api.stop();

    // Exactly one routing event per case; latency from the API's receipt stamp to the worker's event stamp.
    const [stats] = await db.dataSource.query(
      `SELECT count(*)::int AS cases, count(DISTINCT c.id)::int AS distinct_cases,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
              percentile_disc(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max,
              extract(epoch FROM max(e.created_at) - min(c.received_at)) AS span_s
         FROM cases c
         JOIN case_events e ON e.case_id = c.id AND e.type IN ('routed', 'sent_to_triage'),
         LATERAL (SELECT extract(epoch FROM e.created_at - c.received_at) * 1000 AS ms) l
        WHERE c.idempotency_key LIKE 'run-%'`,
    );
    if (stats.cases !== submitted || stats.distinct_cases !== submitted) {
      throw new Error(`${submitted} submissions but ${stats.cases} routing events for ${stats.distinct_cases} cases`);
    }
    log(
      `  routed: p50 ${fmt(Number(stats.p50))} ms, ` +
        `p99 ${fmt(Number(stats.p99))} ms over ${submitted} cases, ` +
        `${fmt(submitted / Number(stats.span_s))} routed/s; measuring the bare queue baseline`,
    );
    const bare = await bareQueueLatency(prefix, rate, ROUTING_SECONDS);
    log(`  bare queue: p50 ${bare.p50} ms, p99 ${bare.p99} ms over ${bare.jobs} jobs`);
    return {
      rate,
      achievedRate: res['2xx'] / ((res.finish.getTime() - res.start.getTime()) / 1000),
      cases: submitted,
      routedP50: Number(stats.p50),
      routedP99: Number(stats.p99),
      routedMax: Number(stats.max),
      routedPerSecond: submitted / Number(stats.span_s),
      capacity,
      backlog: backlogCases,
      postP50: res.latency.p50,
      postP99: res.latency.p99,
      baselineP50: bare.p50,
      baselineP99: bare.p99,
      baselineJobs: bare.jobs,
      backlogCpu,
      runCpu,
      stages,
    };
  } finally {
    await dispose();
    await drop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

/** CPU seconds spent on `count` items, as ms per item. */
const cpuMsPer = (seconds: number, count: number) => fmt((seconds * 1000) / count, 3);

async function report(intake: IntakeResult, routing: RoutingResult | undefined, totalMs: number): Promise<string> {
  const ratio = median(intake.apiRps) / median(intake.pgbenchTps);
  const ofCeiling = median(intake.apiRps) / median(intake.bareRps);
  const lines = [
    ...(await header(`public intake throughput${routing ? ' and submit → routed latency' : ''}`)),
    '',
    '### Public intake throughput (`POST /api/v1/cases`) vs pgbench single-row INSERTs',
    '',
    `- Workload: the real API (apps/api main.js, NODE_ENV=production, LOG_LEVEL=info, a child process on a loopback port), ` +
      `autocannon with ${CONNECTIONS} connections for ${INTAKE_SECONDS} s per round; every request a distinct body and its own ` +
      `Idempotency-Key; each creates case + first event + outbox row in one statement (the worker is not running).`,
    `- Baseline (same run, same database): \`pgbench -M prepared -c ${CONNECTIONS} -j 2 -T ${INTAKE_SECONDS}\`, one single-row INSERT ` +
      `(title, description, phone; identity key) per transaction. Rounds alternate pgbench / API after a ` +
      `${WARMUP_SECONDS}-s warm-up of each.`,
    `- Checked: ${int(intake.cases)} cases = first events = outbox rows, for ${int(intake.answered)} counted 201 answers (+ requests ` +
      `in flight when autocannon stopped); no errors, no non-2xx.`,
    '',
    `- Ceiling (same run): bench/support/bare-server.ts, bare Fastify (no Nest, no validation, no rate limit, no log line, no ` +
      `batching) running pgbench's own prepared INSERT once per \`POST /bench/insert\` with the same bodies: what HTTP alone costs ` +
      `on top of pgbench, with none of intake's work.`,
    '',
    '| round | pgbench (tx/s) | pgbench latency avg (ms) | API (req/s) | API p50 / p99 (ms) | API / pgbench | ceiling: bare HTTP + INSERT (req/s) | ceiling / pgbench |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...intake.apiRps.map(
      (rps, i) =>
        `| ${i + 1} | ${fmt(intake.pgbenchTps[i])} | ${fmt(intake.pgbenchLatencyMs[i], 2)} | ${fmt(rps)} | ` +
        `${intake.apiP50[i]} / ${intake.apiP99[i]} | ${fmt((rps / intake.pgbenchTps[i]) * 100)}% | ` +
        `${fmt(intake.bareRps[i])} | ${fmt((intake.bareRps[i] / intake.pgbenchTps[i]) * 100)}% |`,
    ),
    '',
    '',
    'CPU per insert (pgbench) and per submission (API), in ms of CPU time (user + system) read from /proc before and after ' +
      'each round; "load generator" is pgbench\'s client or autocannon (in the benchmark process); PostgreSQL counts every ' +
      'server process (the cluster is shared: other work on the machine shows up there and in Redis too):',
    '',
    '| round | side | load generator | API (or bare) process | PostgreSQL | Redis | total | per second of wall time |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...intake.apiRps.flatMap((_, i) => {
      const pg = intake.pgbenchCpu[i];
      const api = intake.apiCpu[i];
      const ms = cpuMsPer;
      const pgTotal = pg.cpu.children + pg.cpu.postgres;
      const apiTotal = api.cpu.self + api.cpu.pids[api.apiPid] + api.cpu.postgres + api.cpu.redis;
      const bare = intake.bareCpu[i];
      const bareTotal = bare.cpu.self + bare.cpu.pids[bare.apiPid] + bare.cpu.postgres + bare.cpu.redis;
      return [
        `| ${i + 1} | pgbench | ${ms(pg.cpu.children, pg.count)} | | ${ms(pg.cpu.postgres, pg.count)} | | ` +
          `${ms(pgTotal, pg.count)} | ${fmt(pgTotal / INTAKE_SECONDS, 2)} s |`,
        `| ${i + 1} | API | ${ms(api.cpu.self, api.count)} | ${ms(api.cpu.pids[api.apiPid], api.count)} | ` +
          `${ms(api.cpu.postgres, api.count)} | ${ms(api.cpu.redis, api.count)} | ${ms(apiTotal, api.count)} | ` +
          `${fmt(apiTotal / INTAKE_SECONDS, 2)} s |`,
        `| ${i + 1} | ceiling | ${ms(bare.cpu.self, bare.count)} | ` +
          `${ms(bare.cpu.pids[bare.apiPid], bare.count)} | ${ms(bare.cpu.postgres, bare.count)} | | ` +
          `${ms(bareTotal, bare.count)} | ${fmt(bareTotal / INTAKE_SECONDS, 2)} s |`,
      ];
    }),
    '',
    `**Intake: ${fmt(median(intake.apiRps))} req/s = ${fmt(ofCeiling * 100)}% of the ceiling (${fmt(median(intake.bareRps))} req/s: bare ` +
      `HTTP in front of pgbench's INSERT)** (medians; goal ≥ 60%: ${ofCeiling >= 0.6 ? 'met' : 'MISSED'}); ` +
      `${fmt(ratio * 100)}% of pgbench (${fmt(median(intake.pgbenchTps))} tx/s), the ceiling ` +
      `${fmt((median(intake.bareRps) / median(intake.pgbenchTps)) * 100)}% of pgbench.`,
  ];
  if (routing) {
    lines.push(
      '',
      '### Submit → routed latency at half the maximum intake rate',
      '',
      `- Workload: ${routing.rate} submissions/s (half of the median above; ` +
        `achieved ${fmt(routing.achievedRate)}/s) for ${ROUTING_SECONDS} s ` +
        `with autocannon (${RATE_CONNECTIONS} connections, fixed overall rate), after a ${WARMUP_SECONDS}-s warm-up; the real worker ` +
        `(apps/worker main.js, WORKER_CONCURRENCY=${WORKER_CONCURRENCY}) runs the outbox relay and RouteCaseProcessor, and a second ` +
        `process of it, the mailer (WORKER_QUEUES=notifications), sends the receipt and agency mails to an SMTP sink, as ` +
        `scripts/start-platform.mjs and docker/compose.yaml run them. Latency per case: ` +
        `\`cases.received_at\` (API) → the \`routed\`/\`sent_to_triage\` event's \`created_at\` (worker). Checked: ${int(routing.cases)} ` +
        `cases, each routed exactly once.`,
      `- Baseline (same run, same Redis, same rate and duration): a bare BullMQ job, added → completed by a no-op processor ` +
        `(concurrency ${WORKER_CONCURRENCY}), ${int(routing.baselineJobs)} jobs.`,
      '',
      '| | p50 (ms) | p99 (ms) | max (ms) |',
      '|---|---:|---:|---:|',
      `| submit → routed | ${fmt(routing.routedP50)} | ${fmt(routing.routedP99)} | ${fmt(routing.routedMax)} |`,
      `| the POST itself (client) | ${routing.postP50} | ${routing.postP99} | |`,
      `| baseline: bare BullMQ job | ${routing.baselineP50} | ${routing.baselineP99} | |`,
      `| ratio routed / baseline | ${fmt(routing.routedP50 / routing.baselineP50, 2)} | ` +
        `${fmt(routing.routedP99 / routing.baselineP99, 2)} | |`,
      ...routing.stages.map((st) => `| stage: ${st.name} | ${fmt(st.p50)} | ${fmt(st.p99)} | |`),
      '',
      `**Submit → routed p99 = ${fmt(routing.routedP99)} ms** (goal < 1 s: ${routing.routedP99 < 1000 ? 'met' : 'MISSED'}); ` +
        `p50 ${fmt(routing.routedP50)} ms. The worker routed ${fmt(routing.routedPerSecond)} cases/s (first submission → last ` +
        `routing event) for ${fmt(routing.achievedRate)} submitted/s${routing.routedPerSecond < routing.achievedRate * 0.95 ? ': it falls behind, and the latency is the backlog' : ''}. ` +
        `**Worker capacity alone** (a backlog of ${int(routing.backlog)} cases submitted with the worker stopped, then routed with ` +
        `no other load from the benchmark, first → last routing event): **${fmt(routing.capacity)} routed/s**.`,
      '',
      'CPU per case, in ms of CPU time read from /proc (the benchmark process runs autocannon and the SMTP sink that ' +
        'takes the receipt and agency mails):',
      '',
      '| phase | benchmark process | API | worker | mailer | PostgreSQL | Redis | total |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...(
        [
          ['backlog, worker alone', routing.backlogCpu],
          ['timed run, API + worker', routing.runCpu],
        ] as const
      ).map(([name, c]) => {
        const ms = (seconds: number) => cpuMsPer(seconds, c.count);
        const total = c.cpu.self + c.cpu.pids[c.apiPid] + c.cpu.pids[c.workerPid] + c.cpu.pids[c.mailerPid] + c.cpu.postgres + c.cpu.redis;
        return (
          `| ${name} | ${ms(c.cpu.self)} | ${ms(c.cpu.pids[c.apiPid])} | ${ms(c.cpu.pids[c.workerPid])} | ` +
          `${ms(c.cpu.pids[c.mailerPid])} | ${ms(c.cpu.postgres)} | ${ms(c.cpu.redis)} | ${ms(total)} |`
        );
      }),
    );
  }
  lines.push('', `Whole file: ${fmt(totalMs / 60_000)} min.`, '', '');
  return lines.join('\n');
}

runBenchmark('intake-routing bench', WATCHDOG_MS, async () => {
  const started = performance.now();
  const routing = selected('routing');
  if (!selected('intake') && !routing) return;
  const intake = await intakeThroughput();
  const routed = routing ? await routedLatency(median(intake.apiRps)) : undefined;
  recordResults('intake', await report(intake, routed, performance.now() - started));
});
