import { Module } from '@nestjs/common';
import { MailTransportService } from './mail/mail-transport.service';
import { NotificationService } from './notification.service';
import { SendNotificationProcessor } from './send-notification.processor';
import { CaseLinks } from './templates/case-links';

/** Queues notices (API and worker). */
@Module({ providers: [NotificationService, CaseLinks], exports: [NotificationService, CaseLinks] })
export class NotificationsModule {}

/** Sends them (worker only). */
@Module({ providers: [MailTransportService, SendNotificationProcessor, CaseLinks] })
export class NotificationsWorkerModule {}
