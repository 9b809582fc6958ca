import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

interface GatewayRequest {
  authorization?: string;
  contentType?: string;
  body: { to: string; text: string; from: string };
}

/** The HTTP SMS gateway adapter: POST JSON {to, text, from} with Basic auth, answered {id}; 4xx fails, 5xx retries. */
describe('SMS notices over an HTTP gateway', () => {
  let platform: TestPlatform;
  let server: Server;
  const received: GatewayRequest[] = [];
  /** Answers to give, in order, before the normal 200 {id}. */
  const answers: number[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        received.push({ authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
        const status = answers.shift() ?? 200;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status === 200 ? { id: `http-${received.length}` } : { error: 'refused' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    platform = await newPlatform().start({ env: { SMS_URL: `http://hotline:s3cret@127.0.0.1:${port}/send?source=HDND` } });
  });
  afterAll(async () => {
    await platform.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const submit = async (phone: string) =>
    (await platform.request<Receipt & { pin: string }>('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Đỗ Văn Hải', phone } })))
      .body;
  const settled = (caseId: string) =>
    waitFor(async () => {
      const [row] = await platform.db.dataSource.query(`SELECT * FROM notifications WHERE case_id = $1 AND template = 'case-receipt'`, [
        caseId,
      ]);
      return row && row.status !== 'pending' ? row : undefined;
    }, 'the receipt notice to settle');

  it('posts the SMS as JSON with Basic auth and the sender, and keeps the gateway’s id', async () => {
    const kase = await submit('0978000001');
    const row = await settled(kase.id);
    const sent = received.find((r) => r.body.to === '84978000001')!;
    expect(sent.authorization).toBe(`Basic ${Buffer.from('hotline:s3cret').toString('base64')}`);
    expect(sent.contentType).toBe('application/json');
    expect(sent.body.from).toBe('HDND');
    expect(sent.body.text).toContain(`ma PIN ${kase.pin}`);
    expect(row).toMatchObject({ channel: 'sms', status: 'sent', provider_message_id: `http-${received.indexOf(sent) + 1}` });
  });

  it('retries a 503 and fails at once on a 400, keeping the case', async () => {
    answers.push(503);
    const retried = await settled((await submit('0978000002')).id);
    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    answers.push(400);
    const refused = await settled((await submit('0978000003')).id);
    expect(refused).toMatchObject({ status: 'failed', attempts: 1 });
    expect(refused.last_error).toContain('400');
  });
});
