import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An administrative unit (city, ward, commune). Cases keep the unit they were filed under even after a reform. */
@Entity('areas')
export class AreaEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index({ unique: true }) @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('text') level!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('boolean', { default: true }) active!: boolean;
  /** GeoJSON Polygon or MultiPolygon ([lng, lat]); null until an admin imports one. */
  @Column('jsonb', { nullable: true }) boundary!:
    { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
  @Column('boolean', { name: 'boundary_approximate', default: false }) boundaryApproximate!: boolean;
}
