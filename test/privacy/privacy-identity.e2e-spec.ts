import {
  type AuditEntry,
  type CaseDetail,
  type CaseList,
  type IdentityGrant,
  type LoginResult,
  makeCaseInput,
  type ProtectedIdentity,
  type Receipt,
  TestPlatform,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const AUTHOR = {
  name: 'Lê Thị Mật',
  phone: '0977 123 456',
  email: 'le.thi.mat@example.com',
  address: '45 ngõ Văn Chương, Đống Đa',
  nationalId: '001190045678',
};
/** Every form in which the author's identity could leak. */
const IDENTITY_VALUES = [AUTHOR.name, AUTHOR.phone, '0977123456', AUTHOR.email, AUTHOR.address, AUTHOR.nationalId, 'Mật'];

const expectNoIdentity = (what: string, body: unknown) => {
  const text = JSON.stringify(body);
  for (const value of IDENTITY_VALUES) expect({ what, leaked: text.includes(value) ? value : null }).toEqual({ what, leaked: null });
};

describe('a denunciation author’s identity', () => {
  let platform: TestPlatform;
  const token: Record<keyof typeof USERS, string> = {} as never;
  const userId: Record<keyof typeof USERS, string> = {} as never;
  let denunciation: Receipt;
  const reason = 'Xác minh nội dung tố cáo trực tiếp với người tố cáo (Điều 9 Luật Tố cáo)';

  const as = <T>(user: keyof typeof USERS, method: string, path: string, body?: unknown) =>
    platform.request<T>(method, path, body, token[user]);
  const audit = async (query: string) =>
    (await as<{ items: AuditEntry[]; total: number }>('admin', 'GET', `/api/v1/admin/audit?${query}`)).body;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    platform.db.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    platform = await newPlatform().start();
    for (const user of Object.keys(USERS) as (keyof typeof USERS)[]) {
      const [email, password] = USERS[user];
      const { body } = await platform.request<LoginResult>('POST', '/api/v1/auth/login', { email, password });
      token[user] = body.accessToken;
      userId[user] = body.user.id;
    }
    const submitted = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ kind: 'denunciation', categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM', citizen: AUTHOR }),
    );
    expect(submitted.status).toBe(201);
    denunciation = submitted.body;
    await waitFor(
      async () => (await as<CaseDetail>('secretariat', 'GET', `/api/v1/cases/${denunciation.id}`)).body.status === 'routed' || undefined,
      'routing',
    );
    // The inspectorate got it by the kind rule; the secretariat hands it to the ward, whose officer is the test's subject.
    expect((await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/route`, { agencyCode: 'UBND-HOANKIEM' })).status).toBe(200);
  });
  afterAll(() => platform.stop());

  it('is stored apart from the case row, and the database refuses it on the row', async () => {
    const [row] = await sql(`SELECT citizen_name, citizen_phone, citizen_email FROM cases WHERE id = $1`, [denunciation.id]);
    expect(row).toEqual({ citizen_name: null, citizen_phone: null, citizen_email: null });
    const [identity] = await sql(`SELECT name, phone, email, address, national_id FROM case_identities WHERE case_id = $1`, [
      denunciation.id,
    ]);
    expect(identity).toEqual({
      name: AUTHOR.name,
      phone: '0977123456',
      email: AUTHOR.email,
      address: AUTHOR.address,
      national_id: AUTHOR.nationalId,
    });
    await expect(sql(`UPDATE cases SET citizen_phone = '0977123456' WHERE id = $1`, [denunciation.id])).rejects.toThrow(
      /cases_denunciation_identity_apart/,
    );
  });

  it('still brings the author the receipt mail', async () => {
    const receipt = await platform.smtp.waitForMail((m) => m.to.includes(AUTHOR.email), 'the denouncer’s receipt');
    expect(receipt.subject).toContain(denunciation.trackingCode);
  });

  it('refuses an address or national id on any other kind of case', async () => {
    const res = await platform.request<{ details: { field: string }[] }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Nguyễn Văn An', phone: '0912345678', nationalId: '001190045678' } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'citizen.nationalId' })]);
  });

  it('is absent from every response the agency officer gets without a grant', async () => {
    const id = denunciation.id;
    const responses: [string, { status: number; body: unknown }][] = [
      ['list', await as('officerHoanKiem', 'GET', '/api/v1/cases')],
      ['list of denunciations', await as('officerHoanKiem', 'GET', '/api/v1/cases?kind=denunciation')],
      ['list by the author’s phone', await as('officerHoanKiem', 'GET', `/api/v1/cases?phone=${encodeURIComponent('0977123456')}`)],
      ['detail', await as('officerHoanKiem', 'GET', `/api/v1/cases/${id}`)],
      ['accept', await as('officerHoanKiem', 'POST', `/api/v1/cases/${id}/accept`, {})],
      ['identity', await as('officerHoanKiem', 'GET', `/api/v1/cases/${id}/identity`)],
      ['grants', await as('officerHoanKiem', 'GET', `/api/v1/cases/${id}/identity-grants`)],
      ['overdue board', await as('officerHoanKiem', 'GET', '/api/v1/deadlines/overdue')],
    ];
    const statuses = Object.fromEntries(responses.map(([what, res]) => [what, res.status]));
    expect(statuses).toMatchObject({
      list: 200,
      'list of denunciations': 200,
      'list by the author’s phone': 403,
      detail: 200,
      accept: 200,
      identity: 403,
      grants: 403,
    });
    for (const [what, res] of responses) expectNoIdentity(what, res.body);
    const list = responses[1][1].body as CaseList;
    expect(list.items.map((c) => c.id)).toEqual([id]);
    expect(list.items[0].citizenPhone).toBeUndefined();
    expect(responses[2][1].body).toMatchObject({ code: 'phone_lookup_forbidden', details: [{ field: 'phone' }] });
    expect((responses[3][1].body as CaseDetail).citizen).toEqual({ withheld: true });
  });

  it('is absent from lists and the citizen’s tracking view for everyone, the secretariat included', async () => {
    for (const user of ['secretariat', 'admin', 'operator', 'council'] as const) {
      const list = await as<CaseList>(user, 'GET', '/api/v1/cases?kind=denunciation');
      expect(list.body.items.map((c) => c.id)).toEqual([denunciation.id]);
      expectNoIdentity(`${user} list`, list.body);
    }
    const tracked = await platform.request('GET', `/api/v1/cases/track/${denunciation.trackingCode}?key=${denunciation.accessKey}`);
    expect(tracked.status).toBe(200);
    expectNoIdentity('tracking', tracked.body);
    for (const user of ['operator', 'council'] as const) {
      const detail = await as<CaseDetail>(user, 'GET', `/api/v1/cases/${denunciation.id}`);
      expect(detail.body.citizen).toEqual({ withheld: true });
      expectNoIdentity(`${user} detail`, detail.body);
    }
  });

  it('is shown to the officer the secretariat names, with the reason, and every grant and view is audited', async () => {
    const refused = [
      await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: userId.council, reason }),
      await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: userId.officerHoanKiem }),
      await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: 'not-a-uuid', reason }),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(
      (await as('operator', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: userId.officerHoanKiem, reason })).status,
    ).toBe(403);

    const granted = await as<IdentityGrant>('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, {
      userId: userId.officerHoanKiem,
      reason,
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ userId: userId.officerHoanKiem, reason, active: true });
    expect(
      (await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: userId.officerHoanKiem, reason }))
        .status,
    ).toBe(409);

    const revealed = await as<ProtectedIdentity>('officerHoanKiem', 'GET', `/api/v1/cases/${denunciation.id}/identity`);
    expect(revealed.status).toBe(200);
    expect(revealed.body).toEqual({
      caseId: denunciation.id,
      name: AUTHOR.name,
      phone: '0977123456',
      email: AUTHOR.email,
      address: AUTHOR.address,
      nationalId: AUTHOR.nationalId,
      anonymised: false,
      grantId: granted.body.id,
    });
    // The grant names one officer: the other officer cannot even see the case, the council member sees it but not this.
    expect((await as('officerSxd', 'GET', `/api/v1/cases/${denunciation.id}/identity`)).status).toBe(404);
    expect((await as('council', 'GET', `/api/v1/cases/${denunciation.id}/identity`)).status).toBe(403);
    // The case detail stays withheld even for the granted officer: every reveal goes through the audited endpoint.
    expect((await as<CaseDetail>('officerHoanKiem', 'GET', `/api/v1/cases/${denunciation.id}`)).body.citizen).toEqual({ withheld: true });

    const grants = await audit(`action=identity.access_granted&targetId=${denunciation.id}`);
    expect(grants.total).toBe(1);
    expect(grants.items[0]).toMatchObject({
      actor: { type: 'staff', userId: userId.secretariat, role: 'secretariat' },
      target: { type: 'case', id: denunciation.id },
      data: { grantId: granted.body.id, userId: userId.officerHoanKiem, reason },
    });
    const views = await audit(`action=identity.viewed&targetId=${denunciation.id}&actor=${userId.officerHoanKiem}`);
    expect(views.total).toBe(1);
    expect(views.items[0]).toMatchObject({ actor: { role: 'agency_officer' }, data: { grantId: granted.body.id, reason } });
    // Refused attempts reveal nothing and so record no view.
    expect((await audit(`action=identity.viewed&targetId=${denunciation.id}&actor=${userId.council}`)).total).toBe(0);
    expectNoIdentity('audit log', await audit(`targetId=${denunciation.id}&pageSize=200`));
  });

  it('is audited when the secretariat or an admin reads it', async () => {
    for (const user of ['secretariat', 'admin'] as const) {
      const before = (await audit(`action=identity.viewed&targetId=${denunciation.id}&actor=${userId[user]}`)).total;
      const res = await as<ProtectedIdentity>(user, 'GET', `/api/v1/cases/${denunciation.id}/identity`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: AUTHOR.name, nationalId: AUTHOR.nationalId });
      expect(res.body.grantId).toBeUndefined();
      const after = await audit(`action=identity.viewed&targetId=${denunciation.id}&actor=${userId[user]}`);
      expect(after.total).toBe(before + 1);
      expect(after.items[0].data).toEqual({ reason: `identity requested by ${user}` });
    }
  });

  it('audits each staff read of a denunciation’s content (its detail), and no read of another kind of case', async () => {
    const contentViews = async (caseId: string, user: keyof typeof USERS) =>
      (await audit(`action=identity.content_viewed&targetId=${caseId}&actor=${userId[user]}`)).total;
    for (const user of ['secretariat', 'officerHoanKiem'] as const) {
      const before = await contentViews(denunciation.id, user);
      const res = await as<CaseDetail>(user, 'GET', `/api/v1/cases/${denunciation.id}`);
      expect(res.status).toBe(200);
      expect(await contentViews(denunciation.id, user)).toBe(before + 1);
    }
    const feedback = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    expect((await as<CaseDetail>('secretariat', 'GET', `/api/v1/cases/${feedback.body.id}`)).status).toBe(200);
    expect(await contentViews(feedback.body.id, 'secretariat')).toBe(0);
    // The audit row names the case and who read it, never the content.
    const rows = await sql<{ data: unknown }>(`SELECT data FROM audit_log WHERE action = 'identity.content_viewed' AND target_id = $1`, [
      denunciation.id,
    ]);
    expect(JSON.stringify(rows)).not.toContain(AUTHOR.name);
  });

  it('is hidden again once the grant is revoked, and the revocation is audited', async () => {
    const [grant] = (await as<{ items: IdentityGrant[] }>('secretariat', 'GET', `/api/v1/cases/${denunciation.id}/identity-grants`)).body
      .items;
    const revoked = await as<IdentityGrant>('secretariat', 'DELETE', `/api/v1/cases/${denunciation.id}/identity-grants/${grant.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: grant.id, active: false });
    expect((await as('secretariat', 'DELETE', `/api/v1/cases/${denunciation.id}/identity-grants/${grant.id}`)).status).toBe(409);

    const views = () => audit(`action=identity.viewed&targetId=${denunciation.id}&actor=${userId.officerHoanKiem}`);
    const viewsBefore = (await views()).total;
    const after = await as('officerHoanKiem', 'GET', `/api/v1/cases/${denunciation.id}/identity`);
    expect(after.status).toBe(403);
    expectNoIdentity('identity after revocation', after.body);
    expect((await views()).total).toBe(viewsBefore);
    const revocations = await audit(`action=identity.access_revoked&targetId=${denunciation.id}`);
    expect(revocations.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ userId: userId.secretariat }),
        data: { grantId: grant.id, userId: userId.officerHoanKiem },
      }),
    ]);
    // A new grant after revocation is allowed: the old one stays in the history.
    expect(
      (await as('secretariat', 'POST', `/api/v1/cases/${denunciation.id}/identity-grants`, { userId: userId.officerHoanKiem, reason }))
        .status,
    ).toBe(201);
    const history = (await as<{ items: IdentityGrant[] }>('secretariat', 'GET', `/api/v1/cases/${denunciation.id}/identity-grants`)).body
      .items;
    expect(history.map((g) => g.active)).toEqual([false, true]);
  });

  it('cannot be granted on a case that is not a denunciation', async () => {
    const { body: feedback } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    const res = await as('secretariat', 'POST', `/api/v1/cases/${feedback.id}/identity-grants`, { userId: userId.officerSxd, reason });
    expect(res.status).toBe(404);
    expect((await as('secretariat', 'GET', `/api/v1/cases/${feedback.id}/identity`)).status).toBe(404);
  });
});

describe('citizens’ contacts by role', () => {
  let platform: TestPlatform;
  const token: Partial<Record<keyof typeof USERS, string>> = {};
  let caseId: string;
  const citizen = { name: 'Phạm Quang Huy', phone: '0912 345 678', email: 'quang.huy@example.com' };

  beforeAll(async () => {
    platform = await newPlatform().start();
    for (const user of ['operator', 'secretariat', 'admin', 'officerSxd', 'council'] as const)
      token[user] = await platform.login(USERS[user][0], USERS[user][1]);
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ citizen }));
    caseId = body.id;
    await waitFor(
      async () =>
        (await platform.request<CaseDetail>('GET', `/api/v1/cases/${caseId}`, undefined, token.officerSxd)).body.status === 'routed' ||
        undefined,
      'routing to SXD',
    );
  });
  afterAll(() => platform.stop());

  const listPhone = async (user: keyof typeof USERS) =>
    (await platform.request<CaseList>('GET', '/api/v1/cases', undefined, token[user])).body.items.find((c) => c.id === caseId)
      ?.citizenPhone;

  it('shows the phone in full in lists to operators, the secretariat and admins', async () => {
    for (const user of ['operator', 'secretariat', 'admin'] as const) expect(await listPhone(user)).toBe('0912345678');
  });

  it('masks the phone in lists for agency officers and council members', async () => {
    for (const user of ['officerSxd', 'council'] as const) expect(await listPhone(user)).toBe('09xx xxx 678');
  });

  it('lets only operators, the secretariat and admins look cases up by phone: others get 403 phone_lookup_forbidden', async () => {
    for (const user of ['operator', 'secretariat', 'admin'] as const) {
      const res = await platform.request<CaseList>('GET', '/api/v1/cases?phone=0912.345.678', undefined, token[user]);
      expect(res.status).toBe(200);
      expect(res.body.items.map((c) => c.id)).toContain(caseId);
    }
    for (const user of ['officerSxd', 'council'] as const) {
      for (const path of ['/api/v1/cases?phone=0912.345.678', '/api/v1/cases/export.csv?phone=0912.345.678']) {
        const res = await platform.request<{ code?: string; details?: { field: string }[] }>('GET', path, undefined, token[user]);
        expect([path, user, res.status, res.body.code, res.body.details?.map((d) => d.field)]).toEqual([
          path,
          user,
          403,
          'phone_lookup_forbidden',
          ['phone'],
        ]);
      }
    }
  });

  it('masks the whole contact in the detail for council members, and shows it to the agency handling the case', async () => {
    const council = await platform.request<CaseDetail>('GET', `/api/v1/cases/${caseId}`, undefined, token.council);
    expect(council.body.citizen).toEqual({
      name: 'P. Q. H.',
      phone: '09xx xxx 678',
      email: 'q***@example.com',
      withheld: false,
      masked: true,
    });
    expect(JSON.stringify(council.body)).not.toContain('0912345678');
    const officer = await platform.request<CaseDetail>('GET', `/api/v1/cases/${caseId}`, undefined, token.officerSxd);
    expect(officer.body.citizen).toEqual({ name: citizen.name, phone: '0912345678', email: citizen.email, withheld: false });
  });
});
