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
}
