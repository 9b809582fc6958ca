import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('agencies')
export class AgencyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  /** Where new cases and reminders for the agency are sent. */
  @Column('text') email!: string;
  /** The head of the agency, who receives escalations. */
  @Column('text', { name: 'head_email', nullable: true }) headEmail!: string | null;
  @Column('boolean', { default: true }) active!: boolean;
}
