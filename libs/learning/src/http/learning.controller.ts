import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { caseIdPipe } from '@hotline/cases';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { DeadlineRiskService } from '../risk/deadline-risk.service';
import { SuggestionService } from '../routing/suggestion.service';
import {
  AtRiskCaseDto,
  CaseSuggestionsQueryDto,
  DraftSuggestionDto,
  LearningAccuracyDto,
  LearningSettingsDto,
  SuggestionsByCaseDto,
  SuggestionsDto,
} from './dto/learning.dto';
import { LearningAdminService } from './learning-admin.service';

@ApiTags('learning')
@Controller('api/v1')
export class LearningController {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly admin: LearningAdminService,
    private readonly risk: DeadlineRiskService,
  ) {}

  @Get('cases/:id/routing-suggestions')
  @Policy('route', 'Case')
  @ApiOkResponse({ type: SuggestionsDto, description: 'The top three active agencies for the case, with why' })
  forCase(@Param('id', caseIdPipe) id: string): Promise<SuggestionsDto> {
    return this.suggestions.forCase(id);
  }

  @Get('routing-suggestions')
  @Policy('route', 'Case')
  @ApiOkResponse({ type: SuggestionsByCaseDto, description: 'The suggestions of many cases at once (a triage page), as for one case' })
  async forCases(@Query() query: CaseSuggestionsQueryDto): Promise<SuggestionsByCaseDto> {
    const byCase = await this.suggestions.forCases(query.caseIds);
    return { items: [...byCase].map(([caseId, suggestions]) => ({ caseId, ...suggestions })) };
  }

  @Post('routing-suggestions/preview')
  @Policy('intake', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: SuggestionsDto, description: 'Suggestions for what the operator is typing; nothing is stored' })
  preview(@Body() body: DraftSuggestionDto): Promise<SuggestionsDto> {
    return this.suggestions.forDraft(body);
  }

  @Get('learning/accuracy')
  @Policy('read', 'RoutingModel')
  @ApiOkResponse({ type: LearningAccuracyDto })
  accuracy(): Promise<LearningAccuracyDto> {
    return this.admin.accuracy();
  }

  @Get('learning/settings')
  @Policy('read', 'RoutingModel')
  @ApiOkResponse({ type: LearningSettingsDto })
  settings(): Promise<LearningSettingsDto> {
    return this.admin.settings();
  }

  @Put('learning/settings')
  @Policy('update', 'RoutingModel')
  @ApiOkResponse({ type: LearningSettingsDto })
  saveSettings(@Body() body: LearningSettingsDto, @CurrentActor() actor: Actor): Promise<LearningSettingsDto> {
    return this.admin.saveSettings(body, actor);
  }

  @Get('deadlines/at-risk')
  @Policy('read', 'OverdueBoard')
  @ApiOkResponse({ type: [AtRiskCaseDto], description: 'Open cases likely to miss their due date and not yet due, riskiest first' })
  atRisk(@CurrentActor() actor: Actor): Promise<AtRiskCaseDto[]> {
    return this.risk.atRisk(actor);
  }
}
