/**
 * Deadline scan benchmark (`npm run bench`): the time of one `DeadlineScanService.scan(now)` over the 1,000 cases
 * that fall due, with 10,000 and with 1,000,000 open cases in the database. Goal: 1M costs no more than 2× of 10k.
 *
 * Every figure is also reported as a ratio to a baseline measured in the same run, on the same database, right
 * before each timed scan (1,000 single-row UPDATEs by primary key on a fixed 1,000-row table, one transaction,
 * through the same connection pool), because these 2-core machines are noisy. The key figure is
 * ratio(1M) / ratio(10k).
 *
 * Loopback only (PostgreSQL on 127.0.0.1:5432; Redis and SMTP are not used: the scan only writes the outbox, and
 * the relay and mail sender are left out so that they do not compete for the two cores while the scan is timed).
 * Bounded: fixed sizes, a fixed number of runs, a limit on data generation and a watchdog on the whole run.
 * Each size gets a private database (TestDatabase), dropped at the end, also on error or on a signal.
 * Results go to bench/RESULTS.md (the latest run) and bench/history/.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, QueryRunner } from 'typeorm';
import { seedDemo } from '@hotline/cases';
import { AppConfig, ConfigModule, loadConfig } from '@hotline/config';
import { CaseDeadlineEntity, DatabaseModule } from '@hotline/database';
import {
  DeadlineEngineService,
  DeadlineReferenceService,
  DeadlineScanService,
  DeadlinesModule,
  nextActionAt,
  Stage,
  stageReachedAt,
} from '@hotline/deadlines';
import { TEST_REDIS, TestDatabase } from '../libs/testing/src/test-database';
import { fmt, log, median } from './support/common';
import { recordResults } from './support/results';

// ---------------------------------------------------------------------------------------------------------------
// Bounds and fixed inputs
// ---------------------------------------------------------------------------------------------------------------

const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map((s) => Number(s.trim()));
const DUE = 1_000;
const RUNS = 5;
const CHUNK = 100_000;
const GENERATION_LIMIT_MS = 10 * 60_000;
const WATCHDOG_MS = 25 * 60_000;
const COMMAND = 'npm run bench';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
/** The scan's `now`: Thursday 26/11/2026 08:00 in Hà Nội. */
const NOW = local('2026-11-26T08:00:00');
/**
 * The due cases' answer clock started Monday 23/11 09:30: 5 working days → due Monday 30/11 17:00, reminder at
 * 07:30 two working days before the due day (Thursday 26/11). At NOW the reminder has come and nothing else: each
 * due case gets exactly one notice (to its agency) and moves on to stage 1.
 */
const DUE_STARTED_AT = local('2026-11-23T09:30:00');

for (const n of SIZES) {
  if (!Number.isInteger(n) || n < DUE || n % DUE !== 0) throw new Error(`BENCH_SIZES: ${n} must be a multiple of ${DUE}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Clean-up on every exit path
// ---------------------------------------------------------------------------------------------------------------

const live = new Set<{ db: TestDatabase; app?: INestApplicationContext }>();

async function cleanUp(): Promise<void> {
  for (const entry of [...live]) {
    live.delete(entry);
    await entry.app?.close().catch(() => undefined);
    await entry.db.drop().catch((err) => console.error(`could not drop ${entry.db.name}: ${(err as Error).message}`));
  }
}

let aborting = false;

async function abort(reason: string, code: number): Promise<never> {
  aborting = true;
  console.error(`bench aborted: ${reason}; dropping the benchmark database`);
  await cleanUp();
  process.exit(code);
}

const watchdog = setTimeout(() => void abort(`the whole run exceeded ${WATCHDOG_MS / 60_000} minutes`, 3), WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(signal, 130));

// ---------------------------------------------------------------------------------------------------------------
// The scan's dependencies only: configuration, database, deadlines (and the notification service it uses)
// ---------------------------------------------------------------------------------------------------------------

@Module({})
class ScanBenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ScanBenchModule, imports: [ConfigModule.forRoot(config), DatabaseModule, DeadlinesModule] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

/** Time-ordered ids like the application's UUIDv7 (`newId`), deterministic from the row number. */
const caseIdSql = (i: string) => `(lpad(to_hex(${i}), 8, '0') || '-0000-7000-8000-0000000000c1')::uuid`;
const caseId = (i: number) => `${i.toString(16).padStart(8, '0')}-0000-7000-8000-0000000000c1`;
const deadlineIdSql = (i: string) => `(lpad(to_hex(${i}), 8, '0') || '-0000-7000-8000-0000000000d1')::uuid`;
/** A deterministic fraction in [0, 1) from the row number. */
const fracSql = (i: string, salt: number) => `(((${i})::bigint * 2654435761 + ${salt}) % 1000003)::float8 / 1000003`;

interface Template {
  ruleId: string;
  categoryId: string;
  areaId: string;
  agencyIds: string[];
  reminderAt: Date;
  dueAt: Date;
  veryLateAt: Date;
}

interface SizeResult {
  n: number;
  generateMs: number;
  scanMs: number[];
  baselineMs: number[];
  casesSize: string;
  nextDueIndexSize: string;
  selectPlan: string;
  deadlinesPlan: string;
}

/** Row `i` (1-based) is one of the due cases when i is a multiple of n / DUE: the due set is spread over the table. */
async function generate(qr: QueryRunner, n: number, t: Template): Promise<number> {
  const every = n / DUE;
  const started = performance.now();
  const next = `($1::timestamptz + interval '1 hour' + ${fracSql('i', 7)} * interval '60 days')`;
  for (let lo = 1; lo <= n; lo += CHUNK) {
    const hi = Math.min(n, lo + CHUNK - 1);
    if (performance.now() - started > GENERATION_LIMIT_MS) {
      throw new Error(`data generation exceeded ${GENERATION_LIMIT_MS / 60_000} minutes at ${lo - 1} of ${n} cases; aborting`);
    }
    await qr.startTransaction();
    await qr.query(
      `INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description, category_id,
         area_id, address, citizen_name, citizen_phone, anonymous, is_public, agency_id, received_at, routed_at, accepted_at,
         updated_at, next_due_at, due_at)
       SELECT ${caseIdSql('i')}, 'BN-2026-' || lpad(i::text, 7, '0'), sha256(int4send(i)), 'feedback', 'web', 'accepted', 'normal',
         'Ổ gà lớn trên phố Huế số ' || i,
         'Mặt đường trước số ' || i || ' phố Huế có ổ gà sâu khoảng 20 cm, xe máy đã ngã hai lần trong tuần.',
         $2::uuid, $3::uuid, i || ' phố Huế', 'Nguyễn Văn An', '+849' || lpad((i % 100000000)::text, 8, '0'), false, false,
         ($4::uuid[])[1 + i % cardinality($4::uuid[])], received, received + interval '1 hour', received + interval '2 hours',
         received + interval '2 hours',
         CASE WHEN i % $7 = 0 THEN $8::timestamptz ELSE ${next} END,
         CASE WHEN i % $7 = 0 THEN $9::timestamptz ELSE ${next} + interval '3 days' END
       FROM generate_series($5::int, $6::int) i,
         LATERAL (SELECT CASE WHEN i % $7 = 0 THEN $10::timestamptz
                              ELSE $1::timestamptz - ${fracSql('i', 11)} * interval '30 days' END AS received) r`,
      [NOW, t.categoryId, t.areaId, t.agencyIds, lo, hi, every, t.reminderAt, t.dueAt, DUE_STARTED_AT],
    );
    await qr.query(
      `INSERT INTO case_deadlines (id, case_id, clock, rule_id, status, started_at, urgent, due_at, very_late_at, reminder_at,
         stage, next_action_at)
       SELECT ${deadlineIdSql('i')}, ${caseIdSql('i')}, 'answer', $2::uuid, 'running',
         CASE WHEN due THEN $6::timestamptz ELSE nxt - interval '5 days' END, false,
         CASE WHEN due THEN $7::timestamptz ELSE nxt + interval '3 days' END,
         CASE WHEN due THEN $8::timestamptz ELSE nxt + interval '10 days' END,
         CASE WHEN due THEN $9::timestamptz ELSE nxt END,
         0,
         CASE WHEN due THEN $9::timestamptz ELSE nxt END
       FROM generate_series($3::int, $4::int) i,
         LATERAL (SELECT i % $5 = 0 AS due, ${next} AS nxt) g`,
      [NOW, t.ruleId, lo, hi, every, DUE_STARTED_AT, t.dueAt, t.veryLateAt, t.reminderAt],
    );
    await qr.commitTransaction();
    if (n > CHUNK) log(`  generated ${hi.toLocaleString('en')} / ${n.toLocaleString('en')} cases`);
  }
  return performance.now() - started;
}

/** Puts the due set back as it was before a scan, so each run does the same work on a vacuumed table. */
async function reset(ds: DataSource, n: number, t: Template): Promise<void> {
  const every = n / DUE;
  const ids = Array.from({ length: DUE }, (_, k) => caseId((k + 1) * every));
  await ds.transaction(async (m) => {
    await m.query(`UPDATE case_deadlines SET stage = 0, next_action_at = $1 WHERE case_id = ANY($2::uuid[]) AND clock = 'answer'`, [
      t.reminderAt,
      ids,
    ]);
    await m.query(`UPDATE cases SET next_due_at = $1 WHERE id = ANY($2::uuid[])`, [t.reminderAt, ids]);
    await m.query(`DELETE FROM notifications`);
    await m.query(`DELETE FROM outbox`);
  });
  await ds.query(`VACUUM cases, case_deadlines, notifications, outbox, bench_baseline`);
  const [{ due }] = await ds.query(`SELECT count(*)::int AS due FROM cases WHERE next_due_at <= $1`, [NOW]);
  if (due !== DUE) throw new Error(`after reset ${due} cases are due instead of ${DUE}`);
}

/** The baseline: 1,000 single-row UPDATEs by primary key on a fixed 1,000-row table, in one transaction. */
async function baseline(ds: DataSource): Promise<number> {
  const started = performance.now();
  await ds.transaction(async (m) => {
    for (let id = 1; id <= 1_000; id++) await m.query(`UPDATE bench_baseline SET n = n + 1 WHERE id = $1`, [id]);
  });
  return performance.now() - started;
}

async function explain(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction(); // FOR UPDATE really locks under ANALYZE: roll it back
    const rows: { 'QUERY PLAN': string }[] = await qr.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    await qr.rollbackTransaction();
    // The 500 ids of the lookup would fill the report: keep their count only.
    return rows.map((r) => r['QUERY PLAN'].replace(/'\{[0-9a-f,-]{200,}\}'/g, (ids) => `'{<${ids.split(',').length} ids>}'`)).join('\n');
  } finally {
    await qr.release();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One size
// ---------------------------------------------------------------------------------------------------------------

async function measure(n: number): Promise<SizeResult> {
  const entry: { db: TestDatabase; app?: INestApplicationContext } = { db: new TestDatabase() };
  live.add(entry);
  try {
    log(`${n.toLocaleString('en')} open cases: database ${entry.db.name}`);
    await entry.db.create();
    const ds = entry.db.dataSource;
    await seedDemo(ds, { cases: 0 });
    await ds.query(`CREATE TABLE bench_baseline (id int PRIMARY KEY, n int NOT NULL)`);
    await ds.query(`INSERT INTO bench_baseline SELECT i, 0 FROM generate_series(1, 1000) i`);

    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: entry.db.url, REDIS_URL: TEST_REDIS, LOG_LEVEL: 'warn' });
    entry.app = await NestFactory.createApplicationContext(ScanBenchModule.forRoot(config), { logger: ['error', 'warn'] });
    const app = entry.app;
    const scanner = app.get(DeadlineScanService);
    const reference = app.get(DeadlineReferenceService);
    const appDs = app.get(DataSource);

    // The due cases' schedule, computed by the engine itself, and checked to give exactly one notice at NOW.
    const [{ id: ruleId }] = await ds.query(`SELECT id FROM deadline_rules WHERE kind = 'feedback' AND clock = 'answer' AND active`);
    const { calendar, rulesById } = await reference.getWithRules([ruleId]);
    const schedule = app.get(DeadlineEngineService).schedule(calendar, rulesById.get(ruleId)!, {
      startedAt: DUE_STARTED_AT,
      urgent: false,
      extensions: [],
      clockStops: [],
    } as unknown as CaseDeadlineEntity);
    if (
      stageReachedAt(schedule, NOW) !== Stage.Reminder ||
      nextActionAt(schedule, Stage.None)!.getTime() !== schedule.reminderAt.getTime()
    ) {
      throw new Error(`the due template does not reach exactly the reminder at ${NOW.toISOString()}`);
    }
    const [{ id: categoryId }] = await ds.query(`SELECT id FROM categories ORDER BY (code = 'GIAO-THONG.DUONG-HONG') DESC, code LIMIT 1`);
    const [{ id: areaId }] = await ds.query(`SELECT id FROM areas ORDER BY (code = 'HN-HAIBATRUNG') DESC, code LIMIT 1`);
    const agencyIds = (await ds.query(`SELECT id FROM agencies WHERE active ORDER BY code`)).map((r: { id: string }) => r.id);
    const t: Template = {
      ruleId,
      categoryId,
      areaId,
      agencyIds,
      reminderAt: schedule.reminderAt,
      dueAt: schedule.dueAt,
      veryLateAt: schedule.veryLateAt,
    };

    const qr = ds.createQueryRunner();
    await qr.connect();
    let generateMs: number;
    try {
      await qr.query(`SET statement_timeout = '5min'`);
      generateMs = await generate(qr, n, t);
    } finally {
      await qr.release();
    }
    await ds.query(`VACUUM ANALYZE`);
    await ds.query(`CHECKPOINT`);
    log(`  generated and vacuumed in ${fmt(generateMs / 1000)} s`);

    const selectSql = `SELECT id, tracking_code, title, agency_id FROM cases WHERE next_due_at <= $1
      ORDER BY next_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`;
    const selectPlan = await explain(ds, selectSql, [NOW, 500]);
    const firstBatch: string[] = (await ds.query(`SELECT id FROM cases WHERE next_due_at <= $1 ORDER BY next_due_at LIMIT 500`, [NOW])).map(
      (r: { id: string }) => r.id,
    );
    const deadlinesPlan = await explain(ds, `SELECT * FROM case_deadlines WHERE case_id = ANY($1::uuid[]) AND status = 'running'`, [
      firstBatch,
    ]);

    const scanOnce = async () => {
      await reference.get(); // keep the 60-s reference cache fresh, so no timed scan pays for reloading it
      const started = performance.now();
      const result = await scanner.scan(NOW);
      const ms = performance.now() - started;
      if (result.cases !== DUE || result.notices !== DUE)
        throw new Error(`scan handled ${JSON.stringify(result)}, expected ${DUE} cases and notices`);
      return ms;
    };

    await reset(appDs, n, t);
    await baseline(appDs); // warm-up, not counted
    await scanOnce();
    await reset(appDs, n, t);
    const scanMs: number[] = [];
    const baselineMs: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      baselineMs.push(await baseline(appDs));
      scanMs.push(await scanOnce());
      await reset(appDs, n, t);
      log(`  run ${run}/${RUNS}: scan ${fmt(scanMs[run - 1])} ms, baseline ${fmt(baselineMs[run - 1])} ms`);
    }
    const [{ cases_size, index_size }] = await ds.query(
      `SELECT pg_size_pretty(pg_total_relation_size('cases')) AS cases_size,
       pg_size_pretty(pg_relation_size('cases_next_due_idx')) AS index_size`,
    );
    return { n, generateMs, scanMs, baselineMs, casesSize: cases_size, nextDueIndexSize: index_size, selectPlan, deadlinesPlan };
  } finally {
    if (live.delete(entry)) {
      // (not when a signal or the watchdog already took it over)
      await entry.app?.close();
      await entry.db.drop();
      log(`  dropped ${entry.db.name}`);
    }
  }
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

function report(results: SizeResult[], pgVersion: string, totalMs: number): string {
  const base = results[0];
  const ratio = (r: SizeResult) => median(r.scanMs) / median(r.baselineMs);
  const rows = results.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${DUE.toLocaleString('en')} | ${fmt(median(r.scanMs))} | ${r.scanMs.map((x) => fmt(x)).join(', ')} | ` +
      `${fmt(median(r.baselineMs))} | ${fmt(ratio(r), 2)} | ${fmt(ratio(r) / ratio(base), 2)} | ` +
      `${fmt(median(r.scanMs) / median(base.scanMs), 2)} | ` +
      `${fmt(r.generateMs / 1000)} s | ${r.casesSize} / ${r.nextDueIndexSize} |`,
  );
  const last = results[results.length - 1];
  const key = ratio(last) / ratio(base);
  const plans = results
    .map(
      (r) =>
        `<details><summary>${r.n.toLocaleString('en')} open cases: EXPLAIN (ANALYZE, BUFFERS)</summary>\n\n` +
        `Selection (first batch of 500):\n\n\`\`\`\n${r.selectPlan}\n\`\`\`\n\n` +
        `Running clocks of that batch:\n\n\`\`\`\n${r.deadlinesPlan}\n\`\`\`\n\n</details>`,
    )
    .join('\n\n');
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — deadline scan, ${results.map((r) => r.n.toLocaleString('en')).join(' vs ')} open cases`,
    '',
    `- Command: \`${COMMAND}\`${process.env.BENCH_SIZES ? ` (BENCH_SIZES=${process.env.BENCH_SIZES})` : ''}`,
    `- Machine: nproc ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${pgVersion}`,
    '- `free -g`:',
    '',
    '```',
    sh('free -g'),
    '```',
    '',
    `- Workload: one \`DeadlineScanService.scan(now)\` over ${DUE.toLocaleString('en')} due cases (each: stage 0 → reminder, one notice + ` +
      `one outbox row), all other open cases due within the next 60 days; median of ${RUNS} runs after one warm-up; the due set is ` +
      `reset and the tables vacuumed between runs.`,
    `- Baseline (same run, same database, measured right before each scan): 1,000 single-row \`UPDATE ... WHERE id = $1\` on a ` +
      `1,000-row table in one transaction through the same pool.`,
    '',
    `| open cases | due | scan median (ms) | scan runs (ms) | baseline median (ms) | scan / baseline | ratio vs ${base.n.toLocaleString('en')} | raw ms vs ${base.n.toLocaleString('en')} | data generation | cases table / next_due index |`,
    '|---:|---:|---:|---|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    `**Key figure: ratio(${last.n.toLocaleString('en')}) / ratio(${base.n.toLocaleString('en')}) = ${fmt(key, 2)}** ` +
      `(goal ≤ 2: ${key <= 2 ? 'met' : 'MISSED'}). Whole run: ${fmt(totalMs / 60_000)} min.`,
    '',
    plans,
    '',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`sizes ${SIZES.join(', ')}; ${DUE} due; ${RUNS} runs each`);
  const results: SizeResult[] = [];
  let pgVersion = '';
  for (const n of SIZES) {
    const r = await measure(n);
    results.push(r);
  }
  {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    pgVersion = (await client.query(`SHOW server_version`)).rows[0].server_version;
    await client.end();
    pgVersion = `PostgreSQL ${pgVersion}`;
  }
  const text = report(results, pgVersion, performance.now() - started);
  recordResults('deadline', text);
}

main()
  .then(() => clearTimeout(watchdog))
  .catch(async (err) => {
    if (aborting) return; // the in-flight query failed because abort() dropped the database under it
    console.error(err);
    await cleanUp();
    process.exitCode = 1;
  });
