import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobName } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { enqueueInTransaction } from '@hotline/platform';
import { MailParams, MailTemplate } from './templates/catalogue';

export interface NotificationRequest {
  caseId: string;
  template: MailTemplate;
  recipient: string;
  params: MailParams;
  /** Same key, same notice: a second request with it is dropped. */
  dedupeKey: string;
  locale?: 'vi' | 'en';
}

@Injectable()
export class NotificationService {
  /** Records a notice inside the caller's transaction and queues its sending through the outbox. */
  async queue(manager: EntityManager, request: NotificationRequest): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (id, case_id, template, recipient, locale, params, dedupe_key, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending') ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [newId(), request.caseId, request.template, request.recipient, request.locale ?? 'vi', request.params, request.dedupeKey],
    );
    if (rows.length === 0) return null;
    const notificationId = rows[0].id;
    await enqueueInTransaction(manager, { name: JobName.SendNotification, data: { notificationId } }, `notify.${notificationId}`);
    return notificationId;
  }
}
