import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Policy } from '@hotline/platform';
import { Actor } from '@hotline/contracts';
import { uuidParam } from '../council-access';
import { LinkCasesDto } from '../sessions/dto/council-session.dto';
import { CouncilTargetsService } from './council-targets.service';
import { CouncilTargetQueryDto, CreateCouncilTargetDto } from './dto/council-target.dto';
import { CouncilTargetDetailDto, CouncilTargetDto } from './dto/council-target-view.dto';

@ApiTags('council targets')
@Controller('api/v1/council/targets')
export class CouncilTargetsController {
  constructor(private readonly targets: CouncilTargetsService) {}

  @Get()
  @Policy('read', 'CouncilTarget')
  @ApiOkResponse({ type: [CouncilTargetDto], description: 'Targets and tasks with their progress status computed now' })
  list(@Query() query: CouncilTargetQueryDto): Promise<CouncilTargetDto[]> {
    return this.targets.list(query);
  }

  @Get(':id')
  @Policy('read', 'CouncilTarget')
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  detail(@Param('id', uuidParam('id')) id: string): Promise<CouncilTargetDetailDto> {
    return this.targets.detail(id);
  }

  @Post()
  @Policy('create', 'CouncilTarget')
  @ApiCreatedResponse({ type: CouncilTargetDetailDto })
  create(@Body() body: CreateCouncilTargetDto, @CurrentActor() actor: Actor): Promise<CouncilTargetDetailDto> {
    return this.targets.create(body, actor);
  }

  @Post(':id/cases')
  @Policy('update', 'CouncilTarget')
  @HttpCode(200)
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  link(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: LinkCasesDto,
    @CurrentActor() actor: Actor,
  ): Promise<CouncilTargetDetailDto> {
    return this.targets.link(id, body.caseIds, actor);
  }

  @Delete(':id/cases/:caseId')
  @Policy('update', 'CouncilTarget')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlink(@Param('id', uuidParam('id')) id: string, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<void> {
    return this.targets.unlink(id, caseId);
  }
}
