import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One email to send. `dedupeKey` makes the same notice impossible to create twice. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text') template!: string;
  @Column('text') recipient!: string;
  @Column('text') locale!: string;
  @Column('jsonb', { default: {} }) params!: Record<string, unknown>;
  @Column('text', { name: 'dedupe_key' }) dedupeKey!: string;
  @Column('text') status!: 'pending' | 'sent' | 'failed';
  @Column('int', { default: 0 }) attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
}
