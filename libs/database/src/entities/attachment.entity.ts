import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file attached to a case (a citizen's photo, an agency's signed answer), stored under ATTACHMENTS_DIR. */
@Entity('attachments')
export class AttachmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text', { name: 'uploaded_by_type' }) uploadedByType!: 'citizen' | 'staff';
  @Column('uuid', { name: 'uploaded_by_user_id', nullable: true }) uploadedByUserId!: string | null;
  @Column('text', { name: 'file_name' }) fileName!: string;
  /** Sniffed from the content, never taken from the client. */
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('text') sha256!: string;
  @Column('text', { name: 'storage_key', select: false }) storageKey!: string;
  @Column('boolean', { name: 'visible_to_citizen' }) visibleToCitizen!: boolean;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
