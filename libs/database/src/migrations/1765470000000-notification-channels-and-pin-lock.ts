import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every case has a tracking PIN now; its misses are counted and lock it for a while. Notices go by email, SMS or
 * Zalo: each row names its channel, the provider's message id (a delivery receipt finds the row by it) and when it
 * was delivered. A citizen may name the channel they prefer.
 */
export class NotificationChannelsAndPinLock1765470000000 implements MigrationInterface {
  name = 'NotificationChannelsAndPinLock1765470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN tracking_pin_misses int NOT NULL DEFAULT 0,
      ADD COLUMN tracking_pin_locked_until timestamptz,
      ADD COLUMN citizen_preferred_channel text CHECK (citizen_preferred_channel IN ('email', 'sms', 'zalo'))`);
    await q.query(`ALTER TABLE notifications ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms', 'zalo')),
      ADD COLUMN provider_message_id text,
      ADD COLUMN delivered_at timestamptz`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'delivered', 'failed'))`);
    await q.query(
      `CREATE INDEX notifications_provider_message_idx ON notifications (channel, provider_message_id) WHERE provider_message_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_provider_message_idx`);
    await q.query(`UPDATE notifications SET status = 'sent' WHERE status = 'delivered'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'failed'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN channel, DROP COLUMN provider_message_id, DROP COLUMN delivered_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN tracking_pin_misses, DROP COLUMN tracking_pin_locked_until, DROP COLUMN citizen_preferred_channel`);
  }
}
