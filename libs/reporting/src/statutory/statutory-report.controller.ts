import { Controller, Get, Ip, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { AuditService } from '@hotline/audit';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { parseStatutoryPeriod } from './statutory-period';
import { STATUTORY_FORMS, StatutoryForm, StatutoryReportService } from './statutory-report.service';
import { statutoryReportXlsx } from './statutory-report.xlsx';

export class StatutoryQueryDto {
  @ApiProperty({ example: '2026-Q1', description: 'YYYY-Q1..Q4, YYYY-6M, YYYY-9M or YYYY-Y (422 invalid_report_period otherwise)' })
  @IsOptional()
  @IsString()
  period?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: 'format must be json or xlsx' })
  format?: 'json' | 'xlsx';
}

class StatutoryFigureDto {
  @ApiProperty() value!: number;
  @ApiProperty({ type: [String], description: 'The ids of the records counted (cases; receptions on the reception form)' }) ids!: string[];
  @ApiProperty({ type: [String], description: 'The same records as tracking codes (register numbers)' }) refs!: string[];
}

class StatutoryRowDto {
  @ApiProperty({ type: Number, nullable: true }) no!: number | null;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'The list behind the row (the case list or the reception register, filtered)' }) drillDown!: string;
  @ApiProperty({ type: [StatutoryFigureDto] }) figures!: StatutoryFigureDto[];
}

class StatutoryPeriodDto {
  @ApiProperty() code!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() label!: string;
}

export class StatutoryReportDto {
  @ApiProperty({ enum: STATUTORY_FORMS }) form!: StatutoryForm;
  @ApiProperty() title!: string;
  @ApiProperty({ type: StatutoryPeriodDto }) period!: StatutoryPeriodDto;
  @ApiProperty({ type: [String] }) columns!: string[];
  @ApiProperty() rowHeading!: string;
  @ApiProperty({ type: [StatutoryRowDto] }) rows!: StatutoryRowDto[];
  @ApiProperty() generatedAt!: Date;
}

@ApiTags('reports')
@Controller('api/v1/reports/statutory')
export class StatutoryReportController {
  constructor(
    private readonly reports: StatutoryReportService,
    private readonly audit: AuditService,
  ) {}

  @Get(':form')
  @Policy('read', 'StatutoryReport')
  @ApiParam({ name: 'form', enum: STATUTORY_FORMS })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    type: StatutoryReportDto,
    description: 'A TT 02/2021/TT-TTCP appendix form for the period; each figure with its records',
  })
  async report(
    @Param('form') form: string,
    @Query() query: StatutoryQueryDto,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatutoryReportDto | Buffer> {
    if (!(STATUTORY_FORMS as readonly string[]).includes(form)) {
      throw new InvalidInputError('form', `form must be one of ${STATUTORY_FORMS.join(', ')}`);
    }
    const report = await this.reports.report(form as StatutoryForm, parseStatutoryPeriod(query.period));
    if (query.format !== 'xlsx') return report;
    await this.audit.exported({
      actor,
      what: `reports.statutory.${form}`,
      format: 'xlsx',
      filters: { period: report.period.code },
      rows: report.rows.length,
      ip,
    });
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="bao-cao-${form}-${report.period.code}.xlsx"`);
    return statutoryReportXlsx(report);
  }
}
