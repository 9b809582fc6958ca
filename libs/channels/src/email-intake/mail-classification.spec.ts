import { simpleParser } from 'mailparser';
import { classifyMail } from './mail-classification';

const mail = (headers: string[], body = 'Nội dung thư.') =>
  simpleParser(Buffer.from([...headers, 'Subject: Thử', 'Message-ID: <x@example.com>', '', body, ''].join('\r\n')));

describe('classifyMail', () => {
  it('takes an ordinary message for a message', async () => {
    expect(classifyMail(await mail(['From: An <an@example.com>']), 'an@example.com')).toBe('message');
    expect(classifyMail(await mail(['From: An <an@example.com>', 'Auto-Submitted: no']), 'an@example.com')).toBe('message');
    expect(classifyMail(await mail(['From: An <an@example.com>', 'Precedence: first-class']), 'an@example.com')).toBe('message');
  });

  it.each([
    ['a null envelope sender', ['From: Mail System <mx@example.com>'], ''],
    ['no envelope sender at all', ['From: Mail System <mx@example.com>'], null],
    ['the mailer-daemon as sender', ['From: MAILER-DAEMON@mx.example.com'], 'MAILER-DAEMON@mx.example.com'],
    ['postmaster in From', ['From: postmaster@mx.example.com'], 'bounces@mx.example.com'],
    [
      'a multipart/report',
      ['From: x@mx.example.com', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b'],
      'x@mx.example.com',
    ],
  ])('recognises a bounce: %s', async (_, headers, envelopeFrom) => {
    expect(classifyMail(await mail(headers as string[]), envelopeFrom as string | null)).toBe('bounce');
  });

  it.each([
    ['Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated'],
    ['X-Autoreply: yes'],
    ['X-Autorespond: vacation'],
    ['X-Auto-Response-Suppress: All'],
    ['Precedence: bulk'],
    ['Precedence: auto_reply'],
    ['Precedence: junk'],
  ])('recognises an automatic reply: %s', async (header) => {
    expect(classifyMail(await mail(['From: An <an@example.com>', header]), 'an@example.com')).toBe('auto_reply');
  });
});
