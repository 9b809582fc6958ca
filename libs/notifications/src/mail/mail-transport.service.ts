import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@hotline/config';

@Injectable()
export class MailTransportService implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    // Pooled: a few long-lived SMTP connections instead of a handshake per message.
    this.transporter = nodemailer.createTransport(
      { url: config.mail.smtpUrl, pool: true, maxConnections: 4, maxMessages: 500 },
      { from: config.mail.from },
    );
  }

  /**
   * `messageId` should be stable for one notice: a resend after a crash between the SMTP acceptance and the
   * database update then carries the same Message-ID, which mail systems and the capture in tests deduplicate.
   */
  async send(message: {
    to: string;
    subject: string;
    text: string;
    messageId?: string;
    headers?: Record<string, string>;
    replyTo?: string;
  }): Promise<string> {
    const info = await this.transporter.sendMail(message);
    return info.messageId;
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
