/**
 * Reporting benchmark (`npm run bench:reporting`):
 *
 * 1. GET /api/v1/reports/summary?groupBy=agency over 10,000,000 cases received in 2026 (goal < 300 ms). The figures
 *    are read from the rollups (and overdue / very late from the per-case facts' open-due index), so the benchmark
 *    generates what feeds them: 10M per-case facts rows, in SQL (deterministic pseudo-random, category → agency as
 *    routing does, skewed channels and kinds, recent cases mostly open), then the rollups are built from them by the
 *    production rebuild statement (`RollupService.rollUpAllFacts`, the same GROUPING SETS statement the worker's
 *    incremental path runs). Cases and events are not generated for this part: the summary never reads them.
 * 2. GET /api/v1/cases/export.csv over 1,000,000 cases (generated rows in the cases table), consumed as a stream by
 *    the same process, with the process's peak RSS and heap sampled every 10 ms; the same export limited to the newest
 *    100,000 rows shows whether memory grows with the row count.
 *
 * Every time is reported with a baseline measured in the same run on the same database: for the summary, a
 * `SELECT sum(n)` over a fixed 1,000,000-row table; for the export, the raw `COPY (same query) TO STDOUT` read by a
 * plain pg client in this process. Bounded: fixed sizes (BENCH_REPORT_CASES, BENCH_EXPORT_ROWS), a limit on data
 * generation, a watchdog on the whole run; the private database is dropped at the end, on error or on a signal.
 * Loopback only (PostgreSQL 127.0.0.1:5432, Redis 127.0.0.1:6379 for the API's queues). Writes bench/RESULTS.md (the
 * latest run) and bench/history/.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { seedDemo } from '@hotline/cases';
import { FakeClock, loadConfig } from '@hotline/config';
import { RollupService } from '@hotline/reporting';
import { createApiApp } from '../apps/api/src/bootstrap';
import { TEST_REDIS, TestDatabase } from '../libs/testing/src/test-database';
import { fmt, log, median } from './support/common';
import { recordResults } from './support/results';
import { insertFactsSql } from './support/facts';

const SUMMARY_CASES = Number(process.env.BENCH_REPORT_CASES ?? 10_000_000);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const SMALL_EXPORT_ROWS = Math.min(100_000, EXPORT_ROWS);
const FACTS_CHUNK = 1_000_000;
const CASES_CHUNK = 200_000;
const RUNS = 7;
const EXPORT_RUNS = 2;
const GENERATION_LIMIT_MS = 40 * 60_000;
const WATCHDOG_MS = 70 * 60_000;
const GOAL_MS = 300;
const COMMAND = 'npm run bench:reporting';
/** The summary is asked for the whole year 2026, on 31 Dec 2026 at 17:00 in Hà Nội. */
const NOW = new Date('2026-12-31T17:00:00+07:00');

for (const [name, n] of [
  ['BENCH_REPORT_CASES', SUMMARY_CASES],
  ['BENCH_EXPORT_ROWS', EXPORT_ROWS],
] as const) {
  if (!Number.isInteger(n) || n < 1_000) throw new Error(`${name} must be an integer ≥ 1000`);
}

// ---------------------------------------------------------------------------------------------------------------
// Clean-up on every exit path
// ---------------------------------------------------------------------------------------------------------------

const db = new TestDatabase();
let app: NestFastifyApplication | undefined;
let cleaning: Promise<void> | undefined;

/** Once, whoever asks first (a signal, the watchdog, an error): later callers wait for the same drop. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await app?.close().catch(() => undefined);
    await db.drop().catch((err) => console.error(`could not drop ${db.name}: ${(err as Error).message}`));
  })();
  return cleaning;
}

async function abort(reason: string, code: number): Promise<never> {
  console.error(`bench aborted: ${reason}; dropping the benchmark database`);
  await cleanUp();
  process.exit(code);
}

const watchdog = setTimeout(() => void abort(`the whole run exceeded ${WATCHDOG_MS / 60_000} minutes`, 3), WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(signal, 130));

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MB`;
function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return '(unavailable)';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Summary over the rollups
// ---------------------------------------------------------------------------------------------------------------

interface SummaryResult {
  factsMs: number;
  generateMs: number;
  overdue: number;
  rollupRows: number;
  rollupSize: string;
  periods: { label: string; query: string; ms: number[]; baselineMs: number[]; received: number; groups: number }[];
  plan: string;
}

async function summaryBench(ds: DataSource, token: string, baseUrl: string): Promise<SummaryResult> {
  const ids = async (sql: string) => (await ds.query(sql)).map((r: { id: string }) => r.id) as string[];
  const agencies = await ids(`SELECT id FROM agencies WHERE active ORDER BY code`);
  const categories = await ids(`SELECT id FROM categories WHERE active ORDER BY code`);
  const areas = await ids(`SELECT id FROM areas WHERE active ORDER BY code`);
  const rollups = new RollupService(ds);
  const factsStarted = performance.now();
  for (let lo = 1; lo <= SUMMARY_CASES; lo += FACTS_CHUNK) {
    const hi = Math.min(SUMMARY_CASES, lo + FACTS_CHUNK - 1);
    if (performance.now() - factsStarted > GENERATION_LIMIT_MS)
      throw new Error(`facts generation exceeded ${GENERATION_LIMIT_MS / 60_000} min at ${lo - 1} cases`);
    await ds.query(insertFactsSql(lo, hi, agencies, categories, areas));
    log(`  facts ${hi.toLocaleString('en')} / ${SUMMARY_CASES.toLocaleString('en')} (${fmt((performance.now() - factsStarted) / 1000)} s)`);
  }
  const factsMs = performance.now() - factsStarted;
  await ds.query(`VACUUM ANALYZE report_case_facts`);
  const started = performance.now();
  const touched = await ds.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = '${GENERATION_LIMIT_MS}'`);
    return rollups.rollUpAllFacts(m);
  });
  const generateMs = performance.now() - started;
  await ds.query(`VACUUM ANALYZE report_rollup`);
  const [sizes] = await ds.query(`SELECT (SELECT count(*) FROM report_rollup)::int AS rollup,
      pg_size_pretty(pg_total_relation_size('report_rollup')) AS size,
        pg_size_pretty(pg_total_relation_size('report_case_facts')) AS facts_size`);
  const [{ total }] = await ds.query(`SELECT sum(received)::bigint AS total FROM report_rollup WHERE grain = 0 AND bucket_kind = 'm'`);
  if (Number(total) !== SUMMARY_CASES) throw new Error(`the rollups hold ${total} cases instead of ${SUMMARY_CASES}`);
  const [{ overdue }] = await ds.query(
    `SELECT count(*)::int AS overdue FROM report_case_facts WHERE open AND due_at IS NOT NULL AND due_at < $1`,
    [NOW],
  );
  log(
    `  facts in ${fmt(factsMs / 1000)} s (${sizes.facts_size}); ` +
      `rollups: ${touched} rows (${sizes.size}) in ${fmt(generateMs / 1000)} s; ${overdue} overdue open`,
  );

  const baseline = async () => {
    const t = performance.now();
    await ds.query(`SELECT sum(n) FROM bench_baseline`);
    return performance.now() - t;
  };
  const periods: SummaryResult['periods'] = [];
  for (const [label, query] of [
    ['whole year 2026 by agency (12 monthly buckets)', 'from=2026-01-01&to=2026-12-31&groupBy=agency'],
    ['15 Jan – 20 Dec 2026 by agency (10 months + 36 days)', 'from=2026-01-15&to=2026-12-20&groupBy=agency'],
    ['whole year by agency and kind', 'from=2026-01-01&to=2026-12-31&groupBy=agency,kind'],
    ['whole year, no grouping', 'from=2026-01-01&to=2026-12-31'],
  ]) {
    const get = async () => {
      const t = performance.now();
      const res = await fetch(`${baseUrl}/api/v1/reports/summary?${query}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { total: { received: number }; groups: unknown[] };
      if (res.status !== 200) throw new Error(`summary ${query}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t, body };
    };
    await baseline();
    const warm = await get();
    const ms: number[] = [];
    const baselineMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      baselineMs.push(await baseline());
      ms.push((await get()).ms);
    }
    periods.push({ label, query, ms, baselineMs, received: warm.body.total.received, groups: warm.body.groups.length });
    log(
      `  ${label}: median ${fmt(median(ms))} ms (baseline ${fmt(median(baselineMs))} ms), ` +
        `${warm.body.groups.length} groups, ${warm.body.total.received} cases`,
    );
  }
  const planRows: { 'QUERY PLAN': string }[] = await ds.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT agency_id::text AS agency_id, sum(received)::bigint FROM report_rollup
      WHERE grain = 1 AND ((bucket_kind = 'm' AND bucket BETWEEN '2026-02-01' AND '2026-11-01')
      OR (bucket_kind = 'd' AND bucket BETWEEN '2026-01-15' AND '2026-01-31')
        OR (bucket_kind = 'd' AND bucket BETWEEN '2026-12-01' AND '2026-12-20')) GROUP BY agency_id`,
  );
  return {
    factsMs,
    generateMs,
    overdue,
    rollupRows: sizes.rollup,
    rollupSize: `${sizes.size}; facts ${sizes.facts_size}`,
    periods,
    plan: planRows.map((r) => r['QUERY PLAN']).join('\n'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. CSV export, streamed
// ---------------------------------------------------------------------------------------------------------------

interface ExportRun {
  rows: number;
  bytes: number;
  ms: number;
  peakRssDelta: number;
  peakHeapDelta: number;
}

/** Samples the process's memory while `work` runs; deltas are against the values right before it. */
async function withMemory<T>(work: () => Promise<T>): Promise<T & { peakRssDelta: number; peakHeapDelta: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  try {
    const result = await work();
    return { ...result, peakRssDelta: peakRss - before.rss, peakHeapDelta: peakHeap - before.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

async function countStream(chunks: AsyncIterable<Uint8Array>): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows += 1;
  }
  return { rows, bytes };
}

async function exportOverHttp(baseUrl: string, token: string, query: string): Promise<ExportRun> {
  return withMemory(async () => {
    const t = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/cases/export.csv?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !res.body) throw new Error(`export ${query}: ${res.status}`);
    const counted = await countStream(res.body as unknown as AsyncIterable<Uint8Array>);
    return { ...counted, rows: counted.rows - 1, ms: performance.now() - t };
  });
}

async function rawCopy(url: string, sql: string): Promise<ExportRun> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await withMemory(async () => {
      const t = performance.now();
      const counted = await countStream(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER true)`)));
      return { ...counted, rows: counted.rows - 1, ms: performance.now() - t };
    });
  } finally {
    await client.end();
  }
}

interface ExportResult {
  generateMs: number;
  casesSize: string;
  full: ExportRun[];
  small: ExportRun[];
  baseline: ExportRun[];
}

async function exportBench(ds: DataSource, token: string, baseUrl: string): Promise<ExportResult> {
  const [{ id: categoryId }] = await ds.query(`SELECT id FROM categories WHERE code = 'GIAO-THONG.DUONG-HONG'`);
  const [{ id: areaId }] = await ds.query(`SELECT id FROM areas WHERE code = 'HN-HAIBATRUNG'`);
  const [{ id: agencyId }] = await ds.query(`SELECT id FROM agencies WHERE code = 'SXD'`);
  const started = performance.now();
  for (let lo = 1; lo <= EXPORT_ROWS; lo += CASES_CHUNK) {
    const hi = Math.min(EXPORT_ROWS, lo + CASES_CHUNK - 1);
    if (performance.now() - started > GENERATION_LIMIT_MS) throw new Error(`case generation exceeded ${GENERATION_LIMIT_MS / 60_000} min`);
    await ds.query(
      `INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description, category_id, area_id,
         address, citizen_name, citizen_phone, citizen_email, anonymous, is_public, agency_id, received_at,
         routed_at, answered_at, satisfied, due_at)
       SELECT (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-0000000000e1')::uuid, 'BX-2026-' || lpad(i::text, 7, '0'), sha256(int4send(i)),
         CASE WHEN i % 20 = 0 THEN 'denunciation' ELSE 'feedback' END, 'web', CASE WHEN i % 3 = 0 THEN 'closed'
         ELSE 'in_progress' END, 'normal',
         'Ổ gà lớn, "nguy hiểm", trên phố Huế số ' || i, 'Mô tả ' || i, $1::uuid, $2::uuid, i || ' phố Huế', 'Nguyễn Văn An',
         '09' || lpad((i % 100000000)::text, 8, '0'), 'nguoi' || i || '@example.com', false, i % 2 = 0, $3::uuid,
         $4::timestamptz - i * interval '10 seconds', $4::timestamptz - i * interval '10 seconds' + interval '1 hour',
         CASE WHEN i % 3 = 0 THEN $4::timestamptz - i * interval '10 seconds' + interval '3 days' END,
         CASE WHEN i % 3 = 0 THEN i % 4 <> 0 END,
         CASE WHEN i % 3 <> 0 THEN $4::timestamptz - i * interval '10 seconds' + interval '5 days' END
       FROM generate_series($5::int, $6::int) i`,
      [categoryId, areaId, agencyId, NOW, lo, hi],
    );
  }
  const generateMs = performance.now() - started;
  await ds.query(`VACUUM ANALYZE cases`);
  const [{ size }] = await ds.query(`SELECT pg_size_pretty(pg_total_relation_size('cases')) AS size`);
  log(`  ${EXPORT_ROWS.toLocaleString('en')} cases generated in ${fmt(generateMs / 1000)} s (${size})`);

  // The newest SMALL_EXPORT_ROWS cases were received after this instant (row i at NOW − 10 s · i).
  const smallFrom = new Date(NOW.getTime() - (SMALL_EXPORT_ROWS + 0.5) * 10_000).toISOString();
  const rawSql = `SELECT c.tracking_code, c.received_at, c.kind, c.channel, c.status, c.priority, c.title, cat.code,
    cat.name, area.code, area.name,
      agency.code, agency.name, c.due_at, c.answered_at, c.reopen_count, c.return_count, c.satisfied, c.is_public,
      c.address, c.citizen_name,
      c.citizen_phone, c.citizen_email
    FROM cases c LEFT JOIN categories cat ON cat.id = c.category_id LEFT JOIN areas area ON area.id = c.area_id
    LEFT JOIN agencies agency ON agency.id = c.agency_id ORDER BY c.received_at DESC, c.id DESC`;
  const full: ExportRun[] = [];
  const small: ExportRun[] = [];
  const baseline: ExportRun[] = [];
  for (let run = 1; run <= EXPORT_RUNS; run++) {
    baseline.push(await rawCopy(db.url, rawSql));
    full.push(await exportOverHttp(baseUrl, token, ''));
    small.push(await exportOverHttp(baseUrl, token, `from=${encodeURIComponent(smallFrom)}`));
    const f = full[full.length - 1];
    log(
      `  run ${run}: export ${f.rows} rows in ${fmt(f.ms)} ms, peak RSS +${mb(f.peakRssDelta)}; ` +
        `${small[small.length - 1].rows} rows: +${mb(small[small.length - 1].peakRssDelta)}; ` +
        `raw COPY ${fmt(baseline[baseline.length - 1].ms)} ms`,
    );
    if (f.rows !== EXPORT_ROWS) throw new Error(`the export gave ${f.rows} rows instead of ${EXPORT_ROWS}`);
    if (small[small.length - 1].rows !== SMALL_EXPORT_ROWS)
      throw new Error(`the small export gave ${small[small.length - 1].rows} rows instead of ${SMALL_EXPORT_ROWS}`);
  }
  return { generateMs, casesSize: size, full, small, baseline };
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

function report(s: SummaryResult, e: ExportResult, pgVersion: string, totalMs: number): string {
  const summaryRows = s.periods.map(
    (p) =>
      `| ${p.label} | ${p.groups} | ${p.received.toLocaleString('en')} | ${fmt(median(p.ms))} | ${p.ms.map((x) => fmt(x)).join(', ')} | ${fmt(median(p.baselineMs))} | ${fmt(median(p.ms) / median(p.baselineMs), 2)} |`,
  );
  const byAgency = median(s.periods[0].ms);
  const exportRow = (label: string, runs: ExportRun[]) =>
    `| ${label} | ${runs[0].rows.toLocaleString('en')} | ${mb(runs[0].bytes)} | ${fmt(median(runs.map((r) => r.ms)))} | ${runs.map((r) => mb(r.peakRssDelta)).join(', ')} | ${runs.map((r) => mb(r.peakHeapDelta)).join(', ')} | ${fmt(median(runs.map((r) => r.ms)) / median(e.baseline.map((r) => r.ms)), 2)} |`;
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — reporting: summary over ${SUMMARY_CASES.toLocaleString('en')} cases, CSV export of ${EXPORT_ROWS.toLocaleString('en')} rows`,
    '',
    `- Command: \`${COMMAND}\`${process.env.BENCH_REPORT_CASES || process.env.BENCH_EXPORT_ROWS ? ` (BENCH_REPORT_CASES=${SUMMARY_CASES}, BENCH_EXPORT_ROWS=${EXPORT_ROWS})` : ''}`,
    `- Machine: nproc ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${pgVersion}`,
    '- `free -g`:',
    '',
    '```',
    sh('free -g'),
    '```',
    '',
    `### Summary (GET /api/v1/reports/summary over HTTP, median of ${RUNS} runs after one warm-up)`,
    '',
    `- Data: ${SUMMARY_CASES.toLocaleString('en')} generated per-case facts over 2026 (${fmt(s.factsMs / 1000)} s), ${s.overdue.toLocaleString('en')} of them open and overdue at the ` +
      `report's instant; rollups built from them by the production rebuild statement in ${fmt(s.generateMs / 1000)} s: ` +
      `${s.rollupRows.toLocaleString('en')} rollup rows (sizes with indexes: rollup ${s.rollupSize}).`,
    '- Baseline (same run, same database, right before each request): `SELECT sum(n)` over a fixed 1,000,000-row table.',
    '',
    '| request | groups | cases counted | median (ms) | runs (ms) | baseline median (ms) | request / baseline |',
    '|---|---:|---:|---:|---|---:|---:|',
    ...summaryRows,
    '',
    `**Summary by agency over ${SUMMARY_CASES.toLocaleString('en')} cases: ${fmt(byAgency)} ms median (goal < ${GOAL_MS} ms: ${byAgency < GOAL_MS ? 'met' : 'MISSED'}).**`,
    '',
    `<details><summary>Rollup read for a period with day edges, by agency: EXPLAIN (ANALYZE, ` +
      `BUFFERS)</summary>\n\n\`\`\`\n${s.plan}\n\`\`\`\n\n</details>`,
    '',
    `### CSV export (GET /api/v1/cases/export.csv over HTTP, consumed as a stream in the same process; ${EXPORT_RUNS} runs)`,
    '',
    `- Data: ${EXPORT_ROWS.toLocaleString('en')} generated cases (${e.casesSize}) in ${fmt(e.generateMs / 1000)} s. Peak deltas: the process's RSS and ` +
      'heap sampled every 10 ms, minus their values right before the export (API server and client share the process).',
    '- Baseline (same run): the raw `COPY (SELECT the same columns, joins and order) TO STDOUT` read by a plain pg client in this process.',
    '',
    '| export | rows | bytes | median (ms) | peak RSS delta per run | peak heap delta per run | time / baseline |',
    '|---|---:|---:|---:|---|---|---:|',
    exportRow('all cases', e.full),
    exportRow(`newest ${SMALL_EXPORT_ROWS.toLocaleString('en')}`, e.small),
    exportRow('baseline: raw COPY', e.baseline),
    '',
    `**Export of ${EXPORT_ROWS.toLocaleString('en')} rows: ${fmt(median(e.full.map((r) => r.ms)) / 1000, 2)} s, peak RSS +${mb(Math.max(...e.full.map((r) => r.peakRssDelta)))} ` +
      `(newest ${SMALL_EXPORT_ROWS.toLocaleString('en')}: +${mb(Math.max(...e.small.map((r) => r.peakRssDelta)))}).** Whole run: ${fmt(totalMs / 60_000)} min.`,
    '',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`summary over ${SUMMARY_CASES.toLocaleString('en')} cases; export of ${EXPORT_ROWS.toLocaleString('en')} rows; database ${db.name}`);
  await db.create();
  const ds = db.dataSource;
  await seedDemo(ds, { cases: 0 });
  await ds.query(`CREATE TABLE bench_baseline (id int PRIMARY KEY, n int NOT NULL)`);
  await ds.query(`INSERT INTO bench_baseline SELECT i, i % 7 FROM generate_series(1, 1000000) i`);
  await ds.query(`VACUUM ANALYZE bench_baseline`);
  // No trigger-fed work during the benchmark: the generated cases have no events, and the worker is not started.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS,
    QUEUE_PREFIX: `bench-${process.pid}`,
    LOG_LEVEL: 'warn',
    PORT: '0',
  });
  app = await createApiApp(config, new FakeClock(NOW));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'secretariat@hotline.example.vn', password: 'Secretariat#2026' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };

  log('1. summary');
  const summary = await summaryBench(ds, accessToken, baseUrl);
  log('2. CSV export');
  const exported = await exportBench(ds, accessToken, baseUrl);
  const [{ server_version }] = await ds.query(`SHOW server_version`);
  const text = report(summary, exported, `PostgreSQL ${server_version}`, performance.now() - started);
  recordResults('reporting', text);
}

main()
  .then(cleanUp)
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(err);
    await cleanUp();
    process.exit(1);
  });
