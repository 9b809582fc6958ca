import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsLatitude, IsLongitude, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { NamedRefDto } from '../../reference/named-ref';

/** What the operator has typed so far: the text, and the category, area and place when known. */
export class SimilarCasesQueryDto {
  @ApiProperty({ example: 'o ga pho Hue truoc so 120', description: 'Title and/or description typed so far (diacritics optional)' })
  @IsString()
  @Length(5, 4000)
  q!: string;

  @ApiPropertyOptional({ example: 'HN-HAIBATRUNG' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  area?: string;

  @ApiPropertyOptional({ example: 'GIAO-THONG.DUONG-HONG' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @ApiPropertyOptional({ example: 21.0122, description: 'With lng: cases within 50 m count as the same place' })
  @ValidateIf((o: SimilarCasesQueryDto) => o.lat !== undefined || o.lng !== undefined)
  @Type(() => Number)
  @IsLatitude({ message: 'lat must be a latitude (given together with lng)' })
  lat?: number;

  @ApiPropertyOptional({ example: 105.8502 })
  @ValidateIf((o: SimilarCasesQueryDto) => o.lat !== undefined || o.lng !== undefined)
  @Type(() => Number)
  @IsLongitude({ message: 'lng must be a longitude (given together with lat)' })
  lng?: number;
}

export class SimilarCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiPropertyOptional({ type: NamedRefDto }) category?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) area?: NamedRefDto;
  @ApiProperty({ description: 'pg_trgm similarity of the unaccented texts, 0-1' }) score!: number;
  @ApiPropertyOptional({ description: 'Metres between the two places, when both have coordinates' }) distanceMeters?: number;
}

export class SimilarCasesDto {
  @ApiProperty({ type: [SimilarCaseDto] }) items!: SimilarCaseDto[];
}

export class MergeCaseDto {
  @ApiProperty({ description: 'The case that stays open and receives this one' })
  @IsUUID('all', { message: 'intoCaseId must be a case id (UUID)' })
  intoCaseId!: string;

  @ApiProperty({ example: 'Cùng phản ánh ổ gà trước số 120 phố Huế.' })
  @IsString()
  @Length(5, 2000)
  reason!: string;
}
