import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, StaffOnly } from '@hotline/auth';
import { Actor } from '@hotline/contracts';
import { COUNCIL_EDITORS, COUNCIL_READERS, uuidParam } from '../council-access';
import { LinkCasesDto } from '../sessions/dto/council-session.dto';
import { CouncilTargetsService } from './council-targets.service';
import { CouncilTargetQueryDto, CreateCouncilTargetDto } from './dto/council-target.dto';
import { CouncilTargetDetailDto, CouncilTargetDto } from './dto/council-target-view.dto';

@ApiTags('council targets')
@Controller('api/v1/council/targets')
export class CouncilTargetsController {
  constructor(private readonly targets: CouncilTargetsService) {}

  @Get()
  @StaffOnly(...COUNCIL_READERS)
  @ApiOkResponse({ type: [CouncilTargetDto], description: 'Targets and tasks with their progress status computed now' })
  list(@Query() query: CouncilTargetQueryDto): Promise<CouncilTargetDto[]> {
    return this.targets.list(query);
  }

  @Get(':id')
  @StaffOnly(...COUNCIL_READERS)
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  detail(@Param('id', uuidParam('id')) id: string): Promise<CouncilTargetDetailDto> {
    return this.targets.detail(id);
  }

  @Post()
  @StaffOnly(...COUNCIL_EDITORS)
  @ApiCreatedResponse({ type: CouncilTargetDetailDto })
  create(@Body() body: CreateCouncilTargetDto, @CurrentActor() actor: Actor): Promise<CouncilTargetDetailDto> {
    return this.targets.create(body, actor);
  }

  @Post(':id/cases')
  @StaffOnly(...COUNCIL_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: CouncilTargetDetailDto })
  link(@Param('id', uuidParam('id')) id: string, @Body() body: LinkCasesDto, @CurrentActor() actor: Actor): Promise<CouncilTargetDetailDto> {
    return this.targets.link(id, body.caseIds, actor);
  }

  @Delete(':id/cases/:caseId')
  @StaffOnly(...COUNCIL_EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  unlink(@Param('id', uuidParam('id')) id: string, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<void> {
    return this.targets.unlink(id, caseId);
  }
}
