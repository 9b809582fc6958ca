import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NamedRefDto } from '@hotline/cases';
import { IsLocalDate } from '@hotline/platform';
import { AnswerTimeDto, GroupValueDto, RateDto } from '../../summary/dto/summary.dto';

export class DisclosureQueryDto {
  @ApiPropertyOptional({ description: 'First day (Hà Nội date, inclusive); default: 1 January of `to`’s year', example: '2026-01-01' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day (Hà Nội date, inclusive); default: today', example: '2026-12-31' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class AgencyResultsDto {
  @ApiPropertyOptional({ type: GroupValueDto, nullable: true, description: 'null: cases not (yet) assigned to an agency' })
  agency!: GroupValueDto | null;
  @ApiProperty() received!: number;
  @ApiProperty() answered!: number;
  @ApiProperty({ type: RateDto }) answeredOnTime!: RateDto;
  @ApiProperty({ type: RateDto }) resolved!: RateDto;
  @ApiProperty({ type: RateDto }) satisfaction!: RateDto;
  @ApiProperty({ type: AnswerTimeDto }) answerWorkingDays!: AnswerTimeDto;
  @ApiProperty() overdueOpen!: number;
  @ApiProperty({ description: 'Fewer than 10 cases: rates are not comparable' }) smallSample!: boolean;
}

export class PublishedAttachmentDto {
  @ApiProperty({ description: 'Download at /api/v1/public/attachments/{id}' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ description: 'An image, with a thumbnail at /api/v1/public/attachments/{id}/thumbnail' }) thumbnail!: boolean;
}

export class PublishedAnswerDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: NamedRefDto }) category?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) area?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) agency?: NamedRefDto;
  @ApiProperty() status!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty() answeredAt!: Date;
  @ApiProperty({ description: 'The answer as staff published it, personal data masked' }) answer!: string;
  @ApiProperty({ type: [PublishedAttachmentDto], description: 'The attachments staff confirmed for publication' })
  attachments!: PublishedAttachmentDto[];
}

export class PublishedAnswersDto {
  @ApiProperty({ type: [PublishedAnswerDto] }) items!: PublishedAnswerDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class DisclosureDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'Figures for the cases received in the period, as of this instant' }) asOf!: Date;
  @ApiProperty({ type: [AgencyResultsDto] }) agencies!: AgencyResultsDto[];
  @ApiProperty({ type: PublishedAnswersDto, description: 'Answers to public cases given in the period, newest first; no personal data' })
  answers!: PublishedAnswersDto;
}
