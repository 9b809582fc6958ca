import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { ApprovalRuleService } from './approval-rule.service';
import { ApprovalRuleDto, SetApprovalRuleDto } from './dto/approval-rule.dto';

/** The administrator's configuration of answer approval per agency and kind. */
@ApiTags('admin')
@Controller('api/v1/admin/answer-approval')
export class ApprovalRulesController {
  constructor(private readonly rules: ApprovalRuleService) {}

  @Get()
  @Policy('read', 'ApprovalRule')
  @ApiOkResponse({ type: [ApprovalRuleDto], description: 'The agencies and kinds whose officers’ answers need the head’s approval' })
  list(): Promise<ApprovalRuleDto[]> {
    return this.rules.list();
  }

  @Put()
  @Policy('update', 'ApprovalRule')
  @ApiOkResponse({ type: [ApprovalRuleDto] })
  set(@Body() body: SetApprovalRuleDto, @CurrentActor() actor: Actor): Promise<ApprovalRuleDto[]> {
    return this.rules.set(body, actor);
  }
}
