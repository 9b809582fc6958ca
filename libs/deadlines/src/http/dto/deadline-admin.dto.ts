import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { IsYear } from '@hotline/platform';

const UNITS = ['working_days', 'calendar_days', 'working_hours'] as const;

/** A new version of the rule for (kind, clock); the previous version stays attached to the cases that began with it. */
export class DeadlineRuleDto {
  @ApiPropertyOptional({ enum: CaseKind, nullable: true, description: 'Omit for the rule every kind uses unless it has its own' })
  @IsOptional()
  @IsEnum(CaseKind)
  kind?: CaseKind;

  @ApiProperty({ example: 'answer' }) @Matches(/^[a-z][a-z_]{1,39}$/, { message: 'clock must be a short lower-case name' }) clock!: string;
  @ApiPropertyOptional({ enum: CaseChannel, isArray: true, description: 'Omit for every channel; e.g. [walk_in] for the walk-in notice' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsEnum(CaseChannel, { each: true })
  channels?: CaseChannel[];
  @ApiProperty({ enum: CaseStatus, isArray: true }) @IsArray() @ArrayNotEmpty() @IsEnum(CaseStatus, { each: true }) startsOn!: CaseStatus[];
  @ApiProperty({ enum: CaseStatus, isArray: true }) @IsArray() @ArrayNotEmpty() @IsEnum(CaseStatus, { each: true }) metOn!: CaseStatus[];
  @ApiProperty({ example: 5 }) @IsNumber() @IsPositive() @Max(400) length!: number;
  @ApiProperty({ enum: UNITS }) @IsIn(UNITS) unit!: (typeof UNITS)[number];
  @ApiPropertyOptional() @IsOptional() @IsNumber() @IsPositive() @Max(400) urgentLength?: number;
  @ApiPropertyOptional({ enum: UNITS }) @IsOptional() @IsIn(UNITS) urgentUnit?: (typeof UNITS)[number];
  @ApiPropertyOptional() @IsOptional() @IsNumber() @IsPositive() @Max(400) extensionLength?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10) extensionMaxCount?: number;
  @ApiPropertyOptional({ enum: CaseStatus, isArray: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseStatus, { each: true })
  stopsOn?: CaseStatus[];
  @ApiProperty({ example: 'Luật Tố cáo 2018, Điều 30' }) @IsString() @Length(3, 500) source!: string;
}

export const CALENDAR_DAY_KINDS = ['holiday', 'compensation', 'swapped_day_off', 'make_up_working_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export class CalendarDayDto {
  @ApiProperty({ description: 'true for a make-up working Saturday, false for a day off' }) @IsBoolean() working!: boolean;
  @ApiProperty({ enum: CALENDAR_DAY_KINDS }) @IsIn(CALENDAR_DAY_KINDS) kind!: CalendarDayKind;
  @ApiProperty() @IsString() @Length(2, 200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) source?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() verified?: boolean;
}

export class CalendarQueryDto {
  @ApiProperty({ example: 2026, description: 'A year in 2000..2100' }) @IsYear() year!: number;
}

/** One day of the calendar as entered (or, for a year with none, as computed). */
export class CalendarDayViewDto {
  @ApiProperty({ example: '2026-09-01' }) date!: string;
  @ApiProperty({ description: 'true for a make-up working Saturday, false for a day off' }) working!: boolean;
  @ApiProperty({ enum: CALENDAR_DAY_KINDS }) kind!: CalendarDayKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty() verified!: boolean;
}

export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({
    enum: ['entered', 'computed'],
    description: 'computed: no day entered for the year, the statutory holidays as the engine computes them',
  })
  source!: 'entered' | 'computed';
  @ApiProperty({ type: [CalendarDayViewDto] }) days!: CalendarDayViewDto[];
}

/** A version of a deadline rule as stored. */
export class DeadlineRuleViewDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CaseKind, nullable: true, description: 'null: the rule of every kind without one of its own' })
  kind!: CaseKind | null;
  @ApiProperty({ example: 'answer' }) clock!: string;
  @ApiProperty({ enum: CaseChannel, isArray: true, nullable: true, description: 'null: every channel' }) channels!: CaseChannel[] | null;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: CaseStatus, isArray: true }) startsOn!: CaseStatus[];
  @ApiProperty({ enum: CaseStatus, isArray: true }) metOn!: CaseStatus[];
  @ApiProperty() length!: number;
  @ApiProperty({ enum: UNITS }) unit!: (typeof UNITS)[number];
  @ApiProperty({ type: Number, nullable: true }) urgentLength!: number | null;
  @ApiProperty({ enum: UNITS, nullable: true }) urgentUnit!: (typeof UNITS)[number] | null;
  @ApiProperty({ type: Number, nullable: true }) extensionLength!: number | null;
  @ApiProperty() extensionMaxCount!: number;
  @ApiProperty({ enum: CaseStatus, isArray: true }) stopsOn!: CaseStatus[];
  @ApiProperty() source!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
}
