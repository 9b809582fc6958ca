import { type CaseDetail, makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, waitFor, ZnsFakeServer } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/**
 * A follower who chose Zalo is told of the published answer by the approved ZNS "answered" template (tested against
 * the faithful fake of Zalo's API); their code came by SMS through the SMPP server.
 */
describe('a follower told by Zalo', () => {
  let platform: TestPlatform;
  const zns = new ZnsFakeServer();
  const smsc = new SmppTestGateway();

  beforeAll(async () => {
    await Promise.all([zns.start(), smsc.start()]);
    zns.approvedTemplates.add('tpl-receipt-1');
    zns.approvedTemplates.add('tpl-answered-1');
    platform = await newPlatform().start({
      env: { ...zns.env({ receipt: 'tpl-receipt-1', answered: 'tpl-answered-1' }), SMS_URL: smsc.url },
    });
  });
  afterAll(async () => {
    await platform.stop();
    await Promise.all([zns.stop(), smsc.stop()]);
    expect(zns.refusedShapes).toEqual([]);
  });

  it('follows by Zalo with a phone confirmed by SMS, and gets the answered template when the case is published', async () => {
    const admin = await platform.login(...USERS.admin);
    const kase = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          public: true,
          consent: { handling: true, publication: true },
          citizen: { name: 'Đinh Văn Khoa', email: 'khoa@example.com' },
        }),
      )
    ).body;
    const asked = await platform.request('POST', `/api/v1/cases/track/${kase.trackingCode}/supporter-codes`, {
      contactKind: 'phone',
      contact: '0987 600 001',
    });
    expect(asked.status).toBe(202);
    const sms = await waitFor(
      () => smsc.submitted.find((m) => m.to === '84987600001' && m.text.includes('ma xac nhan theo doi')),
      'the code SMS',
    );
    const code = /la (\d{6}),/.exec(sms.text)![1];
    const followed = await platform.request<{ following: boolean }>('POST', `/api/v1/cases/track/${kase.trackingCode}/supporters`, {
      contactKind: 'phone',
      contact: '0987 600 001',
      code,
      follow: true,
      channel: 'zalo',
    });
    expect(followed.status).toBe(200);
    expect(followed.body.following).toBe(true);

    await platform.waitForCaseStatus<CaseDetail>(kase.id, 'routed', admin);
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, { note: 'Đã tiếp nhận' }, admin)).status).toBe(200);
    expect(
      (await platform.request('POST', `/api/v1/cases/${kase.id}/answer`, { answer: 'Đã khơi thông cống thoát nước.' }, admin)).status,
    ).toBe(200);
    await platform.publishAsProposed(kase.id, admin);

    const sent = await waitFor(() => zns.sent.find((m) => m.phone === '84987600001'), 'the follower’s ZNS message');
    expect(sent).toMatchObject({ templateId: 'tpl-answered-1' });
    expect(sent.templateData).toMatchObject({ tracking_code: kase.trackingCode });
    const [row] = await platform.db.dataSource.query(
      `SELECT channel, status FROM notifications WHERE template = 'followed-case-answered' AND recipient = '0987600001'`,
    );
    expect(row).toEqual({ channel: 'zalo', status: 'sent' });
  });
});
