import { Controller, Get, Ip, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '@hotline/audit';
import { CurrentActor, Policy } from '@hotline/platform';
import { Actor } from '@hotline/contracts';
import { CasePrintService } from '../printing/case-print.service';
import { caseIdPipe } from './case-id.pipe';
import { CaseQueryService } from './case-query.service';
import { CaseDetailDto, CaseListDto, CaseListQueryDto } from './dto/case-list.dto';

/** The staff's list of cases and a case's detail, each as the actor's role may see it. */
@ApiTags('cases (staff)')
@Controller('api/v1/cases')
export class CaseListController {
  constructor(
    private readonly queries: CaseQueryService,
    private readonly printing: CasePrintService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Policy('list', 'Case')
  @ApiOkResponse({ type: CaseListDto })
  list(@Query() query: CaseListQueryDto, @CurrentActor() actor: Actor): Promise<CaseListDto> {
    return this.queries.list(query, actor);
  }

  @Get(':id')
  @Policy('read', 'Case')
  @ApiOkResponse({ type: CaseDetailDto })
  detail(@Param('id', caseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    return this.queries.detail(id, actor);
  }

  @Get(':id/sheet.pdf')
  @Policy('read', 'Case')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The case on an A4 sheet (PDF), showing exactly what the caller’s role sees of it in its detail' })
  async sheet(
    @Param('id', caseIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { trackingCode, pdf } = await this.printing.sheet(id, actor);
    await this.audit.exported({ actor, what: 'case.sheet', format: 'pdf', filters: { caseId: id }, rows: 1, ip });
    void reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="ho-so-${trackingCode}.pdf"`);
    return pdf;
  }
}
