import { isGsm7 } from '@hotline/notifications';
import { makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface ErrorBody {
  code: string;
  details?: { field: string }[];
}
interface RequestBody {
  id: string;
  kind: string;
  status: string;
  accessKey: string;
}
interface ExportBody {
  cases: { trackingCode: string; contact: { phone: string | null } }[];
}

/**
 * Issue 19 follow-up: with SMS on, a person who gave only a phone proves control of it with a one-time code sent by
 * SMS (through the notifications' outbox and worker, to a real SMPP 3.4 server started by the test) and files an
 * access request. (With SMS off the code is refused with 422 sms_unavailable: test/privacy/personal-data.e2e-spec.ts.)
 */
describe('data-subject requests: the phone code by SMS', () => {
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

  const codeSms = (msisdn: string) =>
    waitFor(() => gateway.submitted.find((m) => m.to === msisdn && m.text.includes('ma xac nhan')), `the code SMS to ${msisdn}`);

  it('sends a phone-only citizen the code by SMS (GSM-7, one part); the code files an access request that exports their case', async () => {
    const mine = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Lê Văn Cường', phone: '0912 345 777' } }),
    );
    const other = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Đỗ Thị Hoa', phone: '0912345778' } }),
    );
    expect([mine.status, other.status]).toEqual([201, 201]);

    const asked = await platform.request('POST', '/api/v1/privacy/codes', { contactKind: 'phone', contact: '+84 912 345 777' });
    expect(asked.status).toBe(202);
    const sms = await codeSms('84912345777');
    expect(isGsm7(sms.text)).toBe(true);
    expect(sms.text.length).toBeLessThanOrEqual(160);
    expect(sms.text).toMatch(/^HDND: ma xac nhan yeu cau ve du lieu ca nhan cua ban la \d{6}, dung mot lan, het han sau \d+ phut\./);
    const code = /la (\d{6}),/.exec(sms.text)![1];

    // Neither the code row nor the notice that carried it holds the code in a readable form.
    const notices: { channel: string; status: string; params: unknown; case_id: string | null }[] = await platform.db.dataSource.query(
      `SELECT channel, status, params, case_id FROM notifications WHERE template = 'privacy-code'`,
    );
    expect(notices).toMatchObject([{ channel: 'sms', case_id: null }]);
    expect(JSON.stringify(notices[0].params)).not.toContain(code);

    const filed = await platform.request<RequestBody>('POST', '/api/v1/privacy/requests', {
      kind: 'access',
      contactKind: 'phone',
      contact: '0912345777',
      code,
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ kind: 'access', status: 'received' });
    const again = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
      kind: 'access',
      contactKind: 'phone',
      contact: '0912345777',
      code,
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('invalid_verification_code');

    const admin = await platform.login(...USERS.admin);
    expect((await platform.request('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/acknowledge`, {}, admin)).status).toBe(200);
    expect((await platform.request('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin)).status).toBe(200);
    const exported = await platform.request<ExportBody>(
      'GET',
      `/api/v1/privacy/requests/${filed.body.id}/export?key=${filed.body.accessKey}`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.cases.map((c) => c.trackingCode)).toEqual([mine.body.trackingCode]);
    expect(JSON.stringify(exported.body)).not.toContain(other.body.trackingCode);
  });

  it('answers the same for a phone no case holds, and sends it nothing', async () => {
    const asked = await platform.request('POST', '/api/v1/privacy/codes', { contactKind: 'phone', contact: '0912 345 799' });
    expect(asked.status).toBe(202);
    const queued = await platform.db.dataSource.query(`SELECT 1 FROM notifications WHERE template = 'privacy-code' AND recipient = $1`, [
      '0912345799',
    ]);
    expect(queued).toEqual([]);
    const wrong = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
      kind: 'access',
      contactKind: 'phone',
      contact: '0912345799',
      code: '000000',
    });
    expect(wrong.status).toBe(422);
  });
});
