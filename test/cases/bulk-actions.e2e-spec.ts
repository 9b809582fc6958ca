import { randomUUID } from 'node:crypto';
import {
  type ApiErrorBody,
  type ApiSchemas,
  type AuditPage,
  type CaseDetail,
  makeCaseInput,
  type Receipt,
  TestPlatform,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

type BulkResult = ApiSchemas['BulkResultDto'];

describe('the secretariat’s bulk actions on a selection of cases', () => {
  let platform: TestPlatform;
  let admin: string;
  let secretariat: string;
  let officerSxd: string;

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;

  async function submitted(input: Record<string, unknown>, status: string): Promise<Receipt> {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input));
    await waitFor(async () => (await detail(body.id)).status === status, `case ${status}`);
    return body;
  }
  /** No routing rule places an administrative-procedure case: it waits in triage. */
  const inTriage = () => submitted({ categoryCode: 'HANH-CHINH.THU-TUC' }, 'triage');
  const atSxd = () => submitted({}, 'routed');
  const statusAudits = async (caseId: string) =>
    (await platform.request<AuditPage>('GET', `/api/v1/admin/audit?action=case.status_changed&targetId=${caseId}`, undefined, admin)).body
      .items;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [admin, secretariat, officerSxd] = await Promise.all([
      platform.login(...USERS.admin),
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
    ]);
  });
  afterAll(() => platform.stop());

  it('routes every case it may, and reports each one it may not with the single action’s error code', async () => {
    const triage = [await inTriage(), await inTriage()];
    const routed = await atSxd();
    const accepted = await atSxd();
    expect((await platform.request('POST', `/api/v1/cases/${accepted.id}/accept`, {}, officerSxd)).status).toBe(200);
    const missing = randomUUID();
    const caseIds = [triage[0].id, routed.id, missing, accepted.id, triage[1].id];

    const res = await platform.request<BulkResult>(
      'POST',
      '/api/v1/cases/bulk-route',
      { caseIds, agencyCode: 'UBND-HOANKIEM' },
      secretariat,
    );
    expect(res.status).toBe(200);
    expect(res.body.results.map(({ id, ok, code, status }) => ({ id, ok, code, status }))).toEqual([
      { id: triage[0].id, ok: true, status: 'routed', code: undefined },
      { id: routed.id, ok: false, code: 'reroute_reason_required', status: undefined },
      { id: missing, ok: false, code: 'not_found', status: undefined },
      { id: accepted.id, ok: false, code: 'reroute_reason_required', status: undefined },
      { id: triage[1].id, ok: true, status: 'routed', code: undefined },
    ]);
    for (const t of triage) {
      expect((await detail(t.id)).agency?.code).toBe('UBND-HOANKIEM');
      expect((await statusAudits(t.id)).filter((a) => a.data.transition === 'route' && a.actor.role === 'secretariat')).toHaveLength(1);
    }
    expect((await detail(routed.id)).agency?.code).toBe('SXD');
    expect((await statusAudits(routed.id)).filter((a) => a.actor.role === 'secretariat')).toEqual([]);
  });

  it('reroutes cases already at an agency when given a reason, and reports a status the state machine refuses', async () => {
    const routed = await atSxd();
    const accepted = await atSxd();
    expect((await platform.request('POST', `/api/v1/cases/${accepted.id}/accept`, {}, officerSxd)).status).toBe(200);
    const reason = 'Thuộc thẩm quyền UBND phường theo phân cấp.';
    const res = await platform.request<BulkResult>(
      'POST',
      '/api/v1/cases/bulk-route',
      { caseIds: [routed.id, accepted.id], agencyCode: 'UBND-HOANKIEM', reason },
      secretariat,
    );
    expect(res.body.results.map((r) => [r.ok, r.code ?? r.status])).toEqual([
      [true, 'routed'],
      [false, 'invalid_transition'],
    ]);
    const rerouted = await detail(routed.id);
    expect(rerouted.agency?.code).toBe('UBND-HOANKIEM');
    expect(rerouted.events.some((e) => e.type === 'routed' && e.note === reason)).toBe(true);
    expect((await detail(accepted.id)).status).toBe('accepted');
  });

  it('refuses the whole request, moving nothing, for an unknown agency, too many cases or a malformed id', async () => {
    const kase = await inTriage();
    const unknown = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/cases/bulk-route',
      { caseIds: [kase.id], agencyCode: 'NOPE' },
      secretariat,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0]?.field).toBe('agencyCode');
    const tooMany = Array.from({ length: 201 }, () => randomUUID());
    for (const caseIds of [tooMany, [], ['not-a-uuid'], [kase.id, kase.id]]) {
      const res = await platform.request<ApiErrorBody>('POST', '/api/v1/cases/bulk-route', { caseIds, agencyCode: 'SXD' }, secretariat);
      expect(res.status).toBe(400);
      expect(res.body.details?.[0]?.field).toBe('caseIds');
    }
    expect((await detail(kase.id)).status).toBe('triage');
  });

  it('is the secretariat’s: an agency officer may not', async () => {
    const kase = await inTriage();
    expect((await platform.request('POST', '/api/v1/cases/bulk-route', { caseIds: [kase.id], agencyCode: 'SXD' }, officerSxd)).status).toBe(
      403,
    );
  });

  it('exports exactly the selection, with the columns and labels of the list’s export', async () => {
    const selected = [await inTriage(), await atSxd()];
    await atSxd();
    const csv = async (query: string) => {
      const res = await fetch(`${platform.baseUrl}/api/v1/cases/export.csv?${query}`, {
        headers: { authorization: `Bearer ${secretariat}` },
      });
      expect(res.status).toBe(200);
      return (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
    };
    const [header, ...rows] = await csv(`ids=${selected.map((s) => s.id).join(',')}`);
    const [fullHeader] = await csv('status=triage');
    expect(header).toBe(fullHeader);
    expect(header).toContain('Mã hồ sơ');
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(selected.map((s) => s.trackingCode).sort());
    expect(rows.join('\n')).toContain('Đang phân loại');

    const tooMany = Array.from({ length: 201 }, () => randomUUID()).join(',');
    const refused = await platform.request<ApiErrorBody>('GET', `/api/v1/cases/export.csv?ids=${tooMany}`, undefined, secretariat);
    expect(refused.status).toBe(400);
    expect(refused.body.details?.[0]?.field).toBe('ids');
  });
});
