import { type ApiErrorBody, PETITION_ROWS as R, petitionSheet, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Meeting {
  id: string;
  petitionCount: number;
  byStatus: Record<string, number>;
  petitions?: { id: string; trackingCode: string; status: string }[];
}
interface ImportStatus {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  progress: number;
  importedRows: number;
  problems: { row: number; field: string; message: string }[];
  rejectedRows: Record<string, Record<string, string>>;
}

describe('voter meetings: petitions by grid and by spreadsheet', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let operator: string;
  let meeting: Meeting;
  let sessionId: string;

  const upload = async (meetingId: string, name: string, content: Buffer, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), name);
    const res = await fetch(`${platform.baseUrl}/api/v1/voter-meetings/${meetingId}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as ImportStatus & ApiErrorBody };
  };
  const importStatus = async (importId: string) =>
    (await platform.request<ImportStatus>('GET', `/api/v1/voter-meetings/${meeting.id}/imports/${importId}`, undefined, operator)).body;
  const finished = (importId: string) =>
    waitFor(
      async () => {
        const s = await importStatus(importId);
        return s.status === 'done' || s.status === 'failed' ? s : undefined;
      },
      'the import to finish',
      120_000,
    );

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, operator] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.operator)]);
    const session = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/council/sessions',
      {
        name: 'Kỳ họp thứ 30',
        number: 30,
        term: 'Khóa XVI, nhiệm kỳ 2021-2026',
        sessionDate: '2026-02-10',
        meetingFrom: '2026-01-05',
        meetingTo: '2026-01-30',
      },
      secretariat,
    );
    expect(session.status).toBe(201);
    sessionId = session.body.id;
  });
  afterAll(() => platform.stop());

  it('records a meeting, and refuses a bad one naming each field', async () => {
    const bad = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/voter-meetings',
      { heldOn: '2026-02-30', place: 'X', areaCode: 'HN-HAIBATRUNG', membersPresent: [] },
      operator,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details!.map((d) => d.field)).toContain('place');
    const badDate = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/voter-meetings',
      { heldOn: '2026-02-30', place: 'Nhà văn hóa tổ 5', areaCode: 'HN-HAIBATRUNG', membersPresent: [] },
      operator,
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.details![0].field).toBe('heldOn');
    const badArea = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/voter-meetings',
      { heldOn: '2026-01-20', place: 'Nhà văn hóa tổ 5', areaCode: 'NOWHERE', membersPresent: [] },
      operator,
    );
    expect(badArea.status).toBe(400);
    expect(badArea.body.details![0].field).toBe('areaCode');
    expect(
      (
        await platform.request(
          'POST',
          '/api/v1/voter-meetings',
          { heldOn: '2026-01-20', place: 'Nhà văn hóa', areaCode: 'HN-HAIBATRUNG', membersPresent: [] },
          await platform.login(...USERS.officerSxd),
        )
      ).status,
    ).toBe(403);

    const created = await platform.request<Meeting>(
      'POST',
      '/api/v1/voter-meetings',
      {
        heldOn: '2026-01-20',
        place: 'Nhà văn hóa tổ dân phố số 5, phường Hai Bà Trưng',
        areaCode: 'HN-HAIBATRUNG',
        councilSessionId: sessionId,
        membersPresent: ['Đại biểu Nguyễn Văn Hùng', 'Đại biểu Trần Thị Mai'],
      },
      operator,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      petitionCount: 0,
      membersPresent: ['Đại biểu Nguyễn Văn Hùng', 'Đại biểu Trần Thị Mai'],
      councilSessionId: sessionId,
    });
    meeting = created.body;
  });

  it('adds a grid of petitions as routed cases of the meeting, or none when one row is wrong', async () => {
    const wrong = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/voter-meetings/${meeting.id}/petitions`,
      {
        petitions: [
          {
            title: 'Đề nghị sửa đường ngõ 25',
            description: 'Đường ngõ 25 phố Huế xuống cấp nghiêm trọng, nhiều ổ gà.',
            categoryCode: 'GIAO-THONG.DUONG-HONG',
          },
          { title: 'x', description: 'Quá ngắn', categoryCode: 'NO-SUCH' },
        ],
      },
      operator,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.details!.map((d) => d.field)).toEqual(expect.arrayContaining(['petitions.1.title', 'petitions.1.description']));
    const unknownCategory = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/voter-meetings/${meeting.id}/petitions`,
      {
        petitions: [
          { title: 'Đề nghị sửa đường ngõ 27', description: 'Đường ngõ 27 phố Huế xuống cấp nghiêm trọng.', categoryCode: 'NO-SUCH' },
        ],
      },
      operator,
    );
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body.details).toEqual([
      { field: 'petitions.0.categoryCode', message: 'Unknown category "NO-SUCH"', code: 'unknown_reference' },
    ]);
    expect((await platform.request<Meeting>('GET', `/api/v1/voter-meetings/${meeting.id}`, undefined, operator)).body.petitionCount).toBe(
      0,
    );

    const added = await platform.request<{ petitions: { id: string; trackingCode: string }[] }>(
      'POST',
      `/api/v1/voter-meetings/${meeting.id}/petitions`,
      {
        petitions: [
          {
            title: 'Đề nghị sửa đường ngõ 25',
            description: 'Đường ngõ 25 phố Huế xuống cấp nghiêm trọng, nhiều ổ gà.',
            categoryCode: 'GIAO-THONG.DUONG-HONG',
            citizenName: 'Cử tri Lê Văn Tám',
            phone: '0912 000 111',
          },
          {
            kind: 'question',
            title: 'Hỏi về tiến độ dự án công viên',
            description: 'Cử tri hỏi khi nào dự án công viên tổ 5 được triển khai.',
            citizenName: 'Cử tri Hoàng Thị Na',
          },
        ],
      },
      operator,
    );
    expect(added.status).toBe(201);
    expect(added.body.petitions).toHaveLength(2);
    const rows: {
      channel: string;
      kind: string;
      voter_meeting_id: string;
      council_session_id: string;
      council_session_source: string;
      description: string;
      anonymous: boolean;
    }[] = await platform.db.dataSource.query(`SELECT channel, kind, voter_meeting_id, council_session_id,
        council_session_source, description, anonymous FROM cases ORDER BY received_at, tracking_code`);
    expect(rows).toEqual([
      expect.objectContaining({
        channel: 'voter_meeting',
        kind: 'petition',
        voter_meeting_id: meeting.id,
        council_session_id: sessionId,
        council_session_source: 'manual',
        anonymous: false,
      }),
      expect.objectContaining({
        channel: 'voter_meeting',
        kind: 'question',
        voter_meeting_id: meeting.id,
        council_session_id: sessionId,
        anonymous: true,
      }),
    ]);
    expect(rows[1].description).toContain('Cử tri: Cử tri Hoàng Thị Na');
    // Consent taken at the meeting, as its minutes record it: handling only (docs/personal-data.md).
    expect(
      await platform.db.dataSource.query(
        `SELECT c.channel, k.method, k.handling, k.publication, k.contact
         FROM case_consents k JOIN cases c ON c.id = k.case_id WHERE c.voter_meeting_id = $1`,
        [meeting.id],
      ),
    ).toEqual([
      { channel: 'voter_meeting', method: 'meeting_minutes', handling: true, publication: false, contact: false },
      { channel: 'voter_meeting', method: 'meeting_minutes', handling: true, publication: false, contact: false },
    ]);
    const grouped = await waitFor(async () => {
      const res = await platform.request<Meeting>('GET', `/api/v1/voter-meetings/${meeting.id}`, undefined, secretariat);
      return res.body.petitions!.every((p) => p.status !== 'received') ? res.body : undefined;
    }, 'routing of the meeting’s petitions');
    expect(grouped.petitionCount).toBe(2);
    expect(grouped.byStatus).toEqual({ routed: 1, triage: 1 });
  });

  it('imports exactly the valid rows of a mixed XLSX and reports the others by row and field', async () => {
    const file = await petitionSheet([
      R.streetLight,
      R.missingTitle,
      R.unknownCategory,
      R.question,
      R.denunciation,
      R.shortPhone,
      R.unknownArea,
      R.badEmail,
      R.kindergarten,
    ]);
    const started = await upload(
      meeting.id,
      'kien-nghi-cu-tri.xlsx',
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(started.status).toBe(201);
    expect(started.body.totalRows).toBe(9);
    const done = await finished(started.body.id);
    expect(done).toMatchObject({ status: 'done', totalRows: 9, processedRows: 9, progress: 100, importedRows: 3 });
    expect(done.problems).toEqual([
      { row: 3, field: 'title', message: expect.any(String) },
      { row: 4, field: 'categoryCode', message: 'Unknown category "KHONG-CO"', code: 'unknown_reference' },
      { row: 6, field: 'kind', message: expect.stringContaining('kind must be one of') },
      { row: 7, field: 'phone', message: expect.stringContaining('phone') },
      { row: 8, field: 'areaCode', message: 'Unknown area "HN-KHONG-CO"', code: 'unknown_reference' },
      { row: 9, field: 'email', message: 'email must be an email address' },
    ]);
    expect(Object.keys(done.rejectedRows).sort()).toEqual(['3', '4', '6', '7', '8', '9']);
    expect(done.rejectedRows['7']).toMatchObject({ title: 'Đề nghị sửa vỉa hè phố Huế', phone: '09123' });

    const imported: { title: string; citizen_phone: string | null; citizen_email: string | null; area: string }[] =
      await platform.db.dataSource.query(
        `SELECT c.title, c.citizen_phone, c.citizen_email, a.code AS area FROM cases c JOIN areas a ON a.id = c.area_id
        WHERE c.voter_meeting_id = $1 AND c.title NOT LIKE 'Đề nghị sửa đường ngõ 25'
          AND c.title NOT LIKE 'Hỏi về tiến độ%' ORDER BY c.tracking_code`,
        [meeting.id],
      );
    expect(imported).toEqual([
      { title: 'Đề nghị lắp đèn ngõ 40', citizen_phone: '0912345678', citizen_email: null, area: 'HN-HAIBATRUNG' },
      { title: 'Hỏi về chế độ cho người cao tuổi', citizen_phone: null, citizen_email: 'chin.tran@example.com', area: 'HN-HOANKIEM' },
      { title: 'Đề nghị mở rộng trường mầm non', citizen_phone: null, citizen_email: null, area: 'HN-HAIBATRUNG' },
    ]);
  });

  it('imports a CSV file with the same columns, keeping a phone’s leading zero', async () => {
    const csv = Buffer.from(
      '\ufeffTiêu đề,Nội dung,Điện thoại,Cử tri\n"Đề nghị làm gờ giảm tốc","Xe chạy nhanh qua cổng trường tiểu học, đề nghị làm gờ giảm tốc.",0987111222,Đinh Văn Mạnh\n',
    );
    const started = await upload(meeting.id, 'them.csv', csv, 'text/csv');
    expect(started.status).toBe(201);
    const done = await finished(started.body.id);
    expect(done).toMatchObject({ status: 'done', importedRows: 1, problems: [] });
    const [row] = await platform.db.dataSource.query(
      `SELECT citizen_phone, citizen_name FROM cases WHERE title = 'Đề nghị làm gờ giảm tốc'`,
    );
    expect(row).toEqual({ citizen_phone: '0987111222', citizen_name: 'Đinh Văn Mạnh' });
  });

  it('refuses unreadable or headless files with a 4xx', async () => {
    const junk = await upload(meeting.id, 'x.xlsx', Buffer.from('PK\u0003\u0004not really a zip'), 'application/octet-stream');
    expect(junk.status).toBe(400);
    expect(junk.body.details![0].field).toBe('file');
    const headless = await upload(meeting.id, 'x.csv', Buffer.from('a,b\n1,2\n'), 'text/csv');
    expect(headless.status).toBe(400);
    expect(headless.body.message).toMatch(/Tiêu đề/);
    const notMultipart = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/voter-meetings/${meeting.id}/imports`,
      { file: 'x' },
      operator,
    );
    expect(notMultipart.status).toBe(415);
    expect(
      (
        await platform.request(
          'GET',
          `/api/v1/voter-meetings/${meeting.id}/imports/0190a8c4-0000-7000-8000-000000000000`,
          undefined,
          operator,
        )
      ).status,
    ).toBe(404);
  });

  it('lists the meeting’s petitions in the council-session report', async () => {
    const report = await platform.request<{
      totals: { total: number };
      agencies: { petitions: { trackingCode: string; channel: string; voterMeeting: { id: string; place: string } | null }[] }[];
    }>('GET', `/api/v1/reports/council-sessions/${sessionId}?format=json`, undefined, secretariat);
    expect(report.status).toBe(200);
    const meetingCases = (await platform.request<Meeting>('GET', `/api/v1/voter-meetings/${meeting.id}`, undefined, secretariat)).body;
    expect(meetingCases.petitionCount).toBe(6);
    const listed = report.body.agencies.flatMap((a) => a.petitions.map((p) => p.trackingCode)).sort();
    expect(listed).toEqual(meetingCases.petitions!.map((p) => p.trackingCode).sort());
    expect(report.body.totals.total).toBe(6);
    const petitions = report.body.agencies.flatMap((a) => a.petitions);
    expect(petitions.every((p) => p.channel === 'voter_meeting' && p.voterMeeting?.id === meeting.id)).toBe(true);
    expect(petitions[0].voterMeeting?.place).toBe('Nhà văn hóa tổ dân phố số 5, phường Hai Bà Trưng');
  });

  it('imports 5,000 rows as one job whose progress can be read while it runs', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      'Kiến nghị',
      `Đề nghị số ${i + 1} của cử tri tổ 5`,
      `Nội dung kiến nghị số ${i + 1} của cử tri tổ dân phố số 5.`,
      'HANH-CHINH.THU-TUC',
      '',
      '',
      '',
      '',
      '',
    ]);
    const started = await upload(
      meeting.id,
      'lon.xlsx',
      await petitionSheet(rows),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(started.status).toBe(201);
    const seen = new Set<number>();
    const done = await waitFor(
      async () => {
        const s = await importStatus(started.body.id);
        seen.add(s.progress);
        return s.status === 'done' ? s : undefined;
      },
      'the 5,000-row import',
      180_000,
    );
    expect(done).toMatchObject({ totalRows: 5000, importedRows: 5000, progress: 100 });
    expect([...seen].some((p) => p > 0 && p < 100)).toBe(true);
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE voter_meeting_id = $1`, [meeting.id]);
    expect(n).toBe(5006);
  }, 240_000);
});
