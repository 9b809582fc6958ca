import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { CaseDetailDto } from '../case-list/dto/case-list.dto';
import { CaseQueryService } from '../case-list/case-query.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { DuplicateFinderService, probeOf } from './duplicate-finder.service';
import { MergeCaseDto, SimilarCasesDto, SimilarCasesQueryDto } from './dto/similar-cases.dto';

/** Who spots duplicates: the operator while typing, the secretariat when triaging. Officers see one agency only. */
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a case id (UUID)') });

@ApiTags('cases (staff)')
@Controller('api/v1/cases')
export class DuplicatesController {
  constructor(
    private readonly finder: DuplicateFinderService,
    private readonly workflow: CaseWorkflowService,
    private readonly queries: CaseQueryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('similar')
  @Policy('findSimilar', 'Case')
  @ApiOkResponse({ type: SimilarCasesDto, description: 'Open cases probably about the same matter as the text being typed' })
  async similarToDraft(@Query() query: SimilarCasesQueryDto): Promise<SimilarCasesDto> {
    return { items: await this.finder.forDraft(query) };
  }

  @Get(':id/similar')
  @Policy('findSimilar', 'Case')
  @ApiOkResponse({ type: SimilarCasesDto, description: 'Open cases probably about the same matter as this case' })
  async similarToCase(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<SimilarCasesDto> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, id, actor);
    return { items: await this.finder.find(probeOf(kase)) };
  }

  @Post(':id/merge')
  @Policy('merge', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'The duplicate, now merged (its clocks stopped)' })
  @ApiConflictResponse({ description: 'The duplicate is already finished, or the surviving case is' })
  async merge(@Param('id', uuid) id: string, @Body() body: MergeCaseDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.merge(id, actor, body.intoCaseId, body.reason);
    return this.queries.detail(id, actor);
  }
}
