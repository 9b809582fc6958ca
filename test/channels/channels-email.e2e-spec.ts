import nodemailer, { Transporter } from 'nodemailer';
import { freePort, makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const INTAKE = 'tiepnhan@hdnd.example.vn';
/** A 1×1 PNG that decodes (made with sharp): the attachment store accepts files by content and decodes every image. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d49444154089963606860f80f0002840180d8525d890000000049454e44ae426082',
  'hex',
);

interface CaseRow {
  id: string;
  tracking_code: string;
  channel: string;
  title: string;
  description: string;
  citizen_email: string | null;
  status: string;
}

describe('email intake over a real SMTP session', () => {
  let platform: TestPlatform;
  let smtp: Transporter;
  let first: CaseRow;

  const cases = (): Promise<CaseRow[]> =>
    platform.db.dataSource.query(
      `SELECT id, tracking_code, channel, title, description, citizen_email, status FROM cases ORDER BY received_at, tracking_code`,
    );
  /** What the citizen can see of a case (its visible events and files) and the case row itself. */
  const citizenSide = async (caseId: string) => ({
    events: await platform.db.dataSource.query(
      `SELECT id, type, note FROM case_events WHERE case_id = $1 AND visible_to_citizen ORDER BY id`,
      [caseId],
    ),
    files: await platform.db.dataSource.query(
      `SELECT id, file_name FROM attachments WHERE case_id = $1 AND visible_to_citizen ORDER BY id`,
      [caseId],
    ),
    row: (await platform.db.dataSource.query(`SELECT to_jsonb(c) AS row FROM cases c WHERE id = $1`, [caseId]))[0].row,
  });
  const staffEvents = async (caseId: string) => {
    const secretariat = await platform.login(...USERS.secretariat);
    return (
      await platform.request<{ events: { type: string; note?: string; visibleToCitizen: boolean }[] }>(
        'GET',
        `/api/v1/cases/${caseId}`,
        undefined,
        secretariat,
      )
    ).body.events;
  };
  const heldMessages = (
    caseId: string,
  ): Promise<{ actor_type: string; agency_id: string | null; note: string; data: Record<string, unknown> }[]> =>
    platform.db.dataSource.query(
      `SELECT actor_type, agency_id, note, data FROM case_events WHERE case_id = $1 AND type = 'message_received'
       AND data ? 'held' ORDER BY id`,
      [caseId],
    );
  const outcomes = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      (await platform.db.dataSource.query(`SELECT message_id, outcome FROM inbound_emails`)).map(
        (r: { message_id: string; outcome: string }) => [r.message_id, r.outcome],
      ),
    );

  beforeAll(async () => {
    const port = await freePort();
    platform = await newPlatform().start({ env: { INBOUND_SMTP_PORT: String(port), INTAKE_EMAIL_ADDRESS: INTAKE } });
    smtp = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    smtp.close();
    await platform.stop();
  });

  it('turns a citizen’s email with a photo into a case of channel email that routes and sends a receipt', async () => {
    await smtp.sendMail({
      from: '"Đỗ Thị Hoa" <hoa.do@example.com>',
      to: INTAKE,
      subject: 'Cây đổ chắn ngõ 25 phố Huế',
      text: 'Sau cơn mưa tối qua một cây lớn đổ chắn lối vào ngõ 25 phố Huế, người dân không đi lại được.\n\nĐỗ Thị Hoa',
      messageId: '<tree-1@example.com>',
      attachments: [
        { filename: 'cay-do.png', content: PNG, contentType: 'image/png' },
        { filename: 'notes.txt', content: 'not a photo' },
      ],
    });
    const all = await cases();
    expect(all).toHaveLength(1);
    first = all[0];
    expect(first).toMatchObject({ channel: 'email', title: 'Cây đổ chắn ngõ 25 phố Huế', citizen_email: 'hoa.do@example.com' });
    expect(first.description).toContain('một cây lớn đổ chắn lối vào ngõ 25');
    // Sending the petition asks for it to be handled; nothing optional is assumed (docs/personal-data.md).
    expect(
      await platform.db.dataSource.query(`SELECT method, handling, publication, contact FROM case_consents WHERE case_id = $1`, [first.id]),
    ).toEqual([{ method: 'implied_by_sending', handling: true, publication: false, contact: false }]);
    const files: { file_name: string; content_type: string; size_bytes: number }[] = await platform.db.dataSource.query(
      `SELECT file_name, content_type, size_bytes FROM attachments WHERE case_id = $1`,
      [first.id],
    );
    expect(files).toEqual([{ file_name: 'cay-do.png', content_type: 'image/png', size_bytes: PNG.length }]);

    const receipt = await platform.smtp.waitForMail((m) => m.to.includes('hoa.do@example.com'), 'the receipt');
    expect(receipt.subject).toContain(first.tracking_code);
    expect(String(receipt.headers.get('reply-to') && (receipt.headers.get('reply-to') as { text: string }).text)).toContain(INTAKE);
    await waitFor(async () => (await cases())[0].status !== 'received', 'routing of the email case');
  });

  it('does not create a second case when the same message is delivered again', async () => {
    await smtp.sendMail({
      from: '"Đỗ Thị Hoa" <hoa.do@example.com>',
      to: INTAKE,
      subject: 'Cây đổ chắn ngõ 25 phố Huế',
      text: 'Sau cơn mưa tối qua một cây lớn đổ chắn lối vào ngõ 25 phố Huế, người dân không đi lại được.',
      messageId: '<tree-1@example.com>',
    });
    expect(await cases()).toHaveLength(1);
    expect((await outcomes())['<tree-1@example.com>']).toBe('case');
  });

  it('adds a reply whose subject carries the tracking code to that case’s thread instead of opening a case', async () => {
    await smtp.sendMail({
      from: 'hoa.do@example.com',
      to: INTAKE,
      subject: `Re: [${first.tracking_code}] Đã tiếp nhận phản ánh, kiến nghị của bạn`,
      text: 'Cây vẫn chưa được dọn, xin gửi thêm ảnh.\n\nOn Mon, 1 Dec 2026, hotline wrote:\n> Đường dây nóng HĐND đã tiếp nhận',
      messageId: '<tree-2@example.com>',
      attachments: [{ filename: 'anh-moi.png', content: PNG }],
    });
    expect(await cases()).toHaveLength(1);
    const events: { type: string; note: string; data: { fromCitizen: boolean; attachments: number } }[] =
      await platform.db.dataSource.query(`SELECT type, note, data FROM case_events WHERE case_id = $1 AND type = 'message_received'`, [
        first.id,
      ]);
    expect(events).toEqual([
      {
        type: 'message_received',
        note: 'Cây vẫn chưa được dọn, xin gửi thêm ảnh.',
        data: expect.objectContaining({ fromCitizen: true, attachments: 1 }),
      },
    ]);
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM attachments WHERE case_id = $1`, [first.id]);
    expect(n).toBe(2);
  });

  it('keeps a stranger’s reply carrying a case’s tracking code as a staff-only message: no file for the citizen, the case unchanged', async () => {
    const before = await citizenSide(first.id);
    await smtp.sendMail({
      from: '"Người lạ" <stranger@example.net>',
      to: INTAKE,
      subject: `Re: [${first.tracking_code}] Đã tiếp nhận phản ánh, kiến nghị của bạn`,
      text: 'Xem ảnh đính kèm, mở tệp để biết kết quả xử lý.',
      messageId: '<stranger-1@example.net>',
      attachments: [{ filename: 'ket-qua.png', content: PNG }],
    });
    expect(await citizenSide(first.id)).toEqual(before);
    expect(await heldMessages(first.id)).toEqual([
      {
        actor_type: 'system',
        agency_id: null,
        note: 'Xem ảnh đính kèm, mở tệp để biết kết quả xử lý.',
        data: expect.objectContaining({ held: 'sender_not_citizen', fromCitizen: false, attachments: 0, skippedAttachments: 1 }),
      },
    ]);
    expect(await staffEvents(first.id)).toContainEqual(
      expect.objectContaining({
        type: 'message_received',
        note: 'Xem ảnh đính kèm, mở tệp để biết kết quả xử lý.',
        visibleToCitizen: false,
      }),
    );
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM attachments WHERE case_id = $1`, [first.id]);
    expect(n).toBe(2);
    expect((await outcomes())['<stranger-1@example.net>']).toBe('reply');
  });

  it('recognises auto-replies and bounces and makes no case of them', async () => {
    await smtp.sendMail({
      from: 'away@example.com',
      to: INTAKE,
      subject: 'Vắng mặt: Cây đổ',
      text: 'Tôi đang nghỉ phép đến 10/12.',
      messageId: '<auto-1@example.com>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await smtp.sendMail({
      from: 'away2@example.com',
      to: INTAKE,
      subject: 'Out of office',
      text: 'I am away until Monday.',
      messageId: '<auto-2@example.com>',
      headers: { 'X-Autoreply': 'yes' },
    });
    await smtp.sendMail({
      from: 'list@example.com',
      to: INTAKE,
      subject: 'Bản tin tuần',
      text: 'Tin tức trong tuần của chúng tôi.',
      messageId: '<auto-3@example.com>',
      headers: { Precedence: 'bulk' },
    });
    await smtp.sendMail({
      envelope: { from: '', to: [INTAKE] },
      from: 'MAILER-DAEMON@mx.example.com',
      to: INTAKE,
      subject: 'Undelivered Mail Returned to Sender',
      text: 'This is the mail system. Your message could not be delivered.',
      messageId: '<bounce-1@mx.example.com>',
    });
    await smtp.sendMail({
      from: 'postmaster@mx.example.net',
      to: INTAKE,
      subject: 'Delivery Status Notification (Failure)',
      messageId: '<bounce-2@mx.example.net>',
      text: 'Delivery to the following recipient failed permanently.',
    });
    expect(await cases()).toHaveLength(1);
    expect(await outcomes()).toMatchObject({
      '<auto-1@example.com>': 'auto_reply',
      '<auto-2@example.com>': 'auto_reply',
      '<auto-3@example.com>': 'auto_reply',
      '<bounce-1@mx.example.com>': 'bounce',
      '<bounce-2@mx.example.net>': 'bounce',
    });
  });

  it('recognises a multipart/report delivery status notification as a bounce', async () => {
    const raw = [
      'From: "Mail Delivery System" <delivery@mx.example.org>',
      `To: ${INTAKE}`,
      'Subject: Returned mail',
      'Message-ID: <dsn-1@mx.example.org>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your message could not be delivered to someone@example.com.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; someone@example.com',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n');
    await smtp.sendMail({ envelope: { from: 'delivery@mx.example.org', to: [INTAKE] }, raw });
    expect(await cases()).toHaveLength(1);
    expect((await outcomes())['<dsn-1@mx.example.org>']).toBe('bounce');
  });

  it('refuses mail for any other mailbox', async () => {
    await expect(
      smtp.sendMail({ from: 'x@example.com', to: 'someone.else@hdnd.example.vn', subject: 'Hello there', text: 'Not for the hotline.' }),
    ).rejects.toThrow(/550/);
  });

  it('emails the agency’s answer with the tracking code in the subject', async () => {
    const officer = await platform.login(...USERS.officerHoanKiem);
    const secretariat = await platform.login(...USERS.secretariat);
    const detail = await platform.request<{ status: string }>('GET', `/api/v1/cases/${first.id}`, undefined, secretariat);
    if (detail.body.status === 'triage') {
      expect((await platform.request('POST', `/api/v1/cases/${first.id}/route`, { agencyCode: 'UBND-HOANKIEM' }, secretariat)).status).toBe(
        200,
      );
    }
    const [{ code }] = await platform.db.dataSource.query(
      `SELECT a.code FROM cases c JOIN agencies a ON a.id = c.agency_id WHERE c.id = $1`,
      [first.id],
    );
    const token = code === 'SXD' ? await platform.login(...USERS.officerSxd) : officer;
    expect((await platform.request('POST', `/api/v1/cases/${first.id}/accept`, {}, token)).status).toBe(200);
    const answer = 'Công ty Cây xanh đã dọn cây đổ tại ngõ 25 phố Huế sáng 02/12/2026.';
    expect((await platform.request('POST', `/api/v1/cases/${first.id}/answer`, { answer }, token)).status).toBe(200);
    const mail = await platform.smtp.waitForMail((m) => m.to.includes('hoa.do@example.com') && m.text.includes(answer), 'the answer email');
    expect(mail.subject).toContain(`[${first.tracking_code}]`);
  });

  it('adds nothing to a closed case: the citizen’s own reply is kept as a staff-only message and the case is unchanged', async () => {
    const secretariat = await platform.login(...USERS.secretariat);
    expect((await platform.request('POST', `/api/v1/cases/${first.id}/close`, {}, secretariat)).status).toBe(200);
    const before = await citizenSide(first.id);
    expect(before.row.status).toBe('closed');
    await smtp.sendMail({
      from: 'hoa.do@example.com',
      to: INTAKE,
      subject: `Re: [${first.tracking_code}] Trả lời phản ánh, kiến nghị của bạn`,
      text: 'Cảm ơn, nhưng còn một cây khác cũng sắp đổ.',
      messageId: '<tree-3@example.com>',
      attachments: [{ filename: 'cay-khac.png', content: PNG }],
    });
    expect(await citizenSide(first.id)).toEqual(before);
    expect((await heldMessages(first.id)).at(-1)).toEqual({
      actor_type: 'citizen',
      agency_id: null,
      note: 'Cảm ơn, nhưng còn một cây khác cũng sắp đổ.',
      data: expect.objectContaining({ held: 'case_finished', fromCitizen: true, attachments: 0, skippedAttachments: 1 }),
    });
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM attachments WHERE case_id = $1`, [first.id]);
    expect(n).toBe(2);
  });

  it('accepts a denunciation author’s reply from the address kept apart from the case, whatever its letter case', async () => {
    const submitted = await platform.request<{ id: string; trackingCode: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        kind: 'denunciation',
        categoryCode: 'XAY-DUNG.TRAT-TU',
        areaCode: 'HN-HOANKIEM',
        citizen: { name: 'Trần Văn Bình', email: 'binh.tran@example.com' },
      }),
    );
    expect(submitted.status).toBe(201);
    await smtp.sendMail({
      from: 'Binh.Tran@Example.COM',
      to: INTAKE,
      subject: `Re: [${submitted.body.trackingCode}] Đã tiếp nhận`,
      text: 'Tôi gửi thêm ảnh chụp công trình.',
      messageId: '<denouncer-1@example.com>',
      attachments: [{ filename: 'cong-trinh.png', content: PNG }],
    });
    const events: { data: { fromCitizen: boolean; attachments: number; held?: string } }[] = await platform.db.dataSource.query(
      `SELECT data FROM case_events WHERE case_id = $1 AND type = 'message_received'`,
      [submitted.body.id],
    );
    expect(events).toEqual([{ data: expect.objectContaining({ fromCitizen: true, attachments: 1 }) }]);
    expect(events[0].data.held).toBeUndefined();
    expect((await citizenSide(submitted.body.id)).files).toHaveLength(1);
  });
});
