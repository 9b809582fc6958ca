import { type CapturedMail, makeCaseInput, type Receipt, TestPlatform, type TrackingView } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Every link a citizen receives by mail opens their case, without the access key they may not have kept. */
describe('links in citizen mails', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;

  /** The tracking page link of a mail, followed the way the web's /track page calls the API. */
  async function follow(mail: CapturedMail): Promise<{ status: number; body: TrackingView }> {
    const href = /https?:\/\/\S+\/track\/\S+/.exec(mail.text)?.[0];
    expect(href).toBeDefined();
    const url = new URL(href!);
    const code = url.pathname.split('/').pop()!;
    return platform.request<TrackingView>('GET', `/api/v1/cases/track/${code}?${url.searchParams.toString()}`);
  }

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
  });
  afterAll(() => platform.stop());

  it('opens the case from the receipt and from the answer mail', async () => {
    const email = 'link.citizen@example.com';
    const { body: kase } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Lê Thị Hoa', phone: '0912345678', email } }),
    );
    const receipt = await platform.smtp.waitForMail((m) => m.to.includes(email) && m.subject.includes(kase.trackingCode), 'the receipt');
    const fromReceipt = await follow(receipt);
    expect(fromReceipt.status).toBe(200);
    expect(fromReceipt.body.trackingCode).toBe(kase.trackingCode);

    await platform.waitForCaseStatus(kase.id, 'routed', secretariat);
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer)).status).toBe(200);
    expect(
      (await platform.request('POST', `/api/v1/cases/${kase.id}/answer`, { answer: 'Sở Xây dựng đã vá ổ gà trong ngày.' }, officer)).status,
    ).toBe(200);
    const answered = await platform.smtp.waitForMail((m) => m.to.includes(email) && m.subject.includes('trả lời'), 'the answer mail');
    const fromAnswer = await follow(answered);
    expect(fromAnswer.status).toBe(200);
    expect(fromAnswer.body.answer).toContain('vá ổ gà');
  });

  it('does not open another case with a mail link’s token', async () => {
    const a = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ citizen: { name: 'Phạm Văn Anh', phone: '0912345678', email: 'a.link@example.com' } }),
      )
    ).body;
    const b = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ citizen: { name: 'Phạm Văn Bình', phone: '0912345679', email: 'b.link@example.com' } }),
      )
    ).body;
    const mail = await platform.smtp.waitForMail(
      (m) => m.to.includes('a.link@example.com') && m.subject.includes(a.trackingCode),
      'the receipt of a',
    );
    await platform.smtp.waitForMail((m) => m.to.includes('b.link@example.com') && m.subject.includes(b.trackingCode), 'the receipt of b');
    const key = new URL(/https?:\/\/\S+\/track\/\S+/.exec(mail.text)![0]).searchParams.get('key');
    expect(key).toBeTruthy();
    expect((await platform.request('GET', `/api/v1/cases/track/${b.trackingCode}?key=${encodeURIComponent(key!)}`)).status).toBe(404);
  });
});
