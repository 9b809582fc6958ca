import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { NotificationEntity, poolQuery } from '@hotline/database';
import { NaturalBatcher } from '@hotline/platform';
import { MailTransportService } from './mail/mail-transport.service';
import { MailParams, MailTemplate, renderMail } from './templates/catalogue';
import { FallBackToSmsError, UndeliverableError } from './channels/delivery-errors';
import { SmsService } from './sms/sms.service';
import { CaseLinks } from './templates/case-links';
import { renderSmsText } from './templates/text-catalogue';
import { privacyCode } from './templates/privacy-code';
import { trackingPin } from './templates/tracking-pin';
import { ZaloZnsService } from './zalo/zalo-zns.service';

/** Reads and marks-sent of the jobs running at once share one statement (a routing burst queues two notices a case). */
const BATCHER_OPTIONS = { maxInFlight: 1, maxBatchSize: 100 };

/** What sending a notice reads of its row. */
type NotificationToSend = Pick<NotificationEntity, 'id' | 'caseId' | 'template' | 'recipient' | 'channel' | 'status' | 'params'>;

// Both run for every mail: sent on the pool without TypeORM's query building and entity hydration, and unnamed, so
// each is planned with the table's current size (a generic plan made while the table was small seq-scans it for good:
// named, they tripled PostgreSQL's CPU per case in the platform benchmark).
const LOAD_NOTIFICATIONS = `SELECT id, case_id AS "caseId", template, recipient, channel, status, params
  FROM notifications WHERE id = ANY($1::uuid[])`;
const MARK_NOTIFICATIONS_SENT = `UPDATE notifications n SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
       provider_message_id = s.provider_message_id
  FROM unnest($1::uuid[], $2::text[]) AS s(id, provider_message_id)
 WHERE n.id = s.id`;

/** Sends one notification by its channel. A notice already sent is skipped, so a redelivered job sends nothing twice. */
@Processor(QueueName.Notifications, { concurrency: 8 })
export class SendNotificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SendNotificationProcessor.name);
  private readonly loader = new NaturalBatcher<string, NotificationToSend | null>(async (ids) => {
    const rows = await poolQuery<NotificationToSend>(this.dataSource, LOAD_NOTIFICATIONS, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, BATCHER_OPTIONS);
  private readonly sentMarker = new NaturalBatcher<{ id: string; providerMessageId: string | null }, void>(async (sent) => {
    await poolQuery(this.dataSource, MARK_NOTIFICATIONS_SENT, [sent.map((n) => n.id), sent.map((n) => n.providerMessageId)]);
    return sent.map(() => undefined);
  }, BATCHER_OPTIONS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailTransportService,
    private readonly config: AppConfig,
    private readonly links: CaseLinks,
    private readonly sms: SmsService,
    private readonly zalo: ZaloZnsService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job<JobPayloads[JobName.SendNotification]>): Promise<void> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const notification = await this.loader.submit(job.data.notificationId);
    // A failed notice is sent again when its dead letter is redriven.
    if (!notification || notification.status === 'sent' || notification.status === 'delivered') return;
    let providerMessageId: string | null;
    try {
      providerMessageId = await this.deliver(notification);
    } catch (err) {
      const lastError = (err as Error).message.slice(0, 500);
      // An undeliverable notice fails at once; any other error is retried, and the last attempt's marks it failed.
      const final = err instanceof UndeliverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await repo.update(
        { id: notification.id },
        { attempts: () => 'attempts + 1', lastError, ...(final ? { status: 'failed' as const } : {}) },
      );
      if (err instanceof UndeliverableError) {
        this.logger.warn(
          { notificationId: notification.id, channel: notification.channel, reason: lastError },
          'notification undeliverable',
        );
        return;
      }
      throw err;
    }
    await this.sentMarker.submit({ id: notification.id, providerMessageId });
    this.logger.log(
      { notificationId: notification.id, template: notification.template, channel: notification.channel },
      'notification sent',
    );
  }

  /** Sends the notice on its channel; resolves with the provider's message id, if it gives one. */
  private async deliver(notification: NotificationToSend): Promise<string | null> {
    const stored = notification.params as unknown as MailParams;
    // The PIN and the citizen's link token are computed here, never stored in the params.
    const pin = notification.caseId ? trackingPin(this.config.auth.secret, notification.caseId) : undefined;
    // A data-subject request's one-time code, likewise computed from its row's id (privacy-code.ts).
    const code = stored.privacyCodeId ? privacyCode(this.config.auth.secret, stored.privacyCodeId) : undefined;
    // A follower is not the case's citizen: their notice carries the public page and their unsubscribe link, no PIN.
    const follower = stored.followerId
      ? { pin: undefined, unfollowUrl: this.links.unfollow(stored.followerId), trackPage: this.links.trackPage(stored.trackingCode) }
      : {};
    const short = { ...stored, pin, code, trackPage: this.links.trackPage(stored.trackingCode), ...follower };
    if (notification.channel === 'zalo') {
      try {
        return await this.zalo.send(notification.recipient, notification.template as MailTemplate, short, notification.id);
      } catch (err) {
        if (!(err instanceof FallBackToSmsError)) throw err;
        if (!this.sms.enabled) throw new UndeliverableError(`${err.message}; SMS is off, so there is no fallback`);
        // Not on Zalo: the same notice goes by SMS, and its row says so (a retry then starts from SMS).
        await this.dataSource.query(`UPDATE notifications SET channel = 'sms', last_error = $2 WHERE id = $1`, [
          notification.id,
          err.message,
        ]);
        notification.channel = 'sms';
      }
    }
    if (notification.channel === 'sms')
      return this.sms.send(notification.recipient, renderSmsText(notification.template as MailTemplate, short));
    const trackUrl = this.links.track(stored.trackingCode);
    const { subject, text } = renderMail(notification.template as MailTemplate, { ...stored, trackUrl, pin, code, ...follower });
    await this.mail.send({
      to: notification.recipient,
      subject,
      text,
      messageId: `<${notification.id}@notifications.hotline>`,
      // RFC 3834: a notice is automatic, so auto-responders do not answer it (and our email intake ignores loops).
      headers: { 'X-Hotline-Notification': notification.id, 'Auto-Submitted': 'auto-generated' },
      // With email intake on, a reply (its subject keeps the tracking code) lands on the case's thread.
      ...(this.config.inboundMail.port > 0 ? { replyTo: this.config.inboundMail.intakeAddress } : {}),
    });
    return null;
  }
}
