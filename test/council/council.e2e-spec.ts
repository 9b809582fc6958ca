import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import { type ApiErrorBody, type ApiSchemas, makeCaseInput, makeSessionInput, TestPlatform, waitFor } from '@hotline/testing';
import { pdfText, savePdfPages } from '../council-pdf';
import { newPlatform, USERS } from '../platform';

interface Session {
  id: string;
  number: number;
  name: string;
  term: string;
  sessionDate: string;
  meetingFrom: string;
  meetingTo: string;
  cases: number;
  casesByPeriod: number;
}
type Counts = ApiSchemas['ReportCountsDto'];
interface Petition {
  trackingCode: string;
  status: string;
  outcome: string;
  answer: string | null;
  overdue: boolean;
  answerTiming: string;
}
interface Report {
  heading: { council: string };
  totals: Counts;
  agencies: (Counts & { agency: { code: string } | null; agencyName: string; petitions: Petition[] })[];
}
interface Target {
  id: string;
  kind: string;
  progress: {
    status: string;
    linked: number;
    settled: number;
    overdue: number;
    onTime: number;
    late: number;
    onTimePercent: number | null;
  };
}

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/** Row counts of every table but the reporting ones, which the worker's rollup job fills on its own schedule. */
async function tableCountsOf(platform: TestPlatform): Promise<Record<string, number>> {
  const { report_case_facts: _facts, report_dirty_cases: _dirty, report_rollup: _rollup, ...rest } = await platform.db.rowCounts();
  return rest;
}

describe('council sessions, the session report and council targets', () => {
  const clock = new FakeClock(local('2026-11-01T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let council: string;
  let officerSxd: string;
  let officerHoanKiem: string;
  let session: Session;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};

  const status = async (id: string) =>
    (await platform.request<{ status: string }>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body.status;
  async function petition(key: string, input: Record<string, unknown>, channel = 'voter_meeting'): Promise<void> {
    const res = await platform.request<{ id: string; trackingCode: string }>(
      'POST',
      '/api/v1/hotline/cases',
      makeCaseInput({ kind: 'petition', channel, ...input }),
      secretariat,
    );
    expect(res.status).toBe(201);
    ids[key] = res.body.id;
    codes[key] = res.body.trackingCode;
    await waitFor(async () => (await status(res.body.id)) !== 'received' || undefined, `routing of ${key}`);
  }
  const act = async (key: string, action: string, token: string, body: Record<string, unknown> = {}) => {
    const res = await platform.request('POST', `/api/v1/cases/${ids[key]}/${action}`, body, token);
    expect([action, res.status]).toEqual([action, 200]);
  };
  const expectBad = (res: { status: number; body: unknown }, statusCode: number, field: string) => {
    const body = res.body as ApiErrorBody;
    // Every problem is reported against the one field at fault (a field may break several constraints).
    expect({ status: res.status, fields: [...new Set(body.details?.map((d) => d.field))] }).toEqual({
      status: statusCode,
      fields: [field],
    });
    expect(body).toMatchObject({ statusCode, error: expect.any(String), message: expect.any(String) });
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [secretariat, council, officerSxd, officerHoanKiem] = await Promise.all([
      platform.login(...USERS.secretariat),
      platform.login(...USERS.council),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
    ]);

    const created = await platform.request<Session>('POST', '/api/v1/council/sessions', makeSessionInput(), secretariat);
    expect(created.status).toBe(201);
    session = created.body;

    // The known set: six cases received inside the voter-meeting period, one after it.
    clock.set(local('2026-11-10T09:00:00'));
    await petition('answeredOnTime', {
      categoryCode: 'MOI-TRUONG.THOAT-NUOC',
      areaCode: 'HN-HOANGMAI',
      title: 'Ngập úng kéo dài tại ngõ 12 Lĩnh Nam',
    });
    await petition('overdue', { categoryCode: 'GIAO-THONG.DUONG-HONG', title: 'Đề nghị sửa mặt đường Minh Khai' });
    await petition('answeredLate', { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM', title: 'Lấn chiếm vỉa hè phố Hàng Bạc' });
    await petition('triage', { categoryCode: 'DAT-DAI.TRANH-CHAP', title: 'Tranh chấp ranh giới đất tại tổ 5' });
    await petition('rejected', { categoryCode: 'DAT-DAI.TRANH-CHAP', title: 'Đề nghị xem xét lại việc cấp đất năm 1995' }, 'hotline');
    const feedback = await platform.request<{ id: string; trackingCode: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ title: 'Ổ gà trước cổng chợ Mơ' }),
    );
    ids.feedback = feedback.body.id;
    codes.feedback = feedback.body.trackingCode;
    await waitFor(async () => (await status(ids.feedback)) !== 'received' || undefined, 'routing of the feedback');
    await act('rejected', 'reject', secretariat, { reason: 'Nội dung đã được giải quyết dứt điểm năm 2020.' });

    clock.set(local('2026-11-20T10:00:00'));
    await act('answeredOnTime', 'accept', officerSxd);
    await act('answeredOnTime', 'answer', officerSxd, { answer: 'Sở Xây dựng đã nạo vét cống thoát nước ngõ 12 Lĩnh Nam.' });
    await act('overdue', 'accept', officerSxd);
    await act('overdue', 'start', officerSxd);
    await act('answeredLate', 'accept', officerHoanKiem);

    clock.set(local('2026-11-25T09:00:00'));
    await petition('afterPeriod', { categoryCode: 'GIAO-THONG.DUONG-HONG', title: 'Đề nghị lắp đèn đường ngõ Thịnh Hào' });

    // The secretariat adds a web feedback raised again at a voter meeting by hand.
    const linked = await platform.request('POST', `/api/v1/council/sessions/${session.id}/cases`, { caseIds: [ids.feedback] }, secretariat);
    expect(linked.status).toBe(200);

    clock.set(local('2026-12-14T10:00:00'));
    await act('answeredLate', 'answer', officerHoanKiem, { answer: 'UBND phường đã ra quân giải tỏa lấn chiếm vỉa hè phố Hàng Bạc.' });
    clock.set(local('2026-12-15T10:00:00'));
  }, 120_000);
  afterAll(() => platform.stop());

  describe('sessions', () => {
    it('links voter petitions received in the voter-meeting period by default, not other cases or later petitions', async () => {
      const res = await platform.request<Session>('GET', `/api/v1/council/sessions/${session.id}`, undefined, council);
      expect(res.status).toBe(200);
      // By the period: answeredOnTime, overdue, answeredLate, triage (voter_meeting petitions) and rejected (a hotline
      // petition); by hand: the web feedback. Not the petition received after the period.
      expect(res.body).toMatchObject({
        number: 28,
        meetingFrom: '2026-11-02',
        meetingTo: '2026-11-20',
        sessionDate: '2026-12-15',
        cases: 6,
        casesByPeriod: 5,
      });
    });

    it('lets the secretariat link any case by hand, and unlink it so the period no longer claims it', async () => {
      const linked = await platform.request<Session>(
        'POST',
        `/api/v1/council/sessions/${session.id}/cases`,
        { caseIds: [ids.afterPeriod, ids.afterPeriod] },
        secretariat,
      );
      expect(linked.body).toMatchObject({ cases: 7, casesByPeriod: 5 });
      expect(
        (await platform.request('DELETE', `/api/v1/council/sessions/${session.id}/cases/${ids.afterPeriod}`, undefined, secretariat))
          .status,
      ).toBe(204);
      expect((await platform.request<Session>('GET', `/api/v1/council/sessions/${session.id}`, undefined, secretariat)).body).toMatchObject(
        { cases: 6 },
      );
      expect(
        (await platform.request('DELETE', `/api/v1/council/sessions/${session.id}/cases/${ids.afterPeriod}`, undefined, secretariat))
          .status,
      ).toBe(404);
      // A later session whose period covers the unlinked petition leaves it alone: the secretariat decided.
      const later = await platform.request<Session>(
        'POST',
        '/api/v1/council/sessions',
        {
          name: 'Kỳ họp chuyên đề',
          number: 29,
          term: 'Khóa XVI, nhiệm kỳ 2021-2026',
          sessionDate: '2026-12-20',
          meetingFrom: '2026-11-21',
          meetingTo: '2026-11-30',
        },
        secretariat,
      );
      expect(later.status).toBe(201);
      expect(later.body).toMatchObject({ cases: 0, casesByPeriod: 0 });
      expect((await platform.request('DELETE', `/api/v1/council/sessions/${later.body.id}`, undefined, secretariat)).status).toBe(204);
    });

    it('links petitions already received when a session is created, and re-derives them when its period changes', async () => {
      await petitionAt('2026-12-15T11:00:00', 'december');
      const created = await platform.request<Session>(
        'POST',
        '/api/v1/council/sessions',
        {
          name: 'Kỳ họp bất thường',
          number: 30,
          term: 'Khóa XVI, nhiệm kỳ 2021-2026',
          sessionDate: '2026-12-31',
          meetingFrom: '2026-12-14',
          meetingTo: '2026-12-16',
        },
        secretariat,
      );
      expect(created.body).toMatchObject({ cases: 1, casesByPeriod: 1 });
      const moved = await platform.request<Session>(
        'PATCH',
        `/api/v1/council/sessions/${created.body.id}`,
        { meetingFrom: '2026-12-16', meetingTo: '2026-12-20' },
        secretariat,
      );
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ meetingFrom: '2026-12-16', meetingTo: '2026-12-20', cases: 0 });
      const back = await platform.request<Session>(
        'PATCH',
        `/api/v1/council/sessions/${created.body.id}`,
        { meetingFrom: '2026-12-15' },
        secretariat,
      );
      expect(back.body).toMatchObject({ cases: 1, casesByPeriod: 1 });
      expect((await platform.request('DELETE', `/api/v1/council/sessions/${created.body.id}`, undefined, secretariat)).status).toBe(204);
      expect((await platform.request('GET', `/api/v1/council/sessions/${created.body.id}`, undefined, secretariat)).status).toBe(404);
      const list = await platform.request<Session[]>('GET', '/api/v1/council/sessions', undefined, council);
      expect(list.body.map((s) => s.number)).toEqual([28]);
    });

    async function petitionAt(at: string, key: string): Promise<void> {
      const saved = clock.now();
      clock.set(local(at));
      await petition(key, { categoryCode: 'GIAO-THONG.DUONG-HONG', title: 'Đề nghị sửa cống phố Vọng' });
      clock.set(saved);
    }

    it.each([
      ['a missing name', { name: undefined }, 400, 'name'],
      ['a number of 0', { number: 0 }, 400, 'number'],
      ['a text number', { number: 'hai tám' }, 400, 'number'],
      ['a date that does not exist', { sessionDate: '2027-02-30' }, 400, 'sessionDate'],
      ['a date in another format', { meetingFrom: '01/01/2027' }, 400, 'meetingFrom'],
      ['meetings ending before they start', { meetingFrom: '2027-01-10', meetingTo: '2027-01-05' }, 400, 'meetingTo'],
      ['meetings ending after the session', { meetingTo: '2027-02-10' }, 400, 'meetingTo'],
      ['an unknown field', { venue: 'Hội trường' }, 400, 'venue'],
      [
        'a period overlapping session 28',
        { meetingFrom: '2026-11-15', meetingTo: '2026-11-25', sessionDate: '2026-12-01' },
        409,
        'meetingFrom',
      ],
      ['the number of session 28 in the same term', { number: 28 }, 409, 'number'],
    ])('refuses %s', async (_what, change, code, field) => {
      const before = await tableCountsOf(platform);
      const body = {
        name: 'Kỳ họp thứ 31',
        number: 31,
        term: 'Khóa XVI, nhiệm kỳ 2021-2026',
        sessionDate: '2027-02-01',
        meetingFrom: '2027-01-05',
        meetingTo: '2027-01-20',
        ...change,
      };
      expectBad(await platform.request('POST', '/api/v1/council/sessions', body, secretariat), code, field);
      expect(await tableCountsOf(platform)).toEqual(before);
    });

    it('refuses bad links and ids naming the field', async () => {
      expectBad(
        await platform.request('POST', `/api/v1/council/sessions/${session.id}/cases`, { caseIds: ['not-a-uuid'] }, secretariat),
        400,
        'caseIds',
      );
      expectBad(
        await platform.request('POST', `/api/v1/council/sessions/${session.id}/cases`, { caseIds: [] }, secretariat),
        400,
        'caseIds',
      );
      expectBad(
        await platform.request(
          'POST',
          `/api/v1/council/sessions/${session.id}/cases`,
          { caseIds: ['0193a0b0-0000-7000-8000-000000000000'] },
          secretariat,
        ),
        400,
        'caseIds',
      );
      expectBad(await platform.request('GET', '/api/v1/council/sessions/28', undefined, secretariat), 400, 'id');
      expect(
        (await platform.request('PATCH', '/api/v1/council/sessions/0193a0b0-0000-7000-8000-000000000000', { name: 'Kỳ họp' }, secretariat))
          .status,
      ).toBe(404);
    });

    it('lets council members read but not edit, and keeps agency officers out', async () => {
      expect((await platform.request('GET', '/api/v1/council/sessions', undefined, council)).status).toBe(200);
      expect((await platform.request('POST', '/api/v1/council/sessions', { name: 'x' }, council)).status).toBe(403);
      expect((await platform.request('GET', '/api/v1/council/sessions', undefined, officerSxd)).status).toBe(403);
      expect((await platform.request('GET', `/api/v1/reports/council-sessions/${session.id}`, undefined, officerSxd)).status).toBe(403);
      expect((await platform.request('GET', '/api/v1/council/sessions')).status).toBe(401);
    });
  });

  describe('session report', () => {
    const SXD = {
      total: 3,
      answered: 1,
      inProgress: 2,
      notRouted: 0,
      stopped: 0,
      overdue: 2,
      answeredOnTime: 1,
      answeredLate: 0,
      answeredPercent: 33.3,
    };
    const HOANKIEM = {
      total: 1,
      answered: 1,
      inProgress: 0,
      notRouted: 0,
      stopped: 0,
      overdue: 0,
      answeredOnTime: 0,
      answeredLate: 1,
      answeredPercent: 100,
    };
    const NO_AGENCY = {
      total: 2,
      answered: 0,
      inProgress: 0,
      notRouted: 1,
      stopped: 1,
      overdue: 1,
      answeredOnTime: 0,
      answeredLate: 0,
      answeredPercent: 0,
    };
    const TOTALS = {
      total: 6,
      answered: 2,
      inProgress: 2,
      notRouted: 1,
      stopped: 1,
      overdue: 3,
      answeredOnTime: 1,
      answeredLate: 1,
      answeredPercent: 33.3,
    };

    it('gives every figure by agency and in total, with each petition’s status and answer', async () => {
      const res = await platform.request<Report>('GET', `/api/v1/reports/council-sessions/${session.id}`, undefined, council);
      expect(res.status).toBe(200);
      const r = res.body;
      expect(r.heading.council).toBe('HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI');
      expect(r.totals).toEqual(TOTALS);
      expect(r.agencies.map((g) => g.agency?.code ?? null)).toEqual(['SXD', 'UBND-HOANKIEM', null]);
      const [sxd, hoanKiem, none] = r.agencies;
      expect(sxd).toMatchObject({ ...SXD, agencyName: 'Sở Xây dựng' });
      expect(hoanKiem).toMatchObject({ ...HOANKIEM, agencyName: 'UBND phường Hoàn Kiếm' });
      expect(none).toMatchObject({ ...NO_AGENCY, agencyName: 'Chưa xác định cơ quan giải quyết' });
      const byCode = Object.fromEntries(r.agencies.flatMap((g) => g.petitions).map((p) => [p.trackingCode, p]));
      expect(Object.keys(byCode).sort()).toEqual(
        [codes.answeredOnTime, codes.overdue, codes.answeredLate, codes.triage, codes.rejected, codes.feedback].sort(),
      );
      expect(byCode[codes.answeredOnTime]).toMatchObject({
        status: 'answered',
        outcome: 'answered',
        answerTiming: 'on_time',
        overdue: false,
        answer: 'Sở Xây dựng đã nạo vét cống thoát nước ngõ 12 Lĩnh Nam.',
      });
      expect(byCode[codes.answeredLate]).toMatchObject({
        status: 'answered',
        answerTiming: 'late',
        answer: expect.stringContaining('Hàng Bạc'),
      });
      expect(byCode[codes.overdue]).toMatchObject({ status: 'in_progress', outcome: 'in_progress', overdue: true, answer: null });
      expect(byCode[codes.feedback]).toMatchObject({ status: 'routed', outcome: 'in_progress', overdue: true });
      expect(byCode[codes.triage]).toMatchObject({ status: 'triage', outcome: 'not_routed', overdue: true });
      expect(byCode[codes.rejected]).toMatchObject({ status: 'rejected', outcome: 'stopped', overdue: false });
      expect(JSON.stringify(r)).not.toContain('Nguyễn Văn An'); // no personal data
    });

    it('exports the same figures as XLSX, read back with exceljs', async () => {
      const res = await fetch(`${platform.baseUrl}/api/v1/reports/council-sessions/${session.id}?format=xlsx`, {
        headers: { authorization: `Bearer ${council}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Chuyển tiếp']);
      const summary = book.getWorksheet('Tổng hợp')!;
      const rows: unknown[][] = [];
      summary.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0][0]).toBe('HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI');
      const line = (name: string) => rows.find((r) => r[1] === name)!.slice(2);
      const figures = (c: typeof SXD) => [
        c.total,
        c.answered,
        c.answeredPercent,
        c.answeredOnTime,
        c.answeredLate,
        c.inProgress,
        c.notRouted,
        c.stopped,
        c.overdue,
      ];
      expect(line('Sở Xây dựng')).toEqual(figures(SXD));
      expect(line('UBND phường Hoàn Kiếm')).toEqual(figures(HOANKIEM));
      expect(line('Chưa xác định cơ quan giải quyết')).toEqual(figures(NO_AGENCY));
      expect(line('Tổng cộng')).toEqual(figures(TOTALS));
      const detail = book.getWorksheet('Chi tiết')!;
      const details: unknown[][] = [];
      detail.eachRow((row) => details.push((row.values as unknown[]).slice(1)));
      const petitions = details.filter((r) => typeof r[2] === 'string' && /^HN-\d{4}-\d+$/.test(r[2] as string));
      expect(petitions).toHaveLength(6);
      const onTime = petitions.find((r) => r[2] === codes.answeredOnTime)!;
      expect([onTime[1], onTime[5], onTime[6], onTime[7], onTime[11], onTime[12]]).toEqual([
        'Sở Xây dựng',
        'Tiếp xúc cử tri',
        '10/11/2026',
        'Đã trả lời',
        '20/11/2026',
        'Sở Xây dựng đã nạo vét cống thoát nước ngõ 12 Lĩnh Nam.',
      ]);
      expect(petitions.find((r) => r[2] === codes.overdue)![10]).toBe('Có');
    });

    it('prints a PDF with the national heading, the agencies and the counts', async () => {
      const res = await fetch(`${platform.baseUrl}/api/v1/reports/council-sessions/${session.id}?format=pdf`, {
        headers: { authorization: `Bearer ${secretariat}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await savePdfPages(pdf, 'council-session-report');
      const extracted = await pdfText(pdf, 'council-session-report');
      const pages = extracted.pages;
      // Lines wrap where the page ends them: compare with runs of white space made single spaces.
      const text = extracted.text.replace(/\s+/g, ' ');
      expect(pages).toBeGreaterThanOrEqual(2);
      for (const s of [
        'HỘI ĐỒNG NHÂN DÂN',
        'THÀNH PHỐ HÀ NỘI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Hà Nội, ngày 15 tháng 12 năm 2026',
        'BÁO CÁO TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỬ TRI',
        'Trình Kỳ họp thứ 28',
        'từ 02/11/2026 đến 20/11/2026',
        'Tổng số kiến nghị: 6; đã trả lời: 2 (33,3%), trong đó đúng hạn 1, trễ hạn 1; đang giải quyết: 2; chưa chuyển cơ quan: 1; dừng xử lý: 1; quá hạn chưa trả lời: 3.',
        '1. Sở Xây dựng: 3 kiến nghị, đã trả lời 1',
        '2. UBND phường Hoàn Kiếm: 1 kiến nghị, đã trả lời 1',
        '3. Chưa xác định cơ quan giải quyết: 2 kiến nghị, đã trả lời 0',
        'Biểu đồ: Số kiến nghị theo cơ quan và tình trạng giải quyết',
        codes.answeredOnTime,
        codes.rejected,
        'Sở Xây dựng đã nạo vét cống thoát nước ngõ 12 Lĩnh Nam.',
      ]) {
        expect([s, text.includes(s)]).toEqual([s, true]);
      }
      // The agency table's rows, as the text layer reads them: number, name, then the seven counts.
      expect(text).toMatch(/1\s+Sở Xây dựng\s+3\s+1\s+1\s+2\s+0\s+0\s+2/);
      expect(text).toMatch(/2\s+UBND phường Hoàn Kiếm\s+1\s+1\s+0\s+0\s+0\s+0\s+0/);
      expect(text).toMatch(/Tổng cộng\s+6\s+2\s+1\s+2\s+1\s+1\s+3/);
    });

    it('reports a session without cases as zeros, in every format', async () => {
      const empty = (
        await platform.request<Session>(
          'POST',
          '/api/v1/council/sessions',
          {
            name: 'Kỳ họp thứ nhất năm 2027',
            number: 1,
            term: 'Khóa XVII, nhiệm kỳ 2026-2031',
            sessionDate: '2027-03-01',
            meetingFrom: '2027-02-01',
            meetingTo: '2027-02-20',
          },
          secretariat,
        )
      ).body;
      try {
        const json = await platform.request<Report>('GET', `/api/v1/reports/council-sessions/${empty.id}`, undefined, council);
        expect(json.body).toMatchObject({ totals: { total: 0, answered: 0, overdue: 0, answeredPercent: null }, agencies: [] });
        const xlsx = await fetch(`${platform.baseUrl}/api/v1/reports/council-sessions/${empty.id}?format=xlsx`, {
          headers: { authorization: `Bearer ${council}` },
        });
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(await xlsx.arrayBuffer());
        const totalRow = book
          .getWorksheet('Tổng hợp')!
          .getRows(1, 20)!
          .find((r) => r.getCell(2).value === 'Tổng cộng')!;
        // No percentage of nothing: the rate cell stays empty.
        expect((totalRow.values as unknown[]).slice(3)).toEqual([0, 0, undefined, 0, 0, 0, 0, 0, 0]);
        const pdf = Buffer.from(
          await (
            await fetch(`${platform.baseUrl}/api/v1/reports/council-sessions/${empty.id}?format=pdf`, {
              headers: { authorization: `Bearer ${council}` },
            })
          ).arrayBuffer(),
        );
        await savePdfPages(pdf, 'council-empty-session-report');
        const text = (await pdfText(pdf, 'council-empty-session-report')).text.replace(/\s+/g, ' ');
        expect(text).toContain('Tổng số kiến nghị: 0;');
        expect(text).toContain('Không có kiến nghị nào gắn với kỳ họp này.');
      } finally {
        await platform.request('DELETE', `/api/v1/council/sessions/${empty.id}`, undefined, secretariat);
      }
    });

    it('refuses an unknown format or session, naming the field', async () => {
      expectBad(
        await platform.request('GET', `/api/v1/reports/council-sessions/${session.id}?format=docx`, undefined, council),
        400,
        'format',
      );
      expectBad(
        await platform.request('GET', `/api/v1/reports/council-sessions/${session.id}?fromat=pdf`, undefined, council),
        400,
        'fromat',
      );
      expectBad(await platform.request('GET', '/api/v1/reports/council-sessions/abc', undefined, council), 400, 'id');
      expect(
        (await platform.request('GET', '/api/v1/reports/council-sessions/0193a0b0-0000-7000-8000-000000000000', undefined, council)).status,
      ).toBe(404);
    });
  });

  describe('targets and tasks', () => {
    const create = (body: Record<string, unknown>) => platform.request<Target>('POST', '/api/v1/council/targets', body, secretariat);

    it('computes done, on track, at risk and missed from the linked cases and dates', async () => {
      const done = await create({
        kind: 'task',
        agencyCode: 'SXD',
        title: 'Xử lý ngập úng ngõ 12 Lĩnh Nam trước 30/11',
        startsOn: '2026-11-01',
        dueOn: '2026-11-30',
        caseIds: [ids.answeredOnTime],
        councilSessionId: session.id,
      });
      const missed = await create({
        kind: 'task',
        agencyCode: 'UBND-HOANKIEM',
        title: 'Giải tỏa lấn chiếm vỉa hè phố Hàng Bạc trước 1/12',
        startsOn: '2026-11-01',
        dueOn: '2026-12-01',
        caseIds: [ids.answeredLate],
      });
      const atRisk = await create({
        kind: 'task',
        agencyCode: 'SXD',
        title: 'Sửa mặt đường Minh Khai trong quý I',
        startsOn: '2026-11-01',
        dueOn: '2027-03-31',
        caseIds: [ids.overdue],
      });
      const onTrack = await create({
        kind: 'on_time_rate',
        agencyCode: 'SXD',
        title: 'Trả lời đúng hạn ít nhất 50% kiến nghị cử tri năm 2026',
        startsOn: '2026-01-01',
        dueOn: '2026-12-31',
        thresholdPercent: 50,
        caseIds: [ids.answeredOnTime, ids.overdue],
      });
      expect([done.status, missed.status, atRisk.status, onTrack.status]).toEqual([201, 201, 201, 201]);
      expect(done.body.progress).toMatchObject({ status: 'done', linked: 1, settled: 1 });
      expect(missed.body.progress).toMatchObject({ status: 'missed', linked: 1, settled: 1 });
      expect(atRisk.body.progress).toMatchObject({ status: 'at_risk', linked: 1, settled: 0, overdue: 1 });
      expect(onTrack.body.progress).toMatchObject({ status: 'on_track', onTime: 1, late: 1, onTimePercent: 50 });

      const list = await platform.request<Target[]>('GET', '/api/v1/council/targets?agencyCode=SXD', undefined, council);
      expect(list.body.map((t) => [t.id, t.progress.status])).toEqual([
        [done.body.id, 'done'],
        [onTrack.body.id, 'on_track'],
        [atRisk.body.id, 'at_risk'],
      ]);
      const risky = await platform.request<Target[]>('GET', '/api/v1/council/targets?status=at_risk', undefined, council);
      expect(risky.body.map((t) => t.id)).toEqual([atRisk.body.id]);
    });

    it('recomputes the status as cases are unlinked and linked, and as time passes', async () => {
      const task = (
        await create({
          kind: 'task',
          agencyCode: 'SXD',
          title: 'Khắc phục mặt đường Minh Khai',
          startsOn: '2026-12-01',
          dueOn: '2027-01-31',
          caseIds: [ids.overdue],
        })
      ).body;
      expect(task.progress.status).toBe('at_risk');
      expect(
        (await platform.request('DELETE', `/api/v1/council/targets/${task.id}/cases/${ids.overdue}`, undefined, secretariat)).status,
      ).toBe(204);
      const empty = await platform.request<Target & { cases: unknown[] }>('GET', `/api/v1/council/targets/${task.id}`, undefined, council);
      expect(empty.body).toMatchObject({ cases: [], progress: { status: 'on_track', linked: 0 } });
      const relinked = await platform.request<Target & { cases: { trackingCode: string; answerTiming: string }[] }>(
        'POST',
        `/api/v1/council/targets/${task.id}/cases`,
        { caseIds: [ids.answeredOnTime] },
        secretariat,
      );
      expect(relinked.body).toMatchObject({
        progress: { status: 'done' },
        cases: [{ trackingCode: codes.answeredOnTime, answerTiming: 'on_time' }],
      });
      expect(
        (await platform.request('DELETE', `/api/v1/council/targets/${task.id}/cases/${ids.overdue}`, undefined, secretariat)).status,
      ).toBe(404);

      const rate = (
        await create({
          kind: 'on_time_rate',
          agencyCode: 'UBND-HOANKIEM',
          title: 'Trả lời đúng hạn 90% kiến nghị',
          startsOn: '2026-11-01',
          dueOn: '2027-06-30',
          thresholdPercent: 90,
          caseIds: [ids.answeredLate],
        })
      ).body;
      expect(rate.progress).toMatchObject({ status: 'at_risk', onTime: 0, late: 1, onTimePercent: 0 });
      clock.set(local('2027-07-01T00:00:00'));
      try {
        const after = await platform.request<Target>('GET', `/api/v1/council/targets/${rate.id}`, undefined, council);
        expect(after.body.progress.status).toBe('missed');
      } finally {
        clock.set(local('2026-12-15T10:00:00'));
      }
    });

    it.each([
      ['a threshold on a task', { thresholdPercent: 90 }, 'thresholdPercent'],
      ['a rate without a threshold', { kind: 'on_time_rate' }, 'thresholdPercent'],
      ['a threshold above 100', { kind: 'on_time_rate', thresholdPercent: 120 }, 'thresholdPercent'],
      ['an unknown kind', { kind: 'wish' }, 'kind'],
      ['an unknown agency', { agencyCode: 'SO-KHONG-CO' }, 'agencyCode'],
      ['a due date before the start', { startsOn: '2027-02-01', dueOn: '2027-01-01' }, 'dueOn'],
      ['a due date that does not exist', { dueOn: '2027-02-29' }, 'dueOn'],
      ['an unknown case', { caseIds: ['0193a0b0-0000-7000-8000-000000000000'] }, 'caseIds'],
      ['an unknown session', { councilSessionId: '0193a0b0-0000-7000-8000-000000000000' }, 'councilSessionId'],
      ['a missing title', { title: undefined }, 'title'],
    ])('refuses %s', async (_what, change, field) => {
      const before = await tableCountsOf(platform);
      const body = { kind: 'task', agencyCode: 'SXD', title: 'Nhiệm vụ thử', startsOn: '2027-01-01', dueOn: '2027-03-31', ...change };
      expectBad(await create(body), 400, field);
      expect(await tableCountsOf(platform)).toEqual(before);
    });

    it('declares the council endpoints and their response types in the OpenAPI document', async () => {
      const doc = await platform.request<{
        paths: Record<
          string,
          Record<
            string,
            { responses: Record<string, { content?: Record<string, { schema: { $ref?: string; items?: { $ref: string } } }> }> }
          >
        >;
      }>('GET', '/api/docs-json');
      const schema = (path: string, method: string, code: string) =>
        doc.body.paths[path][method].responses[code].content?.['application/json'].schema;
      expect(schema('/api/v1/reports/council-sessions/{id}', 'get', '200')?.$ref).toBe('#/components/schemas/SessionReportDto');
      expect(schema('/api/v1/council/targets', 'get', '200')?.items?.$ref).toBe('#/components/schemas/CouncilTargetDto');
      expect(schema('/api/v1/council/targets/{id}', 'get', '200')?.$ref).toBe('#/components/schemas/CouncilTargetDetailDto');
      expect(schema('/api/v1/council/sessions', 'post', '201')?.$ref).toBe('#/components/schemas/CouncilSessionDto');
    });

    it('lets council members read targets but not create them', async () => {
      expect((await platform.request('GET', '/api/v1/council/targets', undefined, council)).status).toBe(200);
      expect((await platform.request('POST', '/api/v1/council/targets', { kind: 'task' }, council)).status).toBe(403);
      expect(
        (await platform.request('GET', '/api/v1/council/targets/0193a0b0-0000-7000-8000-000000000000', undefined, council)).status,
      ).toBe(404);
    });
  });
});
