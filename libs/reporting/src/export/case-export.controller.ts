import { Controller, Get, Ip, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { AuditService } from '@hotline/audit';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { CaseExportService } from './case-export.service';
import { CaseExportQueryDto } from './dto/case-export.dto';

@ApiTags('cases (staff)')
@Controller('api/v1/cases')
export class CaseExportController {
  constructor(
    private readonly exports: CaseExportService,
    private readonly audit: AuditService,
  ) {}

  @Get('export.csv')
  @Policy('export', 'Case')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Every case of the staff list with these filters, as CSV (UTF-8); a denouncer’s identity is never included',
  })
  async csv(
    @Query() query: CaseExportQueryDto,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
    // Recorded before the query starts: an export the audit log cannot hold does not happen, and no await lies between
    // the stream's start and Fastify taking it (a stream that fails while nobody listens would end the process).
    // A phone number or search text may be personal data: the log says they were used, not what they were.
    const { phone, q, ...filters } = query;
    await this.audit.exported({
      actor,
      what: 'cases.csv',
      format: 'csv',
      filters: { ...filters, ...(phone ? { phone: '[given]' } : {}), ...(q ? { q: '[given]' } : {}) },
      rows: null,
      ip,
    });
    const stream = await this.exports.csv(query, actor);
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ho-so.csv"');
    return stream;
  }
}
