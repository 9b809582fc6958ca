import { makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, type TrackingView, waitFor } from '@hotline/testing';
import { isGsm7, SmsService } from '@hotline/notifications';
import { newPlatform, USERS } from '../platform';

interface NotificationRow {
  id: string;
  channel: string;
  status: string;
  recipient: string;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
  delivered_at: Date | null;
}

/** Citizens who gave only a phone get their notices by SMS, through a real SMPP 3.4 server started by the test. */
describe('SMS notices over SMPP', () => {
  let platform: TestPlatform;
  const gateway = new SmppTestGateway();

  beforeAll(async () => {
    await gateway.start();
    platform = await newPlatform().start({ env: { SMS_URL: gateway.url } });
  });
  afterAll(async () => {
    await platform.stop();
    await gateway.stop();
  });

  const phoneOnly = (phone: string) => makeCaseInput({ citizen: { name: 'Trần Văn Bình', phone } });
  const notice = (caseId: string) =>
    platform.db.dataSource
      .query<NotificationRow[]>(`SELECT * FROM notifications WHERE case_id = $1 AND template = 'case-receipt'`, [caseId])
      .then((rows) => rows[0]);
  const smsTo = (msisdn: string, code: string) =>
    waitFor(() => gateway.submitted.find((m) => m.to === msisdn && m.text.includes(code)), `the SMS to ${msisdn}`);

  it('sends a phone-only citizen the receipt by SMS, in GSM-7 without diacritics, with the tracking code and the PIN that opens the case', async () => {
    const { body: kase } = await platform.request<Receipt & { pin: string }>('POST', '/api/v1/cases', phoneOnly('0912 345 601'));
    const sms = await smsTo('84912345601', kase.trackingCode);
    expect(sms.from).toBe('1022');
    expect(isGsm7(sms.text)).toBe(true);
    expect(sms.text).toContain('da tiep nhan ho so');
    expect(sms.text).toContain(`ma PIN ${kase.pin}`);
    expect(sms.text.length).toBeLessThanOrEqual(160);
    const pin = /ma PIN (\d{6})/.exec(sms.text)![1];
    const tracked = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${kase.trackingCode}?pin=${pin}`);
    expect(tracked.status).toBe(200);
    const row = await waitFor(async () => {
      const n = await notice(kase.id);
      return n?.status === 'sent' ? n : undefined;
    }, 'the notice marked sent');
    expect(row).toMatchObject({ channel: 'sms', recipient: '0912345601', provider_message_id: sms.messageId });
  });

  it('tells the phone-only citizen of the answer by SMS, naming the agency, with the tracking page and PIN', async () => {
    const [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
    const { body: kase } = await platform.request<Receipt & { pin: string }>('POST', '/api/v1/cases', phoneOnly('0912345609'));
    await platform.waitForCaseStatus(kase.id, 'routed', secretariat);
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer)).status).toBe(200);
    const answer = { answer: 'Sở Xây dựng đã vá ổ gà trong ngày.' };
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/answer`, answer, officer)).status).toBe(200);
    const sms = await waitFor(
      () => gateway.submitted.find((m) => m.to === '84912345609' && m.text.includes('da co tra loi')),
      'the answer SMS',
    );
    const page = `${platform.config.http.publicBaseUrl}/track/${kase.trackingCode}`;
    expect(sms.text).toBe(`HDND: ho so ${kase.trackingCode} da co tra loi cua So Xay dung. Xem va danh gia: ${page} (ma PIN ${kase.pin})`);
  });

  it('marks the notice delivered when the SMSC’s delivery receipt (deliver_sm) comes back, and failed on an UNDELIV receipt', async () => {
    const { body: a } = await platform.request<Receipt>('POST', '/api/v1/cases', phoneOnly('0912345602'));
    const { body: b } = await platform.request<Receipt>('POST', '/api/v1/cases', phoneOnly('0912345603'));
    const [smsA, smsB] = [await smsTo('84912345602', a.trackingCode), await smsTo('84912345603', b.trackingCode)];
    expect(await gateway.deliverReceipt(smsA.messageId, 'DELIVRD')).toBe(0);
    expect(await gateway.deliverReceipt(smsB.messageId, 'UNDELIV')).toBe(0);
    const delivered = await waitFor(async () => ((await notice(a.id))?.status === 'delivered' ? notice(a.id) : undefined), 'delivered');
    expect(delivered.delivered_at).not.toBeNull();
    const failed = await waitFor(async () => ((await notice(b.id))?.status === 'failed' ? notice(b.id) : undefined), 'failed');
    expect(failed.last_error).toContain('UNDELIV');
  });

  it('retries through BullMQ when the gateway refuses the bind, and sends once it binds', async () => {
    gateway.refuseBinds = 2;
    // The worker's bound session is dropped, so the next notice binds again.
    await platform.worker!.get(SmsService).onApplicationShutdown();
    const { body: kase } = await platform.request<Receipt>('POST', '/api/v1/cases', phoneOnly('0912345604'));
    await smsTo('84912345604', kase.trackingCode);
    const row = await waitFor(async () => ((await notice(kase.id))?.status === 'sent' ? notice(kase.id) : undefined), 'sent');
    expect(row.attempts).toBe(3);
    expect(gateway.refuseBinds).toBe(0);
  });

  it('retries when the gateway answers submit_sm with an error, and sends the SMS once', async () => {
    gateway.failSubmits = 1;
    const { body: kase } = await platform.request<Receipt>('POST', '/api/v1/cases', phoneOnly('0912345605'));
    await smsTo('84912345605', kase.trackingCode);
    const row = await waitFor(async () => ((await notice(kase.id))?.status === 'sent' ? notice(kase.id) : undefined), 'sent');
    expect(row.attempts).toBe(2);
    expect(gateway.submitted.filter((m) => m.to === '84912345605')).toHaveLength(1);
  });

  it('marks the notice failed after the last retry of a gateway that keeps refusing, and its job is a dead letter', async () => {
    gateway.failSubmits = 1000;
    const { body: kase } = await platform.request<Receipt>('POST', '/api/v1/cases', phoneOnly('0912345608'));
    // Six attempts with exponential backoff from 1 s: about half a minute.
    const row = await waitFor(
      async () => ((await notice(kase.id))?.status === 'failed' ? notice(kase.id) : undefined),
      'the notice to fail',
      90_000,
    );
    gateway.failSubmits = 0;
    expect(row).toMatchObject({ channel: 'sms', attempts: 6 });
    expect(row.last_error).toContain('submit_sm refused');
    const admin = await platform.login(...USERS.admin);
    const letters = await platform.request<{ queue: string; data: { notificationId: string } }[]>(
      'GET',
      '/api/v1/admin/dead-letters',
      undefined,
      admin,
    );
    expect(letters.body).toContainEqual(expect.objectContaining({ queue: 'notifications', data: { notificationId: row.id } }));
  }, 120_000);

  it('keeps the case of a landline-only caller and marks its SMS notice failed, with the reason, without a retry', async () => {
    const operator = await platform.login(...USERS.operator);
    const { status, body: kase } = await platform.request<Receipt>(
      'POST',
      '/api/v1/hotline/cases',
      makeCaseInput({ citizen: { name: 'Phạm Thị Cúc', phone: '024 3825 1234' } }),
      operator,
    );
    expect(status).toBe(201);
    const row = await waitFor(async () => ((await notice(kase.id))?.status === 'failed' ? notice(kase.id) : undefined), 'failed');
    expect(row.last_error).toContain('not a Vietnamese mobile number');
    expect(row.attempts).toBe(1);
    // Staff see it on the case, without the recipient.
    const detail = await platform.request<{ notices: { channel: string; status: string; lastError?: string }[] }>(
      'GET',
      `/api/v1/cases/${kase.id}`,
      undefined,
      operator,
    );
    expect(detail.body.notices).toContainEqual(
      expect.objectContaining({ channel: 'sms', template: 'case-receipt', status: 'failed', lastError: expect.stringContaining('mobile') }),
    );
    expect(JSON.stringify(detail.body.notices)).not.toContain('38251234');
    expect(gateway.submitted.some((m) => m.to.endsWith('38251234'))).toBe(false);
  });

  it('refuses a preferred channel whose contact is missing with 400 naming citizen.preferredChannel', async () => {
    const res = await platform.request<{ details: { field: string }[] }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Trần Văn Bình', phone: '0912345606', preferredChannel: 'email' } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toContain('citizen.preferredChannel');
  });

  it('sends by SMS when the citizen gave both and prefers SMS, by email when they gave both and named nothing', async () => {
    const both = (preferredChannel?: string) =>
      makeCaseInput({
        citizen: {
          name: 'Trần Văn Bình',
          phone: '0912345607',
          email: 'binh@example.com',
          ...(preferredChannel ? { preferredChannel } : {}),
        },
      });
    const { body: sms } = await platform.request<Receipt>('POST', '/api/v1/cases', both('sms'));
    const { body: mail } = await platform.request<Receipt & { pin: string }>('POST', '/api/v1/cases', both());
    await smsTo('84912345607', sms.trackingCode);
    const receipt = await platform.smtp.waitForMail(
      (m) => m.to.includes('binh@example.com') && m.subject.includes(mail.trackingCode),
      'the mail receipt',
    );
    // The mail carries the PIN too.
    expect(receipt.text).toContain(`Mã PIN (tra cứu cùng mã hồ sơ, khi gọi đường dây nóng): ${mail.pin}`);
    expect((await notice(sms.id)).channel).toBe('sms');
    expect((await notice(mail.id)).channel).toBe('email');
  });
});
