import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { caseIdPipe } from '../case-list/case-id.pipe';
import { AnswerTemplateService } from './answer-template.service';
import {
  AnswerCheckDto,
  AnswerTemplateDto,
  CheckAnswerDto,
  CreateAnswerTemplateDto,
  FilledAnswerTemplateDto,
  UpdateAnswerTemplateDto,
} from './dto/answer-template.dto';

const templateIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a template id (UUID)') });

/** The secretariat's answer templates. */
@ApiTags('answer templates')
@Controller('api/v1/answer-templates')
export class AnswerTemplatesController {
  constructor(private readonly templates: AnswerTemplateService) {}

  @Get()
  @Policy('read', 'AnswerTemplate')
  @ApiOkResponse({ type: [AnswerTemplateDto] })
  list(): Promise<AnswerTemplateDto[]> {
    return this.templates.list();
  }

  @Post()
  @Policy('create', 'AnswerTemplate')
  @ApiCreatedResponse({ type: AnswerTemplateDto })
  @ApiUnprocessableEntityResponse({ description: '`unknown_template_field`: the body names a field outside the known set' })
  create(@Body() body: CreateAnswerTemplateDto, @CurrentActor() actor: Actor): Promise<AnswerTemplateDto> {
    return this.templates.create(body, actor);
  }

  @Patch(':id')
  @Policy('update', 'AnswerTemplate')
  @ApiOkResponse({ type: AnswerTemplateDto })
  @ApiUnprocessableEntityResponse({ description: '`unknown_template_field`' })
  update(@Param('id', templateIdPipe) id: string, @Body() body: UpdateAnswerTemplateDto, @CurrentActor() actor: Actor) {
    return this.templates.update(id, body, actor);
  }

  @Delete(':id')
  @Policy('delete', 'AnswerTemplate')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('id', templateIdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.templates.remove(id, actor);
  }
}

/** The templates an officer may pick for one case, and the warnings of an answer. */
@ApiTags('cases (staff)')
@Controller('api/v1/cases/:id')
export class CaseAnswerTemplatesController {
  constructor(private readonly templates: AnswerTemplateService) {}

  @Get('answer-templates')
  @Policy('read', 'AnswerTemplate')
  @ApiOkResponse({ type: [FilledAnswerTemplateDto], description: 'The active templates of the case’s kind and category, filled for it' })
  forCase(@Param('id', caseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<FilledAnswerTemplateDto[]> {
    return this.templates.forCase(id, actor);
  }

  @Post('answer-check')
  @Policy('answer', 'Case')
  @HttpCode(200)
  @ApiOkResponse({
    type: AnswerCheckDto,
    description: 'Warnings: no legal basis, no date, no attachment (as the template asks), unfilled fields',
  })
  check(@Param('id', caseIdPipe) id: string, @Body() body: CheckAnswerDto, @CurrentActor() actor: Actor): Promise<AnswerCheckDto> {
    return this.templates.check(id, actor, body);
  }
}
