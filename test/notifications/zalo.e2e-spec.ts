import { makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, waitFor, ZnsFakeServer } from '@hotline/testing';
import { newPlatform } from '../platform';

interface NotificationRow {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
}

/** Citizens who gave only a phone get their notices by Zalo ZNS when it is configured, tested against a faithful fake. */
describe('Zalo ZNS notices', () => {
  let platform: TestPlatform;
  const zns = new ZnsFakeServer();
  const smsc = new SmppTestGateway();

  beforeAll(async () => {
    await Promise.all([zns.start(), smsc.start()]);
    zns.approvedTemplates.add('tpl-receipt-1');
    platform = await newPlatform().start({ env: { ...zns.env({ receipt: 'tpl-receipt-1' }), SMS_URL: smsc.url } });
  });
  afterAll(async () => {
    await platform.stop();
    await Promise.all([zns.stop(), smsc.stop()]);
    expect(zns.refusedShapes).toEqual([]);
  });

  const submitPhoneOnly = async (phone: string) =>
    (await platform.request<Receipt & { pin: string }>('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Ngô Thị Lan', phone } })))
      .body;
  const settled = (caseId: string) =>
    waitFor(async () => {
      const [row] = await platform.db.dataSource.query<NotificationRow[]>(
        `SELECT * FROM notifications WHERE case_id = $1 AND template = 'case-receipt'`,
        [caseId],
      );
      return row && row.status !== 'pending' ? row : undefined;
    }, 'the receipt notice to settle');

  it('sends the receipt as the approved ZNS template by phone, with the tracking code and PIN as template data', async () => {
    const kase = await submitPhoneOnly('0987654301');
    const row = await settled(kase.id);
    expect(row).toMatchObject({ channel: 'zalo', status: 'sent' });
    const sent = zns.sent.find((m) => m.trackingId === row.id)!;
    expect(sent).toMatchObject({ phone: '84987654301', templateId: 'tpl-receipt-1', msgId: row.provider_message_id });
    expect(sent.templateData).toMatchObject({ tracking_code: kase.trackingCode, pin: kase.pin });
  });

  it('refreshes an expired access token (-124) and sends again, keeping the rotated refresh token for the next time', async () => {
    zns.expireAccessToken();
    const first = await settled((await submitPhoneOnly('0987654302')).id);
    expect(first).toMatchObject({ channel: 'zalo', status: 'sent', attempts: 1 });
    expect(zns.refreshes).toBe(1);
    zns.expireAccessToken();
    expect((await settled((await submitPhoneOnly('0987654303')).id)).status).toBe('sent');
    // The second refresh used the refresh token the first one returned (the old one no longer works).
    expect(zns.refreshes).toBe(2);
    const [stored] = await platform.db.dataSource.query(`SELECT access_token FROM provider_tokens WHERE provider = 'zalo'`);
    expect(stored.access_token).toBe(zns.accessToken);
  });

  it('falls back to SMS for a phone that is not on Zalo (-118)', async () => {
    zns.phonesNotOnZalo.add('84987654304');
    const kase = await submitPhoneOnly('0987654304');
    const row = await settled(kase.id);
    expect(row).toMatchObject({ channel: 'sms', status: 'sent' });
    const sms = smsc.submitted.find((m) => m.to === '84987654304')!;
    expect(sms.text).toContain(kase.trackingCode);
    expect(sms.text).toContain(kase.pin);
  });

  it('marks the notice failed, visibly and without retries, when Zalo says the template is not approved (-131); the case is kept', async () => {
    zns.approvedTemplates.delete('tpl-receipt-1');
    const kase = await submitPhoneOnly('0987654305');
    const row = await settled(kase.id);
    zns.approvedTemplates.add('tpl-receipt-1');
    expect(row).toMatchObject({ channel: 'zalo', status: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/-131.*not approved/);
    const [{ count }] = await platform.db.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE id = $1`, [kase.id]);
    expect(count).toBe(1);
  });
});
