import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import type { SessionReport } from '@hotline/council';
import { makeCaseInput, makeSessionInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe('voter petitions carry over between council sessions until settled', () => {
  const clock = new FakeClock(local('2026-05-10T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;
  const sessions = { first: '', second: '' };
  const petitions: Record<'answeredEarly' | 'answeredLater' | 'explained' | 'open', Receipt> = {} as never;

  const act = async (id: string, action: string, body: Record<string, unknown>, token = officer) =>
    expect((await platform.request('POST', `/api/v1/cases/${id}/${action}`, body, token)).status).toBe(200);
  const report = async (sessionId: string) =>
    (await platform.request<SessionReport>('GET', `/api/v1/reports/council-sessions/${sessionId}`, undefined, secretariat)).body;

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
    const create = async (input: Record<string, unknown>) => {
      const res = await platform.request<{ id: string }>('POST', '/api/v1/council/sessions', makeSessionInput(input), secretariat);
      expect(res.status).toBe(201);
      return res.body.id;
    };
    sessions.first = await create({
      name: 'Kỳ họp giữa năm 2026',
      number: 27,
      sessionDate: '2026-06-15',
      meetingFrom: '2026-05-01',
      meetingTo: '2026-05-31',
    });
    sessions.second = await create({
      name: 'Kỳ họp cuối năm 2026',
      number: 28,
      sessionDate: '2026-12-15',
      meetingFrom: '2026-11-02',
      meetingTo: '2026-11-20',
    });
    for (const key of ['answeredEarly', 'answeredLater', 'explained', 'open'] as const) {
      const { body } = await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ kind: 'petition', title: `Kiến nghị ${key}` }),
      );
      petitions[key] = body;
    }
    await waitFor(async () => {
      const statuses = await platform.db.dataSource.query(`SELECT status FROM cases WHERE status = 'received'`);
      return statuses.length === 0;
    }, 'routing');
    const ids = Object.values(petitions).map((p) => p.id);
    const linked = await platform.request('POST', `/api/v1/council/sessions/${sessions.first}/cases`, { caseIds: ids }, secretariat);
    expect(linked.status).toBe(200);

    clock.set(local('2026-05-20T09:00:00')); // answered before the second session's period: settled, not carried
    await act(petitions.answeredEarly.id, 'accept', {});
    await act(petitions.answeredEarly.id, 'answer', { answer: 'Đã lắp đèn chiếu sáng trong tháng 5/2026.' });
    clock.set(local('2026-11-10T09:00:00')); // answered during the second session's period: carried, resolved
    await act(petitions.answeredLater.id, 'accept', {});
    await act(petitions.answeredLater.id, 'answer', { answer: 'Đã sửa xong mặt đường trong tháng 11/2026.' });
    clock.set(local('2026-11-12T09:00:00')); // not taken up, with the reason: carried, explained
    await act(petitions.explained.id, 'return', { reason: 'Không thuộc thẩm quyền của Sở Xây dựng' });
    await act(
      petitions.explained.id,
      'reject',
      { reason: 'Nội dung đã được giải trình tại kỳ họp trước: dự án chưa có vốn.' },
      secretariat,
    );
    clock.set(local('2026-12-01T09:00:00'));
  });
  afterAll(() => platform.stop());

  it('the later session reports the earlier session’s unsettled petitions as resolved, in progress or explained, with their session', async () => {
    const later = await report(sessions.second);
    expect(later.carriedOver).toMatchObject({ total: 3, resolved: 1, inProgress: 1, explained: 1 });
    const byCode = Object.fromEntries(later.carriedOver.petitions.map((p) => [p.trackingCode, p]));
    expect(byCode[petitions.answeredLater.trackingCode]).toMatchObject({ carryOver: 'resolved', carryOverLabel: 'Đã giải quyết' });
    expect(byCode[petitions.open.trackingCode]).toMatchObject({ carryOver: 'in_progress', carryOverLabel: 'Đang giải quyết' });
    expect(byCode[petitions.explained.trackingCode]).toMatchObject({ carryOver: 'explained', carryOverLabel: 'Đã giải trình' });
    expect(byCode[petitions.answeredEarly.trackingCode]).toBeUndefined();
    for (const p of later.carriedOver.petitions) {
      expect(p.fromSession).toEqual({ id: sessions.first, name: 'Kỳ họp giữa năm 2026', number: 27, sessionDate: '2026-06-15' });
    }
    // The first session's own report carries nothing over: no session came before it.
    expect((await report(sessions.first)).carriedOver.total).toBe(0);

    const res = await fetch(`${platform.baseUrl}/api/v1/reports/council-sessions/${sessions.second}?format=xlsx`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Chuyển tiếp')!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.join('\n')).toContain(`Kỳ họp giữa năm 2026`);
    expect(texts.join('\n')).toContain('Đã giải trình');
    expect(texts.join('\n')).toContain('Đã giải quyết 1; đang giải quyết 1; đã giải trình 1');
  });
});
