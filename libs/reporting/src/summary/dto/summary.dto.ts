import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { COMMA_LIST_PARAM, commaList, IsLocalDate } from '@hotline/platform';
import { DIMENSION_NAMES, DimensionName, MAX_GROUP_DIMENSIONS } from '../../rollups/rollup-sql';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class SummaryQueryDto {
  @ApiPropertyOptional({
    description: 'First day received (Hà Nội date, inclusive); default: 1 January of `to`’s year',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day received (Hà Nội date, inclusive); default: today', example: '2026-12-31' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({
    ...COMMA_LIST_PARAM,
    enum: DIMENSION_NAMES,
    enumName: 'DimensionName',
    description: `One or two comma-separated dimensions: ${DIMENSION_NAMES.join(', ')}`,
    example: 'agency,kind',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(MAX_GROUP_DIMENSIONS, { message: `groupBy takes at most ${MAX_GROUP_DIMENSIONS} dimensions` })
  @IsIn(DIMENSION_NAMES, { each: true, message: `groupBy must be a comma-separated list of ${DIMENSION_NAMES.join(', ')}` })
  groupBy?: DimensionName[];

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class RateDto {
  @ApiProperty({ description: 'Cases that meet the condition' }) count!: number;
  @ApiProperty({ description: 'Cases the rate is taken over' }) of!: number;
  @ApiPropertyOptional({ description: 'count / of in percent, one decimal; absent when `of` is 0', nullable: true }) percent!:
    number | null;
}

export class GroupValueDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
}

export class AnswerTimeDto {
  @ApiProperty({ description: 'Answered cases the figures are taken over' }) answered!: number;
  @ApiPropertyOptional({ description: 'Median working days from receipt to the first answer (60 means 60 or more)', nullable: true })
  median!: number | null;
  @ApiPropertyOptional({
    description: '90th percentile (nearest rank) of the working days to the first answer (60 means 60 or more)',
    nullable: true,
  })
  p90!: number | null;
}

export class ApprovalWaitDto {
  @ApiProperty({ description: 'Times an answer waited for the agency head’s approval (until approved or sent back)' }) waits!: number;
  @ApiPropertyOptional({ description: 'Mean wait in hours, one decimal; absent when no answer waited', nullable: true })
  meanHours!: number | null;
}

export class SummaryFiguresDto {
  @ApiProperty() received!: number;
  @ApiProperty({ description: 'Ever routed to an agency' }) routed!: number;
  @ApiProperty({ description: 'Answered at least once' }) answered!: number;
  @ApiProperty({ description: 'Closed after an answer' }) resolved!: number;
  @ApiProperty({ type: RateDto, description: 'Resolved over received' }) resolvedRate!: RateDto;
  @ApiProperty({ type: RateDto, description: 'Answer clock met by its due date, over answered' }) answeredOnTime!: RateDto;
  @ApiProperty({ description: 'Not finished, and not answered and waiting for the citizen’s verdict' }) open!: number;
  @ApiProperty({ description: 'Open with a running clock past its due date now' }) overdueOpen!: number;
  @ApiProperty({ description: 'Open and more than 5 working days past due now' }) veryLate!: number;
  @ApiProperty({ type: AnswerTimeDto }) answerWorkingDays!: AnswerTimeDto;
  @ApiProperty({ type: ApprovalWaitDto, description: 'Time answers spent waiting for the agency head’s approval' })
  approvalWait!: ApprovalWaitDto;
  @ApiProperty({ type: RateDto, description: 'Satisfied over rated by the citizen' }) satisfaction!: RateDto;
  @ApiProperty({ type: RateDto, description: 'Reopened at least once, over answered' }) reopened!: RateDto;
  @ApiProperty({ type: RateDto, description: 'Returned by an agency at least once, over routed' }) returned!: RateDto;
  @ApiProperty({ description: 'Fewer than 10 cases: rates are not comparable' }) smallSample!: boolean;
}

export class SummaryGroupDto extends SummaryFiguresDto {
  @ApiProperty({
    description: 'The group’s value for each groupBy dimension (null: none, e.g. not yet assigned)',
    type: 'object',
    additionalProperties: true,
  })
  key!: Partial<Record<DimensionName, GroupValueDto | null>>;
}

export class SummaryDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) groupBy!: DimensionName[];
  @ApiProperty({ description: 'The instant overdue and very late are counted at' }) asOf!: Date;
  @ApiProperty({ description: 'Groups below this many cases are flagged smallSample' }) smallSampleBelow!: number;
  @ApiProperty({ type: SummaryFiguresDto }) total!: SummaryFiguresDto;
  @ApiProperty({ type: [SummaryGroupDto] }) groups!: SummaryGroupDto[];
}

/** The trend asks for a period only: its buckets are the calendar months it touches. */
export class TrendQueryDto extends PickType(SummaryQueryDto, ['from', 'to'] as const) {}

export class TrendPeriodDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class TrendBucketDto extends TrendPeriodDto {
  @ApiProperty({ type: SummaryFiguresDto }) total!: SummaryFiguresDto;
}

export class TrendMonthDto extends TrendBucketDto {
  @ApiProperty({ description: 'The calendar month (YYYY-MM), its days cut to the period', example: '2026-07' }) month!: string;
  @ApiProperty({ type: TrendBucketDto, description: 'The same days shifted into the previous period (equal length, just before)' })
  previous!: TrendBucketDto;
}

export class TrendDto extends TrendPeriodDto {
  @ApiProperty({ type: TrendPeriodDto, description: 'The period of equal length that ends the day before this one starts' })
  previous!: TrendPeriodDto;
  @ApiProperty({ description: 'The instant overdue and very late are counted at' }) asOf!: Date;
  @ApiProperty({ type: [TrendMonthDto] }) months!: TrendMonthDto[];
}
