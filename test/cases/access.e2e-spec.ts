import { type CaseDetail, type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

describe('who may see and act on which case', () => {
  let platform: TestPlatform;
  let officerSxd: string;
  let officerHoanKiem: string;
  let secretariat: string;

  /** Submits a case and waits until the worker has routed it. */
  async function routedCase(input: Record<string, unknown>): Promise<Receipt> {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input));
    await waitFor(
      async () => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat)).body.status === 'routed',
      'routing',
    );
    return body;
  }

  beforeAll(async () => {
    platform = await newPlatform().start();
    [officerSxd, officerHoanKiem, secretariat] = await Promise.all([
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
      platform.login(...USERS.secretariat),
    ]);
  });
  afterAll(() => platform.stop());

  it('keeps agency B’s case invisible and untouchable for agency A', async () => {
    const wardCase = await routedCase({ categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM' });
    expect((await platform.request<CaseDetail>('GET', `/api/v1/cases/${wardCase.id}`, undefined, officerHoanKiem)).body.agency?.code).toBe(
      'UBND-HOANKIEM',
    );

    expect((await platform.request('GET', `/api/v1/cases/${wardCase.id}`, undefined, officerSxd)).status).toBe(404);
    for (const action of ['accept', 'start']) {
      expect((await platform.request('POST', `/api/v1/cases/${wardCase.id}/${action}`, {}, officerSxd)).status).toBe(404);
    }
    expect(
      (await platform.request('POST', `/api/v1/cases/${wardCase.id}/return`, { reason: 'Không thuộc thẩm quyền' }, officerSxd)).status,
    ).toBe(404);
    expect(
      (await platform.request('POST', `/api/v1/cases/${wardCase.id}/answer`, { answer: 'Đã xử lý xong vụ việc.' }, officerSxd)).status,
    ).toBe(404);

    const sxdList = await platform.request<CaseList>('GET', '/api/v1/cases?pageSize=200', undefined, officerSxd);
    expect(sxdList.body.items.map((c) => c.id)).not.toContain(wardCase.id);
    const filtered = await platform.request<CaseList>('GET', '/api/v1/cases?agency=UBND-HOANKIEM', undefined, officerSxd);
    expect(filtered.body.total).toBe(0);

    const status = (await platform.request<CaseDetail>('GET', `/api/v1/cases/${wardCase.id}`, undefined, officerHoanKiem)).body.status;
    expect(status).toBe('routed');
  });

  it('answers 409 for a transition the current status does not allow', async () => {
    const own = await routedCase({});
    expect(
      (await platform.request('POST', `/api/v1/cases/${own.id}/answer`, { answer: 'Trả lời trước khi tiếp nhận.' }, officerSxd)).status,
    ).toBe(409);
    expect((await platform.request('POST', `/api/v1/cases/${own.id}/accept`, {}, officerSxd)).status).toBe(200);
    const again = await platform.request<{ statusCode: number; message: string }>('POST', `/api/v1/cases/${own.id}/accept`, {}, officerSxd);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Cannot accept a case that is accepted');
  });

  it('lets each role do only its own part', async () => {
    const own = await routedCase({});
    const operator = await platform.login(...USERS.operator);
    const council = await platform.login(...USERS.council);
    expect((await platform.request('GET', '/api/v1/cases')).status).toBe(401);
    expect((await platform.request('GET', '/api/v1/cases', undefined, 'not-a-token')).status).toBe(401);
    expect((await platform.request('POST', `/api/v1/cases/${own.id}/accept`, {}, operator)).status).toBe(403);
    expect((await platform.request('POST', `/api/v1/cases/${own.id}/route`, { agencyCode: 'SNV' }, officerSxd)).status).toBe(403);
    expect((await platform.request('POST', `/api/v1/cases/${own.id}/route`, { agencyCode: 'SNV' }, council)).status).toBe(403);
    expect((await platform.request('POST', '/api/v1/hotline/cases', makeCaseInput(), officerSxd)).status).toBe(403);
    expect((await platform.request('GET', `/api/v1/cases/${own.id}`, undefined, council)).status).toBe(200);
  });

  it('sends a returned case back to the secretariat, out of the agency’s sight, and lets it be rerouted', async () => {
    const own = await routedCase({});
    const returned = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${own.id}/return`,
      { reason: 'Thuộc thẩm quyền UBND phường' },
      officerSxd,
    );
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect((await platform.request('GET', `/api/v1/cases/${own.id}`, undefined, officerSxd)).status).toBe(404);
    const mail = await platform.smtp.waitForMail(
      (m) => m.to.includes('vanphong@hdnd.example.vn') && m.subject.includes(own.trackingCode),
      'the returned notice',
    );
    expect(mail.text).toContain('Thuộc thẩm quyền UBND phường');

    const triage = await platform.request<CaseList>('GET', '/api/v1/cases?status=triage,returned', undefined, secretariat);
    expect(triage.body.items.map((c) => c.id)).toContain(own.id);
    const rerouted = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${own.id}/route`,
      { agencyCode: 'UBND-HOANKIEM' },
      secretariat,
    );
    expect(rerouted.body).toMatchObject({ status: 'routed', agency: { code: 'UBND-HOANKIEM' } });
    expect((await platform.request('GET', `/api/v1/cases/${own.id}`, undefined, officerHoanKiem)).status).toBe(200);
  });

  it('withholds a denouncer’s identity from the agency but not from the secretariat', async () => {
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ kind: 'denunciation', citizen: { name: 'Đỗ Thị Tố', phone: '0911222333' } }),
    );
    await waitFor(
      async () => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat)).body.status === 'routed',
      'routing',
    );
    const bySecretariat = await platform.request<CaseDetail>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat);
    expect(bySecretariat.body.citizen).toMatchObject({ name: 'Đỗ Thị Tố', withheld: false });
    expect(bySecretariat.body.agency?.code).toBe('THANHTRA-HN');

    await platform.request('POST', `/api/v1/cases/${body.id}/route`, { agencyCode: 'SXD' }, secretariat);
    const byAgency = await platform.request<CaseDetail>('GET', `/api/v1/cases/${body.id}`, undefined, officerSxd);
    expect(byAgency.status).toBe(200);
    expect(byAgency.body.citizen).toEqual({ withheld: true });
    expect(JSON.stringify(byAgency.body)).not.toMatch(/Đỗ Thị Tố|0911222333/);
  });
});
