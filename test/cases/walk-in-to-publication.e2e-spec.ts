import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import { JobName, jobIdOf, QueueName } from '@hotline/contracts';
import { RollupService, StatutoryReport } from '@hotline/reporting';
import {
  type ApiErrorBody,
  type CaseDetail,
  makeReceptionInput,
  PaknFake,
  type PublicationReview,
  TestPlatform,
  type TrackingView,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'walkthrough');

const CITIZEN = {
  name: 'Trần Văn Bình',
  identityDocumentType: 'citizen_id',
  identityDocumentNumber: '001085012345',
  address: '45 phố Huế, Hai Bà Trưng',
  phone: '0912 111 222',
  email: 'binh.walkin@example.com',
};
const DRAFT_1 = 'Dự thảo 1: Sở Xây dựng sẽ xem xét việc sửa mặt đường.';
const SEND_BACK = 'Cần nêu kết quả kiểm tra, thời hạn sửa chữa và căn cứ pháp lý.';
const DRAFT_2 =
  'Sở Xây dựng đã kiểm tra hiện trường ngày 28/04/2026 và giao đơn vị duy tu sửa mặt đường trước số 45 phố Huế xong ngày ' +
  '08/05/2026, theo Điều 5 Thông tư 37/2018/TT-BGTVT. Mọi vướng mắc, Sở sẽ liên hệ lại ông Bình theo số 0912 111 222.';

/**
 * Issue #18 "Done when": ONE walk-in complaint, from the reception register through the agency head's approval to a
 * redacted published answer, with the national PAKN fake receiving the case and its answer once each, and the
 * quarter's statutory complaints report (XLSX) counting it. Each step is logged, for the closing note.
 */
describe('a walk-in complaint, from the register to the published answer', () => {
  // Thu 23/04/2026, 9:00 in Hà Nội: ten working days skip 27/04 (Giỗ Tổ, compensation day), 30/04 and 01/05.
  const clock = new FakeClock(local('2026-04-23T09:00:00'));
  const pakn = new PaknFake();
  let platform: TestPlatform;
  let admin: string;
  let operator: string;
  let officer: string;
  let head: string;
  let secretariat: string;
  const steps: string[] = [];
  const step = (text: string) => steps.push(`${String(steps.length + 1).padStart(2, ' ')}. ${text}`);

  const act = (id: string, action: string, body: unknown, token: string) =>
    platform.request<CaseDetail & ApiErrorBody>('POST', `/api/v1/cases/${id}/${action}`, body, token);
  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
  const digits = (text: string) => text.replace(/\D/g, '');

  /**
   * No answer of this case has gone to PAKN, nor is one on its way: the job is looked for where it would be, in order
   * (the outbox, then BullMQ, then the fake), so a job moving on between two looks is still seen.
   */
  async function noAnswerPushed(caseId: string): Promise<void> {
    const jobId = jobIdOf({ name: JobName.PaknPushAnswer, data: { caseId, round: 1 } });
    const inOutbox = await platform.db.dataSource.query(`SELECT 1 FROM outbox WHERE job_id = $1`, [jobId]);
    const inQueue = await platform.worker!.get<Queue>(getQueueToken(QueueName.Pakn)).getJob(jobId);
    expect({ inOutbox: inOutbox.length, inQueue: inQueue ?? null, atFake: pakn.answers.length }).toEqual({
      inOutbox: 0,
      inQueue: null,
      atFake: 0,
    });
  }

  beforeAll(async () => {
    await pakn.start();
    platform = await newPlatform().start({ clock, env: pakn.env });
    [admin, operator, officer, head, secretariat] = await Promise.all([
      platform.login(...USERS.admin),
      platform.login(...USERS.operator),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.head),
      platform.login(...USERS.secretariat),
    ]);
  });
  afterAll(async () => {
    console.log(`Walk-in complaint, register to publication (issue #18):\n${steps.join('\n')}`);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'steps.txt'), steps.join('\n') + '\n');
    await platform.stop();
    await pakn.stop();
  });

  it('walks one walk-in complaint through approval to a redacted published answer, PAKN and the statutory report', async () => {
    // 0. The admin puts the Department of Construction's complaint answers under its head's approval.
    const rule = await platform.request(
      'PUT',
      '/api/v1/admin/answer-approval',
      { agencyCode: 'SXD', kind: 'complaint', required: true },
      admin,
    );
    expect(rule.status).toBe(200);
    step('admin: PUT /admin/answer-approval {SXD, complaint, required} → 200');

    // 1. The reception register: the citizen comes in, the officer checks the identity paper and records the complaint.
    const reception = await platform.request<{ id: string; registerNo: number; caseId: string; caseTrackingCode: string }>(
      'POST',
      '/api/v1/receptions',
      makeReceptionInput({ citizen: CITIZEN, consent: { handling: true, publication: true } }),
      operator,
    );
    expect(reception.status).toBe(201);
    const caseId = reception.body.caseId;
    const code = reception.body.caseTrackingCode;
    expect(code).toMatch(/^HN-2026-\d+$/);
    step(`operator: POST /receptions (outcome case_created, complaint) → 201, register no. ${reception.body.registerNo}, case ${code}`);

    // 2. The case: walk_in, public by the citizen's consent, with the 10-working-day notice clock of Art. 28(1).
    const created = await detail(caseId);
    expect(created).toMatchObject({ kind: 'complaint', channel: 'walk_in', trackingCode: code });
    const notice = created.deadlines.find((d) => d.clock === 'notice');
    expect(notice).toMatchObject({ status: 'running', dueAt: local('2026-05-12T17:00:00').toISOString() });
    step(`case ${code}: channel walk_in, notice clock running, due ${notice!.dueAt} (Tue 12/05/2026 17:00 Hà Nội, 10 working days)`);

    // 3. Routed to the Department of Construction; the national PAKN fake receives the case once.
    await platform.waitForCaseStatus(caseId, 'routed', officer);
    expect((await detail(caseId)).agency?.code).toBe('SXD');
    const pushed = await waitFor(() => pakn.cases.find((c) => c.body.maHoSoNguon === code), 'the case at the PAKN fake', 30_000);
    expect(pushed.body).toMatchObject({ loaiPAKN: 'KHIEU_NAI', kenhTiepNhan: 'TRUC_TIEP' });
    step(`routed to SXD; PAKN fake received the case once (remote id ${pushed.remoteId}, kenhTiepNhan TRUC_TIEP)`);

    // 4. The officer accepts (the notice clock is met: the citizen is told it was accepted) and drafts an answer.
    clock.set(local('2026-04-24T10:00:00'));
    const accepted = await act(caseId, 'accept', {}, officer);
    expect(accepted.status).toBe(200);
    expect(accepted.body.deadlines.find((d) => d.clock === 'notice')?.status).toBe('met');
    clock.set(local('2026-05-04T10:00:00'));
    const drafted = await act(caseId, 'answer', { answer: DRAFT_1 }, officer);
    expect(drafted.status).toBe(200);
    expect(drafted.body.status).toBe('awaiting_approval');
    expect(drafted.body.answer).toBeUndefined();
    await noAnswerPushed(caseId);
    step('officer: accept → notice clock met; answer (draft 1) → awaiting_approval; nothing pushed to PAKN');

    // 5. The head sends it back with a comment; the officer answers again.
    const sentBack = await act(caseId, 'send-back', { reason: SEND_BACK }, head);
    expect(sentBack.status).toBe(200);
    expect(sentBack.body.status).toBe('in_progress');
    expect(sentBack.body.events.at(-1)).toMatchObject({ type: 'answer_sent_back', note: SEND_BACK });
    const redrafted = await act(caseId, 'answer', { answer: DRAFT_2 }, officer);
    expect(redrafted.body.status).toBe('awaiting_approval');
    await noAnswerPushed(caseId);
    expect(platform.smtp.to(CITIZEN.email).filter((m) => m.subject.includes('trả lời'))).toEqual([]);
    step('head: send-back with a comment → in_progress; officer: answer (draft 2) → awaiting_approval; no answer mailed, none pushed');

    // 6. The head approves: the citizen's notice carries the approved text; the PAKN fake receives the answer once.
    clock.set(local('2026-05-08T15:00:00'));
    const approved = await act(caseId, 'approve', {}, head);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'answered', answer: DRAFT_2 });
    const mail = await platform.smtp.waitForMail((m) => m.to.includes(CITIZEN.email) && m.subject.includes('trả lời'), 'the answer email');
    expect(mail.subject).toBe(`[${code}] Đã có trả lời cho hồ sơ của bạn`);
    expect(mail.text).toContain(DRAFT_2);
    for (const m of platform.smtp.to(CITIZEN.email)) expect(m.text).not.toContain('Dự thảo');
    const answer = await waitFor(() => pakn.answers.find((a) => a.caseRemoteId === pushed.remoteId), 'the answer at the PAKN fake', 30_000);
    expect(answer.body).toMatchObject({ lanTraLoi: 1, noiDungTraLoi: DRAFT_2, coQuanTraLoi: 'Sở Xây dựng' });
    step(`head: approve → answered; SMTP capture: "${mail.subject}" to the citizen with the approved text; PAKN fake received the answer`);

    // 7. Not public before the secretariat publishes it.
    const before = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${code}`);
    expect(before.status).toBe(200);
    expect(before.body.answer).toBeUndefined();

    // 8. The secretariat reviews the redaction: the citizen's phone in the answer is proposed for masking.
    const review = await platform.request<PublicationReview>('GET', `/api/v1/cases/${caseId}/publication`, undefined, secretariat);
    expect(review.status).toBe(200);
    expect(review.body.publishable).toBe(true);
    const phoneMask = review.body.answer.found.find((f) => f.kind === 'phone');
    expect(phoneMask).toBeDefined();
    expect(digits(DRAFT_2.slice(phoneMask!.start, phoneMask!.end))).toBe('0912111222');
    // "ông Bình": the citizen's given name after a form of address is proposed too.
    expect(review.body.answer.found.filter((f) => f.kind === 'name').map((f) => DRAFT_2.slice(f.start, f.end))).toEqual(['Bình']);
    const proposed = review.body.answer.proposed;
    expect(digits(proposed)).not.toContain('912111222');
    expect(proposed).not.toContain('Bình');
    step(`secretariat: GET /publication → masks proposed: ${review.body.answer.found.map((f) => f.kind).join(', ')}`);

    const published = await platform.request<PublicationReview & ApiErrorBody>(
      'PUT',
      `/api/v1/cases/${caseId}/publication`,
      {
        title: review.body.title.proposed,
        answer: proposed,
        masks: [
          ...review.body.title.found.map((f) => ({ ...f, field: 'title' })),
          ...review.body.answer.found.map((f) => ({ ...f, field: 'answer' })),
        ],
        attachments: review.body.attachments.map((a) => ({ id: a.id, publish: false })),
      },
      secretariat,
    );
    expect(published.status).toBe(200);
    step(`secretariat: PUT /publication → 200; published answer: "${proposed}"`);

    // 9. The public page (tracking without key or PIN) shows the redacted answer, no phone number; the original is kept.
    const publicView = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${code}`);
    expect(publicView.body.answer).toBe(proposed);
    expect(digits(JSON.stringify(publicView.body))).not.toContain('912111222');
    expect(JSON.stringify(publicView.body)).not.toContain('Bình');
    const [stored] = await platform.db.dataSource.query(`SELECT answer FROM cases WHERE id = $1`, [caseId]);
    expect(stored.answer).toBe(DRAFT_2);
    step('public: GET /cases/track/CODE without key → the redacted answer, no phone number');

    // 10. The PAKN fake: the case once, its answer once.
    expect(pakn.cases.filter((c) => c.body.maHoSoNguon === code)).toHaveLength(1);
    expect(pakn.answers.filter((a) => a.caseRemoteId === pushed.remoteId)).toHaveLength(1);
    step('PAKN fake totals: 1 case, 1 answer');

    // 11. The quarter's statutory complaints report, from the rollups: its total equals a direct SQL count.
    const rollups = platform.worker!.get(RollupService);
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return result.ran && n === 0;
    }, 'rollups drained');
    const form = await platform.request<StatutoryReport>(
      'GET',
      '/api/v1/reports/statutory/complaints?period=2026-Q2',
      undefined,
      secretariat,
    );
    expect(form.status).toBe(200);
    const res = await fetch(`${platform.baseUrl}/api/v1/reports/statutory/complaints?period=2026-Q2&format=xlsx`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(res.status).toBe(200);
    const xlsx = Buffer.from(await res.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Biểu mẫu')!;
    const totalRow = sheet.getRow(5 + form.body.rows.length);
    expect(totalRow.getCell(2).text).toBe('Tổng cộng');
    const [{ received, answered }] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS received,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'answered'))::int AS answered
         FROM cases c
        WHERE kind = 'complaint' AND received_at >= '2026-04-01T00:00:00+07:00' AND received_at < '2026-07-01T00:00:00+07:00'`,
    );
    expect(totalRow.getCell(3).value).toBe(received);
    const answeredColumn = form.body.columns.indexOf('Đã giải quyết, trả lời');
    expect(totalRow.getCell(3 + answeredColumn).value).toBe(answered);
    expect(received).toBe(1);
    const trace = book.getWorksheet('Truy vết số liệu')!;
    const traced: string[] = [];
    trace.eachRow((row) => traced.push(row.getCell(5).text));
    expect(traced).toContain(code);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'complaints-2026-Q2.xlsx'), xlsx);
    const rows: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const values: string[] = [];
      for (let i = 1; i <= sheet.columnCount; i++) {
        const cell = row.getCell(i);
        values.push(cell.isMerged && cell.master !== cell ? '' : cell.text);
      }
      rows.push(`${n};${values.map((v) => `"${v.replace(/"/g, '""')}"`).join(';')}`);
    });
    await writeFile(join(ARTIFACTS, 'complaints-2026-Q2.csv'), rows.join('\n') + '\n');
    step(
      `secretariat: GET /reports/statutory/complaints?period=2026-Q2&format=xlsx → ` +
        `total ${received} received, ${answered} answered = SQL; trace sheet lists ${code}`,
    );
  });
});
