import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { makeCaseInput, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from './platform';

interface Receipt { id: string; trackingCode: string; accessKey: string }
interface Login { accessToken: string; user: { id: string } }

const AUTHOR = { name: 'Vũ Đình Khiêm', phone: '0988 765 432', email: 'dinh.khiem@example.com', address: '7 ngõ Trạm, Hoàn Kiếm', nationalId: '001087654321' };
const IDENTITY_VALUES = [AUTHOR.name, AUTHOR.phone, '0988765432', AUTHOR.email, AUTHOR.address, AUTHOR.nationalId, 'Khiêm'];

/** A built process (dist/) whose every stdout and stderr line the test reads. */
class CapturedProcess {
  output = '';
  private child?: ChildProcess;

  constructor(private readonly entry: string) {}

  async start(env: Record<string, string>, ready: (output: string) => boolean): Promise<void> {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', this.entry)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`${this.entry} exited while starting:\n${this.output.slice(-2000)}`);
      return ready(this.output) || undefined;
    }, `${this.entry} to start`, 30_000);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  lines(): string[] {
    return this.output.split('\n').filter(Boolean);
  }
}

/**
 * The real API and worker as built, logging at debug level to pipes the test reads: a denunciation goes through
 * intake, routing and mail, an officer without a grant works on it, and no line either process writes holds the
 * author's identity.
 */
describe('logs of a denunciation’s journey', () => {
  let platform: TestPlatform;
  const api = new CapturedProcess('apps/api/src/main.js');
  const worker = new CapturedProcess('apps/worker/src/main.js');
  let baseUrl = '';

  const request = async <T>(method: string, url: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const login = async (user: keyof typeof USERS) => (await request<Login>('POST', '/api/v1/auth/login', { email: USERS[user][0], password: USERS[user][1] })).body.accessToken;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    const port = 20000 + Math.floor(Math.random() * 20000);
    baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: platform.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: `${platform.queuePrefix}-logs`,
      SMTP_URL: platform.smtp.url,
      LOG_LEVEL: 'debug',
      WORKER_METRICS_PORT: '0',
      RATE_LIMIT_INTAKE: '1000/60',
      RATE_LIMIT_TRACKING: '1000/60',
    };
    await Promise.all([
      api.start({ ...env, PORT: String(port) }, (out) => out.includes('successfully started')),
      worker.start(env, (out) => out.includes('dependencies initialized')),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api.stop(), worker.stop()]);
    await platform.stop();
  });

  it('hold no identity of the author, while they record every request of the unauthorised officer', async () => {
    const submitted = await request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ kind: 'denunciation', categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM', citizen: AUTHOR }));
    expect(submitted.status).toBe(201);
    const { id, trackingCode, accessKey } = submitted.body;
    await platform.smtp.waitForMail((m) => m.to.includes(AUTHOR.email), 'the denouncer’s receipt, sent by the worker');

    const secretariat = await login('secretariat');
    expect((await request('POST', `/api/v1/cases/${id}/route`, { agencyCode: 'UBND-HOANKIEM' }, secretariat)).status).toBe(200);
    const officer = await login('officerHoanKiem');
    const before = api.lines().length;
    const officerCalls: [string, string, unknown?][] = [
      ['GET', '/api/v1/cases'],
      ['GET', '/api/v1/cases?kind=denunciation'],
      ['GET', `/api/v1/cases?phone=0988765432&q=${encodeURIComponent(AUTHOR.name)}`],
      ['GET', `/api/v1/cases/${id}`],
      ['GET', `/api/v1/cases/${id}/identity`],
      ['GET', `/api/v1/cases/${id}/identity-grants`],
      ['POST', `/api/v1/cases/${id}/identity-grants`, { userId: '01a22eed-17b3-700a-bf54-28cd878d655d', reason: `tự cấp quyền xem ${AUTHOR.name}` }],
      ['POST', `/api/v1/cases/${id}/accept`, { note: 'Đã nhận' }],
      ['POST', `/api/v1/cases/${id}/request-info`, { reason: `Đề nghị bổ sung; không gọi ${AUTHOR.phone}` }],
      ['GET', `/api/v1/cases/track/${trackingCode}?key=${accessKey}`],
    ];
    const statuses = [];
    for (const [method, url, body] of officerCalls) statuses.push((await request(method, url, body, officer)).status);
    // The lookup by phone is refused to an officer (PHONE_LOOKUP_FORBIDDEN); its request is still logged without the number.
    expect(statuses).toEqual([200, 200, 403, 200, 403, 403, 403, 200, 200, 200]);
    // A malformed submission carrying the identity, refused at the edge, is logged without it too.
    expect((await request('POST', '/api/v1/cases', { ...makeCaseInput({ kind: 'denunciation', citizen: AUTHOR }), title: 'x' })).status).toBe(400);

    // The officer's requests were logged (one line each, by route template), so the capture is real.
    const officerLines = await waitFor(() => {
      const lines = api.lines().slice(before).filter((line) => line.includes('"context":"HTTP"'));
      return lines.length >= officerCalls.length + 1 ? lines : undefined;
    }, 'the request log lines');
    expect(officerLines.map((line) => JSON.parse(line).route)).toEqual(
      expect.arrayContaining(['/api/v1/cases/:id/identity', '/api/v1/cases/:id/identity-grants', '/api/v1/cases/track/:trackingCode']),
    );
    expect(worker.lines().some((line) => line.includes('notification sent'))).toBe(true);

    for (const [name, proc] of [['api', api], ['worker', worker]] as const) {
      const leaks = proc.lines().filter((line) => IDENTITY_VALUES.some((value) => line.includes(value)));
      expect({ process: name, leaks }).toEqual({ process: name, leaks: [] });
    }
  });
});
