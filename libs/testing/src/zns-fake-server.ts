import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ZnsSent {
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  trackingId: string;
  msgId: string;
}

/**
 * A local stand-in for Zalo's ZNS and OA OAuth endpoints that checks the documented request shapes and answers with
 * the documented bodies: `POST /message/template` (header access_token; JSON phone 84…, template_id, template_data
 * of strings, tracking_id ≤ 48 characters) → `{error: 0, message: 'Success', data: {msg_id, sent_time, quota}}`, or
 * -124 (access token invalid), -131 (template not approved), -118 (Zalo account not existed), -100 for a request
 * of the wrong shape; `POST /v4/oa/access_token` (header secret_key; form refresh_token, app_id, grant_type) →
 * `{access_token, refresh_token, expires_in}`, each refresh retiring the old refresh token.
 */
export class ZnsFakeServer {
  readonly sent: ZnsSent[] = [];
  readonly refusedShapes: string[] = [];
  refreshes = 0;
  accessToken = 'at-initial';
  refreshToken = 'rt-initial';
  readonly approvedTemplates = new Set<string>();
  readonly phonesNotOnZalo = new Set<string>();
  private server?: Server;
  private next = 1;
  baseUrl = '';

  constructor(
    readonly appId = 'zalo-app-1',
    readonly secretKey = 'zalo-secret',
  ) {}

  /** ZALO_* for this server. */
  env(templates: { receipt: string; answered?: string }): Record<string, string> {
    return {
      ZALO_APP_ID: this.appId,
      ZALO_SECRET_KEY: this.secretKey,
      ZALO_ZNS_URL: this.baseUrl,
      ZALO_OAUTH_URL: `${this.baseUrl}/v4/oa/access_token`,
      ZALO_ACCESS_TOKEN: this.accessToken,
      ZALO_REFRESH_TOKEN: this.refreshToken,
      ZALO_TEMPLATE_RECEIPT: templates.receipt,
      ...(templates.answered ? { ZALO_TEMPLATE_ANSWERED: templates.answered } : {}),
    };
  }

  /** The access token expires (Zalo's last about a day): the next send gets -124. */
  expireAccessToken(): void {
    this.accessToken = `at-expired-${this.next++}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const answer = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && req.url === '/message/template') return answer(this.template(req, raw));
    if (req.method === 'POST' && req.url === '/v4/oa/access_token') return answer(this.refresh(req, raw));
    res.writeHead(404).end();
  }

  private template(req: IncomingMessage, raw: string): object {
    const refuse = (why: string) => {
      this.refusedShapes.push(why);
      return { error: -100, message: `Invalid request: ${why}` };
    };
    if (!String(req.headers['content-type']).startsWith('application/json')) return refuse('content-type');
    if (req.headers['access_token'] !== this.accessToken) return { error: -124, message: 'Access token is invalid' };
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw);
    } catch {
      return { error: -122, message: 'Body request is not JSON' };
    }
    const { phone, template_id, template_data, tracking_id } = body;
    if (typeof phone !== 'string' || !/^84\d{9,10}$/.test(phone)) return refuse('phone');
    if (typeof template_id !== 'string' || !template_id) return refuse('template_id');
    if (!template_data || typeof template_data !== 'object' || Object.values(template_data).some((v) => typeof v !== 'string'))
      return refuse('template_data');
    if (typeof tracking_id !== 'string' || tracking_id.length > 48) return refuse('tracking_id');
    if (!this.approvedTemplates.has(template_id)) return { error: -131, message: 'ZNS template not approved' };
    if (this.phonesNotOnZalo.has(phone)) return { error: -118, message: 'Zalo account not existed' };
    const msgId = `zns-${this.next++}`;
    this.sent.push({
      phone,
      templateId: template_id,
      templateData: template_data as Record<string, string>,
      trackingId: tracking_id,
      msgId,
    });
    return {
      error: 0,
      message: 'Success',
      data: { msg_id: msgId, sent_time: String(Date.now()), quota: { dailyQuota: '500', remainingQuota: '499' } },
    };
  }

  private refresh(req: IncomingMessage, raw: string): object {
    const form = new URLSearchParams(raw);
    if (req.headers['secret_key'] !== this.secretKey || form.get('app_id') !== this.appId || form.get('grant_type') !== 'refresh_token')
      return { error: -14002, error_name: 'Invalid app', error_description: 'app_id, secret_key or grant_type is wrong' };
    if (form.get('refresh_token') !== this.refreshToken) return { error: -14014, error_name: 'Invalid refresh token' };
    this.refreshes += 1;
    this.accessToken = `at-${this.next++}`;
    this.refreshToken = `rt-${this.next++}`;
    return { access_token: this.accessToken, refresh_token: this.refreshToken, expires_in: '90000' };
  }
}
