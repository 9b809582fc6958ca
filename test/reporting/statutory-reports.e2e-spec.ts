import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import { RollupService, StatutoryReport } from '@hotline/reporting';
import { type CaseList, makeCaseInput, makeReceptionInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'reports');

/** Q1 2026 in Hà Nội time, as the SQL below counts it. */
const Q1 = `received_at >= '2026-01-01T00:00:00+07:00' AND received_at < '2026-04-01T00:00:00+07:00'`;

describe('statutory periodic reports (TT 02/2021/TT-TTCP forms)', () => {
  const clock = new FakeClock(local('2026-02-02T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;
  let operator: string;

  const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => platform.db.dataSource.query(text, params);
  const report = async (path: string) => {
    const res = await platform.request<StatutoryReport>('GET', path, undefined, secretariat);
    expect(res.status).toBe(200);
    return res.body;
  };
  const status = async (id: string) =>
    (await platform.request<{ status: string }>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body.status;

  async function submitAt(isoLocal: string, input: Record<string, unknown>): Promise<Receipt> {
    clock.set(local(isoLocal));
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input));
    await waitFor(async () => (await status(body.id)) !== 'received' || undefined, 'routing');
    return body;
  }

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [secretariat, officer, operator] = await Promise.all([
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.operator),
    ]);
    const complaint = { kind: 'complaint', title: 'Khiếu nại việc chậm sửa đường' };
    await submitAt('2025-12-31T23:30:00', complaint); // the day before the period
    // One complaint answered, one accepted and left to run late, the others waiting for acceptance.
    const a = await submitAt('2026-01-05T09:00:00', complaint);
    clock.set(local('2026-01-06T09:00:00'));
    expect((await platform.request('POST', `/api/v1/cases/${a.id}/accept`, {}, officer)).status).toBe(200);
    expect((await platform.request('POST', `/api/v1/cases/${a.id}/answer`, { answer: 'Đã sửa xong mặt đường.' }, officer)).status).toBe(
      200,
    );
    const b = await submitAt('2026-02-10T09:00:00', complaint);
    expect((await platform.request('POST', `/api/v1/cases/${b.id}/accept`, {}, officer)).status).toBe(200);
    await submitAt('2026-03-31T16:00:00', complaint); // last day of the quarter
    await submitAt('2026-03-20T09:00:00', { kind: 'complaint', categoryCode: 'MOI-TRUONG.O-NHIEM', title: 'Khiếu nại về ô nhiễm' });
    await submitAt('2026-04-01T08:00:00', complaint); // the next quarter
    await submitAt('2026-02-11T09:00:00', { kind: 'petition' });
    await submitAt('2026-02-12T09:00:00', { kind: 'feedback' });
    // Walk-in receptions: a delegation that became a complaint, guidance, a refusal.
    clock.set(local('2026-02-20T09:00:00'));
    expect((await platform.request('POST', '/api/v1/receptions', makeReceptionInput({ peopleCount: 7 }), operator)).status).toBe(201);
    clock.set(local('2026-03-02T09:00:00'));
    const guidance = makeReceptionInput({ outcome: 'guidance_given', guidance: 'Hướng dẫn gửi đơn đến UBND phường.', case: undefined });
    expect((await platform.request('POST', '/api/v1/receptions', guidance, operator)).status).toBe(201);
    const refusal = makeReceptionInput({ outcome: 'refused', refusalGround: 'already_settled', case: undefined });
    expect((await platform.request('POST', '/api/v1/receptions', refusal, operator)).status).toBe(201);
    clock.set(local('2026-04-10T09:00:00'));
    const rollups = platform.worker!.get(RollupService);
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return result.ran && n === 0;
    }, 'rollups drained');
  });
  afterAll(() => platform.stop());

  it('the complaints form for Q1 2026: every figure of the total equals a direct SQL count over the cases, with its case list', async () => {
    const form = await report('/api/v1/reports/statutory/complaints?period=2026-Q1');
    expect(form.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: 'Quý I năm 2026' });
    const total = form.rows.at(-1)!;
    expect(total).toMatchObject({ no: null, label: 'Tổng cộng' });
    const [expected] = await sql<Record<string, number>>(
      `SELECT count(*)::int AS received,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'routed'))::int AS routed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'answered'))::int AS answered,
              count(*) FILTER (WHERE status = 'closed')::int AS resolved,
              count(*) FILTER (WHERE status NOT IN ('answered', 'closed', 'merged', 'rejected', 'withdrawn'))::int AS open,
              count(*) FILTER (WHERE status NOT IN ('answered', 'closed', 'merged', 'rejected', 'withdrawn')
                                 AND due_at < $1)::int AS overdue
         FROM cases c WHERE kind = 'complaint' AND ${Q1}`,
      [clock.now()],
    );
    const byColumn = Object.fromEntries(form.columns.map((c, i) => [c, total.figures[i].value]));
    expect(byColumn).toMatchObject({
      'Tổng số đơn tiếp nhận': expected.received,
      'Đã chuyển cơ quan có thẩm quyền': expected.routed,
      'Đã giải quyết, trả lời': expected.answered,
      'Đã kết thúc': expected.resolved,
      'Đang giải quyết': expected.open,
      'Quá hạn chưa giải quyết': expected.overdue,
    });
    expect(expected).toMatchObject({ received: 5, answered: 1 });
    expect(expected.overdue).toBeGreaterThan(0);
    const ids = await sql<{ id: string }>(`SELECT id FROM cases WHERE kind = 'complaint' AND ${Q1}`);
    expect([...total.figures[0].ids].sort()).toEqual(ids.map((r) => r.id).sort());
    // Per agency, as SQL groups the cases; each row's drill-down lists exactly the cases it counts.
    const perAgency = await sql<{ name: string | null; n: number }>(
      `SELECT a.name, count(*)::int AS n FROM cases c LEFT JOIN agencies a ON a.id = c.agency_id
        WHERE kind = 'complaint' AND ${Q1} GROUP BY a.name`,
    );
    for (const { name, n } of perAgency) {
      const row = form.rows.find((r) => r.label === (name ?? 'Chưa chuyển cơ quan giải quyết'))!;
      expect(row.figures[0].value).toBe(n);
      if (!name) continue;
      const list = await platform.request<CaseList>('GET', `${row.drillDown}&pageSize=100`, undefined, secretariat);
      expect(list.body.items.map((i) => i.id).sort()).toEqual([...row.figures[0].ids].sort());
    }
    expect(form.rows.filter((r) => r.no !== null).map((r) => r.no)).toEqual(form.rows.slice(0, -1).map((_, i) => i + 1));
  });

  it('the petitions form counts petitions and feedback; six months, nine months and the year widen the period', async () => {
    const q1 = await report('/api/v1/reports/statutory/petitions?period=2026-Q1');
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE kind IN ('petition', 'feedback') AND ${Q1}`);
    expect(q1.rows.at(-1)!.figures[0].value).toBe(n);
    expect(n).toBe(2);
    const complaintsIn = async (period: string) =>
      (await report(`/api/v1/reports/statutory/complaints?period=${period}`)).rows.at(-1)!.figures[0].value;
    const [{ year }] = await sql<{ year: number }>(
      `SELECT count(*)::int AS year FROM cases
        WHERE kind = 'complaint' AND received_at >= '2026-01-01T00:00:00+07:00' AND received_at < '2027-01-01T00:00:00+07:00'`,
    );
    expect(await complaintsIn('2026-6M')).toBe(year);
    expect(await complaintsIn('2026-9M')).toBe(year);
    expect(await complaintsIn('2026-Y')).toBe(year);
    expect(year).toBe(6); // five in Q1 (the walk-in complaint of February among them) and one in Q2
  });

  it('the reception form counts the register: receptions, people, delegations, outcomes; and prints as the form', async () => {
    const form = await report('/api/v1/reports/statutory/reception?period=2026-Q1');
    const [expected] = await sql<Record<string, number>>(
      `SELECT count(*)::int AS receptions, sum(people_count)::int AS people, count(*) FILTER (WHERE people_count >= 5)::int AS delegations,
              count(*) FILTER (WHERE outcome = 'refused')::int AS refused, count(*) FILTER (WHERE outcome = 'guidance_given')::int AS guided
         FROM receptions WHERE ${Q1}`,
    );
    const total = Object.fromEntries(form.columns.map((c, i) => [c, form.rows.at(-1)!.figures[i].value]));
    expect(total).toMatchObject({
      'Số lượt tiếp': expected.receptions,
      'Số người được tiếp': expected.people,
      'Số đoàn đông người (từ 05 người)': expected.delegations,
      'Khiếu nại': 1,
      'Từ chối tiếp': expected.refused,
      'Giải thích, hướng dẫn': expected.guided,
    });
    expect(form.rows.map((r) => r.label)).toEqual(['Tháng 02/2026', 'Tháng 03/2026', 'Tổng cộng']);

    const res = await fetch(`${platform.baseUrl}/api/v1/reports/statutory/complaints?period=2026-Q1&format=xlsx`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Biểu mẫu')!;
    const cells: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const values: string[] = [];
      for (let i = 1; i <= sheet.columnCount; i++) {
        const cell = row.getCell(i);
        values.push(cell.isMerged && cell.master !== cell ? '' : cell.text);
      }
      cells.push(`${n};${values.map((v) => `"${v.replace(/"/g, '""')}"`).join(';')}`);
    });
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'complaints-2026-Q1.csv'), cells.join('\n') + '\n');
    expect(sheet.getCell('A1').text).toBe('TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ VÀ GIẢI QUYẾT ĐƠN KHIẾU NẠI');
    expect(sheet.getCell('A2').text).toContain('Quý I năm 2026');
    expect(sheet.getRow(4).getCell(3).text).toBe('Tổng số đơn tiếp nhận');
    expect(sheet.getRow(5).getCell(9).text).toBe('(9)');
    const totalRow = sheet.getRow(5 + form.rows.length);
    expect(totalRow.getCell(2).text).toBe('Tổng cộng');
    expect(totalRow.getCell(3).value).toBe(5);
    const trace = book.getWorksheet('Truy vết số liệu')!;
    expect(trace.getRow(2).getCell(5).text).toMatch(/^HN-20\d\d-\d+/);
  });
});
