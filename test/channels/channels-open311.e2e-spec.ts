import { XMLParser } from 'fast-xml-parser';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

type Json = Record<string, unknown>;
interface Open311Error {
  code: number;
  description: string;
}

const xml = new XMLParser({
  isArray: (name) => ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format', 'request_update'].includes(name),
});

describe('Open311 GeoReport v2 over HTTP', () => {
  let platform: TestPlatform;
  let admin: string;
  let officer: string;
  let apiKey: string;
  const ids: string[] = [];
  const tokens: string[] = [];

  const get = async (path: string) => {
    const res = await fetch(`${platform.baseUrl}/open311/v2/${path}`);
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text,
      json: () => JSON.parse(text),
      xml: () => xml.parse(text),
    };
  };
  const post = async (path: string, form: Record<string, string>) => {
    const res = await fetch(`${platform.baseUrl}/open311/v2/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text), xml: () => xml.parse(text) };
  };
  const pothole = (overrides: Record<string, string> = {}) => ({
    api_key: apiKey,
    jurisdiction_id: 'hanoi.hdnd.example.vn',
    service_code: 'GIAO-THONG.DUONG-HONG',
    lat: '21.0122',
    long: '105.8510',
    address_string: '120 phố Huế, Hai Bà Trưng',
    description: 'Ổ gà sâu giữa lòng đường trước số 120 phố Huế, xe máy rất dễ ngã khi trời tối.',
    email: 'fms.reporter@example.com',
    first_name: 'Phạm',
    last_name: 'Minh',
    ...overrides,
  });
  const expectErrors = (errors: Open311Error[], code: number, text: RegExp) => {
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => Number(e.code) === code)).toBe(true);
    expect(errors.map((e) => e.description).join(' | ')).toMatch(text);
  };

  const caseIdOf = async (trackingCode: string): Promise<string> =>
    (await platform.db.dataSource.query(`SELECT id FROM cases WHERE tracking_code = $1`, [trackingCode]))[0].id;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [admin, officer] = await Promise.all([platform.login(...USERS.admin), platform.login(...USERS.officerSxd)]);
  });
  afterAll(() => platform.stop());

  it('lets only an administrator register a client, and shows its api_key once', async () => {
    const operator = await platform.login(...USERS.operator);
    expect((await platform.request('POST', '/api/v1/admin/open311-clients', { name: 'FixMyStreet Hà Nội' }, operator)).status).toBe(403);
    const bad = await platform.request<{ statusCode: number; details: { field: string }[] }>(
      'POST',
      '/api/v1/admin/open311-clients',
      {},
      admin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('name');
    const created = await platform.request<{ id: string; apiKey: string }>(
      'POST',
      '/api/v1/admin/open311-clients',
      { name: 'FixMyStreet Hà Nội' },
      admin,
    );
    expect(created.status).toBe(201);
    apiKey = created.body.apiKey;
    const list = await platform.request<Json[]>('GET', '/api/v1/admin/open311-clients', undefined, admin);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, name: 'FixMyStreet Hà Nội', revokedAt: null })]);
    expect(JSON.stringify(list.body)).not.toContain(apiKey);
  });

  it('answers discovery in JSON and XML', async () => {
    const json = await get('discovery.json');
    expect(json.status).toBe(200);
    expect(json.type).toContain('application/json');
    expect(json.json().endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: expect.stringContaining('/open311/v2'),
    });
    const x = await get('discovery.xml');
    expect(x.type).toContain('text/xml');
    expect(x.xml().discovery.endpoints.endpoint[0].formats.format).toEqual(['application/json', 'text/xml']);
  });

  it('lists the categories as services and defines their attributes, in JSON and XML', async () => {
    const services = (await get('services.json')).json() as Json[];
    expect(services).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service_code: 'GIAO-THONG.DUONG-HONG',
          service_name: 'Hư hỏng mặt đường, vỉa hè',
          metadata: true,
          type: 'realtime',
          group: 'Giao thông - hạ tầng',
        }),
      ]),
    );
    const xmlServices = (await get('services.xml?jurisdiction_id=hanoi.hdnd.example.vn')).xml().services.service as Json[];
    expect(xmlServices.map((s) => s.service_code)).toEqual(services.map((s) => s.service_code));

    const definition = (await get('services/GIAO-THONG.DUONG-HONG.json')).json();
    expect(definition.service_code).toBe('GIAO-THONG.DUONG-HONG');
    expect(definition.attributes.map((a: Json) => a.code)).toEqual(['kind', 'title']);
    expect(definition.attributes[0].values.map((v: Json) => v.key)).toEqual(['feedback', 'petition', 'complaint', 'question']);
    const xmlDefinition = (await get('services/GIAO-THONG.DUONG-HONG.xml')).xml().service_definition;
    expect(xmlDefinition.attributes.attribute[0].values.value.map((v: Json) => v.key)).toEqual([
      'feedback',
      'petition',
      'complaint',
      'question',
    ]);
  });

  it('answers unknown services, jurisdictions and formats with the spec’s error array', async () => {
    const json = await get('services/NO-SUCH.SERVICE.json');
    expect(json.status).toBe(404);
    expectErrors(json.json(), 404, /service_code "NO-SUCH.SERVICE" was not found/);
    const x = await get('services/NO-SUCH.SERVICE.xml');
    expect(x.status).toBe(404);
    expectErrors(x.xml().errors.error, 404, /was not found/);
    const jurisdiction = await get('services.json?jurisdiction_id=elsewhere.example');
    expect(jurisdiction.status).toBe(404);
    expectErrors(jurisdiction.json(), 404, /jurisdiction_id/);
    expect((await get('services.yaml')).status).toBe(404);
    const unknownParam = await get('requests.json?colour=red');
    expect(unknownParam.status).toBe(400);
    expectErrors(unknownParam.json(), 400, /colour/);
  });

  it('creates requests from form posts in JSON and XML, as public cases of channel api that route normally', async () => {
    const json = await post('requests.json', pothole());
    expect(json.status).toBe(201);
    const [created] = json.json();
    expect(created.service_request_id).toMatch(/^HN-\d{4}-\d{6}$/);
    ids.push(created.service_request_id);
    // GeoReport answers with service_request_id or token, not both: the token (the case id) is read from the database.
    expect(created.token).toBeUndefined();
    tokens.push(await caseIdOf(created.service_request_id));

    const x = await post(
      'requests.xml',
      pothole({
        'attribute[kind]': 'petition',
        'attribute[title]': 'Đề nghị sửa mặt đường phố Huế',
        email: '',
        first_name: '',
        last_name: '',
      }),
    );
    expect(x.status).toBe(201);
    const [createdXml] = x.xml().service_requests.request;
    ids.push(createdXml.service_request_id);
    expect(createdXml.token).toBeUndefined();
    tokens.push(await caseIdOf(createdXml.service_request_id));

    const rows: {
      channel: string;
      is_public: boolean;
      kind: string;
      title: string;
      anonymous: boolean;
      open311_client_id: string | null;
    }[] = await platform.db.dataSource.query(
      `SELECT channel, is_public, kind, title, anonymous, open311_client_id FROM cases WHERE tracking_code = ANY($1)
       ORDER BY tracking_code`,
      [ids],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        channel: 'api',
        is_public: true,
        kind: 'feedback',
        anonymous: false,
        open311_client_id: expect.any(String),
      }),
      expect.objectContaining({
        channel: 'api',
        is_public: true,
        kind: 'petition',
        anonymous: true,
        title: 'Đề nghị sửa mặt đường phố Huế',
      }),
    ]);
    // The client's own form showed the notice: recorded as client_form, handling and publication (docs/personal-data.md).
    expect(
      await platform.db.dataSource.query(
        `SELECT c.channel, k.method, k.handling, k.publication, k.contact
         FROM case_consents k JOIN cases c ON c.id = k.case_id WHERE c.tracking_code = ANY($1)`,
        [ids],
      ),
    ).toEqual([
      { channel: 'api', method: 'client_form', handling: true, publication: true, contact: false },
      { channel: 'api', method: 'client_form', handling: true, publication: true, contact: false },
    ]);
  });

  it('refuses posts without a valid api_key (403), with an unknown service (404) or missing fields (400), in JSON and XML', async () => {
    const noKey = await post('requests.json', pothole({ api_key: '' }));
    expect(noKey.status).toBe(403);
    expectErrors(noKey.json(), 403, /api_key/);
    const badKeyXml = await post('requests.xml', pothole({ api_key: 'not-a-key' }));
    expect(badKeyXml.status).toBe(403);
    expectErrors(badKeyXml.xml().errors.error, 403, /api_key/);
    const unknownService = await post('requests.json', pothole({ service_code: 'NO-SUCH' }));
    expect(unknownService.status).toBe(404);
    expectErrors(unknownService.json(), 404, /service_code/);
    const noService = await post('requests.xml', pothole({ service_code: '' }));
    expect(noService.status).toBe(400);
    expectErrors(noService.xml().errors.error, 400, /service_code was not provided/);
    const missing = await post('requests.json', pothole({ lat: '', long: '', address_string: '', description: '' }));
    expect(missing.status).toBe(400);
    const problems = missing.json() as Open311Error[];
    expect(problems).toHaveLength(2);
    expectErrors(problems, 400, /location is required.*description was not provided/);
    const badKind = await post('requests.json', pothole({ 'attribute[kind]': 'denunciation' }));
    expect(badKind.status).toBe(400);
    const badLat = await post('requests.json', pothole({ lat: '123' }));
    expect(badLat.status).toBe(400);
    expectErrors(badLat.json(), 400, /lat/);
    const otherJurisdiction = await post('requests.json', pothole({ jurisdiction_id: 'elsewhere.example' }));
    expect(otherJurisdiction.status).toBe(404);
    for (const body of ['[1,2]', '{"api_key":{"x":1},"service_code":7}', 'null']) {
      const odd = await fetch(`${platform.baseUrl}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(odd.status).toBe(403);
    }
  });

  it('reads requests by id, by id list, by token and by filters, in JSON and XML; unknown ids are 404', async () => {
    const one = await get(`requests/${ids[0]}.json`);
    expect(one.status).toBe(200);
    // The public projection, as on the disclosure page: the title stands for the description, and no place is given.
    const [{ title }] = await platform.db.dataSource.query(`SELECT title FROM cases WHERE tracking_code = $1`, [ids[0]]);
    expect(one.json()).toEqual([
      expect.objectContaining({
        service_request_id: ids[0],
        status: 'open',
        service_code: 'GIAO-THONG.DUONG-HONG',
        description: title,
      }),
    ]);
    // Absent, not null: GeoReport's optional fields are left out when there is nothing to give.
    for (const absent of ['lat', 'long', 'address']) expect(one.json()[0]).not.toHaveProperty(absent);
    expect(one.text).not.toContain('fms.reporter@example.com');
    expect(one.text).not.toContain('120 phố Huế, Hai Bà Trưng');
    const oneXml = (await get(`requests/${ids[1]}.xml`)).xml().service_requests.request;
    expect(oneXml).toHaveLength(1);
    expect(oneXml[0]).toMatchObject({ service_request_id: ids[1], status: 'open' });

    const unknown = await get('requests/HN-1999-000001.json');
    expect(unknown.status).toBe(404);
    expectErrors(unknown.json(), 404, /HN-1999-000001/);
    const unknownXml = await get('requests/HN-1999-000001.xml');
    expect(unknownXml.status).toBe(404);
    expectErrors(unknownXml.xml().errors.error, 404, /not found/);

    const listed = (await get(`requests.json?service_request_id=${ids.join(',')}`)).json() as Json[];
    expect(listed.map((r) => r.service_request_id).sort()).toEqual([...ids].sort());
    const byService = (await get('requests.xml?service_code=GIAO-THONG.DUONG-HONG&status=open')).xml().service_requests.request as Json[];
    expect(byService.map((r) => r.service_request_id).sort()).toEqual([...ids].sort());
    const future = (await get('requests.json?start_date=2099-01-01T00:00:00Z&end_date=2099-02-01T00:00:00Z')).json();
    expect(future).toEqual([]);
    const emptyXml = (await get('requests.xml?status=closed')).xml();
    expect(emptyXml.service_requests).toBe('');
    expect((await get('requests.json?start_date=yesterday')).status).toBe(400);
    expect((await get('requests.json?status=pending')).status).toBe(400);
    expect((await get('requests.json?start_date=2026-12-02&end_date=2026-12-01')).status).toBe(400);

    const token = await get(`tokens/${tokens[0]}.json`);
    expect(token.json()).toEqual([{ service_request_id: ids[0], token: tokens[0] }]);
    expect((await get(`tokens/${tokens[1]}.xml`)).xml().service_requests.request[0]).toMatchObject({ service_request_id: ids[1] });
    const badToken = await get('tokens/0190a8c4-0000-7000-8000-000000000000.xml');
    expect(badToken.status).toBe(404);
    expectErrors(badToken.xml().errors.error, 404, /token/);
  });

  it('never publishes a denunciation: refused as public at intake, and never listed or tracked without its key', async () => {
    const asPublic = await platform.request<{ code: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ kind: 'denunciation', categoryCode: 'MOI-TRUONG.O-NHIEM', public: true }),
    );
    expect([asPublic.status, asPublic.body.code]).toEqual([422, 'denunciation_not_public']);
    const { body } = await platform.request<{ id: string; trackingCode: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ kind: 'denunciation', categoryCode: 'MOI-TRUONG.O-NHIEM' }),
    );
    expect((await get(`requests/${body.trackingCode}.json`)).status).toBe(404);
    expect((await get(`tokens/${body.id}.json`)).status).toBe(404);
    expect((await get(`requests.json?service_request_id=${body.trackingCode}`)).json() as Json[]).toEqual([]);
    expect((await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}`)).status).toBe(404);
  });

  it('reports an answered request as closed with the answer, and lists status changes as servicerequestupdates', async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const [{ id }] = await platform.db.dataSource.query(`SELECT id FROM cases WHERE tracking_code = $1`, [ids[0]]);
    await waitFor(
      async () => (await platform.request<{ status: string }>('GET', `/api/v1/cases/${id}`, undefined, officer)).body.status === 'routed',
      'routing',
    );
    expect((await platform.request('POST', `/api/v1/cases/${id}/accept`, {}, officer)).status).toBe(200);
    const answer = 'Sở Xây dựng đã vá ổ gà trước số 120 phố Huế.';
    expect((await platform.request('POST', `/api/v1/cases/${id}/answer`, { answer }, officer)).status).toBe(200);
    // Answered but not yet published: closed, without the answer.
    expect((await get('requests.json?status=closed')).json()).toEqual([
      expect.objectContaining({ service_request_id: ids[0], status_notes: null }),
    ]);
    await platform.publishAsProposed(id, await platform.login(...USERS.secretariat));
    // The house number in the answer is masked by the redaction review before it is published.
    const published = 'Sở Xây dựng đã vá ổ gà trước [số nhà] phố Huế.';

    const closed = (await get('requests.json?status=closed')).json();
    expect(closed).toEqual([
      expect.objectContaining({ service_request_id: ids[0], status: 'closed', status_notes: published, agency_responsible: 'Sở Xây dựng' }),
    ]);

    const end = new Date(Date.now() + 60_000).toISOString();
    const updates = (await get(`servicerequestupdates.json?start_date=${start}&end_date=${end}`)).json() as Json[];
    const mine = updates.filter((u) => u.service_request_id === ids[0]);
    expect(mine.map((u) => u.status)).toEqual(['OPEN', 'OPEN', 'IN_PROGRESS', 'CLOSED']);
    expect(mine[3].description).toBe(published);
    const updatesXml = (await get(`servicerequestupdates.xml?start_date=${start}&end_date=${end}`)).xml().service_request_updates
      .request_update as Json[];
    expect(updatesXml.filter((u) => u.service_request_id === ids[0]).map((u) => u.status)).toEqual([
      'OPEN',
      'OPEN',
      'IN_PROGRESS',
      'CLOSED',
    ]);
    expect((await get('servicerequestupdates.json?start_date=not-a-date')).status).toBe(400);
    const earlier = (await get(`servicerequestupdates.xml?start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z`)).xml();
    expect(earlier.service_request_updates).toBe('');
  });

  it('leaves out public cases without a category, so every listed request names its service (code and name never null)', async () => {
    const { body } = await platform.request<{ id: string; trackingCode: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ public: true, categoryCode: undefined }),
    );
    const [{ category_id }] = await platform.db.dataSource.query(`SELECT category_id FROM cases WHERE id = $1`, [body.id]);
    expect(category_id).toBeNull();
    expect((await get(`requests/${body.trackingCode}.json`)).status).toBe(404);
    expect((await get(`tokens/${body.id}.json`)).status).toBe(404);
    const listed = (await get('requests.json')).json() as Json[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((r) => r.service_request_id === body.trackingCode)).toBe(false);
    expect(listed.every((r) => typeof r.service_code === 'string' && typeof r.service_name === 'string')).toBe(true);
  });

  it('accepts any E.164 phone: a Vietnamese one is kept, one from abroad is not kept and the answer’s service_notice says so', async () => {
    const foreign = await post('requests.json', pothole({ email: '', phone: '+44 20 7946 0958' }));
    expect(foreign.status).toBe(201);
    const [created] = foreign.json();
    expect(created.service_notice).toMatch(/outside Vietnam is not kept/);
    const [row] = await platform.db.dataSource.query(`SELECT citizen_phone, anonymous FROM cases WHERE tracking_code = $1`, [
      created.service_request_id,
    ]);
    expect(row).toEqual({ citizen_phone: null, anonymous: true });

    const vn = await post('requests.json', pothole({ email: '', phone: '+84912345678' }));
    expect(vn.status).toBe(201);
    const [kept] = await platform.db.dataSource.query(`SELECT citizen_phone FROM cases WHERE tracking_code = $1`, [
      vn.json()[0].service_request_id,
    ]);
    expect(kept.citizen_phone).toBe('0912345678');
    expect(vn.json()[0].service_notice).not.toMatch(/outside Vietnam/);
    const junk = await post('requests.json', pothole({ email: '', phone: 'call me' }));
    expect(junk.status).toBe(400);
    expectErrors(junk.json(), 400, /phone/);
  });

  it('ignores empty optional query arguments, as clients send them (status=&start_date=&end_date=)', async () => {
    const empty = await get('requests.json?status=&start_date=&end_date=&service_code=&jurisdiction_id=');
    expect(empty.status).toBe(200);
    expect((empty.json() as Json[]).map((r) => r.service_request_id)).toEqual(
      (await get('requests.json')).json().map((r: Json) => r.service_request_id),
    );
    expect((await get('servicerequestupdates.json?start_date=&end_date=')).status).toBe(200);
  });

  it('answers unknown routes under /open311/v2 with the spec’s error array, in the format the URL names', async () => {
    const json = await get('no/such/route.json');
    expect(json.status).toBe(404);
    expectErrors(json.json(), 404, /.+/);
    const x = await get('nothing-here.xml');
    expect(x.status).toBe(404);
    expectErrors(x.xml().errors.error, 404, /.+/);
    const elsewhere = await platform.request<{ code: string }>('GET', '/api/v1/no-such-route');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.code).toBe('not_found');
  });

  it('refuses a revoked key', async () => {
    const [client] = (await platform.request<{ id: string }[]>('GET', '/api/v1/admin/open311-clients', undefined, admin)).body;
    expect((await platform.request('DELETE', `/api/v1/admin/open311-clients/${client.id}`, undefined, admin)).status).toBe(204);
    const revoked = await post('requests.json', pothole());
    expect(revoked.status).toBe(403);
    expectErrors(revoked.json(), 403, /api_key/);
  });
});
