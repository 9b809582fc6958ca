/**
 * Staff pages in Chromium at 1,000,000 cases (`npm run bench`, part `pages`; BENCH_PAGE_CASES changes the size).
 *
 * The real API (apps/api main.js as a child process, NODE_ENV=production) serves the built web UI (dist/web: run
 * `npm run build:web` first) on a loopback port; playwright-core drives Debian's Chromium (/usr/bin/chromium), signed
 * in through the login page as a person is. For each page — the agency officer's inbox (`/staff/cases`), the
 * secretariat's triage (`/staff/triage`), the council's dashboard (`/staff/dashboard`) — a full load is timed from
 * the navigation's start to the first rendered row of its table, PAGE_RUNS times after a warm-up, with every API call
 * the page made (path, status, time to the response's end).
 *
 * Baselines from the same run: (1) the same API calls made with fetch from Node, all at once, with the same session
 * cookie (what the page cannot go below but for its own work); (2) the login page's first rendered field, a page that
 * calls no API (the cost of loading and starting the app itself).
 *
 * Data: the cases of the list benchmark (`generate`, SQL), their per-case report facts derived from the cases with
 * SQL, and the rollups built from those facts by the production rebuild statement (`RollupService.rollUpAllFacts`).
 * Private database, dropped at the end, also on error, a signal or the watchdog.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { seedDemo } from '@hotline/cases';
import { LOCAL_TIME_ZONE, OPEN_STATUSES } from '@hotline/contracts';
import { RollupService } from '@hotline/reporting';
import { generate } from './case-list-tracking.bench';
import {
  freePort,
  fmt,
  header,
  recordResults,
  int,
  log,
  median,
  platformEnv,
  privateDatabase,
  privateQueuePrefix,
  ROOT,
  runBenchmark,
  selected,
  startChild,
} from './support/common';

const CASES = Number(process.env.BENCH_PAGE_CASES ?? 1_000_000);
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const WATCHDOG_MS = 14 * 60_000;
const GOAL_MS = 1000;
const WEB_DIR = join(ROOT, 'dist', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PAGES = [
  { name: 'agency inbox', path: '/staff/cases', who: ['officer@hotline.example.vn', 'Officer#2026'] },
  { name: 'triage', path: '/staff/triage', who: ['secretariat@hotline.example.vn', 'Secretariat#2026'] },
  { name: 'dashboard', path: '/staff/dashboard', who: ['council@hotline.example.vn', 'Council#2026'] },
] as const;

/** The first row of a case table (desktop width: a table, not cards) or of the dashboard's agency table. */
const FIRST_ROW = 'main table tbody tr';

interface Call {
  path: string;
  status: number;
  ms: number;
}
interface Run {
  ms: number;
  calls: Call[];
}
interface PageResult {
  name: string;
  path: string;
  runs: Run[];
  fetchMs: number[];
}

/** Facts per case from the generated rows (as the worker would compute them from the events), then the rollups. */
async function buildRollups(ds: DataSource): Promise<{ factsMs: number; rollupMs: number }> {
  const started = performance.now();
  await ds.query(
    `INSERT INTO report_case_facts (case_id, received_day, agency_id, category_id, area_id, channel, kind, routed, answered,
       answered_on_time, resolved, open, rated, satisfied, reopened, returned, answer_days, due_at, very_late_at, last_event_id)
     SELECT c.id, (c.received_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date, c.agency_id, c.category_id, c.area_id, c.channel::text,
            c.kind::text, c.agency_id IS NOT NULL, c.answered_at IS NOT NULL,
            c.answered_at IS NOT NULL AND abs(hashtext(c.id::text)) % 7 <> 0, c.status = 'closed', c.status = ANY($1::text[]),
            c.status = 'closed', c.status = 'closed' AND abs(hashtext(c.id::text)) % 5 <> 0, c.status = 'reopened',
            c.status = 'returned', CASE WHEN c.answered_at IS NOT NULL THEN 8 END,
            CASE WHEN c.status = ANY($1::text[]) THEN c.due_at END,
            CASE WHEN c.status = ANY($1::text[]) THEN c.due_at + interval '7 days' END, 0
       FROM cases c`,
    [OPEN_STATUSES],
  );
  await ds.query(`VACUUM ANALYZE report_case_facts`);
  const factsMs = performance.now() - started;
  const rollups = new RollupService(ds);
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = '8min'`);
    await rollups.rollUpAllFacts(m);
  });
  await ds.query(`VACUUM ANALYZE report_rollup`);
  return { factsMs, rollupMs: performance.now() - started - factsMs };
}

/** Times a full load of `path` to its first rendered row, with the API calls it made. */
async function load(page: Page, path: string, selector: string): Promise<Run> {
  const calls: Call[] = [];
  const finished = async (request: import('playwright-core').Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const response = await request.response();
    calls.push({ path: url.pathname + url.search, status: response?.status() ?? 0, ms: request.timing().responseEnd });
  };
  page.on('requestfinished', finished);
  await page.goto(path, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start; polled on every animation frame.
  const handle = await page.waitForFunction(
    (sel) => {
      const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } };
      return g.document.querySelector(sel) ? g.performance.now() : 0;
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', finished);
  return { ms, calls };
}

async function signIn(page: Page, [email, password]: readonly [string, string]): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/staff\//);
}

async function measure(browser: Browser, baseURL: string): Promise<{ pages: PageResult[]; login: number[] }> {
  const pages: PageResult[] = [];
  for (const p of PAGES) {
    const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, p.who);
    await load(page, p.path, FIRST_ROW); // warm-up: the API's first queries, the browser's cache of the bundle
    const runs: Run[] = [];
    for (let i = 0; i < PAGE_RUNS; i += 1) runs.push(await load(page, p.path, FIRST_ROW));
    // Baseline 1: the same calls from Node, all at once, with the page's session cookie.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const fetchMs: number[] = [];
    for (const run of runs) {
      const t = performance.now();
      await Promise.all(
        run.calls.map(async (c) => {
          const res = await fetch(`${baseURL}${c.path}`, { headers: { cookie } });
          await res.arrayBuffer();
        }),
      );
      fetchMs.push(performance.now() - t);
    }
    const mid = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    log(`  ${p.name}: first row median ${fmt(mid.ms)} ms (${mid.calls.length} API calls); the calls from Node ${fmt(median(fetchMs))} ms`);
    pages.push({ name: p.name, path: p.path, runs, fetchMs });
    await context.close();
  }
  // Baseline 2: the login page (no API call) to its first field.
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await load(page, '/login', 'main input');
  const login: number[] = [];
  for (let i = 0; i < PAGE_RUNS; i += 1) login.push((await load(page, '/login', 'main input')).ms);
  await context.close();
  log(`  login page first field: median ${fmt(median(login))} ms`);
  return { pages, login };
}

function report(result: { pages: PageResult[]; login: number[] }, data: string): string[] {
  const lines: string[] = [
    `### Staff pages in Chromium at ${int(CASES)} cases: time to the first rendered row`,
    '',
    data,
    `- Workload: Debian's Chromium (headless, 1366×900) through playwright-core, signed in through the login page; ` +
      `${PAGE_RUNS} full loads per page after a warm-up, each timed from the navigation's start to the first row of its ` +
      `table (\`${FIRST_ROW}\`), then until the network is idle; the API serves the built web UI (loopback, NODE_ENV=production).`,
    `- Baselines, same run: the page's own API calls made at once with fetch from Node (same session cookie); the login ` +
      `page, which calls no API, to its first field: median ${fmt(median(result.login))} ms (max ${fmt(Math.max(...result.login))} ms).`,
    '',
    '| page | first row, median (ms) | max (ms) | API calls | those calls from Node at once, median (ms) | login page baseline (ms) | goal < 1 s |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const p of result.pages) {
    const ms = p.runs.map((r) => r.ms);
    lines.push(
      `| ${p.name} (\`${p.path}\`) | ${fmt(median(ms))} | ${fmt(Math.max(...ms))} | ${p.runs[0].calls.length} | ` +
        `${fmt(median(p.fetchMs))} | ` +
        `${fmt(median(result.login))} | ${Math.max(...ms) < GOAL_MS ? 'met' : 'MISSED'} |`,
    );
  }
  for (const p of result.pages) {
    const mid = [...p.runs].sort((a, b) => a.ms - b.ms)[Math.floor(p.runs.length / 2)];
    lines.push('', `API calls of the ${p.name}, median run (time from the request's start to the response's end):`, '');
    lines.push('| call | status | ms |', '|---|---:|---:|');
    for (const c of mid.calls) lines.push(`| \`${c.path}\` | ${c.status} | ${fmt(c.ms)} |`);
  }
  return lines;
}

if (require.main === module)
  runBenchmark('page-speed bench', WATCHDOG_MS, async () => {
    if (!selected('pages')) return;
    if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`No web build in ${WEB_DIR}: run npm run build:web first`);
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (CHROMIUM_PATH)`);
    const started = performance.now();
    log(`${int(CASES)} cases: staff pages in Chromium`);
    const { db, drop } = await privateDatabase();
    const { prefix, dispose } = privateQueuePrefix();
    let browser: Browser | undefined;
    try {
      await seedDemo(db.dataSource, { cases: 0 });
      const { generateMs } = await generate(db.dataSource, CASES);
      const { factsMs, rollupMs } = await buildRollups(db.dataSource);
      log(`  facts in ${fmt(factsMs / 1000)} s, rollups in ${fmt(rollupMs / 1000)} s`);
      const api = await startChild('api', platformEnv(db.url, prefix, await freePort(), { WEB_DIR }));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
      });
      const result = await measure(browser, api.url);
      await browser.close();
      browser = undefined;
      await api.stop();
      const data =
        `- Data: ${int(CASES)} cases generated with SQL in ${fmt(generateMs / 1000)} s (the list benchmark's generator), ` +
        `their report facts derived with SQL in ${fmt(factsMs / 1000)} s and the rollups built by the production statement ` +
        `in ${fmt(rollupMs / 1000)} s.`;
      recordResults(
        'pages',
        [
          ...(await header(`staff pages in Chromium at ${int(CASES)} cases`)),
          '',
          ...report(result, data),
          '',
          `Whole file: ${fmt((performance.now() - started) / 60_000)} min.`,
          '',
          '',
        ].join('\n'),
      );
    } finally {
      await browser?.close();
      await dispose();
      await drop();
    }
  });
