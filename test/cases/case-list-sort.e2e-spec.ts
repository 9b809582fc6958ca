import { type CaseList, type CaseListItem, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** The staff list sorts by due date, status, agency or reception, either way, and pages through that order exactly. */
describe('staff case list: sort', () => {
  let platform: TestPlatform;
  let secretariat: string;
  const list = async (query: string) => {
    const res = await platform.request<CaseList>('GET', `/api/v1/cases?pageSize=200&${query}`, undefined, secretariat);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const codes = (items: CaseListItem[]) => items.map((c) => c.trackingCode);
  const STATUS_ORDER = [
    'received',
    'triage',
    'routed',
    'accepted',
    'returned',
    'in_progress',
    'awaiting_info',
    'answered',
    'reopened',
    'closed',
    'merged',
    'rejected',
    'withdrawn',
  ];

  beforeAll(async () => {
    platform = await newPlatform().start();
    secretariat = await platform.login(...USERS.secretariat);
    const officer = await platform.login(...USERS.officerSxd);
    const submitted: Receipt[] = [];
    // Routed to several agencies (SXD, URENCO, EVN), one to triage (no rule), one urgent (shorter clocks).
    for (const input of [
      { categoryCode: 'GIAO-THONG.DUONG-HONG' },
      { categoryCode: 'MOI-TRUONG.RAC-THAI' },
      { categoryCode: 'DIEN-NUOC.DIEN' },
      { categoryCode: 'HANH-CHINH.THU-TUC' },
      { categoryCode: 'GIAO-THONG.DEN-DUONG', kind: 'question' },
      { categoryCode: 'Y-TE.ATTP', kind: 'petition' },
    ])
      submitted.push((await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input))).body);
    await waitFor(async () => (await list('status=received')).length === 0 || undefined, 'routing');
    expect((await platform.request('POST', `/api/v1/cases/${submitted[0].id}/accept`, {}, officer)).status).toBe(200);
  });
  afterAll(() => platform.stop());

  it('sorts by due date, earliest first, cases without one last; desc reverses it', async () => {
    const items = await list('sort=dueAt');
    const withDue = items.filter((c) => c.dueAt);
    expect(withDue.length).toBeGreaterThan(2);
    expect(withDue.map((c) => c.dueAt)).toEqual([...withDue.map((c) => c.dueAt!)].sort());
    expect(items.slice(withDue.length).every((c) => !c.dueAt)).toBe(true);
    expect(codes(await list('sort=dueAt&order=desc'))).toEqual(codes(items).reverse());
  });

  it('sorts by the place of the status in the lifecycle', async () => {
    const items = await list('sort=status');
    const ranks = items.map((c) => STATUS_ORDER.indexOf(c.status));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('sorts by agency name in Vietnamese order, cases without an agency last', async () => {
    const items = await list('sort=agency');
    const named = items.filter((c) => c.agency).map((c) => c.agency!.name);
    expect(new Set(named).size).toBeGreaterThan(2);
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(items.slice(named.length).every((c) => !c.agency)).toBe(true);
  });

  it('pages through a sort exactly: pages of two put together are the whole list', async () => {
    for (const sort of ['dueAt', 'status', 'agency', 'received']) {
      const all = codes(await list(`sort=${sort}`));
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(all.length / 2); page++) {
        paged.push(
          ...codes(
            (await platform.request<CaseList>('GET', `/api/v1/cases?sort=${sort}&pageSize=2&page=${page}`, undefined, secretariat)).body
              .items,
          ),
        );
      }
      expect(paged).toEqual(all);
    }
  });

  it('exports the list in the order it shows', async () => {
    for (const sort of ['dueAt', 'agency', 'status']) {
      const res = await fetch(`${platform.baseUrl}/api/v1/cases/export.csv?sort=${sort}&format=codes`, {
        headers: { authorization: `Bearer ${secretariat}` },
      });
      const exported = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]);
      expect(exported).toEqual(codes(await list(`sort=${sort}`)));
    }
  });

  it('refuses an unknown sort with a field and a code', async () => {
    const res = await platform.request<{ code: string; details: { field: string }[] }>(
      'GET',
      '/api/v1/cases?sort=title',
      undefined,
      secretariat,
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toContain('sort');
  });
});
