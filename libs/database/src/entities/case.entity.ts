import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CaseChannel, CaseKind, CasePriority, CaseStatus } from '@hotline/contracts';

@Entity('cases')
export class CaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tracking_code' }) trackingCode!: string;
  /** SHA-256 of the citizen's secret access key; the key itself is shown once, at intake. */
  @Column('bytea', { name: 'access_key_hash', select: false }) accessKeyHash!: Buffer;
  /** The case's tracking PIN, hashed with the case id (hashTrackingPin); null on cases filed before every case had one. */
  @Column('bytea', { name: 'tracking_pin_hash', select: false, nullable: true }) trackingPinHash!: Buffer | null;
  /** Wrong PINs since the last right one; at PIN_MAX_MISSES the PIN is locked until `trackingPinLockedUntil`. */
  @Column('int', { name: 'tracking_pin_misses', select: false, default: 0 }) trackingPinMisses!: number;
  @Column('timestamptz', { name: 'tracking_pin_locked_until', select: false, nullable: true }) trackingPinLockedUntil!: Date | null;
  /** The channel the citizen asked notices to come by (email, sms, zalo); null: chosen from the contact given. */
  @Column('text', { name: 'citizen_preferred_channel', nullable: true }) citizenPreferredChannel!: 'email' | 'sms' | 'zalo' | null;
  @Column('text') kind!: CaseKind;
  @Column('text') channel!: CaseChannel;
  @Column('text') status!: CaseStatus;
  @Column('text') priority!: CasePriority;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'category_id', nullable: true }) categoryId!: string | null;
  @Column('uuid', { name: 'area_id', nullable: true }) areaId!: string | null;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('double precision', { nullable: true }) lat!: number | null;
  @Column('double precision', { nullable: true }) lng!: number | null;
  /** Never set on a denunciation: its author lives in case_identities (the database refuses it here). */
  @Column('text', { name: 'citizen_name', nullable: true }) citizenName!: string | null;
  @Column('text', { name: 'citizen_phone', nullable: true }) citizenPhone!: string | null;
  @Column('text', { name: 'citizen_email', nullable: true }) citizenEmail!: string | null;
  @Column('boolean') anonymous!: boolean;
  @Column('boolean', { name: 'is_public' }) isPublic!: boolean;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  /** The agency a denunciation accuses, when its author names it: the case never goes there (docs/denunciations.md). */
  /** The one officer of the agency who handles the case (set by the agency head or the secretariat); null when nobody is. */
  @Column('uuid', { name: 'assignee_user_id', nullable: true }) assigneeUserId!: string | null;
  @Column('uuid', { name: 'accused_agency_id', nullable: true }) accusedAgencyId!: string | null;
  @Column('text', { nullable: true }) answer!: string | null;
  /** An officer's answer waiting for the agency head's approval (or sent back): never shown to the citizen. */
  @Column('text', { name: 'answer_draft', nullable: true }) answerDraft!: string | null;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId!: string | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey!: string | null;
  /** SHA-256 of the submission the idempotency key came with: a retry must carry the same body. */
  @Column('bytea', { name: 'idempotency_hash', nullable: true, select: false }) idempotencyHash!: Buffer | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'routed_at', nullable: true }) routedAt!: Date | null;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('int', { name: 'reopen_count', default: 0 }) reopenCount!: number;
  /** People who confirmed a contact and said "me too" (case_cosigners): a priority signal for the secretariat. */
  @Column('int', { name: 'co_signers', default: 0 }) coSigners!: number;
  @Column('int', { name: 'return_count', default: 0 }) returnCount!: number;
  @Column('boolean', { nullable: true }) satisfied!: boolean | null;
  /** Earliest due date of the clocks now running. */
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  /** When the deadline scan must next look at this case (a reminder, a due date, a "very late" point). */
  @Column('timestamptz', { name: 'next_due_at', nullable: true }) nextDueAt!: Date | null;
  /** Set by the retention job when it erased the case's personal data; the statistics stay. */
  @Column('timestamptz', { name: 'anonymised_at', nullable: true }) anonymisedAt!: Date | null;
  /**
   * Set when the person's restriction request was carried out (docs/personal-data.md): only the processing the law
   * requires goes on (libs/cases/src/access/processing-restriction.ts).
   */
  @Column('timestamptz', { name: 'processing_restricted_at', nullable: true }) processingRestrictedAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
