import { AddressInfo } from 'node:net';
import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait-for';

export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  messageId: string;
  headers: ParsedMail['headers'];
}

/** A real SMTP server on a free loopback port that keeps every message it receives. */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  /** Holds each message this long before answering, to keep a sender's job in flight. */
  delayMs = 0;
  /** Messages whose data has started to arrive (answered or not). */
  receiving = 0;
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        this.receiving += 1;
        simpleParser(stream)
          .then(async (mail) => {
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            return mail;
          })
          .then((mail) => {
            this.messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
              headers: mail.headers,
            });
            callback();
          })
          .catch(callback);
      },
    });
    // A sender killed mid-session resets its connection; that is the sender's fault, not the capture's.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  waitForMail(predicate: (m: CapturedMail) => boolean, what: string, timeoutMs?: number): Promise<CapturedMail> {
    return waitFor(() => this.messages.find(predicate), what, timeoutMs);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
