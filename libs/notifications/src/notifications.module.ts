import { Module } from '@nestjs/common';
import { MailTransportService } from './mail/mail-transport.service';
import { NotificationChannels } from './channels/notification-channels';
import { NotificationService } from './notification.service';
import { SmsService } from './sms/sms.service';
import { ZaloZnsService } from './zalo/zalo-zns.service';
import { SendNotificationProcessor } from './send-notification.processor';
import { CaseLinks } from './templates/case-links';

/** Queues notices (API and worker). */
@Module({
  providers: [NotificationService, NotificationChannels, CaseLinks],
  exports: [NotificationService, NotificationChannels, CaseLinks],
})
export class NotificationsModule {}

/** Sends them (worker only). */
@Module({ providers: [MailTransportService, SmsService, ZaloZnsService, SendNotificationProcessor, CaseLinks] })
export class NotificationsWorkerModule {}
