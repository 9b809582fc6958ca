import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CaseKind } from '@hotline/contracts';

/** Upper-case letters and digits in parts joined by `.`, `-` or `_` (e.g. `SXD`, `HN-HAIBATRUNG`, `GIAO-THONG.DUONG-HONG`). */
export const CODE_RULE = /^[A-Z0-9]+(?:[._-][A-Z0-9]+)*$/;
const CODE_MESSAGE = 'A code is 2 to 60 upper-case letters and digits, in parts joined by ".", "-" or "_"';
export const AREA_LEVELS = ['city', 'ward', 'commune'] as const;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** `null` is kept (it clears the field); an absent key stays absent. */
const present = (key: string) => (o: Record<string, unknown>) => o[key] !== undefined && o[key] !== null;
/** An optional field that may not be null: validated whenever the key is there, so `null` is refused (400), not stored. */
const given = (key: string) => (o: Record<string, unknown>) => o[key] !== undefined;

class NamesDto {
  @ApiProperty({ description: 'Vietnamese name' }) @Transform(trim) @IsString() @Length(2, 200) name!: string;
  @ApiProperty({ description: 'English name' }) @Transform(trim) @IsString() @Length(2, 200) nameEn!: string;
}

class CodeDto extends NamesDto {
  @ApiProperty({ description: CODE_MESSAGE, example: 'SXD' })
  @Transform(trim)
  @IsString()
  @Length(2, 60)
  @Matches(CODE_RULE, { message: CODE_MESSAGE })
  code!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The parent’s code (a tree of the same kind)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  parentCode?: string | null;
}

class NamesPatchDto {
  @ApiPropertyOptional() @ValidateIf(given('name')) @Transform(trim) @IsString() @Length(2, 200) name?: string;
  @ApiPropertyOptional() @ValidateIf(given('nameEn')) @Transform(trim) @IsString() @Length(2, 200) nameEn?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The parent’s code; null makes it a root' })
  @ValidateIf(present('parentCode'))
  @IsString()
  @MaxLength(60)
  parentCode?: string | null;
  @ApiPropertyOptional({ description: 'false hides it from pickers and new cases; existing cases keep it' })
  @ValidateIf(given('active'))
  @IsBoolean()
  active?: boolean;
}

export class CreateAgencyDto extends CodeDto {
  @ApiProperty({ description: 'Where new cases and reminders are sent' }) @Transform(trim) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The head, who receives escalations' })
  @ValidateIf(present('headEmail'))
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  headEmail?: string | null;
}

export class UpdateAgencyDto extends NamesPatchDto {
  @ApiPropertyOptional() @ValidateIf(given('email')) @Transform(trim) @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf(present('headEmail'))
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  headEmail?: string | null;
}

export class CreateAreaDto extends CodeDto {
  @ApiProperty({ enum: AREA_LEVELS }) @IsIn(AREA_LEVELS) level!: (typeof AREA_LEVELS)[number];
}

export class UpdateAreaDto extends NamesPatchDto {
  @ApiPropertyOptional({ enum: AREA_LEVELS }) @ValidateIf(given('level')) @IsIn(AREA_LEVELS) level?: (typeof AREA_LEVELS)[number];
}

export class CreateCategoryDto extends CodeDto {}
export class UpdateCategoryDto extends NamesPatchDto {}

export class AdminAgencyDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) headEmail!: string | null;
  @ApiProperty() active!: boolean;
}

export class AdminAreaDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: AREA_LEVELS }) level!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({
    enum: ['none', 'approximate', 'imported'],
    description: 'Whether the area has a boundary (GeoJSON import, docs/place.md), and whether it is a drawn approximation',
  })
  boundary!: 'none' | 'approximate' | 'imported';
}

export class AdminCategoryDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty() active!: boolean;
}

const PRIORITY = 'Among rules naming as many criteria, the higher priority wins (-1000 to 1000)';

export class CreateRoutingRuleDto {
  @ApiPropertyOptional({ enum: CaseKind, nullable: true, description: 'null: any kind' })
  @ValidateIf(present('kind'))
  @IsEnum(CaseKind)
  kind?: CaseKind | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null: any category; a parent category covers its sub-categories' })
  @ValidateIf(present('categoryCode'))
  @IsString()
  @MaxLength(60)
  categoryCode?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null: any area; an area covers the areas under it' })
  @ValidateIf(present('areaCode'))
  @IsString()
  @MaxLength(60)
  areaCode?: string | null;
  @ApiProperty({ description: 'The agency the matching cases go to' }) @IsString() @MaxLength(60) agencyCode!: string;
  @ApiPropertyOptional({ default: 0, description: PRIORITY })
  @ValidateIf(given('priority'))
  @IsInt()
  @Min(-1000)
  @Max(1000)
  priority?: number;
}

export class UpdateRoutingRuleDto {
  @ApiPropertyOptional({ enum: CaseKind, nullable: true }) @ValidateIf(present('kind')) @IsEnum(CaseKind) kind?: CaseKind | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(present('categoryCode')) @IsString() @MaxLength(60) categoryCode?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(present('areaCode')) @IsString() @MaxLength(60) areaCode?:
    string | null;
  @ApiPropertyOptional() @ValidateIf(given('agencyCode')) @IsString() @MaxLength(60) agencyCode?: string;
  @ApiPropertyOptional({ description: PRIORITY }) @ValidateIf(given('priority')) @IsInt() @Min(-1000) @Max(1000) priority?: number;
  @ApiPropertyOptional({ description: 'false retires the rule (kept for the history of routed cases)' })
  @ValidateIf(given('active'))
  @IsBoolean()
  active?: boolean;
}

export class RoutingRuleDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CaseKind, nullable: true }) kind!: CaseKind | null;
  @ApiProperty({ nullable: true, type: String }) categoryCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) areaCode!: string | null;
  @ApiProperty() agencyCode!: string;
  @ApiProperty() priority!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
}
