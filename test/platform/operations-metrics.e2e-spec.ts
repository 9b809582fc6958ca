import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QueueName } from '@hotline/contracts';
import { WorkerMetricsService } from '@hotline/platform';
import { freePort, makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface DeadLetter {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
}

const METRICS_TOKEN = 'scrape-token-for-the-monitoring-server-0123456789';

describe('metrics and dead letters', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // HOST=0.0.0.0 as in the container: the worker's metrics must still stay on the loopback interface.
    platform = await newPlatform().start({ env: { METRICS_TOKEN, HOST: '0.0.0.0', WORKER_METRICS_PORT: String(await freePort()) } });
  });
  afterAll(() => platform.stop());

  it('exposes HTTP latency by route template, queue states, outbox lag and case counts', async () => {
    const { body } = await platform.request<{ trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput());
    await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}?key=${body.accessKey}`);
    const res = await fetch(`${platform.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toMatch(/hotline_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/cases",status="201"\} 1/);
    expect(text).toContain('route="/api/v1/cases/track/:trackingCode"');
    expect(text).not.toContain(body.trackingCode);
    expect(text).not.toContain(body.accessKey);
    expect(text).toMatch(/hotline_queue_jobs\{queue="cases",state="failed"\} \d+/);
    expect(text).toMatch(/hotline_outbox_lag_seconds \d/);
    expect(text).toMatch(/hotline_cases_open [1-9]/);
    expect(text).toMatch(/hotline_cases_overdue \d/);
  });

  it('serves /metrics to the METRICS_TOKEN or an administrator only, and the worker’s metrics on the loopback interface only', async () => {
    const scrape = (authorization?: string) => fetch(`${platform.baseUrl}/metrics`, { headers: authorization ? { authorization } : {} });
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ statusCode: 401, message: expect.stringMatching(/METRICS_TOKEN/) });
    expect((await scrape(`Bearer ${METRICS_TOKEN.replace('0123', '9999')}`)).status).toBe(401);
    const operator = await platform.login(...USERS.operator);
    expect((await scrape(`Bearer ${operator}`)).status).toBe(403);
    const admin = await platform.login(...USERS.admin);
    expect((await scrape(`Bearer ${admin}`)).status).toBe(200);
    expect((await scrape(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);

    const workerMetrics = platform.worker!.get(WorkerMetricsService);
    expect(workerMetrics['server']?.address()).toMatchObject({ address: '127.0.0.1', port: workerMetrics.port });
  });

  it('lists a job that failed every attempt and redrives it on an administrator’s request', async () => {
    const admin = await platform.login(...USERS.admin);
    const cases = platform.worker!.get<Queue>(getQueueToken(QueueName.Cases));
    await cases.add('no-such-job', { caseId: '00000000-0000-7000-8000-000000000000' }, { jobId: 'dead-letter-1', attempts: 1 });
    const listed = await waitFor(async () => {
      const res = await platform.request<DeadLetter[]>('GET', '/api/v1/admin/dead-letters', undefined, admin);
      return res.body.find((d) => d.id === 'dead-letter-1');
    }, 'the failed job in the dead-letter list');
    expect(listed).toMatchObject({
      queue: 'cases',
      name: 'no-such-job',
      attemptsMade: 1,
      failedReason: 'cases queue has no handler for no-such-job',
    });

    const inspected = await platform.request<{ stacktrace: string[]; state: string; createdAt: string }>(
      'GET',
      '/api/v1/admin/dead-letters/cases/dead-letter-1',
      undefined,
      admin,
    );
    expect(inspected.status).toBe(200);
    expect(inspected.body).toMatchObject({
      id: 'dead-letter-1',
      state: 'failed',
      data: { caseId: '00000000-0000-7000-8000-000000000000' },
    });
    expect(inspected.body.stacktrace[0]).toContain('cases queue has no handler for no-such-job');

    const officer = await platform.login(...USERS.officerSxd);
    expect((await platform.request('GET', '/api/v1/admin/dead-letters/cases/dead-letter-1', undefined, officer)).status).toBe(403);
    expect((await platform.request('GET', '/api/v1/admin/dead-letters', undefined, officer)).status).toBe(403);

    const firstFinish = (await cases.getJob('dead-letter-1'))!.finishedOn!;
    const redriven = await platform.request<DeadLetter>('POST', '/api/v1/admin/dead-letters/cases/dead-letter-1/redrive', undefined, admin);
    expect(redriven.status).toBe(200);
    // The handler still does not exist, so the job fails again: it went back through the worker once more.
    await waitFor(async () => {
      const job = await cases.getJob('dead-letter-1');
      return (job && job.finishedOn! > firstFinish && (await job.isFailed())) || undefined;
    }, 'the redriven job to run and fail again');
    expect((await platform.request('POST', '/api/v1/admin/dead-letters/cases/unknown-job/redrive', undefined, admin)).status).toBe(404);
    expect((await platform.request('POST', '/api/v1/admin/dead-letters/nope/x/redrive', undefined, admin)).status).toBe(400);
    expect((await platform.request('GET', '/api/v1/admin/dead-letters/cases/unknown-job', undefined, admin)).status).toBe(404);
  });

  it('serves the queue dashboard to administrators only', async () => {
    const url = `${platform.baseUrl}/admin/queues`;
    const anonymous = await fetch(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const operator = await platform.login(...USERS.operator);
    expect((await fetch(url, { headers: { authorization: `Bearer ${operator}` } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: 'Bearer not-a-token-but-long-enough' } })).status).toBe(401);

    // A browser signed in to the web UI: its httpOnly session cookie opens the board.
    const signIn = await fetch(`${platform.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: USERS.admin[0], password: USERS.admin[1] }),
    });
    const cookie = signIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hotline_session=[^;]+;.*HttpOnly; SameSite=Strict/);
    const page = await fetch(url, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${url}/api/queues?activeQueue=cases&status=failed&page=1&jobsPerPage=10`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(api.status).toBe(200);
    const board = (await api.json()) as { queues: { name: string }[] };
    expect(board.queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
    expect((await fetch(`${url}/api/queues`)).status).toBe(401);

    // Writes through the cookie need the same X-CSRF-Token header as the rest of the API.
    const cases = platform.worker!.get<Queue>(getQueueToken(QueueName.Cases));
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const jar = { cookie: cookie.split(';')[0] };
    const forged = await fetch(`${url}/api/queues/cases/pause`, { method: 'PUT', headers: jar });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ statusCode: 403, message: expect.stringMatching(/X-CSRF-Token/) });
    expect(await cases.isPaused()).toBe(false);
    const wrongToken = await fetch(`${url}/api/queues/cases/pause`, { method: 'PUT', headers: { ...jar, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrongToken.status).toBe(403);
    // The board's own page sends the token it is given as the XSRF-TOKEN cookie in an X-XSRF-TOKEN header (axios).
    const boardCookie = page.headers.get('set-cookie') ?? '';
    expect(boardCookie).toMatch(/^XSRF-TOKEN=[\w-]+; Path=\/admin\/queues; SameSite=Strict$/);
    expect(boardCookie.split(';')[0]).toBe(`XSRF-TOKEN=${csrfToken}`);
    const paused = await fetch(`${url}/api/queues/cases/pause`, { method: 'PUT', headers: { ...jar, 'x-xsrf-token': csrfToken } });
    expect(paused.status).toBe(200);
    expect(await cases.isPaused()).toBe(true);
    expect((await fetch(`${url}/api/queues/cases/resume`, { method: 'PUT', headers: { ...jar, 'x-csrf-token': csrfToken } })).status).toBe(
      200,
    );
    expect((await fetch(`${url}/api/queues/cases/pause`, { method: 'PUT', headers: { ...jar, 'x-csrf-token': csrfToken } })).status).toBe(
      200,
    );
    const admin = await platform.login(...USERS.admin);
    expect((await fetch(`${url}/api/queues/cases/resume`, { method: 'PUT', headers: { authorization: `Bearer ${admin}` } })).status).toBe(
      200,
    );
    expect(await cases.isPaused()).toBe(false);
  });
});
