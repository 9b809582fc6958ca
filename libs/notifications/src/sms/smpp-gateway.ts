import { Logger } from '@nestjs/common';
import * as smpp from 'smpp';
import { UndeliverableError } from '../channels/delivery-errors';
import type { DeliveryReceipt, SmsGateway } from './sms-gateway';
import { type SmsEncoding, smsSegments } from './sms-text';

/** submit_sm answers that no retry can change: the number itself is refused. */
const PERMANENT_STATUSES = new Set([smpp.ESME_RINVDSTADR]);
/** message_state of a receipt (SMPP 3.4 §5.2.28), and the `stat:` words of its text (Appendix B). */
const MESSAGE_STATES: Record<number, string> = {
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
};
const FINAL_STATES = new Set(['DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'REJECTD', 'UNKNOWN']);
/** esm_class bit of a deliver_sm that is an SMSC delivery receipt. */
const ESM_DELIVERY_RECEIPT = 0x04;
const BIND_TIMEOUT_MS = 10_000;

/**
 * SMPP 3.4 over one transceiver session: bound on first use (and again after the link drops), kept open so the
 * SMSC's delivery receipts (deliver_sm) come back on it. `smpp://system_id:password@host:2775?source=1022`
 * (`smpps://` for TLS); `source` is the sender (a short code or brand name).
 */
export class SmppGateway implements SmsGateway {
  private readonly logger = new Logger(SmppGateway.name);
  private session: Promise<smpp.Session> | null = null;
  private receiptHandler: (receipt: DeliveryReceipt) => Promise<void> = async () => undefined;
  private readonly url: URL;

  constructor(
    url: string,
    private readonly encoding: SmsEncoding,
  ) {
    this.url = new URL(url);
  }

  onReceipt(handler: (receipt: DeliveryReceipt) => Promise<void>): void {
    this.receiptHandler = handler;
  }

  async connect(): Promise<void> {
    await this.bound();
  }

  async send(msisdn: string, text: string): Promise<string> {
    const session = await this.bound();
    const long = smsSegments(text, this.encoding) > 1;
    const pdu = await new Promise<smpp.PDU>((resolve) =>
      session.submit_sm(
        {
          source_addr: this.url.searchParams.get('source') ?? '',
          source_addr_ton: /^\d+$/.test(this.url.searchParams.get('source') ?? '') ? 0 : 5,
          destination_addr: msisdn,
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          registered_delivery: 1,
          // 0: the SMSC's default alphabet, GSM-7 (the library encodes GSM 03.38); 8: UCS-2.
          data_coding: this.encoding === 'ucs2' ? 8 : 0,
          // A text longer than one part travels whole in message_payload; the SMSC splits it.
          ...(long ? { message_payload: text } : { short_message: text }),
        },
        resolve,
      ),
    );
    if (pdu.command_status === 0 && pdu.message_id) return pdu.message_id;
    const reason = `SMPP submit_sm refused (command_status 0x${pdu.command_status.toString(16)})`;
    if (PERMANENT_STATUSES.has(pdu.command_status)) throw new UndeliverableError(reason);
    throw new Error(reason);
  }

  async close(): Promise<void> {
    const pending = this.session;
    this.session = null;
    const session = await pending?.catch(() => null);
    if (session) await new Promise<void>((resolve) => session.close(() => resolve()));
  }

  private bound(): Promise<smpp.Session> {
    this.session ??= this.bind().catch((err: unknown) => {
      this.session = null;
      throw err;
    });
    return this.session;
  }

  private bind(): Promise<smpp.Session> {
    return new Promise((resolve, reject) => {
      const scheme = this.url.protocol === 'smpps:' ? 'ssmpp' : 'smpp';
      const session = smpp.connect({ url: `${scheme}://${this.url.hostname}:${this.url.port || 2775}`, auto_enquire_link_period: 30_000 });
      const timer = setTimeout(() => fail(new Error('SMPP bind timed out')), BIND_TIMEOUT_MS);
      const fail = (err: Error) => {
        clearTimeout(timer);
        session.destroy();
        reject(err);
      };
      session.on('error', (err: Error) => {
        this.logger.warn({ err: err.message }, 'SMPP link error');
        fail(err);
      });
      session.on('close', () => {
        // The next send binds again; receipts the SMSC holds come on the new session.
        this.session = null;
      });
      session.on('deliver_sm', (pdu: smpp.PDU) => void this.receive(session, pdu));
      session.on('connect', () =>
        session.bind_transceiver(
          { system_id: decodeURIComponent(this.url.username), password: decodeURIComponent(this.url.password) },
          (pdu) => {
            clearTimeout(timer);
            if (pdu.command_status === 0) return resolve(session);
            fail(new Error(`SMPP bind refused (command_status 0x${pdu.command_status.toString(16)})`));
          },
        ),
      );
    });
  }

  private async receive(session: smpp.Session, pdu: smpp.PDU): Promise<void> {
    const receipt = ((pdu.esm_class ?? 0) & ESM_DELIVERY_RECEIPT) !== 0 ? parseReceipt(pdu) : null;
    try {
      if (receipt && FINAL_STATES.has(receipt.state)) await this.receiptHandler(receipt);
      session.send(pdu.response());
    } catch (err) {
      // Not acknowledged: the SMSC sends the receipt again later.
      this.logger.error({ err: (err as Error).message }, 'delivery receipt not recorded');
      session.send(pdu.response({ command_status: smpp.ESME_RSYSERR }));
    }
  }
}

/** The receipt's message id and final state: from its TLVs when the SMSC sends them, else from its text (Appendix B). */
export function parseReceipt(pdu: Pick<smpp.PDU, 'receipted_message_id' | 'message_state' | 'short_message'>): DeliveryReceipt | null {
  const raw = pdu.short_message;
  const text = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('latin1') : String(raw?.message ?? '');
  const messageId = pdu.receipted_message_id ?? /\bid:(\S+)/.exec(text)?.[1];
  const state = (pdu.message_state !== undefined ? MESSAGE_STATES[pdu.message_state] : undefined) ?? /\bstat:(\w+)/.exec(text)?.[1];
  if (!messageId || !state) return null;
  return { messageId, delivered: state === 'DELIVRD', state };
}
