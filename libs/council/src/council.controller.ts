import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, StaffOnly } from '@hotline/auth';
import { Actor, Role } from '@hotline/contracts';
import { InvalidInputError } from '@hotline/platform';
import { sessionReportPdf } from './session-report/session-report.pdf';
import { SessionReportService } from './session-report/session-report.service';
import { sessionReportXlsx } from './session-report/session-report.xlsx';
import { CouncilSessionsService } from './sessions/council-sessions.service';
import { CouncilSessionDto, CreateCouncilSessionDto, LinkCasesDto, UpdateCouncilSessionDto } from './sessions/dto/council-session.dto';
import { CouncilTargetsService } from './targets/council-targets.service';
import { CouncilTargetQueryDto, CreateCouncilTargetDto } from './targets/dto/council-target.dto';
import { CouncilTargetDetailDto, CouncilTargetDto } from './targets/dto/council-target-view.dto';
import { SessionReportDto } from './session-report/session-report.dto';

const EDITORS = [Role.Secretariat, Role.Admin];
const READERS = [Role.Secretariat, Role.Admin, Role.CouncilMember];
const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });
const FORMATS = ['json', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

@ApiTags('council sessions')
@Controller('api/v1/council/sessions')
export class CouncilSessionsController {
  constructor(private readonly sessions: CouncilSessionsService) {}

  @Get()
  @StaffOnly(...READERS)
  @ApiOkResponse({ type: [CouncilSessionDto] })
  list(): Promise<CouncilSessionDto[]> {
    return this.sessions.list();
  }

  @Get(':id')
  @StaffOnly(...READERS)
  @ApiOkResponse({ type: CouncilSessionDto })
  get(@Param('id', uuid('id')) id: string): Promise<CouncilSessionDto> {
    return this.sessions.get(id);
  }

  @Post()
  @StaffOnly(...EDITORS)
  @ApiCreatedResponse({ type: CouncilSessionDto, description: 'Petitions already received inside the voter-meeting period are linked at once' })
  create(@Body() body: CreateCouncilSessionDto): Promise<CouncilSessionDto> {
    return this.sessions.create(body);
  }

  @Patch(':id')
  @StaffOnly(...EDITORS)
  @ApiOkResponse({ type: CouncilSessionDto, description: 'A changed period re-derives the period links; manual links stay' })
  update(@Param('id', uuid('id')) id: string, @Body() body: UpdateCouncilSessionDto): Promise<CouncilSessionDto> {
    return this.sessions.update(id, body);
  }

  @Delete(':id')
  @StaffOnly(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('id', uuid('id')) id: string): Promise<void> {
    return this.sessions.remove(id);
  }

  @Post(':id/cases')
  @StaffOnly(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: CouncilSessionDto, description: 'Links cases of any kind to the session by hand' })
  link(@Param('id', uuid('id')) id: string, @Body() body: LinkCasesDto): Promise<CouncilSessionDto> {
    return this.sessions.linkCases(id, body.caseIds);
  }

  @Delete(':id/cases/:caseId')
  @StaffOnly(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The case stays unlinked even if a period later covers it' })
  unlink(@Param('id', uuid('id')) id: string, @Param('caseId', uuid('caseId')) caseId: string): Promise<void> {
    return this.sessions.unlinkCase(id, caseId);
  }
}

@ApiTags('council targets')
@Controller('api/v1/council/targets')
export class CouncilTargetsController {
  constructor(private readonly targets: CouncilTargetsService) {}

  @Get()
  @StaffOnly(...READERS)
  @ApiOkResponse({ type: [CouncilTargetDto], description: 'Targets and tasks with their progress status computed now' })
  list(@Query() query: CouncilTargetQueryDto): Promise<CouncilTargetDto[]> {
    return this.targets.list(query);
  }

  @Get(':id')
  @StaffOnly(...READERS)
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  detail(@Param('id', uuid('id')) id: string): Promise<CouncilTargetDetailDto> {
    return this.targets.detail(id);
  }

  @Post()
  @StaffOnly(...EDITORS)
  @ApiCreatedResponse({ type: CouncilTargetDetailDto })
  create(@Body() body: CreateCouncilTargetDto, @CurrentActor() actor: Actor): Promise<CouncilTargetDetailDto> {
    return this.targets.create(body, actor);
  }

  @Post(':id/cases')
  @StaffOnly(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  link(@Param('id', uuid('id')) id: string, @Body() body: LinkCasesDto, @CurrentActor() actor: Actor): Promise<CouncilTargetDetailDto> {
    return this.targets.link(id, body.caseIds, actor);
  }

  @Delete(':id/cases/:caseId')
  @StaffOnly(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  unlink(@Param('id', uuid('id')) id: string, @Param('caseId', uuid('caseId')) caseId: string): Promise<void> {
    return this.targets.unlink(id, caseId);
  }
}

@ApiTags('reports')
@Controller('api/v1/reports/council-sessions')
export class SessionReportController {
  constructor(private readonly reports: SessionReportService) {}

  @Get(':id')
  @StaffOnly(...READERS)
  @ApiQuery({ name: 'format', required: false, enum: FORMATS })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @ApiOkResponse({ type: SessionReportDto, description: 'The voter-petition summary of the session: by agency, with status, answer and totals (JSON; XLSX or PDF with format=)' })
  async report(@Param('id', uuid('id')) id: string, @Query('format') format: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionReportDto | Buffer> {
    const chosen = (format ?? 'json') as Format;
    if (!FORMATS.includes(chosen)) throw new InvalidInputError('format', 'format must be one of json, xlsx, pdf');
    const report = await this.reports.build(id);
    if (chosen === 'json') return report;
    const file = `bao-cao-kien-nghi-ky-hop-${report.session.number}`;
    if (chosen === 'xlsx') {
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file}.xlsx"`);
      return sessionReportXlsx(report);
    }
    void reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${file}.pdf"`);
    return sessionReportPdf(report);
  }
}
