import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { caseIdPipe } from '../case-list/case-id.pipe';
import { CaseDetailDto } from '../case-list/dto/case-list.dto';
import { CaseQueryService } from '../case-list/case-query.service';
import {
  AnswerDto,
  ApproveAnswerDto,
  AssignDto,
  AssigneeDto,
  BulkResultDto,
  BulkRouteDto,
  ExtendDto,
  InternalNoteDto,
  NoteDto,
  ReasonDto,
  RouteCaseDto,
} from './dto/case-actions.dto';
import { BulkActionsService } from './bulk-actions.service';
import { CaseWorkflowService } from './case-workflow.service';

/** The staff's actions on a case; the list and the detail are in `case-list/`. */
@ApiTags('cases (staff)')
@ApiConflictResponse({ description: 'The action is not allowed from the case’s current status' })
@Controller('api/v1/cases')
export class StaffCasesController {
  constructor(
    private readonly queries: CaseQueryService,
    private readonly workflow: CaseWorkflowService,
    private readonly bulk: BulkActionsService,
  ) {}

  @Post('bulk-route')
  @Policy('route', 'Case')
  @HttpCode(200)
  @ApiOkResponse({
    type: BulkResultDto,
    description: 'Routes (or, with a reason, reroutes) each selected case as POST /cases/:id/route would; one result per case',
  })
  async bulkRoute(@Body() body: BulkRouteDto, @CurrentActor() actor: Actor): Promise<BulkResultDto> {
    return { results: await this.bulk.route(body.caseIds, actor, body.agencyCode, body.reason) };
  }

  @Post(':id/route')
  @Policy('route', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async route(@Param('id', caseIdPipe) id: string, @Body() body: RouteCaseDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.route(id, actor, body.agencyCode, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/accept')
  @Policy('accept', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async accept(@Param('id', caseIdPipe) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.accept(id, actor, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/start')
  @Policy('start', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async start(@Param('id', caseIdPipe) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.start(id, actor, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/return')
  @Policy('return', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case goes back to the secretariat; the returning agency no longer sees it' })
  async return(
    @Param('id', caseIdPipe) id: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ id: string; status: string }> {
    const kase = await this.workflow.returnToSecretariat(id, actor, body.reason);
    return { id: kase.id, status: kase.status };
  }

  @Post(':id/answer')
  @Policy('answer', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async answer(@Param('id', caseIdPipe) id: string, @Body() body: AnswerDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.answer(id, actor, body.answer);
    return this.queries.detail(id, actor);
  }

  @Post(':id/approve')
  @Policy('approve', 'Case')
  @HttpCode(200)
  @ApiOkResponse({
    type: CaseDetailDto,
    description: 'The agency head approves the draft answer (as written or edited): it goes to the citizen',
  })
  @ApiForbiddenResponse({ description: '`approval_not_allowed`: approving is the agency head’s' })
  async approve(@Param('id', caseIdPipe) id: string, @Body() body: ApproveAnswerDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.approve(id, actor, body.answer);
    return this.queries.detail(id, actor);
  }

  @Post(':id/send-back')
  @Policy('sendBack', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'The agency head sends the draft answer back to the officer with a comment' })
  @ApiForbiddenResponse({ description: '`approval_not_allowed`: sending back is the agency head’s' })
  async sendBack(@Param('id', caseIdPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.sendBack(id, actor, body.reason);
    return this.queries.detail(id, actor);
  }

  @Post(':id/return-answer')
  @Policy('returnAnswer', 'Case')
  @HttpCode(200)
  @ApiOkResponse({
    type: CaseDetailDto,
    description: 'The secretariat returns an answer not yet published that does not address the case; 422 `answer_already_published`',
  })
  async returnAnswer(@Param('id', caseIdPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.returnAnswer(id, actor, body.reason);
    return this.queries.detail(id, actor);
  }

  @Post(':id/extend')
  @Policy('extend', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'Moves the due date by the rule’s extension; 409 beyond the rule’s limit' })
  async extend(@Param('id', caseIdPipe) id: string, @Body() body: ExtendDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.extend(id, actor, body.reason, body.clock);
    return this.queries.detail(id, actor);
  }

  @Post(':id/request-info')
  @Policy('requestInfo', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'Stops the clocks that stop while waiting for the citizen' })
  async requestInfo(@Param('id', caseIdPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.requestInfo(id, actor, body.reason);
    return this.queries.detail(id, actor);
  }

  @Post(':id/provide-info')
  @Policy('provideInfo', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'The citizen answered: the stopped clocks resume with the stopped time added' })
  async provideInfo(@Param('id', caseIdPipe) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.provideInfo(id, actor, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/close')
  @Policy('close', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async close(@Param('id', caseIdPipe) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.close(id, actor, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/reject')
  @Policy('reject', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async reject(@Param('id', caseIdPipe) id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.reject(id, actor, body.reason);
    return this.queries.detail(id, actor);
  }

  @Post(':id/assign')
  @Policy('assign', 'Case')
  @HttpCode(200)
  @ApiOkResponse({
    type: CaseDetailDto,
    description: 'Gives the case to one officer of its agency (422 assignee_outside_agency otherwise)',
  })
  async assign(@Param('id', caseIdPipe) id: string, @Body() body: AssignDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.assign(id, actor, body.userId, body.note);
    return this.queries.detail(id, actor);
  }

  @Post(':id/unassign')
  @Policy('assign', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto, description: 'Takes the case back from its officer: the agency holds it, nobody in it does' })
  async unassign(@Param('id', caseIdPipe) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.assign(id, actor, null, body.note);
    return this.queries.detail(id, actor);
  }

  @Get(':id/assignees')
  @Policy('assign', 'Case')
  @ApiOkResponse({ type: [AssigneeDto], description: 'Who may be given the case: the active officers and heads of its agency' })
  async assignees(@Param('id', caseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<AssigneeDto[]> {
    const users = await this.workflow.assignees(id, actor);
    return users.map((u) => ({ id: u.id, name: u.fullName, role: u.role }));
  }

  @Post(':id/notes')
  @Policy('note', 'Case')
  @HttpCode(201)
  @ApiOkResponse({ type: CaseDetailDto, description: 'An internal note in the case’s history; the citizen never sees it' })
  async addNote(@Param('id', caseIdPipe) id: string, @Body() body: InternalNoteDto, @CurrentActor() actor: Actor): Promise<CaseDetailDto> {
    await this.workflow.addNote(id, actor, body.note);
    return this.queries.detail(id, actor);
  }
}
