import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface ErrorBody {
  code: string;
  details?: { field: string; code?: string }[];
}
interface RequestBody {
  id: string;
  status: string;
  outcome: Record<string, unknown> | null;
}

/**
 * A restricted case (a `restriction` request carried out) keeps only the processing the law requires: it is stored
 * and handled to its answer, and everything else stops (RESTRICTION in libs/cases/src/access/processing-restriction.ts).
 * Each check compares it with a twin case of another citizen that is not restricted, so it fails without the rule.
 */
describe('a case whose processing the person restricted', () => {
  let platform: TestPlatform;
  let admin: string;
  let secretariat: string;
  let officer: string;
  let restricted: Receipt;
  let twin: Receipt;
  const text = {
    title: 'Đèn đường hỏng kéo dài trên phố Bà Triệu',
    description: 'Cả dãy đèn đường trước số 45 phố Bà Triệu tắt ba tuần nay, tối đi lại rất nguy hiểm.',
  };
  const citizen = { name: 'Đỗ Thị Hạnh', phone: '0913 222 333', email: 'hanh.restrict@example.com' };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    platform.db.dataSource.query(query, params) as Promise<T[]>;

  beforeAll(async () => {
    platform = await newPlatform().start();
    admin = await platform.login(...USERS.admin);
    secretariat = await platform.login(...USERS.secretariat);
    officer = await platform.login(...USERS.officerSxd);
    const submit = async (who: Record<string, string>) => {
      const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ ...text, citizen: who, public: true }));
      expect(res.status).toBe(201);
      await platform.waitForCaseStatus<CaseDetail>(res.body.id, 'routed', admin);
      return res.body;
    };
    restricted = await submit(citizen);
    twin = await submit({ name: 'Vũ Văn Long', phone: '0913 444 555', email: 'long.twin@example.com' });
  });
  afterAll(() => platform?.stop());

  it('is restricted while it is still being handled: restriction keeps the legal hold, it is not refused by it', async () => {
    const filed = await platform.request<RequestBody>(
      'POST',
      '/api/v1/admin/privacy-requests',
      { kind: 'restriction', contactKind: 'email', contact: citizen.email },
      secretariat,
    );
    expect(filed.status).toBe(201);
    const done = await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin);
    expect([done.body.status, done.body.outcome]).toEqual(['completed', { cases: 1, restricted: 1 }]);
    const [row] = await sql<{ restricted: boolean; is_public: boolean }>(
      `SELECT processing_restricted_at IS NOT NULL AS restricted, is_public FROM cases WHERE id = $1`,
      [restricted.id],
    );
    expect(row).toEqual({ restricted: true, is_public: false });
    // Erasure is still refused: the case must be kept.
    const erasure = await platform.request<ErrorBody>(
      'POST',
      '/api/v1/admin/privacy-requests',
      { kind: 'erasure', contactKind: 'email', contact: citizen.email },
      secretariat,
    );
    expect([erasure.status, erasure.body.code]).toEqual([422, 'legal_hold']);
  });

  it('shows the handling agency the contact masked in the detail (the twin in full)', async () => {
    const detail = await platform.request<CaseDetail>('GET', `/api/v1/cases/${restricted.id}`, undefined, officer);
    expect(detail.status).toBe(200);
    expect(detail.body.citizen).toMatchObject({ name: 'Đ. T. H.', phone: '09xx xxx 333', email: 'h***@example.com' });
    expect(JSON.stringify(detail.body)).not.toContain('0913222333');
    const twinDetail = await platform.request<CaseDetail>('GET', `/api/v1/cases/${twin.id}`, undefined, officer);
    expect(twinDetail.body.citizen).toMatchObject({ phone: '0913444555', email: 'long.twin@example.com' });
    // The secretariat (which keeps the case for the legal duty) still sees it in full.
    const kept = await platform.request<CaseDetail>('GET', `/api/v1/cases/${restricted.id}`, undefined, secretariat);
    expect(kept.body.citizen).toMatchObject({ phone: '0913222333' });
  });

  it('is still handled to its answer, but no notice reaches the citizen (the twin gets its answer mail)', async () => {
    for (const kase of [restricted, twin]) {
      expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, { note: 'Đã tiếp nhận' }, admin)).status).toBe(200);
      const answered = await platform.request<CaseDetail>(
        'POST',
        `/api/v1/cases/${kase.id}/answer`,
        { answer: 'Công ty chiếu sáng đã thay bóng và sửa tủ điện ngày 20/11.' },
        admin,
      );
      expect(answered.status).toBe(200);
    }
    const answerNotices = async (id: string) =>
      (await sql(`SELECT 1 FROM notifications WHERE case_id = $1 AND template = 'case-answered'`, [id])).length;
    expect(await answerNotices(twin.id)).toBe(1);
    expect(await answerNotices(restricted.id)).toBe(0);
    // The citizen still reads the answer with the tracking code.
    const tracked = await platform.request<CaseDetail>('GET', `/api/v1/cases/track/${restricted.trackingCode}?key=${restricted.accessKey}`);
    expect(tracked.status).toBe(200);
  });

  it('refuses publication with 409 processing_restricted on field id (the twin is published)', async () => {
    const body = { title: text.title, answer: 'Đã sửa đèn đường.', masks: [], attachments: [] };
    const refused = await platform.request<ErrorBody>('PUT', `/api/v1/cases/${restricted.id}/publication`, body, secretariat);
    expect([refused.status, refused.body.code, refused.body.details?.[0].field]).toEqual([409, 'processing_restricted', 'id']);
    const published = await platform.request('PUT', `/api/v1/cases/${twin.id}/publication`, body, secretariat);
    expect(published.status).toBe(200);
  });

  it('leaves it out of CSV exports and duplicate suggestions', async () => {
    const csv = await platform.request<string>('GET', '/api/v1/cases/export.csv?format=codes', undefined, secretariat);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(twin.trackingCode);
    expect(csv.body).not.toContain(restricted.trackingCode);
    // Reopened to be open again? No: both are answered; suggestions look at open cases, so ask with a fresh pair.
    const operator = await platform.login(...USERS.operator);
    const fresh = async (who: Record<string, string>) =>
      (
        await platform.request<Receipt>(
          'POST',
          '/api/v1/cases',
          makeCaseInput({ ...text, title: 'Cống thoát nước tắc ở ngõ 12 Bà Triệu', citizen: who }),
        )
      ).body;
    const openRestricted = await fresh({ name: 'Đỗ Thị Hạnh', email: 'hanh.restrict@example.com' });
    const openTwin = await fresh({ name: 'Vũ Văn Long', email: 'long.twin@example.com' });
    const filed = await platform.request<RequestBody>(
      'POST',
      '/api/v1/admin/privacy-requests',
      { kind: 'restriction', contactKind: 'email', contact: citizen.email },
      secretariat,
    );
    expect(
      (await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin)).status,
    ).toBe(200);
    const similar = await platform.request<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/cases/similar?q=${encodeURIComponent('Cống thoát nước tắc ở ngõ 12 Bà Triệu')}&area=HN-HAIBATRUNG`,
      undefined,
      operator,
    );
    expect(similar.status).toBe(200);
    const ids = similar.body.items.map((i) => i.id);
    expect(ids).toContain(openTwin.id);
    expect(ids).not.toContain(openRestricted.id);
  });
});
