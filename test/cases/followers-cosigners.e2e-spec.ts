import { type CaseDetail, makeCaseInput, type Receipt, SmppTestGateway, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface ErrorBody {
  code: string;
  details?: { field: string }[];
}
interface Support {
  trackingCode: string;
  following: boolean;
  coSigned: boolean;
  coSigners: number;
}
interface ListBody {
  items: { trackingCode: string; coSigners: number }[];
}

/**
 * Issue 24 item 7: on a public case anyone follows (email, SMS or Zalo) or co-signs ("me too") with a contact confirmed
 * by a one-time code; a co-signer counts once per contact; the count shows on the public page and, to the secretariat,
 * in the case list (sort coSigners); followers are told once when the answer is published, and can unsubscribe; the
 * operator adds a caller to a possible duplicate instead of a new case.
 */
describe('followers and co-signers', () => {
  const gateway = new SmppTestGateway();
  let platform: TestPlatform;
  let admin: string;
  let publicCase: Receipt;

  const supporterCode = async (trackingCode: string, contactKind: 'email' | 'phone', contact: string): Promise<string> => {
    const mailsBefore = platform.smtp.messages.length;
    const smsBefore = gateway.submitted.length;
    const asked = await platform.request('POST', `/api/v1/cases/track/${trackingCode}/supporter-codes`, { contactKind, contact });
    expect(asked.status).toBe(202);
    if (contactKind === 'email') {
      const mail = await waitFor(
        () => platform.smtp.messages.slice(mailsBefore).find((m) => m.to.includes(contact.toLowerCase())),
        'the supporter code mail',
      );
      expect(mail.subject).toContain(trackingCode);
      return /là: (\d{6})/.exec(mail.text)![1];
    }
    const sms = await waitFor(
      () => gateway.submitted.slice(smsBefore).find((m) => m.text.includes('ma xac nhan theo doi')),
      'the code SMS',
    );
    return /la (\d{6}),/.exec(sms.text)![1];
  };
  const support = (trackingCode: string, body: Record<string, unknown>) =>
    platform.request<Support & ErrorBody>('POST', `/api/v1/cases/track/${trackingCode}/supporters`, body);

  beforeAll(async () => {
    await gateway.start();
    platform = await newPlatform().start({ env: { SMS_URL: gateway.url, PRIVACY_CODES_PER_HOUR: '50' } });
    admin = await platform.login(...USERS.admin);
    const res = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        public: true,
        consent: { handling: true, publication: true },
        citizen: { name: 'Phạm Văn Bình', phone: '0912 400 001' },
      }),
    );
    expect(res.status).toBe(201);
    publicCase = res.body;
  });
  afterAll(async () => {
    await platform?.stop();
    await gateway.stop();
  });

  it('counts a co-signer once per confirmed contact, shows the count publicly and ranks the case in the staff list', async () => {
    const code = publicCase.trackingCode;
    const first = await support(code, {
      contactKind: 'email',
      contact: 'ho.tro@example.com',
      code: await supporterCode(code, 'email', 'ho.tro@example.com'),
      coSign: true,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ coSigned: true, following: false, coSigners: 1 });
    // The same person again, however the address is written: still one.
    const again = await support(code, {
      contactKind: 'email',
      contact: 'Ho.Tro@Example.com',
      code: await supporterCode(code, 'email', 'Ho.Tro@Example.com'),
      coSign: true,
    });
    expect(again.body).toMatchObject({ coSigned: true, coSigners: 1 });
    const byPhone = await support(code, {
      contactKind: 'phone',
      contact: '0912 400 111',
      code: await supporterCode(code, 'phone', '0912 400 111'),
      coSign: true,
    });
    expect(byPhone.body.coSigners).toBe(2);
    // Only keyed hashes of the co-signers' contacts are stored.
    const stored = JSON.stringify(await platform.db.dataSource.query(`SELECT * FROM case_cosigners`));
    expect(stored).not.toContain('ho.tro');
    expect(stored).not.toContain('912400111');

    const publicView = await platform.request<{ coSigners: number }>('GET', `/api/v1/cases/track/${code}`);
    expect(publicView.body.coSigners).toBe(2);
    const secretariat = await platform.login(...USERS.secretariat);
    const list = await platform.request<ListBody>('GET', '/api/v1/cases?sort=coSigners', undefined, secretariat);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ trackingCode: code, coSigners: 2 });
    // The CSV export of the list carries the count too (a report's priority signal).
    const csv = await (
      await fetch(`${platform.baseUrl}/api/v1/cases/export.csv?sort=coSigners&format=codes`, {
        headers: { authorization: `Bearer ${secretariat}` },
      })
    ).text();
    const [header, top] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const column = header.split(',').indexOf('so_nguoi_cung_kien_nghi');
    expect(column).toBeGreaterThan(-1);
    expect(top.startsWith(code)).toBe(true);
    const cells = [...top.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]);
    expect(cells[column]).toBe('2');
  });

  it('refuses a wrong code, a non-public case, and a channel that does not fit the contact', async () => {
    const wrong = await support(publicCase.trackingCode, { contactKind: 'email', contact: 'x@example.com', code: '123456', coSign: true });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('invalid_verification_code');

    const privateCase = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput())).body;
    const refused = await platform.request<ErrorBody>('POST', `/api/v1/cases/track/${privateCase.trackingCode}/supporter-codes`, {
      contactKind: 'email',
      contact: 'x@example.com',
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'not_public_case', details: [{ field: 'trackingCode' }] });

    const mismatch = await support(publicCase.trackingCode, {
      contactKind: 'email',
      contact: 'x@example.com',
      code: '123456',
      follow: true,
      channel: 'sms',
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body).toMatchObject({ code: 'channel_contact_mismatch', details: [{ field: 'channel' }] });
  });

  it('tells each follower once when the answer is published (email with unsubscribe link, SMS), and not after they unsubscribe', async () => {
    const code = publicCase.trackingCode;
    const byMail = await support(code, {
      contactKind: 'email',
      contact: 'theo.doi@example.com',
      code: await supporterCode(code, 'email', 'theo.doi@example.com'),
      follow: true,
    });
    expect(byMail.body).toMatchObject({ following: true });
    const bySms = await support(code, {
      contactKind: 'phone',
      contact: '0912 400 222',
      code: await supporterCode(code, 'phone', '0912 400 222'),
      follow: true,
      channel: 'sms',
    });
    expect(bySms.body.following).toBe(true);

    await platform.waitForCaseStatus<CaseDetail>(publicCase.id, 'routed', admin);
    expect((await platform.request('POST', `/api/v1/cases/${publicCase.id}/accept`, { note: 'Đã tiếp nhận' }, admin)).status).toBe(200);
    const answer = 'Đơn vị đã vá ổ gà trước số 120 phố Huế.';
    expect((await platform.request('POST', `/api/v1/cases/${publicCase.id}/answer`, { answer }, admin)).status).toBe(200);
    await platform.publishAsProposed(publicCase.id, admin);

    const mail = await platform.smtp.waitForMail(
      (m) => m.to.includes('theo.doi@example.com') && /bạn theo dõi/.test(m.subject),
      'the follower mail',
    );
    expect(mail.text).toContain(`/track/${code}`);
    expect(mail.text).not.toContain('key=');
    const unfollow = /\/unfollow\/([\w.-]+)/.exec(mail.text)![1];
    const sms = await waitFor(
      () => gateway.submitted.find((m) => m.to === '84912400222' && m.text.includes('ban theo doi')),
      'the follower SMS',
    );
    expect(sms.text).toContain('/unfollow/');
    expect(sms.text).not.toMatch(/PIN/i);

    const stopped = await platform.request<{ trackingCode: string }>('POST', '/api/v1/followers/unsubscribe', { token: unfollow });
    expect(stopped.status).toBe(200);
    expect(stopped.body.trackingCode).toBe(code);
    const forged = await platform.request<ErrorBody>('POST', '/api/v1/followers/unsubscribe', {
      token: `${unfollow.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAA`,
    });
    expect(forged.status).toBe(404);
    expect(forged.body.code).toBe('unknown_unsubscribe_token');

    // Published again (an edit): nobody is told twice, and the one who left is not told at all.
    await platform.publishAsProposed(publicCase.id, admin);
    const notices: { recipient: string }[] = await platform.db.dataSource.query(
      `SELECT recipient FROM notifications WHERE template = 'followed-case-answered' ORDER BY recipient`,
    );
    expect(notices.map((n) => n.recipient)).toEqual(['0912400222', 'theo.doi@example.com']);
  });

  it('lets the operator add a caller to an existing public case (consent ticked) and gives the tracking code to read out', async () => {
    const operator = await platform.login(...USERS.operator);
    const before = (await platform.request<{ coSigners: number }>('GET', `/api/v1/cases/track/${publicCase.trackingCode}`)).body.coSigners;
    const noConsent = await platform.request<ErrorBody>(
      'POST',
      `/api/v1/hotline/cases/${publicCase.id}/callers`,
      { phone: '0912 400 333', coSign: true, consent: false },
      operator,
    );
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.code).toBe('consent_required');
    const added = await platform.request<Support>(
      'POST',
      `/api/v1/hotline/cases/${publicCase.id}/callers`,
      { phone: '0912 400 333', coSign: true, follow: true, consent: true },
      operator,
    );
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ trackingCode: publicCase.trackingCode, coSigned: true, following: true, coSigners: before + 1 });

    // A non-public duplicate takes the caller as a co-signer, not as a follower (followers get the published answer).
    const privateCase = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput())).body;
    const coSigned = await platform.request<Support>(
      'POST',
      `/api/v1/hotline/cases/${privateCase.id}/callers`,
      { phone: '0912 400 333', consent: true },
      operator,
    );
    expect(coSigned.status).toBe(200);
    expect(coSigned.body).toMatchObject({ trackingCode: privateCase.trackingCode, coSigned: true, following: false, coSigners: 1 });
    const follow = await platform.request<ErrorBody>(
      'POST',
      `/api/v1/hotline/cases/${privateCase.id}/callers`,
      { phone: '0912 400 333', follow: true, consent: true },
      operator,
    );
    expect(follow.status).toBe(422);
    expect(follow.body).toMatchObject({ code: 'not_public_case', details: [{ field: 'follow' }] });
  });
});
