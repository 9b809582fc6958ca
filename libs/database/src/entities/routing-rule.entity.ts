import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CaseKind } from '@hotline/contracts';

/** (kind?, category?, area?) → agency. A null criterion matches anything; the most specific match wins. */
@Entity('routing_rules')
export class RoutingRuleEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { nullable: true }) kind!: CaseKind | null;
  @Column('uuid', { name: 'category_id', nullable: true }) categoryId!: string | null;
  @Column('uuid', { name: 'area_id', nullable: true }) areaId!: string | null;
  @Column('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column('int', { default: 0 }) priority!: number;
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
