import { Controller, Get, Ip, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '@hotline/audit';
import { CurrentActor, Policy } from '@hotline/platform';
import type { Actor } from '@hotline/contracts';
import { uuidParam } from '../council-access';
import { SessionReportDto, SessionReportQueryDto } from './session-report.dto';
import { sessionReportPdf } from './session-report.pdf';
import { SessionReportService } from './session-report.service';
import { sessionReportXlsx } from './session-report.xlsx';

@ApiTags('reports')
@Controller('api/v1/reports/council-sessions')
export class SessionReportController {
  constructor(
    private readonly reports: SessionReportService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id')
  @Policy('read', 'CouncilSession')
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @ApiOkResponse({
    type: SessionReportDto,
    description: 'The voter-petition summary of the session: by agency, with status, answer and totals (JSON; XLSX or PDF with format=)',
  })
  async report(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: SessionReportQueryDto,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionReportDto | Buffer> {
    const report = await this.reports.build(id);
    const format = query.format ?? 'json';
    if (format === 'json') return report;
    await this.audit.exported({
      actor,
      what: 'reports.council-session',
      format,
      filters: { sessionId: id },
      rows: report.totals.total,
      ip,
    });
    const file = `bao-cao-kien-nghi-ky-hop-${report.session.number}`;
    if (format === 'xlsx') {
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file}.xlsx"`);
      return sessionReportXlsx(report);
    }
    void reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${file}.pdf"`);
    return sessionReportPdf(report);
  }
}
