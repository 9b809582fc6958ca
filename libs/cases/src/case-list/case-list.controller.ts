import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Policy } from '@hotline/platform';
import { Actor } from '@hotline/contracts';
import { caseIdPipe } from './case-id.pipe';
import { CaseQueryService } from './case-query.service';
import { CaseDetailDto, CaseListDto, CaseListQueryDto } from './dto/case-list.dto';

/** The staff's list of cases and a case's detail, each as the actor's role may see it. */
@ApiTags('cases (staff)')
@Controller('api/v1/cases')
export class CaseListController {
  constructor(private readonly queries: CaseQueryService) {}

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
}
