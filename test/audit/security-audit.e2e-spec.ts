import { DataSource } from 'typeorm';
import { AuditService } from '@hotline/audit';
import { Role } from '@hotline/contracts';
import { type AuditPage, type CaseDetail, type LoginResult, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

describe('the audit log', () => {
  let platform: TestPlatform;
  let admin: string;
  let adminId: string;
  let secretariat: string;
  let officer: string;
  let officerId: string;

  const audit = (query: string) => platform.request<AuditPage>('GET', `/api/v1/admin/audit?${query}`, undefined, admin);
  const sql = (text: string) => platform.db.dataSource.query(text);

  beforeAll(async () => {
    platform = await newPlatform().start();
    const login = async (email: string, password: string) =>
      (await platform.request<LoginResult>('POST', '/api/v1/auth/login', { email, password })).body;
    const [a, s, o] = await Promise.all([login(...USERS.admin), login(...USERS.secretariat), login(...USERS.officerSxd)]);
    [admin, adminId, secretariat, officer, officerId] = [a.accessToken, a.user.id, s.accessToken, o.accessToken, o.user.id];
  });
  afterAll(() => platform.stop());

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM audit_log`);
    expect(before).toBeGreaterThan(0);
    await expect(sql(`UPDATE audit_log SET action = 'auth.login' WHERE true`)).rejects.toThrow(/audit_log is append-only: UPDATE refused/);
    await expect(sql(`DELETE FROM audit_log`)).rejects.toThrow(/audit_log is append-only: DELETE refused/);
    await expect(sql(`TRUNCATE audit_log`)).rejects.toThrow(/audit_log is append-only: TRUNCATE refused/);
    // A statement touching no row is refused too: the trigger fires per statement.
    await expect(sql(`UPDATE audit_log SET ip = NULL WHERE id < 0`)).rejects.toThrow(/append-only/);
    const [{ n: after }] = await sql(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toBe(before);
  });

  it('records logins and failed logins without the password or the email address', async () => {
    const logins = await audit(`action=auth.login&actor=${officerId}`);
    expect(logins.status).toBe(200);
    expect(logins.body.total).toBe(1);
    expect(logins.body.items[0]).toMatchObject({
      action: 'auth.login',
      actor: { type: 'staff', userId: officerId, role: 'agency_officer' },
      target: { type: 'user', id: officerId },
      ip: '127.0.0.1',
    });

    const wrongPassword = 'Sai-Mat-Khau#1';
    expect((await platform.request('POST', '/api/v1/auth/login', { email: USERS.officerSxd[0], password: wrongPassword })).status).toBe(
      401,
    );
    expect(
      (await platform.request('POST', '/api/v1/auth/login', { email: 'khong.ton.tai@hotline.example.vn', password: wrongPassword })).status,
    ).toBe(401);

    const failed = await audit('action=auth.login_failed');
    expect(failed.body.total).toBe(2);
    const [unknown, known] = failed.body.items;
    expect(known).toMatchObject({
      actor: { type: 'anonymous' },
      target: { type: 'user', id: officerId },
      data: { reason: 'wrong_password' },
    });
    expect(unknown.target).toBeUndefined();
    expect(unknown.data).toMatchObject({ reason: 'unknown_account', emailFingerprint: expect.stringMatching(/^[0-9a-f]{24}$/) });
    const byEmail = await audit(`email=${encodeURIComponent('Khong.Ton.Tai@hotline.example.vn')}`);
    expect(byEmail.body.items.map((e) => e.id)).toEqual([unknown.id]);
    expect((await audit(`email=${encodeURIComponent(USERS.officerSxd[0])}&action=auth.login_failed`)).body.items.map((e) => e.id)).toEqual([
      known.id,
    ]);
    const stored = JSON.stringify(await sql(`SELECT * FROM audit_log`));
    for (const secret of [wrongPassword, USERS.officerSxd[0], 'khong.ton.tai', ...Object.values(USERS).map(([, password]) => password)]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('records every status change of a case with its actor, in the transition’s transaction', async () => {
    const { body: created } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({}));
    await waitFor(
      async () =>
        (await platform.request<CaseDetail>('GET', `/api/v1/cases/${created.id}`, undefined, secretariat)).body.status === 'routed',
      'routing',
    );
    expect((await platform.request('POST', `/api/v1/cases/${created.id}/accept`, {}, officer)).status).toBe(200);
    // Refused transitions roll back and leave no audit row.
    expect((await platform.request('POST', `/api/v1/cases/${created.id}/accept`, {}, officer)).status).toBe(409);

    const trail = await audit(`targetType=case&targetId=${created.id}`);
    expect(trail.body.total).toBe(2);
    const [accepted, routed] = trail.body.items;
    expect(routed).toMatchObject({
      action: 'case.status_changed',
      actor: { type: 'system' },
      data: { from: 'received', to: 'routed', transition: 'route' },
    });
    expect(accepted).toMatchObject({
      action: 'case.status_changed',
      actor: { type: 'staff', userId: officerId, role: 'agency_officer' },
      data: { from: 'routed', to: 'accepted', transition: 'accept' },
    });

    const [{ n: events }] = await sql(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = '${created.id}' AND to_status IS NOT NULL AND from_status IS NOT NULL`,
    );
    expect(events).toBe(trail.body.total);
  });

  it('records every view of a denunciation’s author, and none where the identity is withheld', async () => {
    const { body: denunciation } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        kind: 'denunciation',
        categoryCode: 'XAY-DUNG.TRAT-TU',
        areaCode: 'HN-HOANKIEM',
        citizen: { name: 'Trần Thị Bình', phone: '0987 654 321' },
      }),
    );
    const { body: feedback } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({}));
    await waitFor(
      async () =>
        (await platform.request<CaseDetail>('GET', `/api/v1/cases/${denunciation.id}`, undefined, secretariat)).body.status !== 'received',
      'routing',
    );
    const views = () => audit(`action=identity.viewed&targetId=${denunciation.id}`);
    const seen = (await views()).body.total;
    expect(seen).toBeGreaterThan(0);

    const shown = await platform.request<CaseDetail>('GET', `/api/v1/cases/${denunciation.id}`, undefined, secretariat);
    expect(shown.body.citizen).toMatchObject({ name: 'Trần Thị Bình', withheld: false });
    const after = await views();
    expect(after.body.total).toBe(seen + 1);
    expect(after.body.items[0]).toMatchObject({
      actor: { type: 'staff', role: 'secretariat' },
      target: { type: 'case', id: denunciation.id },
      data: { reason: 'case detail shown to secretariat' },
    });

    const detail = await platform.request<CaseDetail>('GET', `/api/v1/cases/${denunciation.id}`, undefined, secretariat);
    if (detail.body.agency?.code !== 'UBND-HOANKIEM') {
      expect(
        (await platform.request('POST', `/api/v1/cases/${denunciation.id}/route`, { agencyCode: 'UBND-HOANKIEM' }, secretariat)).status,
      ).toBe(200);
    }
    const officerHoanKiem = await platform.login(...USERS.officerHoanKiem);
    const before = (await views()).body.total;
    const withheld = await platform.request<CaseDetail>('GET', `/api/v1/cases/${denunciation.id}`, undefined, officerHoanKiem);
    expect(withheld.body.citizen).toEqual({ withheld: true });
    expect((await views()).body.total).toBe(before);

    await platform.request('GET', `/api/v1/cases/${feedback.id}`, undefined, secretariat);
    expect((await audit(`action=identity.viewed&targetId=${feedback.id}`)).body.total).toBe(0);
  });

  it('gives later code an export record that commits or rolls back with the caller’s transaction', async () => {
    const service = platform.api.get(AuditService);
    const appDataSource = platform.api.get(DataSource);
    const actor = { type: 'staff' as const, userId: adminId, role: Role.Admin, agencyId: null };
    await expect(
      appDataSource.transaction(async (manager) => {
        await service.exported({ actor, what: 'cases', format: 'csv', filters: {}, rows: 3 }, manager);
        throw new Error('the export failed');
      }),
    ).rejects.toThrow('the export failed');
    expect((await audit('action=data.exported')).body.total).toBe(0);

    await service.exported({ actor, what: 'cases', format: 'xlsx', filters: { status: 'routed' }, rows: 12 });
    const exports = await audit('action=data.exported');
    expect(exports.body.total).toBe(1);
    expect(exports.body.items[0]).toMatchObject({
      actor: { userId: adminId, role: 'admin' },
      target: { type: 'export', id: 'cases' },
      data: { format: 'xlsx', filters: { status: 'routed' }, rows: 12 },
    });
  });

  it('lets an admin filter by actor, action, target, time window, and page through the results', async () => {
    const all = await audit('pageSize=500');
    expect(all.body.total).toBe(all.body.items.length);
    const byAdmin = await audit(`actor=${adminId}`);
    expect(byAdmin.body.items.length).toBeGreaterThan(0);
    expect(byAdmin.body.items.every((e) => e.actor.userId === adminId)).toBe(true);

    const statusChanges = all.body.items.filter((e) => e.action === 'case.status_changed');
    expect((await audit('action=case.status_changed')).body.total).toBe(statusChanges.length);

    const newest = all.body.items[0];
    const oldest = all.body.items[all.body.items.length - 1];
    const window = await audit(`from=${encodeURIComponent(oldest.at)}&to=${encodeURIComponent(newest.at)}&pageSize=500`);
    expect(window.body.items.map((e) => e.id)).toEqual(all.body.items.filter((e) => e.at < newest.at).map((e) => e.id));
    expect((await audit(`from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`)).body.total).toBe(0);

    const page1 = await audit('pageSize=2&page=1');
    const page2 = await audit('pageSize=2&page=2');
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: all.body.total });
    expect([...page1.body.items, ...page2.body.items].map((e) => e.id)).toEqual(all.body.items.slice(0, 4).map((e) => e.id));
  });

  it('is for admins only and refuses malformed filters with 400', async () => {
    expect((await platform.request('GET', '/api/v1/admin/audit', undefined, secretariat)).status).toBe(403);
    expect((await platform.request('GET', '/api/v1/admin/audit')).status).toBe(401);
    for (const [query, field] of [
      ['actor=nobody', 'actor'],
      ['action=case.deleted', 'action'],
      ['from=yesterday', 'from'],
      ['pageSize=5000', 'pageSize'],
      ['email=nobody', 'email'],
      ['targetType=Case;DROP', 'targetType'],
    ]) {
      const res = await platform.request<{ statusCode: number; details: { field: string }[] }>(
        'GET',
        `/api/v1/admin/audit?${query}`,
        undefined,
        admin,
      );
      expect(res.status).toBe(400);
      expect(res.body.details.map((d) => d.field)).toContain(field);
    }
    const backwards = await audit('from=2026-02-01&to=2026-01-01');
    expect(backwards.status).toBe(400);
  });
});
