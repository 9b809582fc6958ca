import { Controller, Get, Ip, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '@hotline/audit';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { SummaryDto, SummaryQueryDto, TrendDto, TrendQueryDto } from './dto/summary.dto';
import { summaryCsv, summaryXlsx } from './summary-table';
import { SummaryService } from './summary.service';

@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly summaries: SummaryService,
    private readonly audit: AuditService,
  ) {}

  @Get('summary')
  @Policy('read', 'Report')
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ type: SummaryDto, description: 'Agency officers see only their own agency’s figures' })
  async summary(
    @Query() query: SummaryQueryDto,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SummaryDto | string | Buffer> {
    const summary = await this.summaries.summary(query, actor);
    const name = `tong-hop-${summary.from}-${summary.to}`;
    if (query.format === 'csv' || query.format === 'xlsx') {
      await this.audit.exported({
        actor,
        what: 'reports.summary',
        format: query.format,
        filters: { from: summary.from, to: summary.to, groupBy: summary.groupBy },
        rows: summary.groups.length,
        ip,
      });
    }
    if (query.format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
      return summaryCsv(summary);
    }
    if (query.format === 'xlsx') {
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return summaryXlsx(summary);
    }
    return summary;
  }

  @Get('trend')
  @Policy('read', 'Report')
  @ApiOkResponse({
    type: TrendDto,
    description: 'Month by month, with the same days of the previous period; own agency for agency officers',
  })
  trend(@Query() query: TrendQueryDto, @CurrentActor() actor: Actor): Promise<TrendDto> {
    return this.summaries.trend(query, actor);
  }
}
