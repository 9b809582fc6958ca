import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { AppConfig } from '@hotline/config';
import { InboundMailService } from './inbound-mail.service';

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * The inbound SMTP listener of the worker (INBOUND_SMTP_PORT; 0 = off). It accepts mail for INTAKE_EMAIL_ADDRESS
 * only (550 for any other recipient), and answers 250 only once the message is committed as a case, a reply or a
 * recognised bounce/auto-reply, so a failure answers 451 and the sending server retries (the Message-ID makes the
 * retry harmless). It runs behind the organisation's mail relay, which does TLS, spam and size policy.
 */
@Injectable()
export class InboundSmtpServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboundSmtpServer.name);
  private server?: SMTPServer;
  port = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly inbound: InboundMailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port, host, intakeAddress } = this.config.inboundMail;
    if (port === 0) return;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: MAX_MESSAGE_BYTES,
      banner: 'Hotline HĐND email intake',
      onRcptTo: (address, _session, callback) => {
        if (address.address.toLowerCase() === intakeAddress) return callback();
        return callback(Object.assign(new Error(`No mailbox here for ${address.address}`), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
          this.inbound
            .receive(Buffer.concat(chunks), envelopeFrom)
            .then(() => callback())
            .catch((err: Error) => {
              this.logger.error({ err: err.message }, 'inbound mail could not be stored; the sender will retry');
              callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
            });
        });
      },
    });
    this.server.on('error', (err) => this.logger.warn({ err: err.message }, 'inbound SMTP connection error'));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    this.logger.log({ port: this.port }, 'inbound SMTP listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
