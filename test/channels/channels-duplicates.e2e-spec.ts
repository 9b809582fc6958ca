import { RollupService } from '@hotline/reporting';
import {
  type ApiErrorBody,
  type CaseDetail,
  makeCaseInput,
  type OperatorReceipt,
  type Receipt,
  type SimilarCase,
  TestPlatform,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

describe('duplicate cases: suggestions and merge', () => {
  let platform: TestPlatform;
  let operator: string;
  let secretariat: string;
  let officer: string;
  const citizenA = 'pho.hue.a@example.com';
  const citizenB = 'pho.hue.b@example.com';
  let a: Receipt;
  let b: OperatorReceipt;
  let other: Receipt;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [operator, secretariat, officer] = await Promise.all([
      platform.login(...USERS.operator),
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
    ]);
    a = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          title: 'Ổ gà lớn trước số 120 phố Huế',
          description: 'Mặt đường trước số 120 phố Huế có ổ gà rất sâu, xe máy đã ngã hai lần trong tuần này.',
          location: { lat: 21.01215, lng: 105.85102 },
          citizen: { name: 'Nguyễn Văn An', email: citizenA },
        }),
      )
    ).body;
    other = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          title: 'Nắp cống vỡ trên phố Bạch Mai',
          description: 'Nắp cống thoát nước trước chợ Bạch Mai bị vỡ từ tháng trước, trẻ em đi học rất nguy hiểm.',
          citizen: { name: 'Lê Thị Cúc', email: 'bach.mai@example.com' },
        }),
      )
    ).body;
  });
  afterAll(() => platform.stop());

  it('suggests the open case when the operator keys in an unaccented, reworded copy, and not a different case in the same ward', async () => {
    const created = await platform.request<OperatorReceipt>(
      'POST',
      '/api/v1/hotline/cases',
      makeCaseInput({
        title: 'Pho Hue co o ga lon',
        description: 'Truoc so 120 pho Hue co mot o ga sau, nhieu xe may bi nga trong tuan.',
        location: { lat: 21.0123, lng: 105.8511 },
        citizen: { name: 'Tran Van Binh', phone: '0987654321', email: citizenB },
      }),
      operator,
    );
    expect(created.status).toBe(201);
    b = created.body;
    const suggested = b.possibleDuplicates.map((s) => s.id);
    expect(suggested).toEqual([a.id]);
    expect(b.possibleDuplicates[0].distanceMeters).toBeLessThan(50);

    const forB = await platform.request<{ items: SimilarCase[] }>('GET', `/api/v1/cases/${b.id}/similar`, undefined, secretariat);
    expect(forB.status).toBe(200);
    expect(forB.body.items.map((s) => s.id)).toEqual([a.id]);

    const forOther = await platform.request<{ items: SimilarCase[] }>('GET', `/api/v1/cases/${other.id}/similar`, undefined, secretariat);
    expect(forOther.body.items).toEqual([]);
  });

  it('suggests while the operator types, with or without diacritics', async () => {
    for (const q of ['ổ gà phố Huế số 120', 'o ga pho hue so 120']) {
      const res = await platform.request<{ items: SimilarCase[] }>(
        'GET',
        `/api/v1/cases/similar?q=${encodeURIComponent(q)}&area=HN-HAIBATRUNG&category=GIAO-THONG.DUONG-HONG`,
        undefined,
        operator,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    }
    const elsewhere = await platform.request<{ items: SimilarCase[] }>(
      'GET',
      `/api/v1/cases/similar?q=${encodeURIComponent('o ga pho hue so 120')}&area=HN-HOANKIEM`,
      undefined,
      operator,
    );
    expect(elsewhere.body.items).toEqual([]);
  });

  it('refuses bad similar queries and bad merges with a 4xx naming the field', async () => {
    const noText = await platform.request<ApiErrorBody>('GET', '/api/v1/cases/similar?area=HN-HAIBATRUNG', undefined, operator);
    expect(noText.status).toBe(400);
    expect(noText.body.details!.map((d) => d.field)).toContain('q');
    const badArea = await platform.request<ApiErrorBody>(
      'GET',
      '/api/v1/cases/similar?q=o%20ga%20pho%20hue&area=NOWHERE',
      undefined,
      operator,
    );
    expect(badArea.status).toBe(400);
    expect(badArea.body.details![0].field).toBe('area');
    const halfPlace = await platform.request<ApiErrorBody>(
      'GET',
      '/api/v1/cases/similar?q=o%20ga%20pho%20hue&lat=21.01',
      undefined,
      operator,
    );
    expect(halfPlace.status).toBe(400);
    expect(halfPlace.body.details!.map((d) => d.field)).toContain('lng');

    const self = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: b.id, reason: 'Trùng nội dung' },
      secretariat,
    );
    expect(self.status).toBe(400);
    expect(self.body.details![0].field).toBe('intoCaseId');
    const unknown = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: '0190a8c4-0000-7000-8000-000000000000', reason: 'Trùng nội dung' },
      secretariat,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.details![0].field).toBe('intoCaseId');
    const notUuid = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: 'x', reason: 'Trùng nội dung' },
      secretariat,
    );
    expect(notUuid.status).toBe(400);
    const byOperator = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: a.id, reason: 'Trùng nội dung' },
      operator,
    );
    expect(byOperator.status).toBe(403);
  });

  it('merges the copy: both histories keep an event, the copy stops, both reporters hear the answer, reports count it once', async () => {
    await waitFor(async () => {
      const res = await platform.request<CaseDetail>('GET', `/api/v1/cases/${a.id}`, undefined, officer);
      return res.status === 200 && res.body.status === 'routed';
    }, 'routing of the first case');

    const merged = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: a.id, reason: 'Cùng phản ánh ổ gà trước số 120 phố Huế.' },
      secretariat,
    );
    expect(merged.status).toBe(200);
    expect(merged.body.status).toBe('merged');
    expect(merged.body.events.map((e) => e.type)).toContain('merged_into');
    const [{ running }] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS running FROM case_deadlines WHERE case_id = $1 AND status = 'running'`,
      [b.id],
    );
    expect(running).toBe(0);

    const again = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${b.id}/merge`,
      { intoCaseId: a.id, reason: 'Trùng nội dung' },
      secretariat,
    );
    expect(again.status).toBe(409);
    const intoMerged = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${other.id}/merge`,
      { intoCaseId: b.id, reason: 'Trùng nội dung' },
      secretariat,
    );
    expect(intoMerged.status).toBe(409);

    const survivor = await platform.request<CaseDetail>('GET', `/api/v1/cases/${a.id}`, undefined, secretariat);
    expect(survivor.body.events.map((e) => e.type)).toContain('duplicate_merged');
    expect(survivor.body.mergedCases).toEqual([{ id: b.id, trackingCode: b.trackingCode }]);
    expect(merged.body.mergedInto?.id).toBe(a.id);

    expect((await platform.request('POST', `/api/v1/cases/${a.id}/accept`, {}, officer)).status).toBe(200);
    const answer = 'Sở Xây dựng đã vá ổ gà trước số 120 phố Huế ngày 02/12/2026.';
    expect((await platform.request('POST', `/api/v1/cases/${a.id}/answer`, { answer }, officer)).status).toBe(200);

    const mailA = await platform.smtp.waitForMail(
      (m) => m.to.includes(citizenA) && m.text.includes(answer),
      'the answer to the first reporter',
    );
    const mailB = await platform.smtp.waitForMail(
      (m) => m.to.includes(citizenB) && m.text.includes(answer),
      'the answer to the duplicate’s reporter',
    );
    expect(mailA.subject).toContain(a.trackingCode);
    expect(mailB.subject).toContain(b.trackingCode);
    expect(mailB.text).toContain(`/track/${b.trackingCode}`);

    const tracked = await platform.request<{ status: string; answer?: string; mergedInto?: { trackingCode: string; status: string } }>(
      'GET',
      `/api/v1/cases/track/${b.trackingCode}?key=${b.accessKey}`,
    );
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ status: 'merged', answer, mergedInto: { trackingCode: a.trackingCode, status: 'answered' } });

    const rollups = platform.worker!.get(RollupService);
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return result.ran && n === 0;
    }, 'rollups drained');
    const facts: { case_id: string }[] = await platform.db.dataSource.query(`SELECT case_id FROM report_case_facts`);
    expect(facts.map((f) => f.case_id).sort()).toEqual([a.id, other.id].sort());
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const summary = await platform.request<{ total: { received: number } }>(
      'GET',
      `/api/v1/reports/summary?from=${today}&to=${today}`,
      undefined,
      secretariat,
    );
    expect(summary.body.total.received).toBe(2);
    expect((await rollups.rebuild()).cases).toBe(3);
    const rebuilt = await platform.request<{ total: { received: number } }>(
      'GET',
      `/api/v1/reports/summary?from=${today}&to=${today}`,
      undefined,
      secretariat,
    );
    expect(rebuilt.body.total.received).toBe(2);
  });
});
