import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStatus } from '@hotline/contracts';

/** The case's history. Append-only: the database refuses UPDATE and DELETE on this table. */
@Entity('case_events')
export class CaseEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') type!: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus!: CaseStatus | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus!: CaseStatus | null;
  @Column('text', { name: 'actor_type' }) actorType!: 'staff' | 'citizen' | 'system';
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  /** Free text the citizen may read (a return reason is internal; an answer is public). */
  @Column('text', { nullable: true }) note!: string | null;
  @Column('boolean', { name: 'visible_to_citizen' }) visibleToCitizen!: boolean;
  @Column('jsonb', { default: {} }) data!: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
