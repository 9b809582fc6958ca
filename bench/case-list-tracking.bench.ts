/**
 * Read-path benchmark at 1,000,000 cases (`npm run bench`, parts `list` and `track`), on ONE generated database.
 *
 * 3. Staff case list `GET /api/v1/cases` with filters and paging, as the secretariat (all cases) and as an agency
 *    officer (own agency), on the real API (apps/api main.js as a child process on a loopback port): latency p99
 *    per filter combination with autocannon (LIST_CONNECTIONS connections). Goal p99 < 50 ms. Baseline: the same
 *    server's trivial `GET /health/live`, same connections and duration.
 * 4. Citizen tracking `GET /api/v1/cases/track/:code?key=` throughput vs a bare Fastify server (no Nest) doing the
 *    same single indexed query and key check on the same database, same connections (TRACK_CONNECTIONS); rounds
 *    alternate bare / API.
 *
 * The cases are generated with SQL (generate_series) in chunks: kinds, channels, statuses, agencies, categories,
 * areas, received over two years, due dates on the open ones, one `received` event each; every 100th case (10,000)
 * is the tracking set, with a known access key and a second (routed) event. Private database (TestDatabase), dropped
 * at the end, also on error, a signal or the watchdog; the API's queue prefix is private too.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource, QueryRunner } from 'typeorm';
import { seedDemo } from '@hotline/cases';
import {
  cannon,
  Child,
  cpuSample,
  cpuSince,
  fmt,
  freePort,
  header,
  int,
  log,
  median,
  platformEnv,
  privateDatabase,
  privateQueuePrefix,
  recordResults,
  runBenchmark,
  selected,
  startChild,
} from './support/common';

const CASES = Number(process.env.BENCH_LIST_CASES ?? 1_000_000);
const CHUNK = 100_000;
const TRACK_EVERY = 100;
const GENERATION_LIMIT_MS = 6 * 60_000;
const LIST_CONNECTIONS = 4;
const LIST_SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 5);
const TRACK_CONNECTIONS = 16;
const TRACK_SECONDS = Number(process.env.BENCH_TRACK_SECONDS ?? 8);
const TRACK_ROUNDS = 2;
const WATCHDOG_MS = 12 * 60_000;
const LIST_GOAL_MS = 50;

const STAFF = {
  secretariat: { email: 'secretariat@hotline.example.vn', password: 'Secretariat#2026', label: 'secretariat' },
  officer: { email: 'officer@hotline.example.vn', password: 'Officer#2026', label: 'officer (SXD)' },
} as const;

interface ListScenario {
  who: keyof typeof STAFF;
  query: string;
}

interface ListResult extends ListScenario {
  total: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Data generation
// ---------------------------------------------------------------------------------------------------------------

/** A deterministic pseudo-random integer in [0, 1000003) from the row number and a salt. */
const h = (salt: number) => `((i::bigint * 2654435761 + ${salt * 40503}) % 1000003)`;
const pick = (values: string[], salt: number) => `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[1 + ${h(salt)} % ${values.length}]`;
const trackingCode = (i: number) => `HN-2026-${String(i).padStart(7, '0')}`;
const accessKey = (i: number) => `bench-key-${i}`;

const TITLES = [
  'Đèn đường hỏng trên phố',
  'Ngập úng sau mưa tại ngõ',
  'Rác thải tồn đọng ở chợ',
  'Lấn chiếm vỉa hè kinh doanh tại',
  'Xây dựng không phép ở khu dân cư',
  'Tiếng ồn quán karaoke về đêm tại',
  'Đề nghị hỗ trợ chính sách người có công ở',
  'Mặt đường xuống cấp, nhiều ổ gà trên đường',
];

/** Generates `cases` cases (default BENCH_LIST_CASES or 1,000,000) with their events; the page-speed bench uses it too. */
export async function generate(ds: DataSource, cases = CASES): Promise<{ generateMs: number; phone: string }> {
  const categories = (
    await ds.query(`SELECT id FROM categories c WHERE NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_id = c.id) ORDER BY code`)
  ).map((r: { id: string }) => r.id);
  const areas = (await ds.query(`SELECT id FROM areas WHERE parent_id IS NOT NULL ORDER BY code`)).map((r: { id: string }) => r.id);
  const agencies = (await ds.query(`SELECT id FROM agencies WHERE active ORDER BY code`)).map((r: { id: string }) => r.id);
  const [{ sxd }] = await ds.query(`SELECT id AS sxd FROM agencies WHERE code = 'SXD'`);
  const qr: QueryRunner = ds.createQueryRunner();
  await qr.connect();
  const started = performance.now();
  try {
    await qr.query(`SET statement_timeout = '5min'`);
    for (let lo = 1; lo <= cases; lo += CHUNK) {
      const hi = Math.min(cases, lo + CHUNK - 1);
      if (performance.now() - started > GENERATION_LIMIT_MS) {
        throw new Error(`data generation exceeded ${GENERATION_LIMIT_MS / 60_000} minutes at ${lo - 1} of ${cases} cases; aborting`);
      }
      await qr.startTransaction();
      // Cases received over the last two years, newest last; recent ones mostly open, older ones mostly closed.
      await qr.query(
        `INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description, category_id,
           area_id, address, citizen_name, citizen_phone, anonymous, is_public, agency_id, answer, received_at, routed_at,
           answered_at, closed_at, updated_at, due_at)
         SELECT (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-0000000000b1')::uuid,
           'HN-2026-' || lpad(i::text, 7, '0'), sha256(convert_to('bench-key-' || i, 'UTF8')),
           k.kind,
           ${pick(['web', 'web', 'web', 'web', 'hotline', 'hotline', 'hotline', 'email', 'walk_in', 'voter_meeting'], 2)},
           s.status, CASE WHEN ${h(3)} % 20 = 0 THEN 'urgent' ELSE 'normal' END,
           t.title || ' số ' || i,
           'Người dân phản ánh: ' || t.title || ' số ' || i || ', đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm.',
           ($1::uuid[])[1 + ${h(4)} % cardinality($1::uuid[])], ($2::uuid[])[1 + ${h(5)} % cardinality($2::uuid[])],
           i || ' phố Huế', CASE WHEN k.kind <> 'denunciation' THEN 'Nguyễn Văn An' END,
           CASE WHEN k.kind <> 'denunciation' THEN '09' || lpad((${h(6)} * 97)::text, 8, '0') END, false, ${h(7)} % 5 = 0,
           CASE WHEN s.status IN ('received', 'triage', 'returned') THEN NULL
                WHEN ${h(8)} % 4 = 0 THEN $3::uuid
                ELSE ($4::uuid[])[1 + ${h(9)} % cardinality($4::uuid[])] END,
           CASE WHEN s.status IN ('answered', 'closed') THEN 'Cơ quan đã kiểm tra và xử lý theo quy định.' END,
           r.received, r.received + interval '3 hours',
           CASE WHEN s.status IN ('answered', 'closed') THEN r.received + interval '10 days' END,
           CASE WHEN s.status = 'closed' THEN r.received + interval '20 days' END,
           r.received,
           CASE WHEN s.status IN ('received', 'triage', 'routed', 'accepted', 'returned', 'in_progress', 'reopened')
                THEN r.received + (5 + ${h(10)} % 40) * interval '1 day' END
         FROM generate_series($5::int, $6::int) i,
           -- A denunciation's author is never on the case row (a CHECK constraint; identities live in case_identities).
           LATERAL (SELECT ${pick(['feedback', 'feedback', 'feedback', 'feedback', 'petition', 'petition', 'complaint', 'question', 'question', 'denunciation'], 1)} AS kind) k,
           LATERAL (SELECT now() - ($7::int - i) * (interval '730 days' / $7::int) - ${h(11)} % 600 * interval '1 second' AS received) r,
           LATERAL (SELECT (ARRAY[${TITLES.map((t) => `'${t}'`).join(',')}])[1 + ${h(12)} % ${TITLES.length}] AS title) t,
           LATERAL (SELECT CASE
             WHEN r.received < now() - interval '120 days' THEN
               (ARRAY['closed','closed','closed','closed','closed','closed','closed','closed','closed','closed',
                      'closed','closed','closed','closed','closed','answered','rejected','merged','withdrawn','in_progress'])
               [1 + ${h(13)} % 20]
             ELSE
               (ARRAY['received','triage','routed','routed','accepted','accepted','returned','in_progress','in_progress','in_progress',
                      'in_progress','awaiting_info','answered','answered','answered','closed','closed','closed','reopened','rejected'])
               [1 + ${h(13)} % 20]
             END AS status) s`,
        [categories, areas, sxd, agencies, lo, hi, cases],
      );
      await qr.query(
        `INSERT INTO case_events (case_id, type, to_status, actor_type, visible_to_citizen, data, created_at)
         SELECT c.id, 'received', 'received', 'citizen', true, jsonb_build_object('channel', c.channel), c.received_at
           FROM cases c
          WHERE c.id BETWEEN (lpad(to_hex($1::int), 8, '0') || '-0000-7000-8000-0000000000b1')::uuid
                         AND (lpad(to_hex($2::int), 8, '0') || '-0000-7000-8000-0000000000b1')::uuid
          ORDER BY c.id`,
        [lo, hi],
      );
      // The tracking set also has a visible routing step.
      await qr.query(
        `INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, agency_id, visible_to_citizen, created_at)
         SELECT c.id, 'routed', 'received', 'routed', 'system', c.agency_id, true, c.routed_at
           FROM generate_series($1::int, $2::int) i
           JOIN cases c ON c.id = (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-0000000000b1')::uuid
          WHERE i % ${TRACK_EVERY} = 0 AND c.agency_id IS NOT NULL`,
        [lo, hi],
      );
      await qr.commitTransaction();
      if (cases > CHUNK) log(`  generated ${hi.toLocaleString('en')} / ${cases.toLocaleString('en')} cases`);
    }
  } finally {
    await qr.release();
  }
  const generateMs = performance.now() - started;
  await ds.query(`VACUUM ANALYZE cases`);
  await ds.query(`VACUUM ANALYZE case_events`);
  await ds.query(`CHECKPOINT`);
  log(`  generated in ${fmt(generateMs / 1000)} s, vacuumed and analysed in ${fmt((performance.now() - started - generateMs) / 1000)} s`);
  const [{ phone }] = await ds.query(
    `SELECT citizen_phone AS phone FROM cases WHERE tracking_code >= $1 AND citizen_phone IS NOT NULL ORDER BY tracking_code LIMIT 1`,
    [trackingCode(Math.floor(cases / 3))],
  );
  return { generateMs, phone };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Staff case list
// ---------------------------------------------------------------------------------------------------------------

function scenarios(phone: string): ListScenario[] {
  const month = new Date(Date.now() - 200 * 86_400_000);
  const from = month.toISOString().slice(0, 10);
  const to = new Date(month.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return [
    { who: 'secretariat', query: '' },
    { who: 'secretariat', query: 'status=triage,returned' },
    { who: 'secretariat', query: 'kind=complaint&area=HN-HOANKIEM' },
    { who: 'secretariat', query: 'category=MOI-TRUONG&status=accepted,in_progress' },
    { who: 'secretariat', query: 'overdue=true' },
    { who: 'secretariat', query: `channel=hotline&from=${from}&to=${to}` },
    { who: 'secretariat', query: `q=${encodeURIComponent('ngập')}` },
    { who: 'secretariat', query: `phone=${phone}` },
    { who: 'secretariat', query: 'status=closed&page=200&pageSize=50' },
    { who: 'officer', query: '' },
    { who: 'officer', query: 'status=accepted,in_progress&overdue=true' },
    { who: 'officer', query: 'dueWithin=3d' },
    { who: 'officer', query: 'kind=feedback&page=3' },
  ];
}

async function login(api: Child, who: keyof typeof STAFF): Promise<string> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: STAFF[who].email, password: STAFF[who].password }),
  });
  if (res.status !== 200) throw new Error(`login of ${who} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function staffList(
  api: Child,
  phone: string,
): Promise<{ results: ListResult[]; baseline: { rps: number; p50: number; p99: number } }> {
  log(`part 3: staff case list, ${LIST_CONNECTIONS} connections, ${LIST_SECONDS} s per filter combination`);
  const tokens = { secretariat: await login(api, 'secretariat'), officer: await login(api, 'officer') };
  const health = async () => {
    const r = await cannon({ url: `${api.url}/health/live`, connections: LIST_CONNECTIONS, duration: LIST_SECONDS });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
  };
  await cannon({ url: `${api.url}/health/live`, connections: LIST_CONNECTIONS, duration: 1 });
  const before = await health();
  const results: ListResult[] = [];
  for (const s of scenarios(phone)) {
    const url = `${api.url}/api/v1/cases${s.query ? `?${s.query}` : ''}`;
    const headers = { authorization: `Bearer ${tokens[s.who]}` };
    const first = await fetch(url, { headers });
    if (first.status !== 200) throw new Error(`${url}: ${first.status} ${await first.text()}`);
    const { total } = (await first.json()) as { total: number };
    await cannon({ url, headers, connections: LIST_CONNECTIONS, duration: 1 });
    const r = await cannon({ url, headers, connections: LIST_CONNECTIONS, duration: LIST_SECONDS });
    results.push({ ...s, total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max });
    log(
      `  ${STAFF[s.who].label} ?${s.query}: total ${total}, p50 ${r.latency.p50} ms, ` +
        `p99 ${r.latency.p99} ms, ${fmt(r.requests.average)} req/s`,
    );
  }
  const after = await health();
  const baseline = { rps: (before.rps + after.rps) / 2, p50: (before.p50 + after.p50) / 2, p99: (before.p99 + after.p99) / 2 };
  log(`  baseline /health/live: p50 ${baseline.p50} ms, p99 ${baseline.p99} ms`);
  return { results, baseline };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Tracking throughput vs bare Fastify
// ---------------------------------------------------------------------------------------------------------------

function trackRequests() {
  const codes = Math.floor(CASES / TRACK_EVERY);
  let n = 0;
  return [
    {
      method: 'GET',
      setupRequest: (req: object) => {
        n = (n * 7919 + 1) % codes; // a fixed walk over the whole tracking set
        const i = (n + 1) * TRACK_EVERY;
        return { ...req, path: `/api/v1/cases/track/${trackingCode(i)}?key=${accessKey(i)}` };
      },
    },
  ];
}

/** CPU per answered request, in ms: the server process, PostgreSQL, Redis and autocannon (this process). */
interface TrackCpu {
  server: number;
  postgres: number;
  redis: number;
  client: number;
}

interface TrackResult {
  apiRps: number[];
  bareRps: number[];
  apiP99: number[];
  bareP99: number[];
  apiCpu: TrackCpu[];
  bareCpu: TrackCpu[];
}

async function tracking(api: Child, bare: Child): Promise<TrackResult> {
  log(`part 4: tracking, ${TRACK_CONNECTIONS} connections, ${TRACK_ROUNDS} rounds of ${TRACK_SECONDS} s`);
  // Both answer the same case the same way (and a wrong key with 404).
  const probe = `/api/v1/cases/track/${trackingCode(TRACK_EVERY * 7)}`;
  for (const server of [api, bare]) {
    const ok = await fetch(`${server.url}${probe}?key=${accessKey(TRACK_EVERY * 7)}`);
    const wrong = await fetch(`${server.url}${probe}?key=wrong-key`);
    if (ok.status !== 200 || wrong.status !== 404) throw new Error(`${server.name} tracking probe answered ${ok.status} / ${wrong.status}`);
  }
  const run = async (server: Child, seconds: number) => {
    const before = cpuSample([server.process.pid!]);
    const result = await cannon({ url: server.url, connections: TRACK_CONNECTIONS, duration: seconds, requests: trackRequests() });
    const used = cpuSince(before, cpuSample([server.process.pid!]));
    const per = (seconds: number) => (seconds * 1000) / Math.max(result.requests.total, 1);
    const cpu: TrackCpu = {
      server: per(used.pids[server.process.pid!]),
      postgres: per(used.postgres),
      redis: per(used.redis),
      client: per(used.self),
    };
    return { result, cpu };
  };
  await run(bare, 2);
  await run(api, 2);
  const r: TrackResult = { apiRps: [], bareRps: [], apiP99: [], bareP99: [], apiCpu: [], bareCpu: [] };
  for (let round = 1; round <= TRACK_ROUNDS; round++) {
    const { result: b, cpu: bCpu } = await run(bare, TRACK_SECONDS);
    const { result: a, cpu: aCpu } = await run(api, TRACK_SECONDS);
    r.bareRps.push(b.requests.average);
    r.bareP99.push(b.latency.p99);
    r.bareCpu.push(bCpu);
    r.apiRps.push(a.requests.average);
    r.apiP99.push(a.latency.p99);
    r.apiCpu.push(aCpu);
    log(`  round ${round}: bare ${fmt(b.requests.average)} req/s, API ${fmt(a.requests.average)} req/s`);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

function listReport(list: { results: ListResult[]; baseline: { rps: number; p50: number; p99: number } }): string[] {
  const worst = list.results.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const met = list.results.every((r) => r.p99 < LIST_GOAL_MS);
  return [
    `### Staff case list (\`GET /api/v1/cases\`) at ${int(CASES)} cases`,
    '',
    `- Workload: the real API (child process, loopback, NODE_ENV=production, LOG_LEVEL=info), autocannon with ${LIST_CONNECTIONS} ` +
      `connections for ${LIST_SECONDS} s per filter combination after a 1-s warm-up; page size 25 unless given.`,
    `- Baseline (same server, same run, same connections and duration, before and after the list runs): \`GET /health/live\`: ` +
      `p50 ${fmt(list.baseline.p50)} ms, p99 ${fmt(list.baseline.p99)} ms, ${fmt(list.baseline.rps)} req/s.`,
    '',
    '| as | query | total | req/s | p50 (ms) | p99 (ms) | max (ms) | p99 / baseline p99 | goal p99 < 50 ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...list.results.map(
      (r) =>
        `| ${STAFF[r.who].label} | \`${r.query ? decodeURIComponent(r.query) : '(none)'}\` | ${int(r.total)} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.max} | ` +
        `${fmt(r.p99 / Math.max(list.baseline.p99, 1), 1)} | ${r.p99 < LIST_GOAL_MS ? 'met' : 'MISSED'} |`,
    ),
    '',
    `**Case list: worst p99 ${worst.p99} ms (${STAFF[worst.who].label}, \`${decodeURIComponent(worst.query) || '(none)'}\`)** ` +
      `(goal < ${LIST_GOAL_MS} ms for every combination: ${met ? 'met' : 'MISSED'}).`,
  ];
}

function trackReport(t: TrackResult): string[] {
  const ratio = median(t.apiRps) / median(t.bareRps);
  return [
    `### Citizen tracking (\`GET /api/v1/cases/track/:code?key=\`) vs a bare Fastify handler, ${int(CASES)} cases`,
    '',
    `- Workload: autocannon with ${TRACK_CONNECTIONS} connections for ${TRACK_SECONDS} s per round over the ${int(CASES / TRACK_EVERY)} ` +
      `non-public cases of the tracking set (each with its access key), rounds alternating bare / API after a 2-s warm-up of each.`,
    '- Baseline: bench/support/bare-server.ts, Fastify without Nest, the same single indexed query on `cases.tracking_code` ' +
      'and the same constant-time key check, pg pool of 20, a child process like the API.',
    '',
    '| round | bare (req/s) | bare p99 (ms) | API (req/s) | API p99 (ms) | API / bare |',
    '|---:|---:|---:|---:|---:|---:|',
    ...t.apiRps.map(
      (a, i) => `| ${i + 1} | ${fmt(t.bareRps[i])} | ${t.bareP99[i]} | ${fmt(a)} | ${t.apiP99[i]} | ${fmt((a / t.bareRps[i]) * 100)}% |`,
    ),
    '',
    'CPU per answered request, in ms of CPU time (user + system) read from /proc around each round (autocannon runs in the ' +
      'benchmark process; PostgreSQL counts every server process):',
    '',
    '| round | server | server process | PostgreSQL | Redis | autocannon | total |',
    '|---:|---|---:|---:|---:|---:|---:|',
    ...t.apiRps.flatMap((_, i) =>
      (
        [
          ['bare', t.bareCpu[i]],
          ['API', t.apiCpu[i]],
        ] as const
      ).map(
        ([name, c]) =>
          `| ${i + 1} | ${name} | ${fmt(c.server, 3)} | ${fmt(c.postgres, 3)} | ${fmt(c.redis, 3)} | ${fmt(c.client, 3)} | ` +
          `${fmt(c.server + c.postgres + c.redis + c.client, 3)} |`,
      ),
    ),
    '',
    `**Tracking: ${fmt(median(t.apiRps))} req/s = ${fmt(ratio * 100)}% of the bare handler (${fmt(median(t.bareRps))} req/s)** ` +
      `(medians; goal ≥ 50%: ${ratio >= 0.5 ? 'met' : 'MISSED'}).`,
  ];
}

if (require.main === module)
  runBenchmark('case-list-tracking bench', WATCHDOG_MS, async () => {
    const doList = selected('list');
    const doTrack = selected('track');
    if (!doList && !doTrack) return;
    const started = performance.now();
    log(`${int(CASES)} cases: ${[doList && 'list', doTrack && 'track'].filter(Boolean).join(', ')}`);
    const { db, drop } = await privateDatabase();
    const { prefix, dispose } = privateQueuePrefix();
    try {
      await seedDemo(db.dataSource, { cases: 0 });
      const { generateMs, phone } = await generate(db.dataSource);
      const [{ cases_size }] = await db.dataSource.query(`SELECT pg_size_pretty(pg_total_relation_size('cases')) AS cases_size`);
      const api = await startChild('api', platformEnv(db.url, prefix, await freePort()));
      const list = doList ? await staffList(api, phone) : undefined;
      let track: TrackResult | undefined;
      if (doTrack) {
        const bare = await startChild('bare', { DATABASE_URL: db.url, PORT: String(await freePort()) });
        track = await tracking(api, bare);
        await bare.stop();
      }
      await api.stop();
      const lines = [
        ...(await header(
          `read paths at ${int(CASES)} cases: ${[list && 'staff case list', track && 'tracking'].filter(Boolean).join(', ')}`,
        )),
        `- Data: ${int(CASES)} cases generated with SQL in ${fmt(generateMs / 1000)} s (cases table with indexes: ${cases_size}), ` +
          `received over two years, one event each (two for the tracking set).`,
        '',
        ...(list ? [...listReport(list), ''] : []),
        ...(track ? [...trackReport(track), ''] : []),
        `Whole file: ${fmt((performance.now() - started) / 60_000)} min.`,
        '',
        '',
      ];
      recordResults('reads', lines.join('\n'));
    } finally {
      await dispose();
      await drop();
    }
  });
