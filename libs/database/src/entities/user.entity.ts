import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@hotline/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  /** Stored lower-case; unique. */
  @Column('text') email!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
  /** The TOTP secret, encrypted with the server secret (AES-256-GCM); never selected unless asked for. */
  @Column('text', { name: 'totp_secret_enc', nullable: true, select: false }) totpSecretEnc!: string | null;
  /** Set once the user proved a code from the secret: from then on every sign-in asks for one. */
  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true }) totpEnabledAt!: Date | null;
  /** The last 30-second step whose code was accepted: a code is accepted once. */
  @Column('bigint', { name: 'totp_last_step', nullable: true, select: false }) totpLastStep!: string | null;
  /** After an administrator's reset: the user must choose a new password before anything else. */
  @Column('boolean', { name: 'must_change_password', default: false }) mustChangePassword!: boolean;
  @Column('timestamptz', { name: 'password_changed_at', nullable: true }) passwordChangedAt!: Date | null;
}

@Entity('user_sessions')
export class UserSessionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  /** SHA-256 of the opaque token; the token itself is never stored. */
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'last_seen_at' }) lastSeenAt!: Date;
  /** Password checked, TOTP code still owed (or TOTP still to be set up when the role requires it). */
  @Column('boolean', { name: 'second_factor_pending' }) secondFactorPending!: boolean;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { name: 'revoked_reason', nullable: true }) revokedReason!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
}
