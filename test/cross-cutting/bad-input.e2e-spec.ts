import { type ApiErrorBody, makeCaseInput, makeReceptionInput, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const valid = () => makeCaseInput();
const without = (key: string) => {
  const input: Record<string, unknown> = valid();
  delete input[key];
  return input;
};

/** [what, body (object or raw string), expected status, field named in details] */
const PUBLIC_INTAKE_CASES: [string, number, string, unknown][] = [
  ['an unknown kind', 400, 'kind', { ...valid(), kind: 'gossip' }],
  ['a number as kind', 400, 'kind', { ...valid(), kind: 5 }],
  ['a number as title', 400, 'title', { ...valid(), title: 12345 }],
  ['a too short title', 400, 'title', { ...valid(), title: 'ab' }],
  ['a missing title', 400, 'title', without('title')],
  ['a missing description', 400, 'description', without('description')],
  ['a missing kind', 400, 'kind', without('kind')],
  ['an empty object', 400, 'kind', {}],
  ['a string as anonymous', 400, 'anonymous', { ...valid(), anonymous: 'yes' }],
  ['a string as public', 400, 'public', { ...valid(), public: 'no' }],
  ['a latitude out of range', 400, 'location.lat', { ...valid(), location: { lat: 123, lng: 105 } }],
  ['a text longitude', 400, 'location.lng', { ...valid(), location: { lat: 21, lng: 'east' } }],
  ['an unknown category', 400, 'categoryCode', { ...valid(), categoryCode: 'NO-SUCH' }],
  ['an unknown area', 400, 'areaCode', { ...valid(), areaCode: 'HN-ATLANTIS' }],
  ['an invalid phone', 400, 'citizen.phone', { ...valid(), citizen: { name: 'Lê Văn C', phone: '12345' } }],
  ['a phone with letters', 400, 'citizen.phone', { ...valid(), citizen: { name: 'Lê Văn C', phone: '09l2345678' } }],
  ['an invalid email', 400, 'citizen.email', { ...valid(), citizen: { name: 'Lê Văn C', email: 'not-an-email' } }],
  ['a contact without phone or email', 400, 'citizen.phone', { ...valid(), citizen: { name: 'Lê Văn C' } }],
  ['no contact and not anonymous', 400, 'citizen', without('citizen')],
  ['an anonymous case with a contact', 400, 'citizen', { ...valid(), anonymous: true }],
  ['an anonymous denunciation', 400, 'anonymous', { ...without('citizen'), kind: 'denunciation', anonymous: true }],
  ['an unknown top-level field', 400, 'priority', { ...valid(), priority: 'urgent' }],
  ['an unknown nested field', 400, 'citizen.idNumber', { ...valid(), citizen: { name: 'Lê Văn C', phone: '0912345678', idNumber: '001' } }],
  ['a 20 000-character description', 400, 'description', { ...valid(), description: 'x'.repeat(20_000) }],
  ['a 1 MB description', 413, 'body', { ...valid(), description: 'x'.repeat(1024 * 1024) }],
  // PostgreSQL cannot store U+0000 in text: refused at the edge, not a failed INSERT (it was a 500).
  ['a NUL character in the title', 400, 'title', { ...valid(), title: 'Đèn hỏng\u0000 trước số 5' }],
  ['a NUL character in a nested field', 400, 'citizen.name', { ...valid(), citizen: { name: 'Lê\u0000 Văn C', phone: '0912345678' } }],
  ['malformed JSON', 400, 'body', '{"kind": "feedback", '],
  ['a JSON array', 400, 'kind', '[]'],
  ['JSON null', 400, 'kind', 'null'],
];

describe('bad input', () => {
  let platform: TestPlatform;
  let before: Record<string, number>;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    before = await platform.db.rowCounts();
  });
  afterAll(() => platform.stop());

  it.each(PUBLIC_INTAKE_CASES)('public intake refuses %s with a %i naming %s', async (_, status, field, body) => {
    const res = await platform.request<ApiErrorBody>('POST', '/api/v1/cases', body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({
      statusCode: status,
      error: status === 413 ? 'Payload Too Large' : 'Bad Request',
      code: status === 413 ? 'payload_too_large' : expect.stringMatching(/^(validation_failed|forbidden_character|invalid_json)$/),
      message: expect.any(String),
      details: expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]),
    });
  });

  it.each([
    [
      'a case without consent to handling',
      'anonymous',
      'POST',
      '/api/v1/cases',
      { ...valid(), consent: undefined },
      422,
      'consent.handling',
    ],
    [
      'a case with handling consent false',
      'anonymous',
      'POST',
      '/api/v1/cases',
      { ...valid(), consent: { handling: false } },
      422,
      'consent.handling',
    ],
    [
      'a pre-ticked consent that is not a boolean',
      'anonymous',
      'POST',
      '/api/v1/cases',
      { ...valid(), consent: { handling: 'on' } },
      400,
      'consent.handling',
    ],
    [
      'a code for an unknown contact kind',
      'anonymous',
      'POST',
      '/api/v1/privacy/codes',
      { contactKind: 'fax', contact: '024 3825 0000' },
      400,
      'contactKind',
    ],
    [
      'a request without proof of control',
      'anonymous',
      'POST',
      '/api/v1/privacy/requests',
      { kind: 'access', contactKind: 'email', contact: 'a@b.vn' },
      400,
      'code',
    ],
    [
      'a request of an unknown kind',
      'anonymous',
      'POST',
      '/api/v1/privacy/requests',
      { kind: 'forget', contactKind: 'email', contact: 'a@b.vn', code: '123456' },
      400,
      'kind',
    ],
    [
      'a request whose code is wrong',
      'anonymous',
      'POST',
      '/api/v1/privacy/requests',
      { kind: 'access', contactKind: 'email', contact: 'a@b.vn', code: '123456' },
      422,
      'code',
    ],
    ['a breach without what or when', 'operator', 'POST', '/api/v1/breaches', { summary: 'Thiếu dữ liệu' }, 400, 'discoveredAt'],
    [
      'a breach with no data category',
      'operator',
      'POST',
      '/api/v1/breaches',
      { summary: 'Một tệp bị gửi nhầm địa chỉ', discoveredAt: '2026-11-20T08:00:00Z', dataCategories: [] },
      400,
      'dataCategories',
    ],
    [
      'a breach found in the future',
      'operator',
      'POST',
      '/api/v1/breaches',
      { summary: 'Một tệp bị gửi nhầm địa chỉ', discoveredAt: '2099-01-01T00:00:00Z', dataCategories: ['contact'] },
      422,
      'discoveredAt',
    ],
  ] as const)('personal data: refuses %s, naming the field', async (_, who, method, path, body, status, field) => {
    const token = who === 'anonymous' ? undefined : await platform.login(...USERS.operator);
    const res = await platform.request<ApiErrorBody>(method, path, body, token);
    expect(res.status).toBe(status);
    expect(res.body.code).toMatch(/^[a-z_]+$/);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  const FEATURE_POINT = { type: 'Feature', properties: { code: 'HN-HOANKIEM' }, geometry: { type: 'Point', coordinates: [105.85, 21.03] } };
  it.each([
    [
      'a case located outside the city',
      'anonymous',
      'POST',
      '/api/v1/cases',
      { ...valid(), location: { lat: 20.86, lng: 106.68 } },
      422,
      'location',
    ],
    [
      'an operator case outside the city',
      'operator',
      'POST',
      '/api/v1/hotline/cases',
      { ...valid(), location: { lat: 10.77, lng: 106.7 } },
      422,
      'location',
    ],
    [
      'a boundary file that is no FeatureCollection',
      'admin',
      'POST',
      '/api/v1/admin/areas/boundaries',
      { type: 'Polygon', coordinates: [] },
      400,
      'type',
    ],
    [
      'a boundary feature that is a point',
      'admin',
      'POST',
      '/api/v1/admin/areas/boundaries',
      { type: 'FeatureCollection', features: [FEATURE_POINT] },
      422,
      'features[0].geometry',
    ],
    ['a map point out of range', 'anonymous', 'GET', '/api/v1/map/locate?lat=91&lng=105', undefined, 400, 'lat'],
  ] as const)('place: refuses %s, naming the field', async (_, who, method, path, body, status, field) => {
    const [email, password] = who === 'admin' ? USERS.admin : USERS.operator;
    const token = who === 'anonymous' ? undefined : await platform.login(email, password);
    const res = await platform.request<ApiErrorBody>(method, path, body, token);
    expect(res.status).toBe(status);
    expect(res.body.code).toMatch(/^[a-z_]+$/);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  it('refuses a text body with 415', async () => {
    const res = await fetch(`${platform.baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const res = await fetch(`${platform.baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'bad key!' },
      body: JSON.stringify(valid()),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: unknown }).details).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
  });

  it.each([
    ['a malformed tracking code', 'GET', '/api/v1/cases/track/not-a-code', undefined, 400, 'trackingCode'],
    ['a feedback without satisfied', 'POST', '/api/v1/cases/track/HN-2026-000001/feedback', {}, 400, 'satisfied'],
    [
      'a my-cases code for a phone that is not one',
      'POST',
      '/api/v1/my-cases/codes',
      { contactKind: 'phone', contact: 'abc' },
      400,
      'contact',
    ],
    [
      'a my-cases code for an unknown contact kind',
      'POST',
      '/api/v1/my-cases/codes',
      { contactKind: 'fax', contact: 'a@b.vn' },
      400,
      'contactKind',
    ],
    [
      'a my-cases session without a 6-digit code',
      'POST',
      '/api/v1/my-cases/sessions',
      { contactKind: 'email', contact: 'a@b.vn', code: '12ab' },
      400,
      'code',
    ],
    ['a case of my cases with a malformed tracking code', 'GET', '/api/v1/my-cases/not-a-code', undefined, 400, 'trackingCode'],
    [
      'a supporter code for an email that is not one',
      'POST',
      '/api/v1/cases/track/HN-2026-000001/supporter-codes',
      { contactKind: 'email', contact: 'nope' },
      400,
      'contact',
    ],
    [
      'a support with an unknown channel',
      'POST',
      '/api/v1/cases/track/HN-2026-000001/supporters',
      { contactKind: 'phone', contact: '0912345678', code: '123456', follow: true, channel: 'fax' },
      400,
      'channel',
    ],
    ['an unsubscribe without a token', 'POST', '/api/v1/followers/unsubscribe', {}, 400, 'token'],
    ['a login without password', 'POST', '/api/v1/auth/login', { email: 'a@b.vn' }, 400, 'password'],
    ['a login with a malformed email', 'POST', '/api/v1/auth/login', { email: 'nobody', password: 'x' }, 400, 'email'],
  ] as const)('refuses %s', async (_, method, path, body, status, field) => {
    const res = await platform.request<ApiErrorBody>(method, path, body);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  it.each([
    ['my cases without a session', 'GET', '/api/v1/my-cases', undefined, 401, 'my_cases_session_invalid', 'X-My-Cases-Token'],
    ['my cases with a forged session', 'GET', '/api/v1/my-cases', undefined, 401, 'my_cases_session_invalid', 'X-My-Cases-Token'],
    [
      'an unsubscribe with a forged token',
      'POST',
      '/api/v1/followers/unsubscribe',
      { token: 'forged.token' },
      404,
      'unknown_unsubscribe_token',
      'token',
    ],
    [
      'a support with a wrong code',
      'POST',
      '/api/v1/cases/track/HN-2026-999999/supporters',
      { contactKind: 'email', contact: 'a@b.vn', code: '123456', coSign: true },
      404,
      'not_found',
      undefined,
    ],
  ] as const)('refuses %s with its code', async (name, method, path, body, status, code, field) => {
    const headers: Record<string, string> = name.includes('forged session')
      ? { 'x-my-cases-token': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }
      : {};
    const res = await platform.request<ApiErrorBody>(method, path, body, undefined, headers);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    if (field) expect(res.body.details).toEqual([expect.objectContaining({ field, message: expect.any(String) })]);
  });

  it.each([
    ['an unknown status filter', '/api/v1/cases?status=lost', 'status'],
    ['a page of zero', '/api/v1/cases?page=0', 'page'],
    ['a huge page size', '/api/v1/cases?pageSize=100000', 'pageSize'],
    ['a malformed date', '/api/v1/cases?from=yesterday', 'from'],
    ['an unknown agency filter', '/api/v1/cases?agency=NOPE', 'agency'],
    ['an unknown query parameter', '/api/v1/cases?colour=red', 'colour'],
    ['a case id that is not a UUID', '/api/v1/cases/123', 'id'],
    ['a NUL character in the search text', '/api/v1/cases?q=ng%00p', 'q'],
  ])('the staff list refuses %s', async (_, path, field) => {
    const token = await platform.login(...USERS.secretariat);
    const res = await platform.request<ApiErrorBody>('GET', path, undefined, token);
    expect(res.status).toBe(400);
    expect(res.body.code).toMatch(/^(validation_failed|forbidden_character)$/);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  it.each([
    ['suggestions for a case id that is not a UUID', 'GET', '/api/v1/cases/123/routing-suggestions', undefined, 'id'],
    ['suggestions without case ids', 'GET', '/api/v1/routing-suggestions', undefined, 'caseIds'],
    ['suggestions for an empty list of cases', 'GET', '/api/v1/routing-suggestions?caseIds=', undefined, 'caseIds'],
    ['suggestions for case ids that are not UUIDs', 'GET', '/api/v1/routing-suggestions?caseIds=123,abc', undefined, 'caseIds'],
    [
      'suggestions for more cases than a page',
      'GET',
      `/api/v1/routing-suggestions?caseIds=${Array.from({ length: 101 }, (_, i) => `0195f3a0-0000-7000-8000-${String(i).padStart(12, '0')}`).join(',')}`,
      undefined,
      'caseIds',
    ],
    [
      'suggestions with an unknown parameter',
      'GET',
      '/api/v1/routing-suggestions?caseIds=0195f3a0-0000-7000-8000-000000000000&x=1',
      undefined,
      'x',
    ],
    ['a draft without kind', 'POST', '/api/v1/routing-suggestions/preview', { text: 'mất nước', channel: 'hotline' }, 'kind'],
    ['a draft with a number as text', 'POST', '/api/v1/routing-suggestions/preview', { text: 5, kind: 'feedback', channel: 'web' }, 'text'],
    [
      'a draft with an unknown channel',
      'POST',
      '/api/v1/routing-suggestions/preview',
      { text: 'x', kind: 'feedback', channel: 'fax' },
      'channel',
    ],
    ['a threshold above 1', 'PUT', '/api/v1/learning/settings', { autoRouteThreshold: 2 }, 'autoRouteThreshold'],
    ['a threshold as text', 'PUT', '/api/v1/learning/settings', { autoRouteThreshold: 'high' }, 'autoRouteThreshold'],
    ['settings without the threshold', 'PUT', '/api/v1/learning/settings', {}, 'autoRouteThreshold'],
  ] as const)('the learned routing refuses %s', async (_, method, path, body, field) => {
    const token = await platform.login(...USERS.secretariat);
    const res = await platform.request<ApiErrorBody>(method, path, body, token);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  it('refuses to route to an unknown agency', async () => {
    const token = await platform.login(...USERS.secretariat);
    const res = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/cases/0195f3a0-0000-7000-8000-000000000000/route',
      { agencyCode: 'NOPE' },
      token,
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'agencyCode', message: 'Unknown agency "NOPE"', code: 'unknown_reference' }]);
  });

  it.each([
    [
      'a template naming an unknown field',
      'secretariat',
      'POST',
      '/api/v1/answer-templates',
      { name: 'Mẫu', body: 'Hồ sơ {{so_cccd}} đã xử lý.' },
      422,
      'body',
      'unknown_template_field',
    ],
    [
      'a template of an unknown kind',
      'secretariat',
      'POST',
      '/api/v1/answer-templates',
      { name: 'Mẫu', body: 'Hồ sơ {{case_code}} xong.', kind: 'gossip' },
      400,
      'kind',
      'validation_failed',
    ],
    [
      'a template of an unknown category',
      'secretariat',
      'POST',
      '/api/v1/answer-templates',
      { name: 'Mẫu', body: 'Hồ sơ {{case_code}} xong.', categoryCode: 'NOPE' },
      400,
      'categoryCode',
      'validation_failed',
    ],
    [
      'a template id that is not a UUID',
      'secretariat',
      'PATCH',
      '/api/v1/answer-templates/12',
      { name: 'Mẫu' },
      400,
      'id',
      'validation_failed',
    ],
    [
      'an approval rule for an unknown agency',
      'admin',
      'PUT',
      '/api/v1/admin/answer-approval',
      { agencyCode: 'NOPE', kind: 'feedback', required: true },
      400,
      'agencyCode',
      'validation_failed',
    ],
    [
      'an approval rule without required',
      'admin',
      'PUT',
      '/api/v1/admin/answer-approval',
      { agencyCode: 'SXD', kind: 'feedback' },
      400,
      'required',
      'validation_failed',
    ],
    [
      'an approval with a too short answer',
      'admin',
      'POST',
      '/api/v1/cases/0195f3a0-0000-7000-8000-000000000000/approve',
      { answer: 'ok' },
      400,
      'answer',
      'validation_failed',
    ],
    [
      'a send-back without a comment',
      'admin',
      'POST',
      '/api/v1/cases/0195f3a0-0000-7000-8000-000000000000/send-back',
      {},
      400,
      'reason',
      'validation_failed',
    ],
    [
      'a publication mask of an unknown field',
      'secretariat',
      'PUT',
      '/api/v1/cases/0195f3a0-0000-7000-8000-000000000000/publication',
      { title: 't', answer: 'a', masks: [{ field: 'description', kind: 'phone', start: 0, end: 3 }], attachments: [] },
      400,
      'masks.0.field',
      'validation_failed',
    ],
    [
      'a publication without attachment decisions',
      'secretariat',
      'PUT',
      '/api/v1/cases/0195f3a0-0000-7000-8000-000000000000/publication',
      { title: 't', answer: 'a', masks: [] },
      400,
      'attachments',
      'validation_failed',
    ],
  ] as const)('refuses %s', async (_, user, method, path, body, status, field, code) => {
    const token = await platform.login(USERS[user][0], USERS[user][1]);
    const res = await platform.request<ApiErrorBody>(method, path, body, token);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
  });

  it.each([
    ['a reception without the identity paper', { citizen: { name: 'Trần Văn Bình' } }, 422, 'citizen.identityDocumentType'],
    [
      'a reception with an unknown identity paper',
      { citizen: { name: 'Trần Văn Bình', identityDocumentType: 'card' } },
      400,
      'citizen.identityDocumentType',
    ],
    ['a refusal without its ground', { outcome: 'refused', case: undefined }, 422, 'refusalGround'],
    ['a refusal on a ground the law does not list', { outcome: 'refused', refusalGround: 'busy', case: undefined }, 400, 'refusalGround'],
    ['a reception becoming a case of kind question', { case: { kind: 'question', title: 'Hỏi về thủ tục' } }, 400, 'case.kind'],
    ['a delegation of zero people', { peopleCount: 0 }, 400, 'peopleCount'],
  ])('the reception register refuses %s, naming the field', async (_, override, status, field) => {
    const token = await platform.login(...USERS.operator);
    const res = await platform.request<ApiErrorBody>('POST', '/api/v1/receptions', makeReceptionInput(override), token);
    expect(res.status).toBe(status);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('the statutory reports refuse a period that does not parse, naming the field', async () => {
    const token = await platform.login(...USERS.secretariat);
    for (const period of ['2026-Q5', '2026-H3', '2026-M9', 'last-year']) {
      const res = await platform.request<ApiErrorBody>('GET', `/api/v1/reports/statutory/complaints?period=${period}`, undefined, token);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'invalid_report_period', details: [expect.objectContaining({ field: 'period' })] });
    }
  });

  it.each([
    ['kind=rumour', 'kind'],
    ['category=NO-SUCH-CATEGORY', 'category'],
    ['from=2026-11-02&to=2026-11-01', 'to'],
    ['from=02/11/2026', 'from'],
    ['bbox=105,20,106,21', 'bbox'],
  ])('the hotspot maps (staff and public) refuse %s, naming %s', async (query, field) => {
    const token = await platform.login(...USERS.council);
    for (const [path, who] of [
      ['/api/v1/reports/hotspots', token],
      ['/api/v1/public/hotspots', undefined],
    ] as const) {
      const res = await platform.request<ApiErrorBody>('GET', `${path}?${query}`, undefined, who);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: expect.any(String), details: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
  });

  it('left every table exactly as it was, but for the audit rows and sessions of its own sign-ins', async () => {
    const { audit_log: audited, user_sessions: sessions, ...after } = await platform.db.rowCounts();
    const { audit_log: auditedBefore, user_sessions: sessionsBefore, ...untouched } = before;
    expect(after).toEqual(untouched);
    const actions = await platform.db.dataSource.query(`SELECT action, count(*)::int AS n FROM audit_log GROUP BY action`);
    expect(actions).toEqual([{ action: 'auth.login', n: audited - auditedBefore }]);
    expect(sessions - sessionsBefore).toBe(audited - auditedBefore);
  });
});
