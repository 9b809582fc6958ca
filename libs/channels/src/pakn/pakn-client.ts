import { Injectable } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { PAKN_PATHS } from './pakn-mapping';

/** A refusal by the national system or the LGSP: `retryable` when a later attempt may succeed (5xx, 429, no answer). */
export class PaknRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'PaknRequestError';
  }
}

/** How long before its expiry a token is renewed. */
const TOKEN_MARGIN_MS = 30_000;
const TIMEOUT_MS = 15_000;

/**
 * HTTP to the national PAKN system through the LGSP: OAuth 2 client credentials (PAKN_CLIENT_ID/SECRET) for a bearer
 * token kept until shortly before it expires, JSON bodies, an Idempotency-Key on every write so a retry after a lost
 * answer is not a second case on the other side.
 */
@Injectable()
export class PaknClient {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.pakn !== null;
  }

  post(path: string, body: unknown, idempotencyKey: string): Promise<unknown> {
    return this.call('POST', path, body, idempotencyKey);
  }

  get(path: string): Promise<unknown> {
    return this.call('GET', path);
  }

  private async call(method: string, path: string, body?: unknown, idempotencyKey?: string, renewed = false): Promise<unknown> {
    const token = await this.accessToken();
    const res = await this.fetch(`${this.settings.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (res.status === 401 && !renewed) {
      this.token = null;
      return this.call(method, path, body, idempotencyKey, true);
    }
    return this.json(res, `${method} ${path}`);
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - TOKEN_MARGIN_MS > Date.now()) return this.token.value;
    const { clientId, clientSecret, url } = this.settings;
    const res = await this.fetch(`${url}${PAKN_PATHS.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
    });
    const answer = (await this.json(res, 'token')) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string') throw new PaknRequestError('PAKN token: no access_token in the answer', res.status, true);
    const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 300;
    this.token = { value: answer.access_token, expiresAt: Date.now() + seconds * 1000 };
    return this.token.value;
  }

  private get settings(): NonNullable<AppConfig['pakn']> {
    if (!this.config.pakn) throw new PaknRequestError('The PAKN link is off (PAKN_URL is not set)', null, false);
    return this.config.pakn;
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new PaknRequestError(`PAKN unreachable: ${(err as Error).message}`, null, true);
    }
  }

  private async json(res: Response, what: string): Promise<unknown> {
    const text = await res.text();
    if (!res.ok) {
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      // The body is the other side's error message; it names fields, never a citizen (our own payloads are not echoed).
      throw new PaknRequestError(`PAKN ${what}: HTTP ${res.status} ${text.slice(0, 300)}`, res.status, retryable);
    }
    try {
      return text ? JSON.parse(text) : null;
    } catch {
      throw new PaknRequestError(`PAKN ${what}: the answer is not JSON`, res.status, false);
    }
  }
}
