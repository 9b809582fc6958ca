import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { Actor } from '@hotline/contracts';
import { ALL_STAFF, CurrentActor, StaffOnly } from '@hotline/platform';
import { CaseExportService } from './case-export.service';
import { CaseExportQueryDto } from './dto/case-export.dto';

@ApiTags('cases (staff)')
@Controller('api/v1/cases')
export class CaseExportController {
  constructor(private readonly exports: CaseExportService) {}

  @Get('export.csv')
  @StaffOnly(...ALL_STAFF)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every case of the staff list with these filters, as CSV (UTF-8); a denouncer’s identity is never included' })
  async csv(@Query() query: CaseExportQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    const stream = await this.exports.csv(query, actor);
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ho-so.csv"');
    return stream;
  }
}
