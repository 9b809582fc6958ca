import { RollupService, SummaryDto } from '@hotline/reporting';
import {
  type ApiErrorBody,
  type CaseDetail,
  type Disclosure,
  makeCaseInput,
  type PublicationReview,
  type Receipt,
  TestPlatform,
  type TrackingView,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const CITIZEN_PHONE = '0912 345 678';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Approval of answers, the secretariat's return, redaction and publication, and the approval wait in the reports. */
describe('answers the council can stand behind', () => {
  let platform: TestPlatform;
  let admin = '';
  let officer = '';
  let head = '';
  let secretariat = '';

  beforeAll(async () => {
    platform = await newPlatform().start();
    [admin, officer, head, secretariat] = await Promise.all([
      platform.login(...USERS.admin),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.head),
      platform.login(...USERS.secretariat),
    ]);
  });
  afterAll(() => platform.stop());

  const act = (id: string, action: string, body: unknown, token: string) =>
    platform.request<CaseDetail & ApiErrorBody>('POST', `/api/v1/cases/${id}/${action}`, body, token);
  const notices = async (caseId: string): Promise<{ template: string; params: { answer?: string } }[]> =>
    platform.db.dataSource.query(`SELECT template, params FROM notifications WHERE case_id = $1 ORDER BY created_at`, [caseId]);
  const answerNotices = async (caseId: string) => (await notices(caseId)).filter((n) => n.template === 'case-answered');

  async function acceptedCase(overrides: Record<string, unknown> = {}) {
    const email = `approval${Math.random().toString(36).slice(2, 8)}@example.com`;
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ public: true, citizen: { name: 'Trần Thị Bình', phone: CITIZEN_PHONE, email }, ...overrides }),
    );
    await platform.waitForCaseStatus(body.id, 'routed', officer);
    expect((await act(body.id, 'accept', {}, officer)).status).toBe(200);
    return { ...body, email };
  }

  it('lets only an admin put an agency’s answers of a kind under approval', async () => {
    const put = (token: string, body: unknown) => platform.request<ApiErrorBody>('PUT', '/api/v1/admin/answer-approval', body, token);
    expect((await put(secretariat, { agencyCode: 'SXD', kind: 'feedback', required: true })).status).toBe(403);
    const unknown = await put(admin, { agencyCode: 'NOPE', kind: 'feedback', required: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0]?.field).toBe('agencyCode');
    const set = await platform.request<{ agency: { code: string }; kind: string }[]>(
      'PUT',
      '/api/v1/admin/answer-approval',
      { agencyCode: 'SXD', kind: 'feedback', required: true },
      admin,
    );
    expect(set.status).toBe(200);
    expect(set.body.map((r) => [r.agency.code, r.kind])).toEqual([['SXD', 'feedback']]);
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'answer_approval.changed'`);
    expect(n).toBe(1);
  });

  it('sends an officer’s answer to the head: sent back, edited and approved, only the approved answer reaches the citizen', async () => {
    const kase = await acceptedCase();
    const draft = 'Dự thảo: Sở Xây dựng sẽ xem xét việc vá ổ gà.';
    const drafted = await act(kase.id, 'answer', { answer: draft }, officer);
    expect(drafted.status).toBe(200);
    expect(drafted.body.status).toBe('awaiting_approval');
    expect(drafted.body.answer).toBeUndefined();
    expect(drafted.body.answerDraft).toBe(draft);
    // The answer clock keeps counting while the draft waits: the citizen has not been answered.
    expect(drafted.body.deadlines.find((d) => d.clock === 'answer')?.status).toBe('running');
    expect(drafted.body.availableActions).not.toContain('approve');
    expect(await answerNotices(kase.id)).toEqual([]);
    // The agency head is told a draft waits (the notice carries the staff link, never the draft's text).
    const toHead = (await notices(kase.id)).filter((n) => n.template === 'answer-awaiting-approval');
    expect(toHead).toHaveLength(1);
    expect(JSON.stringify(toHead)).not.toContain(draft);

    // The citizen (with the key) and the public read no answer yet.
    const tracked = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${kase.trackingCode}?key=${kase.accessKey}`);
    expect(tracked.body.answer).toBeUndefined();
    expect(JSON.stringify(tracked.body)).not.toContain(draft);

    // The officer may not approve their own draft.
    const selfApproval = await act(kase.id, 'approve', {}, officer);
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.code).toBe('approval_not_allowed');
    // Nor may the secretariat.
    expect((await act(kase.id, 'approve', {}, secretariat)).status).toBe(403);

    const headView = await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, head);
    expect(headView.body.availableActions).toEqual(expect.arrayContaining(['approve', 'send_back']));
    const queue = await platform.request<{ items: { id: string }[] }>('GET', '/api/v1/cases?status=awaiting_approval', undefined, head);
    expect(queue.body.items.map((c) => c.id)).toContain(kase.id);

    const sentBack = await act(kase.id, 'send-back', { reason: 'Cần nêu rõ thời hạn hoàn thành và căn cứ.' }, head);
    expect(sentBack.status).toBe(200);
    expect(sentBack.body.status).toBe('in_progress');
    expect(sentBack.body.events.at(-1)).toMatchObject({ type: 'answer_sent_back', note: 'Cần nêu rõ thời hạn hoàn thành và căn cứ.' });
    expect(await answerNotices(kase.id)).toEqual([]);

    const second = 'Dự thảo 2: Sở Xây dựng sẽ vá ổ gà trong tuần.';
    expect((await act(kase.id, 'answer', { answer: second }, officer)).body.status).toBe('awaiting_approval');
    const final = 'Sở Xây dựng đã vá ổ gà ngày 24/11/2026 theo Điều 5 Thông tư 37/2018/TT-BGTVT.';
    const approved = await act(kase.id, 'approve', { answer: final }, head);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('answered');
    expect(approved.body.answer).toBe(final);
    expect(approved.body.events.at(-1)).toMatchObject({ type: 'answered', toStatus: 'answered' });
    expect(approved.body.deadlines.find((d) => d.clock === 'answer')?.status).toBe('met');

    const mail = await platform.smtp.waitForMail((m) => m.to.includes(kase.email) && m.subject.includes('trả lời'), 'the answer email');
    expect(mail.text).toContain(final);
    const sent = await answerNotices(kase.id);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent)).not.toContain('Dự thảo');
    for (const m of platform.smtp.to(kase.email)) expect(m.text).not.toContain('Dự thảo');

    // Every step is an audit row.
    const audit: { role: string; data: { transition: string } }[] = await platform.db.dataSource.query(
      `SELECT actor_role AS role, data FROM audit_log WHERE target_id = $1 AND action = 'case.status_changed' ORDER BY id`,
      [kase.id],
    );
    expect(audit.slice(-5).map((a) => [a.role, a.data.transition])).toEqual([
      ['agency_officer', 'accept'],
      ['agency_officer', 'submit_for_approval'],
      ['agency_head', 'send_back'],
      ['agency_officer', 'submit_for_approval'],
      ['agency_head', 'approve'],
    ]);
  });

  it('lets the secretariat return an approved answer that is not yet published, then publishes a redacted answer', async () => {
    const kase = await acceptedCase();
    await act(kase.id, 'answer', { answer: 'Đã chuyển phòng chuyên môn xem xét.' }, officer);
    await act(kase.id, 'approve', {}, head);

    // Not on the public page before publication.
    const before = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${kase.trackingCode}`);
    expect(before.status).toBe(200);
    expect(before.body.answer).toBeUndefined();

    const secView = await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, secretariat);
    expect(secView.body.availableActions).toEqual(expect.arrayContaining(['return_answer', 'publish']));
    const returned = await act(kase.id, 'return-answer', { reason: 'Văn bản trả lời chưa giải quyết nội dung phản ánh.' }, secretariat);
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('in_progress');
    expect(returned.body.events.at(-1)).toMatchObject({ type: 'answer_returned' });

    const withPersonalData =
      `Kính gửi bà Trần Thị Bình (ĐT ${CITIZEN_PHONE}, ${kase.email}): Sở Xây dựng đã vá ổ gà trước nhà số 12 ngõ 34 phố Huế ` +
      'ngày 24/11/2026; xe 29A-123.45 đỗ sai chỗ đã được nhắc nhở.';
    await act(kase.id, 'answer', { answer: withPersonalData }, officer);
    expect((await act(kase.id, 'approve', {}, head)).body.status).toBe('answered');

    // A photo from staff, to decide on.
    const body = new FormData();
    body.append('file', new Blob([PDF], { type: 'application/pdf' }), 'van-ban-tra-loi.pdf');
    const uploaded = await fetch(`${platform.baseUrl}/api/v1/cases/${kase.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body,
    });
    const [file] = (await uploaded.json()) as { id: string }[];

    const review = await platform.request<PublicationReview>('GET', `/api/v1/cases/${kase.id}/publication`, undefined, secretariat);
    expect(review.status).toBe(200);
    expect(review.body.publishable).toBe(true);
    expect(review.body.answer.found.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['name', 'phone', 'email', 'house_number', 'licence_plate']),
    );
    const proposed = review.body.answer.proposed;
    expect(proposed).not.toContain('0912');
    expect(proposed).not.toContain('Trần Thị Bình');
    const masks = [
      ...review.body.title.found.map((f) => ({ ...f, field: 'title' as const })),
      ...review.body.answer.found.map((f) => ({ ...f, field: 'answer' as const })),
    ];
    const publish = (payload: Record<string, unknown>) =>
      platform.request<PublicationReview & ApiErrorBody>('PUT', `/api/v1/cases/${kase.id}/publication`, payload, secretariat);
    const payload = { title: review.body.title.proposed, answer: proposed, masks, attachments: [{ id: file.id, publish: true }] };

    // Each attachment needs a decision; the citizen's phone cannot be published even if staff put it back.
    const undecided = await publish({ ...payload, attachments: [] });
    expect(undecided.status).toBe(422);
    expect(undecided.body.code).toBe('attachment_decision_missing');
    const leaking = await publish({ ...payload, answer: `${proposed} Liên hệ 0912.345.678.` });
    expect(leaking.status).toBe(422);
    expect(leaking.body).toMatchObject({ code: 'personal_data_in_publication', details: [{ field: 'answer' }] });
    expect((await platform.request('PUT', `/api/v1/cases/${kase.id}/publication`, payload, officer)).status).toBe(403);

    const published = await publish(payload);
    expect(published.status).toBe(200);
    expect(published.body.publication).toMatchObject({ answer: proposed, publishedBy: expect.any(String) });
    const [stored] = await platform.db.dataSource.query(
      `SELECT c.answer AS original, p.answer AS published FROM cases c
      JOIN case_publications p ON p.case_id = c.id WHERE c.id = $1`,
      [kase.id],
    );
    expect(stored.original).toBe(withPersonalData);

    // The public page shows only the redacted text: never the phone number of the original.
    const disclosure = await platform.request<Disclosure>('GET', '/api/v1/public/disclosure');
    const item = disclosure.body.answers.items.find((i) => i.trackingCode === kase.trackingCode);
    expect(item?.answer).toBe(proposed);
    expect(item?.attachments.map((a) => a.id)).toEqual([file.id]);
    const publicTrack = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${kase.trackingCode}`);
    expect(publicTrack.body.answer).toBe(proposed);
    for (const text of [JSON.stringify(disclosure.body), JSON.stringify(publicTrack.body)]) {
      expect(text.replace(/\D/g, '')).not.toContain('912345678');
      expect(text).not.toContain(kase.email);
      expect(text).not.toContain('Trần Thị Bình');
      expect(text).not.toContain('29A-123.45');
    }
    expect((await fetch(`${platform.baseUrl}/api/v1/public/attachments/${file.id}`)).status).toBe(200);

    // Published: the secretariat's return is over.
    const late = await act(kase.id, 'return-answer', { reason: 'Trả lại sau khi công khai.' }, secretariat);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('answer_already_published');
    const after = await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, secretariat);
    expect(after.body.availableActions).not.toContain('return_answer');
    expect(after.body.events.map((e) => e.type)).toContain('published');
  });

  it('never publishes an answered case that is not public, nor an unapproved one', async () => {
    const kase = await acceptedCase({ public: false });
    await act(kase.id, 'answer', { answer: 'Dự thảo trả lời chưa duyệt của cán bộ.' }, officer);
    const empty = { title: 'x', answer: 'y', masks: [], attachments: [] };
    const notPublic = await platform.request<ApiErrorBody>('PUT', `/api/v1/cases/${kase.id}/publication`, empty, secretariat);
    expect(notPublic.status).toBe(422);
    expect(notPublic.body.code).toBe('not_publishable');
    const disclosure = await platform.request<Disclosure>('GET', '/api/v1/public/disclosure');
    expect(JSON.stringify(disclosure.body)).not.toContain('Dự thảo');
  });

  it('answers directly where no approval is configured, and a head’s own answer never waits', async () => {
    const question = await acceptedCase({ kind: 'question' });
    expect((await act(question.id, 'answer', { answer: 'Trả lời trực tiếp không cần duyệt.' }, officer)).body.status).toBe('answered');
    const feedback = await acceptedCase();
    expect((await act(feedback.id, 'answer', { answer: 'Lãnh đạo trả lời trực tiếp hồ sơ.' }, head)).body.status).toBe('answered');
  });

  it('shows the time answers waited for approval in the reports, equal to the events', async () => {
    const rollups = platform.worker!.get(RollupService);
    const [{ waits, minutes }] = await platform.db.dataSource.query(`
      SELECT count(*)::int AS waits, coalesce(sum(floor(extract(epoch FROM e2.created_at - e1.created_at) / 60)), 0)::int AS minutes
        FROM case_events e1
        JOIN LATERAL (SELECT created_at FROM case_events x WHERE x.case_id = e1.case_id AND x.id > e1.id
                        AND x.from_status = 'awaiting_approval' ORDER BY x.id LIMIT 1) e2 ON true
       WHERE e1.to_status = 'awaiting_approval'`);
    expect(waits).toBe(4);
    const summary = await waitFor(async () => {
      await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      if (n > 0) return undefined;
      const res = await platform.request<SummaryDto>('GET', '/api/v1/reports/summary?groupBy=agency', undefined, secretariat);
      return res.body.groups.find((g) => g.key.agency?.code === 'SXD')?.approvalWait.waits === waits ? res.body : undefined;
    }, 'the rollups to count the approval waits');
    const sxd = summary.groups.find((g) => g.key.agency?.code === 'SXD')!;
    expect(sxd.approvalWait).toEqual({ waits, meanHours: Math.round((minutes / waits / 60) * 10) / 10 });
    expect(summary.total.approvalWait.waits).toBe(waits);
  });
});
