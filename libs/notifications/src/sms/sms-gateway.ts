/** A delivery receipt: the gateway's message id, and whether the handset got it (else the final state's name). */
export interface DeliveryReceipt {
  messageId: string;
  delivered: boolean;
  state: string;
}

/** An SMS gateway: SMPP 3.4 (smpp-gateway.ts) or a plain HTTP one (http-sms-gateway.ts), named by SMS_URL. */
export interface SmsGateway {
  /** Sends one text to an MSISDN (84912345678); resolves with the gateway's message id once it took the message. */
  send(msisdn: string, text: string): Promise<string>;
  /** Receipts arrive on the gateway's own connection; each is handed here. */
  onReceipt(handler: (receipt: DeliveryReceipt) => Promise<void>): void;
  /** Opens the gateway's link ahead of the first message (SMPP binds, so receipts held by the SMSC come in). */
  connect(): Promise<void>;
  close(): Promise<void>;
}
