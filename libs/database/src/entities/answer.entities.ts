import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CaseKind, PersonalDataKind } from '@hotline/contracts';

/** An agency whose answers to cases of `kind` need its head's approval before they reach the citizen. */
@Entity('answer_approval_rules')
export class AnswerApprovalRuleEntity {
  @PrimaryColumn('uuid', { name: 'agency_id' }) agencyId!: string;
  @PrimaryColumn('text') kind!: CaseKind;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** An answer template of the secretariat, for a kind and a category (or any), with `{{field}}`s (TEMPLATE_FIELDS). */
@Entity('answer_templates')
export class AnswerTemplateEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) kind!: CaseKind | null;
  @Column('uuid', { name: 'category_id', nullable: true }) categoryId!: string | null;
  @Column('text') body!: string;
  @Column('text', { name: 'legal_basis', nullable: true }) legalBasis!: string | null;
  @Column('boolean', { name: 'requires_legal_basis' }) requiresLegalBasis!: boolean;
  @Column('boolean', { name: 'requires_date' }) requiresDate!: boolean;
  @Column('boolean', { name: 'requires_attachment' }) requiresAttachment!: boolean;
  @Column('boolean') active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One mask staff confirmed: the span [start, end) of the original `field` and what kind of personal data it held. */
export interface PublicationMask {
  field: 'title' | 'answer';
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** What the public page shows of a case: its redacted title and answer, kept beside the original, and who published it. */
@Entity('case_publications')
export class CasePublicationEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') title!: string;
  @Column('text') answer!: string;
  @Column('jsonb') masks!: PublicationMask[];
  @Column('uuid', { name: 'published_attachment_ids', array: true }) publishedAttachmentIds!: string[];
  @Column('uuid', { name: 'withheld_attachment_ids', array: true }) withheldAttachmentIds!: string[];
  @Column('uuid', { name: 'published_by_user_id' }) publishedByUserId!: string;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}
