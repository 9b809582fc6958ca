/**
 * Hotspot map benchmark (`npm run bench`, part `hotspots`): the query behind `GET /api/v1/reports/hotspots` (and its
 * public variant) over BENCH_HOTSPOT_CASES (default 1,000,000) cases received in 2026, goal p99 < 100 ms.
 *
 * What feeds it is generated like the reporting benchmark's (bench/support/facts.ts): per-case facts in SQL, 80% of
 * them located in ~1,900 H3 cells around Hà Nội's centre with a skew (a few hot cells), 60% of non-denunciations
 * published; then the rollups and the hotspot rollup are built by the production rebuild statement
 * (`RollupService.rollUpAllFacts`, the statements the worker's incremental path runs). The timed call is
 * `HotspotService.hotspots` in the API process (both SQL reads: the hotspot rollup and the open-past-due index of the
 * facts, and the GeoJSON with the cells' hexagons), at 31 Dec 2026 17:00 in Hà Nội.
 *
 * Baseline, measured in the same run right before each call on the same connection pool: a primary-key lookup of one
 * facts row. Private database, dropped at the end (also on error, a signal or the watchdog). Writes bench/RESULTS.md
 * (the latest run) and bench/history/.
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { gridDisk, latLngToCell } from 'h3-js';
import { seedDemo } from '@hotline/cases';
import { FakeClock, loadConfig } from '@hotline/config';
import { HOTSPOT_RESOLUTION, HotspotQueryDto, HotspotService, RollupService } from '@hotline/reporting';
import { TEST_REDIS } from '../libs/testing/src/test-database';
import { createApiApp } from '../apps/api/src/bootstrap';
import {
  fmt,
  header,
  recordResults,
  int,
  log,
  median,
  onCleanUp,
  privateDatabase,
  privateQueuePrefix,
  runBenchmark,
  selected,
} from './support/common';
import { insertFactsSql } from './support/facts';

const CASES = Number(process.env.BENCH_HOTSPOT_CASES ?? 1_000_000);
const CHUNK = 250_000;
const RUNS = Number(process.env.BENCH_HOTSPOT_RUNS ?? 100);
/** The machine was busy with other work when the run started (load average above the number of cores). */
const LOADED = os.loadavg()[0] > os.cpus().length;
const WARM_UPS = 3;
const GENERATION_LIMIT_MS = 12 * 60_000;
const WATCHDOG_MS = 20 * 60_000;
const GOAL_MS = 100;
const NOW = new Date('2026-12-31T17:00:00+07:00');
/** Cells within 25 rings of the centre of Hà Nội (about 1,950 cells, ~1,400 km²). */
const CELLS = gridDisk(latLngToCell(21.0285, 105.8542, HOTSPOT_RESOLUTION), 25);

if (!Number.isInteger(CASES) || CASES < 1_000) throw new Error('BENCH_HOTSPOT_CASES must be an integer ≥ 1000');

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.99 * s.length) - 1)];
};

interface Scenario {
  label: string;
  query: HotspotQueryDto;
  audience: 'staff' | 'public';
  ms: number[];
  baselineMs: number[];
  features: number;
  total: number;
}

async function main(): Promise<void> {
  if (!selected('hotspots')) return;
  const started = performance.now();
  const { db } = await privateDatabase();
  const ds = db.dataSource;
  await seedDemo(ds, { cases: 0 });
  const ids = async (sql: string) => (await ds.query(sql)).map((r: { id: string }) => r.id) as string[];
  const agencies = await ids(`SELECT id FROM agencies WHERE active ORDER BY code`);
  const categories = await ids(`SELECT id FROM categories WHERE active ORDER BY code`);
  const areas = await ids(`SELECT id FROM areas WHERE active AND parent_id IS NOT NULL ORDER BY code`);
  const [{ code: parentCategory }] = await ds.query(
    `SELECT p.code FROM categories p WHERE EXISTS (SELECT 1 FROM categories c WHERE c.parent_id = p.id) ORDER BY p.code LIMIT 1`,
  );

  log(`facts: ${int(CASES)} cases in ${CELLS.length} cells`);
  const factsStarted = performance.now();
  for (let lo = 1; lo <= CASES; lo += CHUNK) {
    const hi = Math.min(CASES, lo + CHUNK - 1);
    if (performance.now() - factsStarted > GENERATION_LIMIT_MS) {
      throw new Error(`facts generation exceeded ${GENERATION_LIMIT_MS / 60_000} min at ${lo - 1} cases`);
    }
    await ds.query(insertFactsSql(lo, hi, agencies, categories, areas, CELLS));
    log(`  facts ${int(hi)} / ${int(CASES)} (${fmt((performance.now() - factsStarted) / 1000)} s)`);
  }
  const factsMs = performance.now() - factsStarted;
  await ds.query(`VACUUM ANALYZE report_case_facts`);
  const rollups = new RollupService(ds);
  const rollupStarted = performance.now();
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = '${GENERATION_LIMIT_MS}'`);
    return rollups.rollUpAllFacts(m);
  });
  const rollupMs = performance.now() - rollupStarted;
  await ds.query(`VACUUM ANALYZE report_hotspot`);
  const [sizes] = await ds.query(
    `SELECT (SELECT count(*) FROM report_hotspot)::int AS rows,
      pg_size_pretty(pg_total_relation_size('report_hotspot')) AS size,
      (SELECT count(*) FROM report_case_facts WHERE open AND due_at IS NOT NULL AND due_at < $1)::int AS overdue,
      (SELECT count(*) FROM report_case_facts WHERE h3_cell IS NOT NULL)::int AS located`,
    [NOW],
  );
  const [{ total }] = await ds.query(`SELECT sum(received)::bigint AS total FROM report_hotspot WHERE grain = 0 AND bucket_kind = 'm'`);
  if (Number(total) !== CASES) throw new Error(`the hotspot rollup holds ${total} cases instead of ${CASES}`);
  log(
    `  rollups built in ${fmt(rollupMs / 1000)} s: report_hotspot ${int(sizes.rows)} rows (${sizes.size}); ` +
      `${int(sizes.overdue)} overdue open`,
  );

  const { prefix } = privateQueuePrefix();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    PORT: '0',
  });
  const app = await createApiApp(config, new FakeClock(NOW));
  onCleanUp(() => app.close());
  const hotspots = app.get(HotspotService);
  const [{ case_id: someCase }] = await ds.query(`SELECT case_id FROM report_case_facts LIMIT 1`);
  const baseline = async () => {
    const t = performance.now();
    await ds.query(`SELECT received_day FROM report_case_facts WHERE case_id = $1`, [someCase]);
    return performance.now() - t;
  };

  const scenarios: Scenario[] = (
    [
      ['whole year 2026 (12 monthly buckets)', { from: '2026-01-01', to: '2026-12-31' }, 'staff'],
      ['15 Jan – 20 Dec 2026 (10 months + 36 days)', { from: '2026-01-15', to: '2026-12-20' }, 'staff'],
      ['whole year, kind feedback', { from: '2026-01-01', to: '2026-12-31', kind: 'feedback' }, 'staff'],
      [
        `whole year, category ${parentCategory} (with its sub-categories) and kind petition`,
        { from: '2026-01-01', to: '2026-12-31', category: parentCategory, kind: 'petition' },
        'staff',
      ],
      ['public map, whole year', { from: '2026-01-01', to: '2026-12-31' }, 'public'],
    ] as [string, HotspotQueryDto, 'staff' | 'public'][]
  ).map(([label, query, audience]) => ({ label, query, audience, ms: [], baselineMs: [], features: 0, total: 0 }));
  for (const s of scenarios) {
    for (let i = 0; i < WARM_UPS; i++) await hotspots.hotspots(s.query, s.audience);
    for (let i = 0; i < RUNS; i++) {
      s.baselineMs.push(await baseline());
      const t = performance.now();
      const fc = await hotspots.hotspots(s.query, s.audience);
      s.ms.push(performance.now() - t);
      s.features = fc.features.length;
      s.total = fc.total;
    }
    log(
      `  ${s.label}: p99 ${fmt(p99(s.ms))} ms, median ${fmt(median(s.ms))} ms ` +
        `(baseline p99 ${fmt(p99(s.baselineMs))} ms); ${s.features} features, ${int(s.total)} cases`,
    );
  }
  const plan: { 'QUERY PLAN': string }[] = await ds.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT area_id::text, h3_cell, sum(received)::bigint, sum(open)::bigint FROM report_hotspot
      WHERE grain = 0 AND kind IS NULL AND category_id IS NULL
        AND ((bucket_kind = 'm' AND bucket BETWEEN '2026-02-01' AND '2026-11-01')
          OR (bucket_kind = 'd' AND bucket BETWEEN '2026-01-15' AND '2026-01-31')
          OR (bucket_kind = 'd' AND bucket BETWEEN '2026-12-01' AND '2026-12-20'))
      GROUP BY area_id, h3_cell`,
  );

  const worst = Math.max(...scenarios.map((s) => p99(s.ms)));
  const lines = [
    ...(await header(`hotspots: the hotspot map over ${int(CASES)} cases`)),
    ...(LOADED
      ? ['- **Measured under load** (load average above the core count at the start): the ratio to the baseline is the comparable figure.']
      : []),
    `- Data: ${int(CASES)} generated per-case facts over 2026 (${fmt(factsMs / 1000)} s), ` +
      `${int(sizes.located)} located in ${CELLS.length} H3 cells (resolution ${HOTSPOT_RESOLUTION}), ` +
      `${int(sizes.overdue)} open and overdue at the request's instant; rollups and hotspot rollup built by the ` +
      `production rebuild statement in ${fmt(rollupMs / 1000)} s: report_hotspot ${int(sizes.rows)} rows (${sizes.size} with indexes).`,
    '- Timed: `HotspotService.hotspots` in the API process (rollup read, overdue from the facts index, GeoJSON with hexagons); ' +
      `${RUNS} runs per request after ${WARM_UPS} warm-ups. ` +
      'Baseline (same run, right before each call): a primary-key lookup of one facts row.',
    '',
    '| request | features | cases | p99 (ms) | median (ms) | baseline p99 (ms) | baseline median (ms) | p99 / baseline p99 | median / baseline median |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scenarios.map(
      (s) =>
        `| ${s.label}${s.audience === 'public' ? ' (public)' : ''} | ${s.features} | ${int(s.total)} | ${fmt(p99(s.ms))} | ` +
        `${fmt(median(s.ms))} | ${fmt(p99(s.baselineMs), 2)} | ${fmt(median(s.baselineMs), 2)} | ` +
        `${fmt(p99(s.ms) / p99(s.baselineMs))} | ${fmt(median(s.ms) / median(s.baselineMs))} |`,
    ),
    '',
    `**Hotspot map over ${int(CASES)} cases: worst p99 ${fmt(worst)} ms (goal < ${GOAL_MS} ms: ${worst < GOAL_MS ? 'met' : 'MISSED'}${LOADED ? ', measured under load' : ''}).** ` +
      `Whole run: ${fmt((performance.now() - started) / 60_000)} min.`,
    '',
    `<details><summary>Hotspot rollup read, 10 months + 36 days: EXPLAIN (ANALYZE, BUFFERS)</summary>\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n\n</details>`,
  ];
  recordResults('hotspots', lines.join('\n'));
}

runBenchmark('hotspots', WATCHDOG_MS, main);
