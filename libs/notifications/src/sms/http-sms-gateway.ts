import { UndeliverableError } from '../channels/delivery-errors';
import type { DeliveryReceipt, SmsGateway } from './sms-gateway';

const TIMEOUT_MS = 10_000;

/**
 * A plain HTTP SMS gateway: `POST SMS_URL` with JSON `{to, text, from}` (the URL's user and password as Basic
 * auth, its `source` query argument as `from`), answered 2xx with `{id}`. A 4xx means the message itself is refused
 * (no retry); a 5xx or no answer is retried. Such gateways report delivery through a callback of their own, which
 * this adapter does not take: an HTTP-sent SMS stays `sent`.
 */
export class HttpSmsGateway implements SmsGateway {
  private readonly endpoint: string;
  private readonly authorization?: string;
  private readonly source: string;

  constructor(url: string) {
    const parsed = new URL(url);
    this.source = parsed.searchParams.get('source') ?? '';
    parsed.searchParams.delete('source');
    if (parsed.username) {
      const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
      this.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    parsed.username = '';
    parsed.password = '';
    this.endpoint = parsed.toString();
  }

  onReceipt(_handler: (receipt: DeliveryReceipt) => Promise<void>): void {}

  async connect(): Promise<void> {}

  async send(msisdn: string, text: string): Promise<string> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) },
      body: JSON.stringify({ to: msisdn, text, from: this.source }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => ({}))) as { id?: unknown };
    if (res.ok && body.id !== undefined) return String(body.id);
    const reason = `SMS gateway answered ${res.status}`;
    if (res.status >= 400 && res.status < 500 && res.status !== 429) throw new UndeliverableError(reason);
    throw new Error(reason);
  }

  async close(): Promise<void> {}
}
