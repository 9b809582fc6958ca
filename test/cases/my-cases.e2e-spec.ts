import { FakeClock } from '@hotline/config';
import { isGsm7 } from '@hotline/notifications';
import { makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

interface ErrorBody {
  code: string;
  details?: { field: string }[];
}
interface Session {
  token: string;
  expiresAt: string;
}
interface MyCases {
  cases: { trackingCode: string; title: string; status: string; statusLabel: string; receivedAt: string; dueAt?: string }[];
}
interface TrackingView {
  trackingCode: string;
  status: string;
  timeline: unknown[];
}

/**
 * Issue 24 item 6, "my cases": a one-time code by email (SMTP capture) or by SMS (a real SMPP 3.4 server) opens a
 * short session that lists every case of that contact and nothing of anybody else's; the code is single use, expires
 * in 5 minutes, and is rate-limited per contact and per address.
 */
describe('my cases', () => {
  const clock = new FakeClock(new Date('2026-11-23T02:00:00Z'));
  const gateway = new SmppTestGateway();
  let platform: TestPlatform;
  /** Every test starts in its own hour, so the hourly code limit of the one test address starts afresh. */
  const nextHour = () => clock.set(new Date(clock.now().getTime() + 2 * 3600_000));
  const submit = async (citizen: Record<string, string>) => {
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Trần Thị Mai', ...citizen } }));
    expect(res.status).toBe(201);
    return res.body;
  };
  const mailCode = async (email: string): Promise<string> => {
    const before = platform.smtp.messages.length;
    const asked = await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: email });
    expect(asked.status).toBe(202);
    const mail = await waitFor(
      () => platform.smtp.messages.slice(before).find((m) => m.to.includes(email) && /Mã xác nhận xem hồ sơ/.test(m.subject)),
      'the my-cases code mail',
    );
    return /là: (\d{6})/.exec(mail.text)![1];
  };
  const openSession = (contactKind: string, contact: string, code: string) =>
    platform.request<Session & ErrorBody>('POST', '/api/v1/my-cases/sessions', { contactKind, contact, code });
  const withToken = <T>(url: string, token: string) =>
    platform.request<T & ErrorBody>('GET', url, undefined, undefined, { 'x-my-cases-token': token });

  beforeAll(async () => {
    await gateway.start();
    platform = await newPlatform().start({ clock, env: { SMS_URL: gateway.url, PRIVACY_CODES_PER_HOUR: '4' } });
  });
  afterAll(async () => {
    await platform?.stop();
    await gateway.stop();
  });
  beforeEach(nextHour);

  it('lists by an email code all the cases of that email and only those, and opens each in the citizen view', async () => {
    const first = await submit({ email: 'mai.tran@example.com', phone: '0912 300 001' });
    const second = await submit({ email: 'Mai.Tran@Example.com' });
    const other = await submit({ email: 'someone.else@example.com' });

    const code = await mailCode('mai.tran@example.com');
    const session = await openSession('email', 'mai.tran@example.com', code);
    expect(session.status).toBe(201);

    const list = await withToken<MyCases>('/api/v1/my-cases', session.body.token);
    expect(list.status).toBe(200);
    expect(list.body.cases.map((c) => c.trackingCode).sort()).toEqual([first.trackingCode, second.trackingCode].sort());
    expect(list.body.cases[0]).toMatchObject({
      status: expect.any(String),
      statusLabel: expect.any(String),
      receivedAt: expect.any(String),
    });

    const opened = await withToken<TrackingView>(`/api/v1/my-cases/${first.trackingCode}`, session.body.token);
    expect(opened.status).toBe(200);
    expect(opened.body.trackingCode).toBe(first.trackingCode);
    const notMine = await withToken<TrackingView>(`/api/v1/my-cases/${other.trackingCode}`, session.body.token);
    expect(notMine.status).toBe(404);

    // The code was spent.
    const again = await openSession('email', 'mai.tran@example.com', code);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('invalid_verification_code');
  });

  it('sends a phone code by SMS through the SMPP server (GSM-7, one part) and lists that phone’s cases', async () => {
    const mine = await submit({ phone: '0912 300 101' });
    await submit({ phone: '0912 300 102' });
    const asked = await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'phone', contact: '+84 912 300 101' });
    expect(asked.status).toBe(202);
    const sms = await waitFor(
      () => gateway.submitted.find((m) => m.to === '84912300101' && m.text.includes('ma xem ho so')),
      'the my-cases code SMS',
    );
    expect(isGsm7(sms.text)).toBe(true);
    expect(sms.text.length).toBeLessThanOrEqual(160);
    const code = /la (\d{6}),/.exec(sms.text)![1];
    const session = await openSession('phone', '0912300101', code);
    expect(session.status).toBe(201);
    const list = await withToken<MyCases>('/api/v1/my-cases', session.body.token);
    expect(list.body.cases.map((c) => c.trackingCode)).toEqual([mine.trackingCode]);
  });

  it('refuses a wrong code, an expired one (after 5 minutes), and a code asked for another purpose', async () => {
    await submit({ email: 'expiry@example.com' });
    const code = await mailCode('expiry@example.com');
    const wrong = await openSession('email', 'expiry@example.com', code === '000000' ? '111111' : '000000');
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'invalid_verification_code', details: [{ field: 'code' }] });

    clock.set(new Date(clock.now().getTime() + 5 * 60_000 + 1000));
    const expired = await openSession('email', 'expiry@example.com', code);
    expect(expired.status).toBe(422);
    expect(expired.body.code).toBe('invalid_verification_code');

    // A data-subject request's code does not open "my cases".
    const before = platform.smtp.messages.length;
    expect((await platform.request('POST', '/api/v1/privacy/codes', { contactKind: 'email', contact: 'expiry@example.com' })).status).toBe(
      202,
    );
    const privacyMail = await waitFor(
      () => platform.smtp.messages.slice(before).find((m) => m.to.includes('expiry@example.com')),
      'the privacy code mail',
    );
    const privacyCode = /(\d{6})/.exec(privacyMail.text)![1];
    expect((await openSession('email', 'expiry@example.com', privacyCode)).status).toBe(422);
  });

  it('limits codes per contact within the hour: 429 too_many_codes naming the contact', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect(
        (await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: 'limit@example.com' })).status,
      ).toBe(202);
    }
    const refused = await platform.request<ErrorBody>('POST', '/api/v1/my-cases/codes', {
      contactKind: 'email',
      contact: 'limit@example.com',
    });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'too_many_codes', details: [{ field: 'contact' }] });
  });

  it('limits codes per address too: other contacts from the same address are refused once it is used up', async () => {
    for (let i = 0; i < 4; i += 1) {
      const asked = await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: `ip${i}@example.com` });
      expect(asked.status).toBe(202);
    }
    const refused = await platform.request<ErrorBody>('POST', '/api/v1/my-cases/codes', {
      contactKind: 'email',
      contact: 'ip9@example.com',
    });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_codes');
  });

  it('refuses a missing, forged or expired session with 401 my_cases_session_invalid', async () => {
    await submit({ email: 'session@example.com' });
    const session = await openSession('email', 'session@example.com', await mailCode('session@example.com'));
    expect(session.status).toBe(201);
    const missing = await platform.request<ErrorBody>('GET', '/api/v1/my-cases');
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('my_cases_session_invalid');
    const token = session.body.token;
    const forged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await withToken<MyCases>('/api/v1/my-cases', forged)).status).toBe(401);
    clock.set(new Date(clock.now().getTime() + 31 * 60_000));
    const expired = await withToken<MyCases>('/api/v1/my-cases', token);
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('my_cases_session_invalid');
  });

  it('refuses a contact that does not fit its kind, naming the field', async () => {
    const phone = await platform.request<ErrorBody>('POST', '/api/v1/my-cases/codes', { contactKind: 'phone', contact: 'not-a-phone' });
    expect(phone.status).toBe(400);
    expect(phone.body.details?.map((d) => d.field)).toContain('contact');
    const email = await platform.request<ErrorBody>('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: '0912345678' });
    expect(email.status).toBe(400);
    const code = await platform.request<ErrorBody>('POST', '/api/v1/my-cases/sessions', {
      contactKind: 'email',
      contact: 'a@example.com',
      code: '12',
    });
    expect(code.status).toBe(400);
    expect(code.body.details?.map((d) => d.field)).toContain('code');
  });
});
