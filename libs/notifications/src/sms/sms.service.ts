import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { QueueName } from '@hotline/contracts';
import { HttpSmsGateway } from './http-sms-gateway';
import { toMsisdn } from './msisdn';
import { SmppGateway } from './smpp-gateway';
import type { DeliveryReceipt, SmsGateway } from './sms-gateway';
import { toSmsText } from './sms-text';

/** A receipt may come back before the sender has stored the message id: it is looked for again this many times. */
const RECEIPT_LOOKUPS = 20;
const RECEIPT_LOOKUP_DELAY_MS = 100;

/** Sends SMS through the gateway SMS_URL names (worker only), and records its delivery receipts. */
@Injectable()
export class SmsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmsService.name);
  private readonly gateway: SmsGateway | null;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const sms = config.sms;
    this.gateway = !sms ? null : /^smpps?:/.test(sms.url) ? new SmppGateway(sms.url, sms.encoding) : new HttpSmsGateway(sms.url);
  }

  onApplicationBootstrap(): void {
    this.gateway?.onReceipt((receipt) => this.record(receipt));
    // The worker that sends notices binds at once, so delivery receipts the SMSC held while it was away come in;
    // a gateway that is down now is bound again by the next send.
    if (this.gateway && this.config.worker.queues.includes(QueueName.Notifications)) {
      this.gateway.connect().catch((err: Error) => this.logger.warn({ err: err.message }, 'SMS gateway not reachable at start'));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.gateway?.close();
  }

  get enabled(): boolean {
    return this.gateway !== null;
  }

  /** Sends the text (folded and cut by the SMS rule) to the stored phone; resolves with the gateway's message id. */
  async send(phone: string, text: string): Promise<string> {
    if (!this.gateway || !this.config.sms) throw new Error('SMS is off (SMS_URL is not set)');
    return this.gateway.send(toMsisdn(phone), toSmsText(text, this.config.sms.encoding, this.config.sms.maxSegments));
  }

  /** A delivery receipt marks its notice delivered, or failed with the gateway's final state. */
  private async record(receipt: DeliveryReceipt): Promise<void> {
    for (let i = 0; i < RECEIPT_LOOKUPS; i++) {
      const [, updated] = (await this.dataSource.query(
        `UPDATE notifications
            SET status = CASE WHEN $2 THEN 'delivered' ELSE 'failed' END,
                delivered_at = CASE WHEN $2 THEN now() ELSE delivered_at END,
                last_error = CASE WHEN $2 THEN last_error ELSE 'SMS not delivered: ' || $3 END
          WHERE channel = 'sms' AND provider_message_id = $1`,
        [receipt.messageId, receipt.delivered, receipt.state],
      )) as [unknown, number];
      if (updated > 0) {
        this.logger.log({ state: receipt.state }, 'SMS delivery receipt recorded');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RECEIPT_LOOKUP_DELAY_MS));
    }
    throw new Error(`No SMS notice with gateway id ${receipt.messageId}`);
  }
}
