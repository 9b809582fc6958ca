import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A denunciation's author, kept apart from the case row (Luật Tố cáo 2018 Art. 47). */
@Entity('case_identities')
export class CaseIdentityEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text', { nullable: true }) name!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('text', { name: 'national_id', nullable: true }) nationalId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'anonymised_at', nullable: true }) anonymisedAt!: Date | null;
}

/** The secretariat's permission for one named officer to see one case's protected identity. */
@Entity('case_identity_grants')
export class CaseIdentityGrantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'granted_by_user_id' }) grantedByUserId!: string;
  @Column('timestamptz', { name: 'granted_at' }) grantedAt!: Date;
  @Column('uuid', { name: 'revoked_by_user_id', nullable: true }) revokedByUserId!: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
