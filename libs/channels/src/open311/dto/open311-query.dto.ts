import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant } from '@hotline/platform';

/** Clients send every optional argument, empty when unset (`status=&start_date=`): an empty one is absent. */
const EmptyIsAbsent = (): PropertyDecorator => Transform(({ value }) => (value === '' ? undefined : value));

/** An optional Open311 date-time filter (W3C date-time, years 2000..2100); `defaultValue` says what its absence means. */
const OptionalDateTime = (defaultValue: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: `W3C date-time (2000..2100); default: ${defaultValue}`, type: String }),
    IsOptional(),
    IsInstant(),
    EmptyIsAbsent(),
  );

export class Open311JurisdictionQueryDto {
  @ApiPropertyOptional({ example: 'hanoi.hdnd.example.vn' })
  @IsOptional()
  @EmptyIsAbsent()
  @IsString()
  @MaxLength(100)
  jurisdiction_id?: string;

  @ApiPropertyOptional({ description: 'Accepted and ignored on reads (some clients always send it)' })
  @IsOptional()
  @EmptyIsAbsent()
  @IsString()
  @MaxLength(200)
  api_key?: string;
}

export class Open311RequestsQueryDto extends Open311JurisdictionQueryDto {
  @ApiPropertyOptional({ description: 'Comma-separated service_request_ids; when given, the other filters are ignored' })
  @IsOptional()
  @EmptyIsAbsent()
  @IsString()
  @MaxLength(4000)
  service_request_id?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @EmptyIsAbsent()
  @IsString()
  @MaxLength(64)
  service_code?: string;

  @OptionalDateTime('90 days before end_date')
  start_date?: Date;

  @OptionalDateTime('now')
  end_date?: Date;

  @ApiPropertyOptional({ description: 'open, closed, or both comma-separated' })
  @IsOptional()
  @EmptyIsAbsent()
  @IsString()
  @MaxLength(20)
  status?: string;
}

export class Open311UpdatesQueryDto extends Open311JurisdictionQueryDto {
  @OptionalDateTime('one day before end_date')
  start_date?: Date;

  @OptionalDateTime('now')
  end_date?: Date;
}
