import {
  type ApiErrorBody,
  type ApiSchemas,
  type AuditPage,
  type CaseDetail,
  type CaseList,
  makeCaseInput,
  type Receipt,
  TestPlatform,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

type Assignee = ApiSchemas['AssigneeDto'];

describe('assignment of a case to one officer inside its agency, and "my cases"', () => {
  let platform: TestPlatform;
  let admin: string;
  let secretariat: string;
  let officerSxd: string;
  let officerHoanKiem: string;
  let council: string;
  let headSxd: string;
  let ids: { officerSxd: string; secondSxd: string; officerHoanKiem: string };

  const detail = async (id: string, token: string) =>
    (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, token)).body;
  const listIds = async (query: string, token: string) =>
    (await platform.request<CaseList>('GET', `/api/v1/cases?pageSize=200&${query}`, undefined, token)).body.items.map((c) => c.id);

  async function routedToSxd(): Promise<Receipt> {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    await waitFor(async () => (await detail(body.id, secretariat)).status === 'routed', 'routing');
    return body;
  }

  async function createUser(input: Record<string, unknown>): Promise<string> {
    const res = await platform.request<{ user: { id: string } }>(
      'POST',
      '/api/v1/admin/users',
      { password: 'Assign#2026x', ...input },
      admin,
    );
    expect(res.status).toBe(201);
    return res.body.user.id;
  }

  beforeAll(async () => {
    platform = await newPlatform().start();
    [admin, secretariat, officerSxd, officerHoanKiem, council] = await Promise.all([
      platform.login(...USERS.admin),
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
      platform.login(...USERS.council),
    ]);
    const agencies = (await platform.request<{ id: string; code: string }[]>('GET', '/api/v1/admin/agencies', undefined, admin)).body;
    const sxd = agencies.find((a) => a.code === 'SXD')!.id;
    await createUser({ email: 'head.sxd@hotline.example.vn', fullName: 'Trưởng phòng Sở Xây dựng', role: 'agency_head', agencyId: sxd });
    const secondSxd = await createUser({
      email: 'officer2.sxd@hotline.example.vn',
      fullName: 'Lê Thị Hoa',
      role: 'agency_officer',
      agencyId: sxd,
    });
    headSxd = await platform.login('head.sxd@hotline.example.vn', 'Assign#2026x');
    const me = async (token: string) =>
      (await platform.request<{ user: { id: string } }>('GET', '/api/v1/auth/me', undefined, token)).body.user.id;
    ids = { officerSxd: await me(officerSxd), secondSxd, officerHoanKiem: await me(officerHoanKiem) };
  });
  afterAll(() => platform.stop());

  it('offers as assignees the active officers and head of the case’s agency only', async () => {
    const kase = await routedToSxd();
    const res = await platform.request<Assignee[]>('GET', `/api/v1/cases/${kase.id}/assignees`, undefined, headSxd);
    expect(res.status).toBe(200);
    expect(res.body.map((a) => a.id)).toEqual(expect.arrayContaining([ids.officerSxd, ids.secondSxd]));
    expect(res.body.map((a) => a.id)).not.toContain(ids.officerHoanKiem);
    expect((await detail(kase.id, headSxd)).availableActions).toContain('assign');
    expect((await detail(kase.id, officerSxd)).availableActions).not.toContain('assign');
  });

  it('lets the agency head assign a case to an officer: an event, an audit row, and the officer’s "my cases"', async () => {
    const kase = await routedToSxd();
    const other = await routedToSxd();
    const res = await platform.request<CaseDetail>('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, headSxd);
    expect(res.status).toBe(200);
    expect(res.body.assignee).toEqual({ id: ids.officerSxd, name: 'Phạm Văn Đức (Sở Xây dựng)' });
    expect(res.body.status).toBe('routed');
    expect(res.body.events.filter((e) => e.type === 'assigned')).toHaveLength(1);

    const mine = await listIds('assignee=me', officerSxd);
    expect(mine).toContain(kase.id);
    expect(mine).not.toContain(other.id);
    expect(await listIds('assignee=none', officerSxd)).toContain(other.id);
    expect(await listIds('assignee=none', officerSxd)).not.toContain(kase.id);
    expect(await listIds(`assignee=${ids.officerSxd}`, secretariat)).toEqual([kase.id]);
    const item = (await platform.request<CaseList>('GET', `/api/v1/cases?ids=${kase.id}`, undefined, officerSxd)).body.items[0];
    expect(item.assignee?.id).toBe(ids.officerSxd);

    const audit = await platform.request<AuditPage>(
      'GET',
      `/api/v1/admin/audit?action=case.assigned&targetId=${kase.id}`,
      undefined,
      admin,
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].data).toEqual({ assigneeId: ids.officerSxd, previousAssigneeId: null });

    // Citizens never see who in the agency handles the case.
    const timeline = await platform.request<{ events: { type: string }[] }>(
      'GET',
      `/api/v1/cases/track/${kase.trackingCode}?key=${encodeURIComponent(kase.accessKey)}`,
    );
    expect(JSON.stringify(timeline.body)).not.toContain('Phạm Văn Đức');
  });

  it('refuses an assignee outside the case’s agency with 422 naming the field, and changes nothing', async () => {
    const kase = await routedToSxd();
    for (const userId of [ids.officerHoanKiem, '0195f3a0-0000-7000-8000-000000000000']) {
      const res = await platform.request<ApiErrorBody>('POST', `/api/v1/cases/${kase.id}/assign`, { userId }, secretariat);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'assignee_outside_agency', details: [{ field: 'userId' }] });
    }
    const bad = await platform.request<ApiErrorBody>('POST', `/api/v1/cases/${kase.id}/assign`, { userId: 'nobody' }, secretariat);
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0]?.field).toBe('userId');
    const after = await detail(kase.id, secretariat);
    expect(after.assignee).toBeUndefined();
    expect(after.events.some((e) => e.type === 'assigned')).toBe(false);
  });

  it('lets only the agency head, the secretariat and admins assign', async () => {
    const kase = await routedToSxd();
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, officerSxd)).status).toBe(403);
    // Another agency's case does not exist for an agency user.
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, officerHoanKiem)).status).toBe(
      403,
    );
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, secretariat)).status).toBe(200);
  });

  it('reassigns and unassigns, each recorded', async () => {
    const kase = await routedToSxd();
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, headSxd)).status).toBe(200);
    const reassigned = await platform.request<CaseDetail>('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.secondSxd }, headSxd);
    expect(reassigned.body.assignee?.id).toBe(ids.secondSxd);
    expect(await listIds('assignee=me', officerSxd)).not.toContain(kase.id);
    const unassigned = await platform.request<CaseDetail>('POST', `/api/v1/cases/${kase.id}/unassign`, {}, headSxd);
    expect(unassigned.status).toBe(200);
    expect(unassigned.body.assignee).toBeUndefined();
    expect(unassigned.body.events.map((e) => e.type).filter((t) => t === 'assigned' || t === 'unassigned')).toEqual([
      'assigned',
      'assigned',
      'unassigned',
    ]);
    const audit = await platform.request<AuditPage>(
      'GET',
      `/api/v1/admin/audit?action=case.assigned&targetId=${kase.id}`,
      undefined,
      admin,
    );
    expect(audit.body.items).toHaveLength(3);
  });

  it('clears the assignee when the case leaves the agency (rerouted or returned)', async () => {
    const rerouted = await routedToSxd();
    await platform.request('POST', `/api/v1/cases/${rerouted.id}/assign`, { userId: ids.officerSxd }, headSxd);
    const res = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${rerouted.id}/route`,
      { agencyCode: 'UBND-HOANKIEM', note: 'Thuộc thẩm quyền phường.' },
      secretariat,
    );
    expect(res.body.agency?.code).toBe('UBND-HOANKIEM');
    expect(res.body.assignee).toBeUndefined();

    const returned = await routedToSxd();
    await platform.request('POST', `/api/v1/cases/${returned.id}/assign`, { userId: ids.officerSxd }, headSxd);
    await platform.request('POST', `/api/v1/cases/${returned.id}/return`, { reason: 'Không thuộc thẩm quyền của Sở.' }, officerSxd);
    expect((await detail(returned.id, secretariat)).assignee).toBeUndefined();
    expect(await listIds('assignee=me', officerSxd)).not.toContain(returned.id);
  });

  it('shows the assignee only to the roles the projection lets see it, and refuses the filter to the others', async () => {
    const kase = await routedToSxd();
    await platform.request('POST', `/api/v1/cases/${kase.id}/assign`, { userId: ids.officerSxd }, headSxd);
    expect((await detail(kase.id, secretariat)).assignee?.id).toBe(ids.officerSxd);
    expect((await detail(kase.id, council)).assignee).toBeUndefined();
    const refused = await platform.request<ApiErrorBody>('GET', '/api/v1/cases?assignee=me', undefined, council);
    expect(refused.status).toBe(403);
    expect(refused.body.details?.[0]?.field).toBe('assignee');
  });
});
