import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform, type TrackingView, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const SXD_EMAIL = 'soxd@hanoi.example.vn';

describe('a case travels the whole spine', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start();
  });
  afterAll(() => platform.stop());

  it('is submitted, routed by the worker, accepted and answered by the agency, and read by the citizen', async () => {
    const citizenEmail = 'an.nguyen@example.com';
    const submitted = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: citizenEmail } }),
    );
    expect(submitted.status).toBe(201);
    expect(submitted.body.trackingCode).toMatch(/^HN-\d{4}-\d{6}$/);
    expect(submitted.body.accessKey).toHaveLength(24);
    expect(submitted.body.status).toBe('received');
    const { id, trackingCode, accessKey } = submitted.body;

    const officer = await platform.login(...USERS.officerSxd);
    const routed = await waitFor(async () => {
      const res = await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, officer);
      return res.status === 200 && res.body.status === 'routed' ? res.body : undefined;
    }, 'the worker to route the case to Sở Xây dựng');
    expect(routed.agency?.code).toBe('SXD');
    expect(routed.availableActions).toEqual(['accept', 'return']);

    const agencyMail = await platform.smtp.waitForMail((m) => m.to.includes(SXD_EMAIL), 'the agency notice');
    expect(agencyMail.subject).toContain(trackingCode);
    const receipt = await platform.smtp.waitForMail((m) => m.to.includes(citizenEmail), 'the citizen receipt');
    expect(receipt.subject).toContain(trackingCode);
    expect(receipt.text).toContain(`/track/${trackingCode}`);

    const accepted = await platform.request<CaseDetail>('POST', `/api/v1/cases/${id}/accept`, {}, officer);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');

    const answer = 'Sở Xây dựng đã chỉ đạo đơn vị duy tu vá ổ gà trước số 120 phố Huế trong ngày 24/11/2026.';
    const answered = await platform.request<CaseDetail>('POST', `/api/v1/cases/${id}/answer`, { answer }, officer);
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('answered');

    const answerMail = await platform.smtp.waitForMail(
      (m) => m.to.includes(citizenEmail) && m.subject.includes('trả lời'),
      'the answer email',
    );
    expect(answerMail.text).toContain(answer);
    expect(answerMail.subject).toContain(trackingCode);

    const tracked = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${trackingCode}?key=${accessKey}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.status).toBe('answered');
    expect(tracked.body.answer).toBe(answer);
    expect(tracked.body.canRate).toBe(true);
    expect(tracked.body.timeline.map((t) => t.status)).toEqual(['received', 'routed', 'accepted', 'answered']);
    expect(tracked.body.timeline[1].agency).toBe('Sở Xây dựng');
    expect(JSON.stringify(tracked.body)).not.toContain('0912345678');
    expect(JSON.stringify(tracked.body)).not.toContain(citizenEmail);

    const rated = await platform.request<TrackingView>('POST', `/api/v1/cases/track/${trackingCode}/feedback`, {
      satisfied: true,
      key: accessKey,
    });
    expect(rated.status).toBe(200);
    expect(rated.body.status).toBe('closed');

    // Exactly one of each notice reached the capture.
    expect(platform.smtp.to(citizenEmail)).toHaveLength(2);
    expect(platform.smtp.to(SXD_EMAIL)).toHaveLength(1);
  });

  it('hides a non-public case from a tracking request without the right key', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    expect((await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}`)).status).toBe(404);
    expect((await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}?key=${'x'.repeat(24)}`)).status).toBe(404);
    expect((await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}?key=${body.accessKey}`)).status).toBe(200);
  });

  it('shows a public case without a key but refuses a rating without one', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ public: true }));
    expect((await platform.request('GET', `/api/v1/cases/track/${body.trackingCode}`)).status).toBe(200);
    expect((await platform.request('POST', `/api/v1/cases/track/${body.trackingCode}/feedback`, { satisfied: false })).status).toBe(404);
  });

  it('sends a case no rule matches to triage, and the secretariat routes it by hand', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ categoryCode: 'HANH-CHINH.THU-TUC' }));
    const secretariat = await platform.login(...USERS.secretariat);
    await waitFor(async () => {
      const res = await platform.request<{ items: { id: string }[] }>(
        'GET',
        '/api/v1/cases?status=triage,returned',
        undefined,
        secretariat,
      );
      return res.body.items.some((c) => c.id === body.id);
    }, 'the case in the triage list');
    const routed = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${body.id}/route`,
      { agencyCode: 'SNV', note: 'Thủ tục hành chính thuộc Sở Nội vụ' },
      secretariat,
    );
    expect(routed.status).toBe(200);
    expect(routed.body.status).toBe('routed');
    expect(routed.body.agency?.code).toBe('SNV');
    expect(routed.body.events.map((e) => e.type)).toEqual(['received', 'sent_to_triage', 'routed']);
  });

  it('accepts an operator intake from the phone and finds the caller’s earlier cases by phone', async () => {
    const operator = await platform.login(...USERS.operator);
    const created = await platform.request<Receipt>(
      'POST',
      '/api/v1/hotline/cases',
      makeCaseInput({ priority: 'urgent', citizen: { name: 'Trần Thị Bình', phone: '0987.654.321' } }),
      operator,
    );
    expect(created.status).toBe(201);
    const lookup = await platform.request<{ items: { id: string; channel: string; priority: string }[] }>(
      'GET',
      '/api/v1/cases?phone=%2B84987654321',
      undefined,
      operator,
    );
    expect(lookup.body.items).toEqual([expect.objectContaining({ id: created.body.id, channel: 'hotline', priority: 'urgent' })]);
  });

  it('returns the first case for a retried submission with the same Idempotency-Key', async () => {
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'retry-test-0001' };
    const body = JSON.stringify(makeCaseInput());
    const first = await fetch(`${platform.baseUrl}/api/v1/cases`, { method: 'POST', headers, body });
    const second = await fetch(`${platform.baseUrl}/api/v1/cases`, { method: 'POST', headers, body });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
  });
});
