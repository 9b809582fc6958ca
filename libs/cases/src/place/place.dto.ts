import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

/** A GeoJSON Polygon or MultiPolygon, [lng, lat] (WGS 84). */
export class BoundaryGeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] }) type!: 'Polygon' | 'MultiPolygon';
  @ApiProperty({ type: 'array', items: {}, description: 'Polygon: rings of [lng, lat]; MultiPolygon: polygons of rings' })
  coordinates!: unknown[];
}

export class AreaFeaturePropertiesDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ description: 'A drawn approximation (the demo city), not survey data' }) approximate!: boolean;
}

export class AreaFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type!: 'Feature';
  @ApiProperty() properties!: AreaFeaturePropertiesDto;
  @ApiProperty() geometry!: BoundaryGeometryDto;
}

/** The active areas that have a boundary, as a GeoJSON FeatureCollection: the map's ward layer. */
export class AreaBoundariesDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: 'FeatureCollection';
  @ApiProperty({ type: [AreaFeatureDto] }) features!: AreaFeatureDto[];
}

export class MapConfigDto {
  @ApiProperty({ nullable: true, type: String, description: 'Leaflet tile URL template; null: draw the area boundaries alone' })
  tileUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) attribution!: string | null;
}

const APPROXIMATE = 'Mark the boundaries as drawn approximations (default false: survey data)';

/**
 * A GeoJSON FeatureCollection of area boundaries, each feature naming its area by `properties.code`. The members some
 * tools add (`name`, `crs`, `bbox`) are accepted and ignored; the features are checked one by one by the service, so
 * each problem names its feature (`features[3].geometry`).
 */
export class ImportBoundariesDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) @IsIn(['FeatureCollection']) type!: 'FeatureCollection';
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Features: {type: "Feature", properties: {code}, geometry}' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsObject({ each: true })
  features!: Record<string, unknown>[];
  @ApiPropertyOptional({ description: APPROXIMATE }) @IsOptional() @IsBoolean() approximate?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) name?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject() crs?: object;
  @ApiPropertyOptional({ type: [Number] }) @IsOptional() @IsArray() bbox?: number[];
}

/** One area's boundary: a GeoJSON Polygon or MultiPolygon, checked by the service (problems name `geometry`). */
export class SetBoundaryDto {
  @ApiProperty({ type: BoundaryGeometryDto }) @IsObject() geometry!: Record<string, unknown>;
  @ApiPropertyOptional({ description: APPROXIMATE }) @IsOptional() @IsBoolean() approximate?: boolean;
}

export class BoundaryImportResultDto {
  @ApiProperty({ description: 'The codes of the areas whose boundary was set', type: [String] }) updated!: string[];
}

export class LocateQueryDto {
  @ApiProperty({ example: 21.0285 }) @Type(() => Number) @IsLatitude() lat!: number;
  @ApiProperty({ example: 105.8542 }) @Type(() => Number) @IsLongitude() lng!: number;
}

/** Where a point lies, as intake would place a case there (docs/place.md). */
export class PlacementDto {
  @ApiProperty({ description: 'Outside every top-level boundary: a case there is refused (location_outside_city)' }) outside!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'The most specific area holding the point; null: none' })
  areaCode!: string | null;
}
