import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy } from '@hotline/platform';
import { uuidParam } from '../council-access';
import { CouncilSessionsService } from './council-sessions.service';
import { CouncilSessionDto, CreateCouncilSessionDto, LinkCasesDto, UpdateCouncilSessionDto } from './dto/council-session.dto';

@ApiTags('council sessions')
@Controller('api/v1/council/sessions')
export class CouncilSessionsController {
  constructor(private readonly sessions: CouncilSessionsService) {}

  @Get()
  @Policy('read', 'CouncilSession')
  @ApiOkResponse({ type: [CouncilSessionDto] })
  list(): Promise<CouncilSessionDto[]> {
    return this.sessions.list();
  }

  @Get(':id')
  @Policy('read', 'CouncilSession')
  @ApiOkResponse({ type: CouncilSessionDto })
  get(@Param('id', uuidParam('id')) id: string): Promise<CouncilSessionDto> {
    return this.sessions.get(id);
  }

  @Post()
  @Policy('create', 'CouncilSession')
  @ApiCreatedResponse({
    type: CouncilSessionDto,
    description: 'Petitions already received inside the voter-meeting period are linked at once',
  })
  create(@Body() body: CreateCouncilSessionDto): Promise<CouncilSessionDto> {
    return this.sessions.create(body);
  }

  @Patch(':id')
  @Policy('update', 'CouncilSession')
  @ApiOkResponse({ type: CouncilSessionDto, description: 'A changed period re-derives the period links; manual links stay' })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateCouncilSessionDto): Promise<CouncilSessionDto> {
    return this.sessions.update(id, body);
  }

  @Delete(':id')
  @Policy('delete', 'CouncilSession')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.sessions.remove(id);
  }

  @Post(':id/cases')
  @Policy('update', 'CouncilSession')
  @HttpCode(200)
  @ApiOkResponse({ type: CouncilSessionDto, description: 'Links cases of any kind to the session by hand' })
  link(@Param('id', uuidParam('id')) id: string, @Body() body: LinkCasesDto): Promise<CouncilSessionDto> {
    return this.sessions.linkCases(id, body.caseIds);
  }

  @Delete(':id/cases/:caseId')
  @Policy('update', 'CouncilSession')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The case stays unlinked even if a period later covers it' })
  unlink(@Param('id', uuidParam('id')) id: string, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<void> {
    return this.sessions.unlinkCase(id, caseId);
  }
}
