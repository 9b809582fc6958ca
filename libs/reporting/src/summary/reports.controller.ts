import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Role } from '@hotline/contracts';
import { CurrentActor, StaffOnly } from '@hotline/platform';
import { SummaryDto, SummaryQueryDto } from './dto/summary.dto';
import { summaryCsv, summaryXlsx } from './summary-table';
import { SummaryService } from './summary.service';

export const REPORT_READERS = [Role.Secretariat, Role.CouncilMember, Role.Admin, Role.AgencyOfficer];

@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly summaries: SummaryService) {}

  @Get('summary')
  @StaffOnly(...REPORT_READERS)
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ type: SummaryDto, description: 'Agency officers see only their own agency’s figures' })
  async summary(@Query() query: SummaryQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<SummaryDto | string | Buffer> {
    const summary = await this.summaries.summary(query, actor);
    const name = `tong-hop-${summary.from}-${summary.to}`;
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
}
