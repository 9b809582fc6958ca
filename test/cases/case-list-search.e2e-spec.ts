import { ALL_STATUSES, TERMINAL_STATUSES } from '@hotline/contracts';
import { type CaseDetail, type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Staff search folds diacritics as the duplicate finder does: one unaccented search for every staff role. */
describe('staff case search without diacritics', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let operator: string;
  const search = (q: string, token = secretariat) =>
    platform.request<CaseList>('GET', `/api/v1/cases?q=${encodeURIComponent(q)}`, undefined, token);
  const submit = async (input: Record<string, unknown>) =>
    (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input))).body;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, operator] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.operator)]);
  });
  afterAll(() => platform.stop());

  it('finds a title typed with or without diacritics, in any case, for the secretariat and the operator', async () => {
    const kase = await submit({ title: 'Lấn chiếm vỉa hè trước chợ Đồng Xuân', categoryCode: 'XAY-DUNG.TRAT-TU' });
    await submit({ title: 'Rác thải tồn đọng ở ngõ chợ' });
    for (const q of ['lấn chiếm', 'lan chiem', 'LAN CHIEM', 'dong xuan', 'Đồng Xuân']) {
      const { status, body } = await search(q);
      expect(status).toBe(200);
      expect(body.items.map((c) => c.id)).toEqual([kase.id]);
    }
    expect((await search('lan chiem', operator)).body.items.map((c) => c.id)).toEqual([kase.id]);
  });

  it('treats LIKE wildcards in the words as text', async () => {
    await submit({ title: 'Hỏng 100% đèn trong hầm' });
    expect((await search('100%')).body.total).toBe(1);
    expect((await search('%')).body.total).toBe(1);
  });

  it('has a street-lighting category routed to Sở Xây dựng, found as "đèn đường" and "den duong"', async () => {
    const categories = await platform.request<{ code: string; name: string }[]>('GET', '/api/v1/categories', undefined, secretariat);
    expect(categories.body.find((c) => c.code === 'GIAO-THONG.DEN-DUONG')?.name).toContain('Đèn đường');
    const kase = await submit({ title: 'Đèn đường phố Minh Khai không sáng', categoryCode: 'GIAO-THONG.DEN-DUONG' });
    const routed = await waitFor(async () => {
      const { body } = await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, secretariat);
      return body.status === 'routed' ? body : undefined;
    }, 'routing');
    expect(routed.agency?.code).toBe('SXD');
    expect((await search('den duong')).body.items.map((c) => c.id)).toEqual([kase.id]);
  });
  it('finds a case by its tracking code, in any case, through the same search box', async () => {
    const kase = await submit({ title: 'Cống thoát nước bị tắc ở ngõ 12' });
    for (const q of [kase.trackingCode, kase.trackingCode.toLowerCase()]) {
      expect((await search(q)).body.items.map((c) => c.id)).toEqual([kase.id]);
    }
  });

  // The search text lives in case_search, kept by triggers on cases (migration 1765480000001), off the table routing
  // updates: a correction is found by its new words, and `open` follows the contracts' list of finished statuses.
  it('keeps case_search in step with a case: a changed title is found, and open means not finished', async () => {
    const kase = await submit({ title: 'Tiếng ồn công trường ban đêm' });
    const sql = (text: string, params: unknown[]) => platform.db.dataSource.query(text, params);
    await sql(`UPDATE cases SET title = $2 WHERE id = $1`, [kase.id, 'Khói bụi từ xưởng gỗ']);
    expect((await search('xuong go')).body.items.map((c) => c.id)).toEqual([kase.id]);
    expect((await search('cong truong')).body.items.map((c) => c.id)).not.toContain(kase.id);
    for (const status of ALL_STATUSES) {
      await sql(`UPDATE cases SET status = $2 WHERE id = $1`, [kase.id, status]);
      const [row] = await sql(`SELECT open FROM case_search WHERE case_id = $1`, [kase.id]);
      expect({ status, open: row.open }).toEqual({ status, open: !TERMINAL_STATUSES.includes(status) });
    }
  });
});
