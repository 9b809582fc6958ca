import { BuiltProcess, type LoginResult, makeCaseInput, type Receipt, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const AUTHOR = {
  name: 'Vũ Đình Khiêm',
  phone: '0988 765 432',
  email: 'dinh.khiem@example.com',
  address: '7 ngõ Trạm, Hoàn Kiếm',
  nationalId: '001087654321',
};
/** The denunciation's content: data about an alleged violation of law, sensitive under Luật 91/2025/QH15. */
const CONTENT = 'Cán bộ địa chính Canarycontent nhận tiền để cấp phép sai quy định';
const IDENTITY_VALUES = [
  AUTHOR.name,
  AUTHOR.phone,
  '0988765432',
  AUTHOR.email,
  AUTHOR.address,
  AUTHOR.nationalId,
  'Khiêm',
  'Canarycontent',
];

/**
 * The real API and worker as built, logging at debug level to pipes the test reads: a denunciation goes through
 * intake, routing and mail, an officer without a grant works on it, and no line either process writes holds the
 * author's identity.
 */
describe('logs of a denunciation’s journey', () => {
  let platform: TestPlatform;
  let api: BuiltProcess;
  let worker: BuiltProcess;

  const request = async <T>(method: string, url: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${api.url}${url}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const login = async (user: keyof typeof USERS) =>
    (await request<LoginResult>('POST', '/api/v1/auth/login', { email: USERS[user][0], password: USERS[user][1] })).body.accessToken;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    const env = {
      DATABASE_URL: platform.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: `${platform.queuePrefix}-logs`,
      SMTP_URL: platform.smtp.url,
      LOG_LEVEL: 'debug',
      RATE_LIMIT_INTAKE: '1000/60',
      RATE_LIMIT_TRACKING: '1000/60',
    };
    api = new BuiltProcess('privacy-logs-api', 'apps/api/src/main.js', env);
    worker = new BuiltProcess('privacy-logs-worker', 'apps/worker/src/main.js', env);
    await Promise.all([
      api.start((out) => out.includes('successfully started')),
      worker.start((out) => out.includes('dependencies initialized')),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([api?.destroy(), worker?.destroy()]);
    await platform.stop();
  });

  it('hold no identity of the author, while they record every request of the unauthorised officer', async () => {
    const submitted = await request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        kind: 'denunciation',
        categoryCode: 'XAY-DUNG.TRAT-TU',
        areaCode: 'HN-HOANKIEM',
        citizen: AUTHOR,
        description: CONTENT,
      }),
    );
    expect(submitted.status).toBe(201);
    const { id, trackingCode, accessKey } = submitted.body;
    await platform.smtp.waitForMail((m) => m.to.includes(AUTHOR.email), 'the denouncer’s receipt, sent by the worker');

    const secretariat = await login('secretariat');
    expect((await request('POST', `/api/v1/cases/${id}/route`, { agencyCode: 'UBND-HOANKIEM' }, secretariat)).status).toBe(200);
    // The author asks for a one-time code and the secretariat files a request for them: neither logs the contact.
    expect((await request('POST', '/api/v1/privacy/codes', { contactKind: 'email', contact: AUTHOR.email })).status).toBe(202);
    await platform.smtp.waitForMail((m) => m.to.includes(AUTHOR.email) && /Mã xác nhận/.test(m.subject), 'the code');
    expect(
      (
        await request(
          'POST',
          '/api/v1/admin/privacy-requests',
          { kind: 'access', contactKind: 'email', contact: AUTHOR.email },
          secretariat,
        )
      ).status,
    ).toBe(201);
    const officer = await login('officerHoanKiem');
    const before = api.lines().length;
    const officerCalls: [string, string, unknown?][] = [
      ['GET', '/api/v1/cases'],
      ['GET', '/api/v1/cases?kind=denunciation'],
      ['GET', `/api/v1/cases?phone=0988765432&q=${encodeURIComponent(AUTHOR.name)}`],
      ['GET', `/api/v1/cases/${id}`],
      ['GET', `/api/v1/cases/${id}/identity`],
      ['GET', `/api/v1/cases/${id}/identity-grants`],
      [
        'POST',
        `/api/v1/cases/${id}/identity-grants`,
        { userId: '01a22eed-17b3-700a-bf54-28cd878d655d', reason: `tự cấp quyền xem ${AUTHOR.name}` },
      ],
      ['POST', `/api/v1/cases/${id}/accept`, { note: 'Đã nhận' }],
      ['POST', `/api/v1/cases/${id}/request-info`, { reason: `Đề nghị bổ sung; không gọi ${AUTHOR.phone}` }],
      ['GET', `/api/v1/cases/track/${trackingCode}?key=${accessKey}`],
    ];
    const statuses = [];
    for (const [method, url, body] of officerCalls) statuses.push((await request(method, url, body, officer)).status);
    // The lookup by phone is refused to an officer (phone_lookup_forbidden); its request is still logged without the number.
    expect(statuses).toEqual([200, 200, 403, 200, 403, 403, 403, 200, 200, 200]);
    // A malformed submission carrying the identity, refused at the edge, is logged without it too.
    expect(
      (await request('POST', '/api/v1/cases', { ...makeCaseInput({ kind: 'denunciation', citizen: AUTHOR }), title: 'x' })).status,
    ).toBe(400);

    // The officer's requests were logged (one line each, by route template), so the capture is real.
    const officerLines = await waitFor(() => {
      const lines = api
        .lines()
        .slice(before)
        .filter((line) => line.includes('"context":"HTTP"'));
      return lines.length >= officerCalls.length + 1 ? lines : undefined;
    }, 'the request log lines');
    expect(officerLines.map((line) => JSON.parse(line).route)).toEqual(
      expect.arrayContaining(['/api/v1/cases/:id/identity', '/api/v1/cases/:id/identity-grants', '/api/v1/cases/track/:trackingCode']),
    );
    expect(worker.lines().some((line) => line.includes('notification sent'))).toBe(true);

    for (const [name, proc] of [
      ['api', api],
      ['worker', worker],
    ] as const) {
      const leaks = proc.lines().filter((line) => IDENTITY_VALUES.some((value) => line.includes(value)));
      expect({ process: name, leaks }).toEqual({ process: name, leaks: [] });
    }
  });
});
