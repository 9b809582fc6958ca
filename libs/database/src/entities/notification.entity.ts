import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One notice to send by email, SMS or Zalo. `dedupeKey` makes the same notice impossible to create twice. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text') template!: string;
  @Column('text') recipient!: string;
  @Column('text') locale!: string;
  @Column('jsonb', { default: {} }) params!: Record<string, unknown>;
  @Column('text', { name: 'dedupe_key' }) dedupeKey!: string;
  @Column('text', { default: 'email' }) channel!: 'email' | 'sms' | 'zalo';
  /** sent: handed to the provider; delivered: its delivery receipt came back; failed: given up (staff see it). */
  @Column('text') status!: 'pending' | 'sent' | 'delivered' | 'failed';
  /** The SMS gateway's or Zalo's id of the message, which its delivery receipt names. */
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId!: string | null;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt!: Date | null;
  @Column('int', { default: 0 }) attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
}
