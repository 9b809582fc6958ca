import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { JobName, JobPayloads, QueueName } from '@hotline/contracts';
import { NotificationEntity } from '@hotline/database';
import { NaturalBatcher } from '@hotline/platform';
import { MailTransportService } from './mail/mail-transport.service';
import { MailParams, MailTemplate, renderMail } from './templates/catalogue';
import { CaseLinks } from './templates/case-links';

/** Reads and marks-sent of the jobs running at once share one statement (a routing burst queues two notices a case). */
const BATCHER_OPTIONS = { maxInFlight: 1, maxBatchSize: 100 };

/** Sends one notification. A notice already marked sent is skipped, so a redelivered job sends nothing twice. */
@Processor(QueueName.Notifications, { concurrency: 8 })
export class SendNotificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SendNotificationProcessor.name);
  private readonly loader = new NaturalBatcher<string, NotificationEntity | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(NotificationEntity).findBy({ id: In(ids) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, BATCHER_OPTIONS);
  private readonly sentMarker = new NaturalBatcher<string, void>(async (ids) => {
    await this.dataSource.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.map(() => undefined);
  }, BATCHER_OPTIONS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailTransportService,
    private readonly config: AppConfig,
    private readonly links: CaseLinks,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job<JobPayloads[JobName.SendNotification]>): Promise<void> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const notification = await this.loader.submit(job.data.notificationId);
    if (!notification || notification.status === 'sent') return;
    const stored = notification.params as unknown as MailParams;
    // The citizen's link carries its token only in the mail itself, never in the stored params.
    const trackUrl = this.links.track(stored.trackingCode);
    const { subject, text } = renderMail(notification.template as MailTemplate, { ...stored, trackUrl });
    try {
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
    } catch (err) {
      await repo.update({ id: notification.id }, { attempts: () => 'attempts + 1', lastError: (err as Error).message.slice(0, 500) });
      throw err;
    }
    await this.sentMarker.submit(notification.id);
    this.logger.log({ notificationId: notification.id, template: notification.template }, 'notification sent');
  }
}
