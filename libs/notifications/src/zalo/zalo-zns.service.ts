import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { FallBackToSmsError, UndeliverableError } from '../channels/delivery-errors';
import { toMsisdn } from '../sms/msisdn';
import { MailTemplate } from '../templates/catalogue';
import { ShortNoticeParams, znsTemplateData } from '../templates/text-catalogue';

const TIMEOUT_MS = 10_000;

/** ZNS answers (HTTP 200 with `error` set) that this adapter acts on; any other non-zero one is retried. */
const ZNS = {
  ok: 0,
  /** The access token is invalid or expired: refresh it and send again. */
  accessTokenInvalid: -124,
  /** The phone has no Zalo account (or it is disabled), or that account cannot receive ZNS: send an SMS instead. */
  notOnZalo: new Set([-118, -119]),
  /** The template is missing, not approved, or not granted to this OA, or its data is refused: no retry can help. */
  templateRefused: new Set([-109, -111, -112, -117, -121, -131, -132]),
} as const;

interface ZnsAnswer {
  error: number;
  message?: string;
  data?: { msg_id?: string };
}

/**
 * Zalo Notification Service: a template message by phone number (POST {ZALO_ZNS_URL}/message/template, header
 * `access_token`, JSON `{phone, template_id, template_data, tracking_id}`), with the OA access token refreshed on
 * -124 (POST ZALO_OAUTH_URL, header `secret_key`, form `refresh_token, app_id, grant_type=refresh_token`). The
 * current token pair is kept in provider_tokens, since each refresh retires the old refresh token.
 */
@Injectable()
export class ZaloZnsService {
  private readonly logger = new Logger(ZaloZnsService.name);

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.zalo !== null;
  }

  /** Sends the notice's template to the phone; resolves with Zalo's msg_id. */
  async send(phone: string, template: MailTemplate, params: ShortNoticeParams, trackingId: string): Promise<string> {
    const zalo = this.config.zalo;
    if (!zalo) throw new Error('Zalo ZNS is off (ZALO_APP_ID is not set)');
    const templateId =
      template === MailTemplate.CaseReceipt
        ? zalo.templates.receipt
        : template === MailTemplate.CaseAnswered || template === MailTemplate.FollowedCaseAnswered
          ? zalo.templates.answered
          : null;
    if (!templateId) throw new UndeliverableError(`No Zalo ZNS template is configured for the notice "${template}"`);
    const body = {
      phone: toMsisdn(phone),
      template_id: templateId,
      template_data: znsTemplateData(template, params),
      tracking_id: trackingId,
    };
    let answer = await this.post(body, (await this.tokens()).accessToken);
    if (answer.error === ZNS.accessTokenInvalid) answer = await this.post(body, await this.refresh());
    if (answer.error === ZNS.ok && answer.data?.msg_id) return answer.data.msg_id;
    const reason = `Zalo ZNS error ${answer.error}: ${answer.message ?? ''}`.trim();
    if (ZNS.notOnZalo.has(answer.error)) throw new FallBackToSmsError(reason);
    if (ZNS.templateRefused.has(answer.error)) throw new UndeliverableError(reason);
    throw new Error(reason);
  }

  private async post(body: object, accessToken: string): Promise<ZnsAnswer> {
    const res = await fetch(`${this.config.zalo!.apiUrl}/message/template`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`Zalo ZNS answered HTTP ${res.status}`);
    return (await res.json()) as ZnsAnswer;
  }

  /** The current pair: the stored one, or the one the environment gave at first. */
  private async tokens(): Promise<{ accessToken: string; refreshToken: string }> {
    const [row] = await this.dataSource.query(`SELECT access_token, refresh_token FROM provider_tokens WHERE provider = 'zalo'`);
    return row
      ? { accessToken: row.access_token, refreshToken: row.refresh_token }
      : { accessToken: this.config.zalo!.accessToken, refreshToken: this.config.zalo!.refreshToken };
  }

  /** Gets a new access token with the refresh token, stores the new pair and returns the access token. */
  private async refresh(): Promise<string> {
    const zalo = this.config.zalo!;
    const { refreshToken } = await this.tokens();
    const res = await fetch(zalo.oauthUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: zalo.secretKey },
      body: new URLSearchParams({ refresh_token: refreshToken, app_id: zalo.appId, grant_type: 'refresh_token' }).toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = (await res.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; error?: number };
    if (!res.ok || !answer.access_token || !answer.refresh_token) {
      throw new Error(`Zalo access token refresh failed (HTTP ${res.status}, error ${answer.error ?? 'none'})`);
    }
    await this.dataSource.query(
      `INSERT INTO provider_tokens (provider, access_token, refresh_token, updated_at) VALUES ('zalo', $1, $2, now())
       ON CONFLICT (provider) DO UPDATE
         SET access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token, updated_at = now()`,
      [answer.access_token, answer.refresh_token],
    );
    this.logger.log('Zalo access token refreshed');
    return answer.access_token;
  }
}
