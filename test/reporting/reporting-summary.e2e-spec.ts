import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import { RollupService, SummaryDto, SummaryFiguresDto, SummaryGroupDto } from '@hotline/reporting';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/** The figures of one group, as plain numbers, for exact comparison. */
function flat(f: SummaryFiguresDto) {
  return {
    received: f.received,
    routed: f.routed,
    answered: f.answered,
    resolved: f.resolved,
    resolvedPct: f.resolvedRate.percent,
    onTime: [f.answeredOnTime.count, f.answeredOnTime.of, f.answeredOnTime.percent],
    open: f.open,
    overdueOpen: f.overdueOpen,
    veryLate: f.veryLate,
    days: [f.answerWorkingDays.answered, f.answerWorkingDays.median, f.answerWorkingDays.p90],
    satisfaction: [f.satisfaction.count, f.satisfaction.of, f.satisfaction.percent],
    reopened: [f.reopened.count, f.reopened.of, f.reopened.percent],
    returned: [f.returned.count, f.returned.of, f.returned.percent],
    small: f.smallSample,
  };
}
const keyOf = (g: SummaryGroupDto) =>
  Object.values(g.key)
    .map((v) => v?.code ?? '-')
    .join('/');
const byKey = (s: SummaryDto) => Object.fromEntries(s.groups.map((g) => [keyOf(g), flat(g)]));

describe('council summary figures from the rollups', () => {
  const clock = new FakeClock(local('2026-10-15T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;
  let officerHk: string;
  let council: string;
  let rollups: RollupService;
  const c: Record<string, Receipt> = {};

  const at = (isoLocal: string) => clock.set(local(isoLocal));
  const post = async (path: string, body: unknown, token?: string) => {
    const res = await platform.request('POST', path, body, token);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const act = (name: string, action: string, token: string, body: unknown = {}) =>
    post(`/api/v1/cases/${c[name].id}/${action}`, body, token);
  const rate = (name: string, satisfied: boolean) =>
    post(`/api/v1/cases/track/${c[name].trackingCode}/feedback?key=${c[name].accessKey}`, { satisfied });
  const status = async (name: string) =>
    (await platform.request<{ status: string }>('GET', `/api/v1/cases/${c[name].id}`, undefined, secretariat)).body.status;

  async function submit(name: string, input: Record<string, unknown> = {}): Promise<void> {
    c[name] = (await post('/api/v1/cases', makeCaseInput(input))).body as Receipt;
    await waitFor(async () => (await status(name)) !== 'received', `routing of ${name}`);
  }

  /** Drains every mark, including those the worker's own tick may be draining at the same moment. */
  async function settle(): Promise<void> {
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return result.ran && n === 0;
    }, 'rollups drained');
  }

  const summary = async (query: string, token = secretariat) => {
    const res = await platform.request<SummaryDto>('GET', `/api/v1/reports/summary?${query}`, undefined, token);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    rollups = platform.worker!.get(RollupService);
    [secretariat, officer, officerHk, council] = await Promise.all([
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
      platform.login(...USERS.council),
    ]);

    // October: one feedback answered the next day and closed satisfied.
    at('2026-10-15T09:00:00');
    await submit('O1');
    at('2026-10-15T10:00:00');
    await act('O1', 'accept', officer);
    at('2026-10-16T10:00:00');
    await act('O1', 'answer', officer, { answer: 'Đã vá ổ gà trước số 120.' });
    at('2026-10-17T10:00:00');
    await rate('O1', true);

    // Monday 2 November 2026, 09:00: everything else arrives. Feedback answer clock: due Mon 9/11 17:00, very late
    // from Mon 16/11 17:00; acknowledge clock: due Thu 5/11 17:00, very late from Thu 12/11 17:00.
    at('2026-11-02T09:00:00');
    // F1, F2, F6 and P1 are public: their answers may be published.
    for (const name of ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7']) await submit(name, { public: ['F1', 'F2', 'F6'].includes(name) });
    await submit('P1', { kind: 'petition', public: true });
    await submit('P2', { kind: 'petition' });
    await submit('D1', { kind: 'denunciation', categoryCode: 'MOI-TRUONG.O-NHIEM' });
    await submit('R1', { categoryCode: 'DAT-DAI.TRANH-CHAP' });
    expect(await status('R1')).toBe('triage');
    expect(await status('D1')).toBe('routed');

    at('2026-11-02T10:00:00');
    for (const name of ['F1', 'F2', 'F3', 'F5', 'F7', 'P1', 'P2']) await act(name, 'accept', officer);
    await act('R1', 'reject', secretariat, { reason: 'Tranh chấp dân sự, thuộc thẩm quyền tòa án' });
    at('2026-11-03T10:00:00');
    await act('F6', 'return', officer, { reason: 'Thuộc thẩm quyền UBND phường' });
    await act('F7', 'request-info', officer, { reason: 'Xin số nhà chính xác' });
    at('2026-11-03T11:00:00');
    await act('F6', 'route', secretariat, { agencyCode: 'UBND-HOANKIEM' });
    at('2026-11-04T10:00:00');
    await act('F1', 'answer', officer, { answer: 'Đã vá xong ổ gà.' });
    await act('F6', 'accept', officerHk);
    at('2026-11-05T10:00:00');
    await rate('F1', true);
    await act('F6', 'answer', officerHk, { answer: 'Phường đã xử lý.' });
    at('2026-11-09T10:00:00');
    await act('F5', 'answer', officer, { answer: 'Đã xử lý xong việc.' });
    at('2026-11-10T10:00:00');
    await rate('F5', true);
    at('2026-11-16T10:00:00');
    await act('F2', 'answer', officer, { answer: 'Đã xử lý muộn.' });
    at('2026-11-17T10:00:00');
    await rate('F2', false);
    at('2026-11-20T10:00:00');
    await act('P1', 'answer', officer, { answer: 'Kiến nghị đã được tiếp thu.' });
    at('2026-11-20T12:00:00');
    await settle();
  });
  afterAll(() => platform.stop());

  // Expected figures, worked out by hand from the scenario above (November, as of Fri 20/11 12:00):
  // SXD: F1 F2 F3 F4 F5 F7 P1 P2. Answered F1 (2 wd, on time), F2 (10 wd, late, then reopened), F5 (5 wd), P1 (14 wd).
  // Open: F2 (clock restarted, due 24/11), F3 (answer overdue, very late), F4 (not accepted: overdue, very late),
  // F7 (awaiting info: clock stopped), P2 (due 2/12); P1 is answered and waits for the citizen. Rated: F1 yes, F5 yes, F2 no.
  const SXD = {
    received: 8,
    routed: 8,
    answered: 4,
    resolved: 2,
    resolvedPct: 25,
    onTime: [3, 4, 75],
    open: 5,
    overdueOpen: 2,
    veryLate: 2,
    days: [4, 5, 14],
    satisfaction: [2, 3, 66.7],
    reopened: [1, 4, 25],
    returned: [0, 8, 0],
    small: true,
  };
  // F6: returned by SXD, rerouted, answered on day 3 on time, not rated yet (so not open: it waits for the citizen).
  const HOANKIEM = {
    received: 1,
    routed: 1,
    answered: 1,
    resolved: 0,
    resolvedPct: 0,
    onTime: [1, 1, 100],
    open: 0,
    overdueOpen: 0,
    veryLate: 0,
    days: [1, 3, 3],
    satisfaction: [0, 0, null],
    reopened: [0, 1, 0],
    returned: [1, 1, 100],
    small: true,
  };
  // D1: routed to the inspectorate and left there: acknowledge and accept clocks overdue, very late.
  const THANHTRA = {
    received: 1,
    routed: 1,
    answered: 0,
    resolved: 0,
    resolvedPct: 0,
    onTime: [0, 0, null],
    open: 1,
    overdueOpen: 1,
    veryLate: 1,
    days: [0, null, null],
    satisfaction: [0, 0, null],
    reopened: [0, 0, null],
    returned: [0, 1, 0],
    small: true,
  };
  // R1: nobody's rule, rejected by the secretariat.
  const NONE = {
    received: 1,
    routed: 0,
    answered: 0,
    resolved: 0,
    resolvedPct: 0,
    onTime: [0, 0, null],
    open: 0,
    overdueOpen: 0,
    veryLate: 0,
    days: [0, null, null],
    satisfaction: [0, 0, null],
    reopened: [0, 0, null],
    returned: [0, 0, null],
    small: true,
  };
  const NOVEMBER_TOTAL = {
    received: 11,
    routed: 10,
    answered: 5,
    resolved: 2,
    resolvedPct: 18.2,
    onTime: [4, 5, 80],
    open: 6,
    overdueOpen: 3,
    veryLate: 3,
    days: [5, 5, 14],
    satisfaction: [2, 3, 66.7],
    reopened: [1, 5, 20],
    returned: [1, 10, 10],
    small: false,
  };

  it('gives every figure per agency for November, read from daily and monthly rollups alike', async () => {
    for (const [from, to] of [
      ['2026-11-01', '2026-11-30'],
      ['2026-11-02', '2026-11-20'],
      ['2026-11-01', '2026-12-31'],
    ]) {
      const s = await summary(`from=${from}&to=${to}&groupBy=agency`);
      expect(byKey(s)).toEqual({ SXD, 'UBND-HOANKIEM': HOANKIEM, 'THANHTRA-HN': THANHTRA, '-': NONE });
      expect(flat(s.total)).toEqual(NOVEMBER_TOTAL);
      expect(s.groups.find((g) => keyOf(g) === 'SXD')!.key.agency).toMatchObject({ code: 'SXD', name: 'Sở Xây dựng' });
    }
  });

  it('counts a case in the period it was received', async () => {
    const octNov = await summary('from=2026-10-01&to=2026-11-30&groupBy=agency');
    expect(octNov.groups.find((g) => keyOf(g) === 'SXD')).toMatchObject({ received: 9, answered: 5, resolved: 3 });
    expect(flat(octNov.total)).toMatchObject({
      received: 12,
      answered: 6,
      onTime: [5, 6, 83.3],
      days: [6, 3, 14],
      satisfaction: [3, 4, 75],
    });
    const edge = await summary('from=2026-10-15&to=2026-10-15');
    expect(flat(edge.total)).toEqual({
      received: 1,
      routed: 1,
      answered: 1,
      resolved: 1,
      resolvedPct: 100,
      onTime: [1, 1, 100],
      open: 0,
      overdueOpen: 0,
      veryLate: 0,
      days: [1, 1, 1],
      satisfaction: [1, 1, 100],
      reopened: [0, 1, 0],
      returned: [0, 1, 0],
      small: true,
    });
    expect((await summary('from=2026-10-16&to=2026-11-01')).total.received).toBe(0);
  });

  it('groups by kind, and by agency and kind together', async () => {
    const kinds = byKey(await summary('from=2026-11-01&to=2026-11-30&groupBy=kind'));
    expect(Object.keys(kinds).sort()).toEqual(['denunciation', 'feedback', 'petition']);
    expect(kinds.feedback).toMatchObject({
      received: 8,
      answered: 4,
      onTime: [3, 4, 75],
      days: [4, 3, 10],
      open: 4,
      overdueOpen: 2,
      veryLate: 2,
    });
    expect(kinds.petition).toMatchObject({ received: 2, answered: 1, onTime: [1, 1, 100], days: [1, 14, 14], open: 1, overdueOpen: 0 });
    expect(kinds.denunciation).toEqual(THANHTRA);

    const pairs = byKey(await summary('from=2026-11-01&to=2026-11-30&groupBy=agency,kind'));
    expect(Object.keys(pairs).sort()).toEqual([
      '-/feedback',
      'SXD/feedback',
      'SXD/petition',
      'THANHTRA-HN/denunciation',
      'UBND-HOANKIEM/feedback',
    ]);
    expect(pairs['SXD/feedback']).toEqual({
      received: 6,
      routed: 6,
      answered: 3,
      resolved: 2,
      resolvedPct: 33.3,
      onTime: [2, 3, 66.7],
      open: 4,
      overdueOpen: 2,
      veryLate: 2,
      days: [3, 5, 10],
      satisfaction: [2, 3, 66.7],
      reopened: [1, 3, 33.3],
      returned: [0, 6, 0],
      small: true,
    });
    expect(pairs['SXD/petition']).toMatchObject({ received: 2, answered: 1, open: 1, days: [1, 14, 14] });
  });

  it('groups by channel and by category and area, each with the same total', async () => {
    for (const groupBy of ['channel', 'category,area', 'area', 'channel,kind']) {
      const s = await summary(`from=2026-11-01&to=2026-11-30&groupBy=${groupBy}`);
      expect(flat(s.total)).toEqual(NOVEMBER_TOTAL);
    }
    const channels = byKey(await summary('from=2026-11-01&to=2026-11-30&groupBy=channel'));
    expect(Object.keys(channels)).toEqual(['web']);
    const cells = byKey(await summary('from=2026-11-01&to=2026-11-30&groupBy=category,area'));
    expect(cells['DAT-DAI.TRANH-CHAP/HN-HAIBATRUNG']).toEqual(NONE);
    expect(cells['MOI-TRUONG.O-NHIEM/HN-HAIBATRUNG']).toEqual(THANHTRA);
    expect(cells['GIAO-THONG.DUONG-HONG/HN-HAIBATRUNG']).toMatchObject({ received: 9, answered: 5, onTime: [4, 5, 80], days: [5, 5, 14] });
  });

  it('shows an agency officer only their own agency, whatever the grouping', async () => {
    const own = await summary('from=2026-11-01&to=2026-11-30&groupBy=agency', officer);
    expect(byKey(own)).toEqual({ SXD });
    const byKind = await summary('from=2026-11-01&to=2026-11-30&groupBy=kind', officer);
    expect(byKind.groups.map(keyOf).sort()).toEqual(['feedback', 'petition']);
    expect(flat(byKind.total)).toEqual(SXD);
    expect((await summary('from=2026-11-01&to=2026-11-30', officerHk)).total).toMatchObject({
      received: 1,
      returned: { count: 1, of: 1, percent: 100 },
    });
    const twoMore = await platform.request('GET', '/api/v1/reports/summary?groupBy=kind,channel', undefined, officer);
    expect(twoMore.status).toBe(400);
  });

  it('lets council members read it and refuses operators and the public', async () => {
    expect((await summary('from=2026-11-01&to=2026-11-30', council)).total.received).toBe(11);
    const operator = await platform.login(...USERS.operator);
    expect((await platform.request('GET', '/api/v1/reports/summary', undefined, operator)).status).toBe(403);
    expect((await platform.request('GET', '/api/v1/reports/summary')).status).toBe(401);
  });

  it('refuses a bad period or grouping with 400 and the field', async () => {
    for (const [query, field] of [
      ['from=2026-13-01', 'from'],
      ['from=2026-11-30&to=2026-11-01', 'to'],
      ['groupBy=agency,colour', 'groupBy'],
      ['groupBy=agency,kind,channel', 'groupBy'],
      ['format=pdf', 'format'],
      ['from=2026-02-30', 'from'],
    ]) {
      const res = await platform.request<{ statusCode: number; details: { field: string }[] }>(
        'GET',
        `/api/v1/reports/summary?${query}`,
        undefined,
        secretariat,
      );
      expect(res.status).toBe(400);
      expect(res.body.details.map((d) => d.field)).toContain(field);
    }
  });

  it('exports the same figures as CSV and XLSX', async () => {
    const csvRes = await fetch(`${platform.baseUrl}/api/v1/reports/summary?from=2026-11-01&to=2026-11-30&groupBy=agency&format=csv`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toContain('text/csv');
    const lines = (await csvRes.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const header = lines[0];
    const col = (name: string) => header.findIndex((h) => h.startsWith(name));
    const sxd = lines.find((l) => l[0] === 'SXD')!;
    expect([
      sxd[col('Tiếp nhận')],
      sxd[col('Trả lời đúng hạn /')],
      sxd[col('Trả lời đúng hạn %')],
      sxd[col('Quá hạn')],
      sxd[col('Trung vị')],
      sxd[col('P90')],
      sxd[col('Hài lòng %')],
      sxd[col('Dưới 10')],
    ]).toEqual(['8', '3', '75', '2', '5', '14', '66.7', 'true']);
    const total = lines[lines.length - 1];
    expect(total[1]).toBe('Tổng cộng / Total');
    expect(total[col('Tiếp nhận')]).toBe('11');
    expect(lines).toHaveLength(1 + 4 + 1);

    const xlsxRes = await fetch(`${platform.baseUrl}/api/v1/reports/summary?from=2026-11-01&to=2026-11-30&groupBy=agency&format=xlsx`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(xlsxRes.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsxRes.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(String(sheet.getCell('A1').value)).toContain('2026-11-01');
    const xHeader = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
    expect(xHeader).toEqual(header);
    const rows = new Map<string, unknown[]>();
    for (let r = 4; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.set(String(values[0] ?? '') || String(values[1]), values);
    }
    const x = rows.get('SXD')!;
    const xcol = (name: string) => xHeader.findIndex((h) => h.startsWith(name));
    expect([
      x[xcol('Tiếp nhận')],
      x[xcol('Trả lời đúng hạn %')],
      x[xcol('Chậm trên 5')],
      x[xcol('P90')],
      x[xcol('Mở lại %')],
      x[xcol('Dưới 10')],
    ]).toEqual([8, 75, 2, 14, 25, 'x']);
    expect(rows.get('Tổng cộng / Total')![xcol('Đã chuyển')]).toBe(10);
    expect(rows.get('THANHTRA-HN')![xcol('Trả lời đúng hạn %')]).toBeUndefined();
  });

  it('discloses per-agency rates and the published answers of public cases to anyone, without personal data', async () => {
    // An answer reaches the public page only once staff have published it after the redaction review.
    const unpublished = await platform.request<{ answers: { total: number } }>(
      'GET',
      '/api/v1/public/disclosure?from=2026-11-01&to=2026-11-30',
    );
    expect(unpublished.body.answers.total).toBe(0);
    for (const name of ['P1', 'F6', 'F1']) await platform.publishAsProposed(c[name].id, secretariat);
    const res = await platform.request<{
      agencies: {
        agency: { code: string } | null;
        received: number;
        answeredOnTime: unknown;
        satisfaction: unknown;
        answerWorkingDays: unknown;
        overdueOpen: number;
        smallSample: boolean;
      }[];
      answers: { items: { trackingCode: string; answer: string; agency?: { code: string }; status: string }[]; total: number };
    }>('GET', '/api/v1/public/disclosure?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    const sxd = res.body.agencies.find((a) => a.agency?.code === 'SXD')!;
    expect(sxd).toEqual({
      agency: { code: 'SXD', name: 'Sở Xây dựng', nameEn: expect.any(String) },
      received: 8,
      answered: 4,
      answeredOnTime: { count: 3, of: 4, percent: 75 },
      resolved: { count: 2, of: 8, percent: 25 },
      satisfaction: { count: 2, of: 3, percent: 66.7 },
      answerWorkingDays: { answered: 4, median: 5, p90: 14 },
      overdueOpen: 2,
      smallSample: true,
    });
    expect(res.body.agencies.map((a) => a.agency?.code ?? null).sort()).toEqual(['SXD', 'THANHTRA-HN', 'UBND-HOANKIEM', null].sort());
    // Newest answer first; F2 was reopened, so its answer no longer stands; F5 is not public.
    expect(res.body.answers.items.map((i) => i.trackingCode)).toEqual([c.P1.trackingCode, c.F6.trackingCode, c.F1.trackingCode]);
    expect(res.body.answers.total).toBe(3);
    expect(res.body.answers.items[1]).toMatchObject({ answer: 'Phường đã xử lý.', agency: { code: 'UBND-HOANKIEM' }, status: 'answered' });
    const text = JSON.stringify(res.body);
    for (const personal of ['Nguyễn Văn An', '0912345678', '@example.com', '120 phố Huế', 'accessKey', 'citizen', 'description'])
      expect(text).not.toContain(personal);

    const oneDay = await platform.request<{ answers: { items: { trackingCode: string }[] } }>(
      'GET',
      '/api/v1/public/disclosure?from=2026-11-05&to=2026-11-05',
    );
    expect(oneDay.body.answers.items.map((i) => i.trackingCode)).toEqual([c.F6.trackingCode]);
    const paged = await platform.request<{ answers: { items: { trackingCode: string }[]; total: number } }>(
      'GET',
      '/api/v1/public/disclosure?from=2026-11-01&to=2026-11-30&page=2&pageSize=2',
    );
    expect(paged.body.answers).toMatchObject({ total: 3, items: [{ trackingCode: c.F1.trackingCode }] });
    expect((await platform.request('GET', '/api/v1/public/disclosure?from=2026-11-31')).status).toBe(400);
    expect((await platform.request('GET', '/api/v1/public/disclosure?pageSize=1000')).status).toBe(400);
  });

  it('gives the same figures after a rebuild from the events, and after replaying every event', async () => {
    const before = await summary('from=2026-10-01&to=2026-11-30&groupBy=agency,kind');
    await platform.db.dataSource.query(`INSERT INTO report_dirty_cases (case_id) SELECT case_id FROM case_events`);
    await settle();
    expect(await summary('from=2026-10-01&to=2026-11-30&groupBy=agency,kind')).toEqual(before);
    const result = await rollups.rebuild();
    expect(result.cases).toBe(12);
    expect(await summary('from=2026-10-01&to=2026-11-30&groupBy=agency,kind')).toEqual(before);
  });

  it('follows new events through the worker’s own tick', async () => {
    at('2026-11-20T13:00:00');
    await act('F3', 'answer', officer, { answer: 'Đã xử lý xong việc.' });
    await waitFor(
      async () => (await summary('from=2026-11-01&to=2026-11-30')).total.answered === 6 || undefined,
      'the tick to count the answer',
      20_000,
    );
    const s = await summary('from=2026-11-01&to=2026-11-30');
    expect(flat(s.total)).toMatchObject({ answered: 6, onTime: [4, 6, 66.7], overdueOpen: 2, veryLate: 2, days: [6, 5, 14] });
  });
});
