import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Receipt {
  id: string;
  trackingCode: string;
  accessKey: string;
}
interface NamedRef {
  code: string;
  name: string;
}
interface Detail {
  status: string;
  agency?: NamedRef;
  accusedAgency?: NamedRef;
}
interface ErrorBody {
  statusCode: number;
  code?: string;
  details?: { field: string }[];
}
interface Grant {
  id: string;
  userId: string;
  active: boolean;
  revokedAt?: string;
}
interface AuditEntry {
  action: string;
  data: Record<string, unknown>;
}

const AUTHOR = { name: 'Vũ Thị Hạnh', phone: '0966 111 222', email: 'vu.thi.hanh@example.com', address: '8 ngõ Tạm Thương, Hoàn Kiếm' };
/** A denunciation about pavement encroachment tolerated in Hoàn Kiếm: the ordinary rule for this pair is the ward's committee. */
const denunciationInput = (overrides: Record<string, unknown> = {}) =>
  makeCaseInput({
    kind: 'denunciation',
    title: 'Tố cáo cán bộ phường bao che lấn chiếm vỉa hè',
    description: 'Cán bộ địa chính phường nhận tiền để bỏ qua việc lấn chiếm vỉa hè trên phố Hàng Bạc suốt nhiều tháng.',
    categoryCode: 'XAY-DUNG.TRAT-TU',
    areaCode: 'HN-HOANKIEM',
    citizen: AUTHOR,
    ...overrides,
  });

describe('denunciations are routed by their own rules, never to the body they accuse', () => {
  let platform: TestPlatform;
  const token: Record<keyof typeof USERS, string> = {} as never;
  const userId: Record<keyof typeof USERS, string> = {} as never;
  const as = <T>(user: keyof typeof USERS, method: string, path: string, body?: unknown) =>
    platform.request<T>(method, path, body, token[user]);
  const detail = async (id: string) => (await as<Detail>('secretariat', 'GET', `/api/v1/cases/${id}`)).body;
  const routedOrTriaged = (id: string) =>
    waitFor(async () => {
      const d = await detail(id);
      return d.status === 'routed' || d.status === 'triage' ? d : undefined;
    }, `routing of ${id}`);
  const submit = async (body: Record<string, unknown>) => {
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', body);
    expect(res.status).toBe(201);
    return res.body;
  };
  const noticesTo = async (caseId: string) =>
    (
      await platform.db.dataSource.query(`SELECT recipient FROM notifications WHERE case_id = $1 AND template = 'agency-new-case'`, [
        caseId,
      ])
    ).map((r: { recipient: string }) => r.recipient);

  beforeAll(async () => {
    platform = await newPlatform().start();
    for (const user of Object.keys(USERS) as (keyof typeof USERS)[]) {
      const { body } = await platform.request<{ accessToken: string; user: { id: string } }>('POST', '/api/v1/auth/login', {
        email: USERS[user][0],
        password: USERS[user][1],
      });
      token[user] = body.accessToken;
      userId[user] = body.user.id;
    }
  });
  afterAll(() => platform.stop());

  it('sends a denunciation with a category and area to the inspectorate, not by the ward’s category×area rule', async () => {
    const { id } = await submit(denunciationInput());
    const routed = await routedOrTriaged(id);
    expect({ status: routed.status, agency: routed.agency?.code }).toEqual({ status: 'routed', agency: 'THANHTRA-HN' });
    expect(await noticesTo(id)).toEqual(['thanhtra@hanoi.example.vn']);
  });

  it('sends a denunciation naming the accused ward committee to the body that manages it, and tells that committee nothing', async () => {
    const { id, trackingCode, accessKey } = await submit(denunciationInput({ accusedAgencyCode: 'UBND-HOANKIEM' }));
    const routed = await routedOrTriaged(id);
    expect({ status: routed.status, agency: routed.agency?.code, accused: routed.accusedAgency?.code }).toEqual({
      status: 'routed',
      agency: 'UBND-HN',
      accused: 'UBND-HOANKIEM',
    });
    expect(await noticesTo(id)).not.toContain('ubnd.hoankiem@hanoi.example.vn');
    const [row] = await platform.db.dataSource.query(
      `SELECT a.code FROM cases c JOIN agencies a ON a.id = c.accused_agency_id WHERE c.id = $1`,
      [id],
    );
    expect(row).toEqual({ code: 'UBND-HOANKIEM' });
    // The citizen's tracking view never names the accused body.
    const tracked = await platform.request('GET', `/api/v1/cases/track/${trackingCode}?key=${accessKey}`);
    expect(tracked.status).toBe(200);
    expect(JSON.stringify(tracked.body)).not.toMatch(/UBND-HOANKIEM|accused/i);
  });

  it('sends a denunciation accusing a body with no managing level to triage', async () => {
    const { id } = await submit(denunciationInput({ accusedAgencyCode: 'UBND-HN' }));
    const placed = await routedOrTriaged(id);
    expect({ status: placed.status, agency: placed.agency }).toEqual({ status: 'triage', agency: undefined });
    expect(await noticesTo(id)).toEqual([]);
  });

  it('takes the accused agency from the operator too', async () => {
    const res = await as<Receipt>('operator', 'POST', '/api/v1/hotline/cases', denunciationInput({ accusedAgencyCode: 'UBND-HOANKIEM' }));
    expect(res.status).toBe(201);
    const routed = await routedOrTriaged(res.body.id);
    expect({ agency: routed.agency?.code, accused: routed.accusedAgency?.code }).toEqual({ agency: 'UBND-HN', accused: 'UBND-HOANKIEM' });
  });

  it('refuses an accused agency on any other kind of case, and an unknown one', async () => {
    const onFeedback = await platform.request<ErrorBody>('POST', '/api/v1/cases', makeCaseInput({ accusedAgencyCode: 'UBND-HOANKIEM' }));
    expect(onFeedback.status).toBe(400);
    expect(onFeedback.body.details).toEqual([expect.objectContaining({ field: 'accusedAgencyCode' })]);
    const unknown = await platform.request<ErrorBody>('POST', '/api/v1/cases', denunciationInput({ accusedAgencyCode: 'NO-SUCH-AGENCY' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'accusedAgencyCode' })]);
  });

  it('refuses the secretariat’s routing of a denunciation to the accused agency or one of its units', async () => {
    const refusal = (res: { status: number; body: ErrorBody }) => ({
      status: res.status,
      code: res.body.code,
      field: res.body.details?.[0]?.field,
    });
    const refused = { status: 422, code: 'denunciation_routed_to_accused', field: 'agencyCode' };
    // The city's committee is accused: it, its wards and its inspectorate are all its units.
    const { id: cityAccused } = await submit(denunciationInput({ accusedAgencyCode: 'UBND-HN' }));
    await routedOrTriaged(cityAccused);
    for (const agencyCode of ['UBND-HN', 'UBND-HOANKIEM', 'THANHTRA-HN']) {
      expect({
        agencyCode,
        ...refusal(await as<ErrorBody>('secretariat', 'POST', `/api/v1/cases/${cityAccused}/route`, { agencyCode })),
      }).toEqual({ agencyCode, ...refused });
    }
    expect((await detail(cityAccused)).status).toBe('triage');

    // A ward's committee is accused: the case may be rerouted anywhere but there.
    const { id: wardAccused } = await submit(denunciationInput({ accusedAgencyCode: 'UBND-HOANKIEM' }));
    await routedOrTriaged(wardAccused);
    expect(
      refusal(await as<ErrorBody>('secretariat', 'POST', `/api/v1/cases/${wardAccused}/route`, { agencyCode: 'UBND-HOANKIEM' })),
    ).toEqual(refused);
    expect((await detail(wardAccused)).agency?.code).toBe('UBND-HN');
    const rerouted = await as<Detail>('secretariat', 'POST', `/api/v1/cases/${wardAccused}/route`, { agencyCode: 'THANHTRA-HN' });
    expect({ status: rerouted.status, agency: rerouted.body.agency?.code }).toEqual({ status: 200, agency: 'THANHTRA-HN' });
  });
});

describe('identity grants hold only for the handling agency’s officers, while it handles the case', () => {
  let platform: TestPlatform;
  const token: Record<keyof typeof USERS, string> = {} as never;
  const userId: Record<keyof typeof USERS, string> = {} as never;
  const reason = 'Xác minh nội dung tố cáo trực tiếp với người tố cáo';
  let caseId: string;
  const as = <T>(user: keyof typeof USERS, method: string, path: string, body?: unknown) =>
    platform.request<T>(method, path, body, token[user]);

  beforeAll(async () => {
    platform = await newPlatform().start();
    for (const user of Object.keys(USERS) as (keyof typeof USERS)[]) {
      const { body } = await platform.request<{ accessToken: string; user: { id: string } }>('POST', '/api/v1/auth/login', {
        email: USERS[user][0],
        password: USERS[user][1],
      });
      token[user] = body.accessToken;
      userId[user] = body.user.id;
    }
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', denunciationInput());
    caseId = body.id;
    await waitFor(
      async () => (await as<Detail>('secretariat', 'GET', `/api/v1/cases/${caseId}`)).body.status === 'routed' || undefined,
      'routing',
    );
    expect((await as('secretariat', 'POST', `/api/v1/cases/${caseId}/route`, { agencyCode: 'UBND-HOANKIEM' })).status).toBe(200);
  });
  afterAll(() => platform.stop());

  it('refuses a grant to an officer of an agency that does not handle the case', async () => {
    const res = await as<ErrorBody>('secretariat', 'POST', `/api/v1/cases/${caseId}/identity-grants`, {
      userId: userId.officerSxd,
      reason,
    });
    expect({ status: res.status, code: res.body.code, field: res.body.details?.[0]?.field }).toEqual({
      status: 422,
      code: 'identity_grant_outside_handling_agency',
      field: 'userId',
    });
    expect((await as<{ items: Grant[] }>('secretariat', 'GET', `/api/v1/cases/${caseId}/identity-grants`)).body.items).toEqual([]);
  });

  it('ends a grant when the case is rerouted away from the officer’s agency, and records that it lapsed', async () => {
    const granted = await as<Grant>('secretariat', 'POST', `/api/v1/cases/${caseId}/identity-grants`, {
      userId: userId.officerHoanKiem,
      reason,
    });
    expect(granted.status).toBe(201);
    expect((await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`)).status).toBe(200);

    expect((await as('secretariat', 'POST', `/api/v1/cases/${caseId}/route`, { agencyCode: 'SXD' })).status).toBe(200);
    const after = await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`);
    expect(after.status).toBe(404);
    expect(JSON.stringify(after.body)).not.toContain(AUTHOR.name);
    const grants = (await as<{ items: Grant[] }>('secretariat', 'GET', `/api/v1/cases/${caseId}/identity-grants`)).body.items;
    expect(grants.map((g) => ({ id: g.id, active: g.active }))).toEqual([{ id: granted.body.id, active: false }]);
    const lapses = await as<{ items: AuditEntry[] }>(
      'admin',
      'GET',
      `/api/v1/admin/audit?action=identity.access_revoked&targetId=${caseId}`,
    );
    expect(lapses.body.items).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ grantId: granted.body.id, lapsed: true }) }),
    ]);

    // Routed back, the officer's agency handles the case again, but the ended grant does not come back by itself.
    expect((await as('secretariat', 'POST', `/api/v1/cases/${caseId}/route`, { agencyCode: 'UBND-HOANKIEM' })).status).toBe(200);
    expect((await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`)).status).toBe(403);
  });

  it('does not reveal the identity on a grant whose agency no longer handles the case, even if the grant row is live', async () => {
    await platform.db.dataSource.query(`UPDATE case_identity_grants SET revoked_at = NULL, revoked_by_user_id = NULL WHERE case_id = $1`, [
      caseId,
    ]);
    expect((await as('secretariat', 'POST', `/api/v1/cases/${caseId}/route`, { agencyCode: 'SXD' })).status).toBe(200);
    await platform.db.dataSource.query(`UPDATE case_identity_grants SET revoked_at = NULL, revoked_by_user_id = NULL WHERE case_id = $1`, [
      caseId,
    ]);
    const res = await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(AUTHOR.name);
  });

  it('ends the grant when the officer’s agency returns the case to the secretariat', async () => {
    expect((await as('secretariat', 'POST', `/api/v1/cases/${caseId}/route`, { agencyCode: 'UBND-HOANKIEM' })).status).toBe(200);
    expect((await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`)).status).toBe(200);
    const returned = await as('officerHoanKiem', 'POST', `/api/v1/cases/${caseId}/return`, { reason: 'Không thuộc thẩm quyền của phường' });
    expect(returned.status).toBe(200);
    const grants = (await as<{ items: Grant[] }>('secretariat', 'GET', `/api/v1/cases/${caseId}/identity-grants`)).body.items;
    expect(grants.map((g) => g.active)).toEqual([false]);
    expect((await as('officerHoanKiem', 'GET', `/api/v1/cases/${caseId}/identity`)).status).toBe(404);
  });
});

describe('a denunciation is never public', () => {
  let platform: TestPlatform;
  let operator: string;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    operator = await platform.login(USERS.operator[0], USERS.operator[1]);
  });
  afterAll(() => platform.stop());

  it('is refused when a citizen or an operator asks to publish it', async () => {
    const web = await platform.request<ErrorBody>('POST', '/api/v1/cases', denunciationInput({ public: true }));
    const hotline = await platform.request<ErrorBody>('POST', '/api/v1/hotline/cases', denunciationInput({ public: true }), operator);
    for (const res of [web, hotline]) {
      expect({ status: res.status, code: res.body.code, field: res.body.details?.[0]?.field }).toEqual({
        status: 422,
        code: 'denunciation_not_public',
        field: 'public',
      });
    }
    const [{ count }] = await platform.db.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE kind = 'denunciation'`);
    expect(count).toBe(0);
  });

  it('cannot be made public in the database, and Open311 never lists it', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', denunciationInput());
    await expect(platform.db.dataSource.query(`UPDATE cases SET is_public = true WHERE id = $1`, [body.id])).rejects.toThrow(
      /cases_denunciation_not_public/,
    );
    expect((await platform.request('GET', `/open311/v2/requests/${body.trackingCode}.json`)).status).toBe(404);
    const listed = await platform.request<{ service_request_id: string }[]>('GET', '/open311/v2/requests.json');
    expect(listed.body.map((r) => r.service_request_id)).not.toContain(body.trackingCode);
  });
});

describe('an Idempotency-Key reused with another body', () => {
  let platform: TestPlatform;
  let operator: string;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    operator = await platform.login(USERS.operator[0], USERS.operator[1]);
  });
  afterAll(() => platform.stop());

  const post = async (path: string, body: unknown, key: string, bearer?: string) => {
    const res = await fetch(`${platform.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  for (const [route, path, bearer] of [
    ['public form', '/api/v1/cases', () => undefined],
    ['operator console', '/api/v1/hotline/cases', () => operator],
  ] as const) {
    it(`answers 422 on the ${route}, without the first case’s tracking code or key, and still replays the same body`, async () => {
      const key = `reuse-${route.replace(' ', '-')}-0001`;
      const original = makeCaseInput();
      const first = await post(path, original, key, bearer());
      expect(first.status).toBe(201);
      const receipt = JSON.parse(first.text) as Receipt;

      const other = await post(path, makeCaseInput({ title: 'Một việc hoàn toàn khác' }), key, bearer());
      expect(other.status).toBe(422);
      expect(JSON.parse(other.text)).toMatchObject({ code: 'idempotency_key_reused', details: [{ field: 'Idempotency-Key' }] });
      expect(other.text).not.toContain(receipt.trackingCode);
      expect(other.text).not.toContain(receipt.accessKey);

      const replay = await post(path, original, key, bearer());
      expect(replay.status).toBe(200);
      expect(JSON.parse(replay.text)).toMatchObject({ id: receipt.id, trackingCode: receipt.trackingCode, accessKey: receipt.accessKey });
    });
  }
});
