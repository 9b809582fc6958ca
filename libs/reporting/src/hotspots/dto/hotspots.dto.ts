import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseKind } from '@hotline/contracts';
import { SummaryQueryDto } from '../../summary/dto/summary.dto';

/** The summary's period (from, to: the same defaults and checks), and what to count. */
export class HotspotQueryDto extends PickType(SummaryQueryDto, ['from', 'to'] as const) {
  @ApiPropertyOptional({ enum: CaseKind, enumName: 'CaseKind' }) @IsOptional() @IsEnum(CaseKind) kind?: CaseKind;

  @ApiPropertyOptional({ description: 'Category code (includes sub-categories)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;
}

export const HOTSPOT_LEVELS = ['ward', 'cell'] as const;
export type HotspotLevel = (typeof HOTSPOT_LEVELS)[number];

export class HotspotGeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] }) type!: 'Polygon' | 'MultiPolygon';
  @ApiProperty({
    description: 'GeoJSON coordinates, [lng, lat] (a Polygon: rings; a MultiPolygon: polygons of rings)',
    type: 'array',
    items: {},
  })
  coordinates!: unknown[];
}

export class HotspotPropertiesDto {
  @ApiProperty({ enum: HOTSPOT_LEVELS, description: 'ward: an area (its boundary); cell: an H3 hexagon' }) level!: HotspotLevel;
  @ApiPropertyOptional({ description: 'The area’s code (level ward)' }) code?: string;
  @ApiPropertyOptional({ description: 'The area’s name (level ward)' }) name?: string;
  @ApiPropertyOptional({ description: 'Its boundary is a drawn approximation (level ward)' }) approximate?: boolean;
  @ApiPropertyOptional({ description: 'The H3 cell index (level cell)' }) cell?: string;
  @ApiPropertyOptional({ description: 'The H3 resolution of the cell (level cell)' }) resolution?: number;
  @ApiProperty({ description: 'Cases received in the period' }) count!: number;
  @ApiProperty({ description: 'Of them, open now' }) open!: number;
  @ApiProperty({ description: 'Of them, open and past their earliest due date now' }) overdue!: number;
}

export class HotspotFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type!: 'Feature';
  @ApiPropertyOptional({
    type: HotspotGeometryDto,
    nullable: true,
    description: 'null for an area without a boundary (still counted, listed in the table)',
  })
  geometry!: HotspotGeometryDto | null;
  @ApiProperty({ type: HotspotPropertiesDto }) properties!: HotspotPropertiesDto;
}

export class HotspotCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: 'FeatureCollection';
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() asOf!: Date;
  @ApiProperty({ description: 'The H3 resolution of the cells' }) resolution!: number;
  @ApiProperty({ description: 'Cases in the period (each counted once, in its area)' }) total!: number;
  @ApiProperty({ description: 'Of them, with a location (counted in a cell)' }) located!: number;
  @ApiProperty({
    description:
      'Public map only: cells with fewer published cases than this are not drawn (their cases still count in their ward); 0 for staff',
  })
  minCellCount!: number;
  @ApiProperty({ type: [HotspotFeatureDto], description: 'Wards first, then cells, each level by count descending' })
  features!: HotspotFeatureDto[];
}
