/**
 * Scale out: two API processes and two worker processes, plus the mailer, all built (dist/) and on free ports,
 * against one PostgreSQL database, one Redis (the test's queue prefix), one S3-compatible store (s3rver) and one SMTP
 * capture. Submissions go to both APIs; a file uploaded through one downloads through the other (each API has its
 * own ATTACHMENTS_DIR, so only the store can serve it); every case is routed once, every notice sent once; each
 * scheduler tick runs once although both workers register the schedules; an administrator's change made through one
 * API reaches the other API and both workers (cache invalidation over Redis pub/sub, well within the 30 s TTL).
 */
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix } from '@hotline/platform';
import { BuiltProcess, makeCaseInput, S3TestServer, TEST_REDIS, TestPlatform, TINY_JPEG, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** The figures in docs/deployment.md come from runs with other values of these (one API and one worker, more cases). */
const CASES = Number(process.env.REPLICAS_CASES ?? 200);
const CONCURRENCY = Number(process.env.REPLICAS_CONCURRENCY ?? 8);
const API_COUNT = Number(process.env.REPLICAS_APIS ?? 2);
const WORKER_COUNT = Number(process.env.REPLICAS_WORKERS ?? 2);
const JPEG = TINY_JPEG;
const REFRESH_EVERY_MS = 5_000;

jest.setTimeout(5 * 60_000);

describe('two API and two worker replicas on one database, Redis and store', () => {
  const s3 = new S3TestServer();
  let platform: TestPlatform;
  let apis: BuiltProcess[] = [];
  let workers: BuiltProcess[] = [];
  let mailer: BuiltProcess;
  let workersStartedAt = 0;
  const figures: Record<string, unknown> = {};

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    platform.db.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    await s3.start();
    // The platform gives the database (migrated, reference data and users), the queue prefix and the SMTP capture.
    platform = await newPlatform().start({ worker: false });
    const env = {
      ...platform.processEnv(),
      ...s3.env(),
      SESSION_SECRET: platform.config.auth.secret,
      RUN_MIGRATIONS: 'false',
      RATE_LIMIT_INTAKE: 'off',
      RATE_LIMIT_TRACKING: 'off',
      LOG_LEVEL: process.env.REPLICAS_LOG_LEVEL ?? 'info',
    };
    apis = Array.from({ length: API_COUNT }, (_, i) => i + 1).map(
      (n) =>
        new BuiltProcess(`replicas-api-${n}`, 'apps/api/src/main.js', {
          ...env,
          ATTACHMENTS_DIR: path.join(os.tmpdir(), `hotline-${platform.queuePrefix}-api-${n}`),
        }),
    );
    workers = Array.from({ length: WORKER_COUNT }, (_, i) => i + 1).map(
      (n) => new BuiltProcess(`replicas-worker-${n}`, 'apps/worker/src/main.js', { ...env, WORKER_QUEUES: '!notifications' }),
    );
    mailer = new BuiltProcess('replicas-mailer', 'apps/worker/src/main.js', { ...env, WORKER_QUEUES: 'notifications' });
    workersStartedAt = Date.now();
    await Promise.all([
      ...apis.map((api) => api.start((output) => output.includes('successfully started'), 60_000)),
      ...[...workers, mailer].map((w) => w.start((output) => output.includes('worker metrics listening'), 60_000)),
    ]);
  });
  afterAll(async () => {
    await Promise.all([...apis, ...workers, mailer].filter(Boolean).map((p) => p.stop().catch(() => p.destroy())));
    await platform?.stop();
    await s3.stop();
    process.stdout.write(`replicas figures: ${JSON.stringify(figures, null, 2)}\n`);
  });

  const call = async <T>(api: BuiltProcess, method: string, url: string, body?: unknown, token?: string) => {
    const res = await fetch(`${api.url}${url}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
  };
  const login = async (api: BuiltProcess, [email, password]: readonly [string, string]) =>
    (await call<{ accessToken: string }>(api, 'POST', '/api/v1/auth/login', { email, password })).body.accessToken;
  /** hotline_jobs_processed_total of one process, by queue, completed attempts. */
  const processed = async (worker: BuiltProcess): Promise<Record<string, number>> => {
    const text = await (await fetch(`http://127.0.0.1:${worker.metricsPort}/metrics`)).text();
    const counts: Record<string, number> = {};
    for (const match of text.matchAll(/^hotline_jobs_processed_total\{([^}]*)\} (\d+)/gm)) {
      if (!match[1].includes('result="completed"')) continue;
      const queue = /queue="([^"]+)"/.exec(match[1])![1];
      counts[queue] = (counts[queue] ?? 0) + Number(match[2]);
    }
    return counts;
  };

  it('takes submissions on both APIs and routes every case once, with every notice sent once', async () => {
    const started = Date.now();
    const perApi = apis.map(() => 0);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CASES) {
          const i = next++;
          const res = await call<{ id: string }>(apis[i % apis.length], 'POST', '/api/v1/cases', makeCaseInput());
          expect(res.status).toBe(201);
          perApi[i % apis.length] += 1;
        }
      }),
    );
    const submitted = Date.now();
    await waitFor(
      async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status <> 'received'`))[0].n === CASES || undefined,
      `all ${CASES} cases to be routed`,
      180_000,
    );
    const routed = Date.now();
    const routings = await sql<{ case_id: string; n: number }>(
      `SELECT c.id AS case_id, count(e.id)::int AS n FROM cases c
       LEFT JOIN case_events e ON e.case_id = c.id AND e.type IN ('routed', 'sent_to_triage') GROUP BY c.id`,
    );
    expect(routings).toHaveLength(CASES);
    expect(routings.filter((r) => r.n !== 1)).toEqual([]);

    await waitFor(
      async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE status <> 'sent'`))[0].n === 0 || undefined,
      'every notice to be sent',
      180_000,
    );
    const [{ n: notices }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notifications`);
    await waitFor(() => platform.smtp.messages.length >= notices || undefined, 'the SMTP capture to hold every notice');
    const ids = platform.smtp.messages.map((m) => m.messageId);
    expect(notices).toBeGreaterThanOrEqual(CASES);
    expect(ids).toHaveLength(notices);
    expect(new Set(ids).size).toBe(notices);

    Object.assign(figures, {
      cases: CASES,
      submittedPerApi: perApi,
      submitSeconds: (submitted - started) / 1000,
      submissionsPerSecond: Math.round((CASES / (submitted - started)) * 1000),
      allRoutedSeconds: (routed - started) / 1000,
      notices,
      jobsCompletedPerWorker: await Promise.all(workers.map(processed)),
      jobsCompletedByMailer: await processed(mailer),
    });
    const perWorker = figures.jobsCompletedPerWorker as Record<string, number>[];
    expect(perWorker.reduce((sum, w) => sum + (w.cases ?? 0), 0)).toBeGreaterThanOrEqual(CASES);
  });

  it('downloads through one API what was uploaded through the other', async () => {
    const res = await call<{ trackingCode: string; accessKey: string }>(apis[0], 'POST', '/api/v1/cases', makeCaseInput());
    const { trackingCode, accessKey } = res.body;
    const body = new FormData();
    body.append('file', new Blob([JPEG]), 'ảnh hiện trường.jpg');
    const uploaded = await fetch(`${apis[0].url}/api/v1/cases/track/${trackingCode}/attachments?key=${encodeURIComponent(accessKey)}`, {
      method: 'POST',
      body,
    });
    expect(uploaded.status).toBe(201);
    const [attachment] = (await uploaded.json()) as { id: string }[];
    const download = await fetch(
      `${apis[apis.length - 1].url}/api/v1/cases/track/${trackingCode}/attachments/${attachment.id}?key=${encodeURIComponent(accessKey)}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    // The citizen reads the photo's copy without metadata, made by the first API and stored in the shared bucket.
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(bytes.subarray(0, 3)).toEqual(JPEG.subarray(0, 3));
  });

  it('runs each scheduler tick once although both workers register the schedules', async () => {
    const reporting = new Queue(QueueName.Reporting, { connection: bullConnection(TEST_REDIS), prefix: bullPrefix(platform.queuePrefix) });
    try {
      expect((await reporting.getJobSchedulers()).map((s) => s.key)).toEqual(['refresh-rollups']);
      await waitFor(async () => (await reporting.getJobCountByTypes('completed')) >= 3 || undefined, 'three rollup ticks', 60_000);
      const elapsed = Date.now() - workersStartedAt;
      const ticks = (await reporting.getJobs(['completed', 'failed'])).filter((j) => j.name === JobName.RefreshRollups);
      // One run per 5 s tick: a schedule registered twice would run twice within moments of each other.
      const runs = ticks.map((j) => j.processedOn!).sort((a, b) => a - b);
      const gaps = runs.slice(1).map((at, i) => at - runs[i]);
      expect(gaps.filter((gap) => gap < REFRESH_EVERY_MS / 2)).toEqual([]);
      expect(new Set(ticks.map((j) => j.id)).size).toBe(ticks.length);
      Object.assign(figures, { rollupTicks: ticks.length, rollupTickWindowSeconds: elapsed / 1000 });
    } finally {
      await reporting.close();
    }
  });

  it('an administrator’s change through one API reaches the other API and both workers', async () => {
    const other = apis[apis.length - 1];
    const [admin, secretariat] = [await login(apis[0], USERS.admin), await login(other, USERS.secretariat)];
    // Both APIs have the reference data cached before the change.
    for (const api of apis) expect((await call<{ code: string }[]>(api, 'GET', '/api/v1/agencies')).status).toBe(200);
    const agencies = (await call<{ id: string; code: string }[]>(apis[0], 'GET', '/api/v1/admin/agencies', undefined, admin)).body;
    const hoanKiem = agencies.find((a) => a.code === 'UBND-HOANKIEM')!;
    const renamed = `UBND phường Hoàn Kiếm (đổi tên ${Date.now()})`;
    expect((await call(apis[0], 'PATCH', `/api/v1/admin/agencies/${hoanKiem.id}`, { name: renamed }, admin)).status).toBe(200);
    await waitFor(
      async () =>
        (await call<{ code: string; name: string }[]>(other, 'GET', '/api/v1/agencies')).body.find((a) => a.code === 'UBND-HOANKIEM')
          ?.name === renamed || undefined,
      'the other API to show the renamed agency',
      10_000,
    );

    const rules = (
      await call<{ id: string; active: boolean; kind: null; areaCode: null; categoryCode: string; agencyCode: string }[]>(
        other,
        'GET',
        '/api/v1/admin/routing-rules',
        undefined,
        await login(other, USERS.admin),
      )
    ).body;
    const rule = rules.find((r) => r.active && r.categoryCode === 'GIAO-THONG.DUONG-HONG' && r.areaCode === null && r.kind === null)!;
    expect(rule.agencyCode).toBe('SXD');
    expect((await call(apis[0], 'PATCH', `/api/v1/admin/routing-rules/${rule.id}`, { agencyCode: 'UBND-HOANKIEM' }, admin)).status).toBe(
      200,
    );
    // Cases filed through both APIs after the change, routed by whichever worker takes them, all follow the new rule.
    const filed = await Promise.all(
      Array.from(
        { length: 10 },
        async (_, i) =>
          (
            await call<{ id: string }>(
              apis[i % apis.length],
              'POST',
              '/api/v1/cases',
              makeCaseInput({ categoryCode: 'GIAO-THONG.DUONG-HONG', areaCode: 'HN-HAIBATRUNG' }),
            )
          ).body.id,
      ),
    );
    const agencyOf = (id: string) =>
      waitFor(
        async () => {
          const d = (await call<{ status: string; agency?: { code: string } }>(other, 'GET', `/api/v1/cases/${id}`, undefined, secretariat))
            .body;
          return d.status !== 'received' && (d.agency?.code ?? 'triage');
        },
        `case ${id} to be routed`,
        60_000,
      );
    expect(await Promise.all(filed.map(agencyOf))).toEqual(Array(10).fill('UBND-HOANKIEM'));
  });
});
