import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const SXD_EMAIL = 'soxd@hanoi.example.vn';

describe('a case travels the whole spine', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start();
  });
  afterAll(() => platform.stop());

  it('is submitted, routed by the worker, accepted and answered by the agency, and read by the citizen', async () => {
    // Through the generated typed client: each path, parameter, body and answer below is checked against the API's
    // OpenAPI document at compile time.
    const citizenEmail = 'an.nguyen@example.com';
    const submitted = await platform.client().POST('/api/v1/cases', {
      body: makeCaseInput({ citizen: { name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: citizenEmail } }),
    });
    expect(submitted.response.status).toBe(201);
    const receipt = submitted.data!;
    expect(receipt.trackingCode).toMatch(/^HN-\d{4}-\d{6}$/);
    expect(receipt.accessKey).toHaveLength(24);
    expect(receipt.status).toBe('received');
    const { id, trackingCode, accessKey } = receipt;

    const officer = platform.client(await platform.login(...USERS.officerSxd));
    const routed = await waitFor(async () => {
      const { data } = await officer.GET('/api/v1/cases/{id}', { params: { path: { id } } });
      return data?.status === 'routed' ? data : undefined;
    }, 'the worker to route the case to Sở Xây dựng');
    expect(routed.agency?.code).toBe('SXD');
    expect(routed.availableActions).toEqual(['accept', 'return']);

    const agencyMail = await platform.smtp.waitForMail((m) => m.to.includes(SXD_EMAIL), 'the agency notice');
    expect(agencyMail.subject).toContain(trackingCode);
    const receiptMail = await platform.smtp.waitForMail((m) => m.to.includes(citizenEmail), 'the citizen receipt');
    expect(receiptMail.subject).toContain(trackingCode);
    expect(receiptMail.text).toContain(`/track/${trackingCode}`);

    const accepted = await officer.POST('/api/v1/cases/{id}/accept', { params: { path: { id } }, body: {} });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data?.status).toBe('accepted');

    const answer = 'Sở Xây dựng đã chỉ đạo đơn vị duy tu vá ổ gà trước số 120 phố Huế trong ngày 24/11/2026.';
    const answered = await officer.POST('/api/v1/cases/{id}/answer', { params: { path: { id } }, body: { answer } });
    expect(answered.response.status).toBe(200);
    expect(answered.data?.status).toBe('answered');

    const answerMail = await platform.smtp.waitForMail(
      (m) => m.to.includes(citizenEmail) && m.subject.includes('trả lời'),
      'the answer email',
    );
    expect(answerMail.text).toContain(answer);
    expect(answerMail.subject).toContain(trackingCode);

    const citizen = platform.client();
    const tracked = await citizen.GET('/api/v1/cases/track/{trackingCode}', {
      params: { path: { trackingCode }, query: { key: accessKey } },
    });
    expect(tracked.response.status).toBe(200);
    const view = tracked.data!;
    expect(view.status).toBe('answered');
    expect(view.answer).toBe(answer);
    expect(view.canRate).toBe(true);
    expect(view.timeline.map((t) => t.status)).toEqual(['received', 'routed', 'accepted', 'answered']);
    expect(view.timeline[1].agency).toBe('Sở Xây dựng');
    expect(JSON.stringify(view)).not.toContain('0912345678');
    expect(JSON.stringify(view)).not.toContain(citizenEmail);

    const rated = await citizen.POST('/api/v1/cases/track/{trackingCode}/feedback', {
      params: { path: { trackingCode } },
      body: { satisfied: true, key: accessKey },
    });
    expect(rated.response.status).toBe(200);
    expect(rated.data?.status).toBe('closed');

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
