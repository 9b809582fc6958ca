import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobName } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { enqueueManyInTransaction } from '@hotline/platform';
import type { NotificationChannel } from './channels/notification-channels';
import { MailParams, MailTemplate } from './templates/catalogue';

export interface NotificationRequest {
  /** Null for a notice about many cases (the secretariat's daily list of cases at risk). */
  caseId: string | null;
  template: MailTemplate;
  /** email (the default), sms or zalo; the recipient is an email address or a stored phone accordingly. */
  channel?: NotificationChannel;
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
    const [id] = await this.queueMany(manager, [request]);
    return id;
  }

  /**
   * `queue` for many notices in two statements (the rows, then their outbox jobs); returns each request's new
   * notification id, or null where its dedupe key was already used.
   */
  async queueMany(manager: EntityManager, requests: readonly NotificationRequest[]): Promise<(string | null)[]> {
    if (requests.length === 0) return [];
    const ids = requests.map(() => newId());
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (id, case_id, template, recipient, locale, params, dedupe_key, channel, status)
       SELECT id, case_id, template, recipient, locale, params, dedupe_key, channel, 'pending'
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::text[]) WITH ORDINALITY
              AS r(id, case_id, template, recipient, locale, params, dedupe_key, channel, n)
        ORDER BY n
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        ids,
        requests.map((r) => r.caseId),
        requests.map((r) => r.template),
        requests.map((r) => r.recipient),
        requests.map((r) => r.locale ?? 'vi'),
        requests.map((r) => JSON.stringify(r.params)),
        requests.map((r) => r.dedupeKey),
        requests.map((r) => r.channel ?? 'email'),
      ],
    );
    const inserted = new Set(rows.map((r) => r.id));
    const queued = ids.map((id) => (inserted.has(id) ? id : null));
    await enqueueManyInTransaction(
      manager,
      queued
        .filter((id): id is string => id !== null)
        .map((notificationId) => ({ name: JobName.SendNotification, data: { notificationId } })),
    );
    return queued;
  }
}
