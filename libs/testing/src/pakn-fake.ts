import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One write the fake accepted: the first time its Idempotency-Key was seen. */
export interface PaknReceived {
  idempotencyKey: string;
  body: Record<string, unknown>;
  remoteId: string;
}

const KINDS = ['PHAN_ANH', 'KIEN_NGHI', 'KHIEU_NAI', 'HOI_DAP'];
const CHANNELS = ['DUONG_DAY_NONG', 'THU_DIEN_TU', 'TRUC_TIEP', 'TIEP_XUC_CU_TRI'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * A local fake of the national PAKN system behind the LGSP, checking what the link sends the way the documented
 * protocol asks (docs/channels.md): OAuth 2 client credentials, bearer token on every call, an Idempotency-Key on each
 * write, the mapped fields of a case and of an answer (a wrong one answers 400 naming it). It can be told to fail the
 * next calls with 503, and holds the inbox it serves to the pull.
 */
export class PaknFake {
  readonly cases: PaknReceived[] = [];
  readonly answers: (PaknReceived & { caseRemoteId: string })[] = [];
  /** Every request, in order, as `METHOD path status`. */
  readonly log: string[] = [];
  /** The messages the pull gets. */
  inbox: unknown[] = [];
  /** How many of the next writes answer 503 Service Unavailable. */
  failNextWrites = 0;
  private server?: Server;
  private readonly token = 'fake-token-' + Math.random().toString(36).slice(2);

  constructor(
    readonly clientId = 'HDND-HN',
    readonly clientSecret = 'fake-secret-2026',
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  get env(): Record<string, string> {
    return { PAKN_URL: this.url, PAKN_CLIENT_ID: this.clientId, PAKN_CLIENT_SECRET: this.clientSecret };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const reply = (status: number, body: unknown) => {
      this.log.push(`${req.method} ${url.pathname} ${status}`);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(raw);
      if (
        form.get('grant_type') !== 'client_credentials' ||
        form.get('client_id') !== this.clientId ||
        form.get('client_secret') !== this.clientSecret
      ) {
        return reply(401, { error: 'invalid_client' });
      }
      return reply(200, { access_token: this.token, token_type: 'Bearer', expires_in: 3600 });
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) return reply(401, { error: 'invalid_token' });
    if (req.method === 'GET' && url.pathname === '/cases') {
      if (url.searchParams.get('donViNhan') !== this.clientId) return reply(400, { field: 'donViNhan' });
      return reply(200, { items: this.inbox });
    }
    if (req.method !== 'POST') return reply(404, { error: 'not found' });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key) return reply(400, { field: 'Idempotency-Key', message: 'required' });
    if (req.headers['content-type'] !== 'application/json') return reply(415, { error: 'JSON only' });
    if (this.failNextWrites > 0) {
      this.failNextWrites -= 1;
      return reply(503, { error: 'LGSP busy' });
    }
    const body = JSON.parse(raw) as Record<string, unknown>;
    if (url.pathname === '/cases') {
      const wrong = checkCase(body);
      if (wrong) return reply(400, { field: wrong, message: `${wrong} is missing or malformed` });
      const seen = this.cases.find((c) => c.idempotencyKey === key);
      if (seen) return reply(200, { id: seen.remoteId });
      const remoteId = `PAKN-${1000 + this.cases.length}`;
      this.cases.push({ idempotencyKey: key, body, remoteId });
      return reply(201, { id: remoteId });
    }
    const answer = /^\/cases\/([^/]+)\/answers$/.exec(url.pathname);
    if (answer) {
      const caseRemoteId = decodeURIComponent(answer[1]);
      if (!this.cases.some((c) => c.remoteId === caseRemoteId)) return reply(404, { error: `no case ${caseRemoteId}` });
      const wrong = checkAnswer(body);
      if (wrong) return reply(400, { field: wrong, message: `${wrong} is missing or malformed` });
      const seen = this.answers.find((a) => a.idempotencyKey === key);
      if (seen) return reply(200, { id: seen.remoteId });
      const remoteId = `TL-${1000 + this.answers.length}`;
      this.answers.push({ idempotencyKey: key, body, remoteId, caseRemoteId });
      return reply(201, { id: remoteId });
    }
    return reply(404, { error: 'not found' });
  }
}

/** The first field of a pushed case that breaks the protocol, if any. */
function checkCase(b: Record<string, unknown>): string | undefined {
  if (typeof b.maHoSoNguon !== 'string' || !/^[A-Z]+-\d{4}-\d{6}$/.test(b.maHoSoNguon)) return 'maHoSoNguon';
  if (!KINDS.includes(b.loaiPAKN as string)) return 'loaiPAKN';
  if (!CHANNELS.includes(b.kenhTiepNhan as string)) return 'kenhTiepNhan';
  if (typeof b.tieuDe !== 'string' || b.tieuDe.length < 5) return 'tieuDe';
  if (typeof b.noiDung !== 'string' || b.noiDung.length < 10) return 'noiDung';
  if (typeof b.ngayTiepNhan !== 'string' || !ISO.test(b.ngayTiepNhan)) return 'ngayTiepNhan';
  const sender = b.nguoiGui as Record<string, unknown> | null;
  if (sender !== null && (typeof sender !== 'object' || typeof sender.hoTen !== 'string')) return 'nguoiGui';
  if (typeof b.congKhai !== 'boolean') return 'congKhai';
  return undefined;
}

function checkAnswer(b: Record<string, unknown>): string | undefined {
  if (!Number.isInteger(b.lanTraLoi) || (b.lanTraLoi as number) < 1) return 'lanTraLoi';
  if (typeof b.noiDungTraLoi !== 'string' || b.noiDungTraLoi.length < 1) return 'noiDungTraLoi';
  if (typeof b.ngayTraLoi !== 'string' || !ISO.test(b.ngayTraLoi)) return 'ngayTraLoi';
  return undefined;
}
