import { Body, Controller, Delete, Get, HttpCode, Param, ParseBoolPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Policy } from '@hotline/platform';
import { Actor } from '@hotline/contracts';
import { DeadlinesAdminService } from './deadlines-admin.service';
import {
  CalendarDayDto,
  CalendarDayViewDto,
  CalendarQueryDto,
  CalendarYearDto,
  DeadlineRuleDto,
  DeadlineRuleViewDto,
} from './dto/deadline-admin.dto';
import { OverdueBoardQueryDto, OverdueGroupDto } from './dto/overdue-board.dto';
import { OverdueBoardService } from './overdue-board.service';

@ApiTags('deadlines')
@Controller('api/v1')
export class DeadlinesController {
  constructor(
    private readonly board: OverdueBoardService,
    private readonly admin: DeadlinesAdminService,
  ) {}

  @Get('deadlines/overdue')
  @Policy('read', 'OverdueBoard')
  @ApiOkResponse({
    type: [OverdueGroupDto],
    description:
      'Overdue clocks grouped by agency, most overdue agency first, each group in the order `sort` names; an officer sees its own agency only',
  })
  overdue(@Query() query: OverdueBoardQueryDto, @CurrentActor() actor: Actor) {
    return this.board.board(actor, query.sort ?? 'overdue');
  }

  @Get('admin/deadline-rules')
  @Policy('read', 'DeadlineRule')
  @ApiOkResponse({ type: [DeadlineRuleViewDto] })
  @ApiQuery({ name: 'all', required: false, type: Boolean, description: 'true: retired versions too' })
  rules(@Query('all', new ParseBoolPipe({ optional: true })) all?: boolean) {
    return this.admin.rules(all ?? false);
  }

  @Post('admin/deadline-rules')
  @Policy('create', 'DeadlineRule')
  @ApiCreatedResponse({ type: DeadlineRuleViewDto })
  saveRule(@Body() body: DeadlineRuleDto, @CurrentActor() actor: Actor) {
    return this.admin.saveRule(body, actor);
  }

  @Get('admin/calendar')
  @Policy('read', 'Calendar')
  @ApiOkResponse({ type: CalendarYearDto })
  calendar(@Query() query: CalendarQueryDto) {
    return this.admin.calendar(query.year);
  }

  @Put('admin/calendar/:date')
  @Policy('update', 'Calendar')
  @ApiOkResponse({ type: CalendarDayViewDto })
  putDay(@Param('date') date: string, @Body() body: CalendarDayDto) {
    return this.admin.putDay(date, body);
  }

  @Delete('admin/calendar/:date')
  @Policy('delete', 'Calendar')
  @HttpCode(204)
  deleteDay(@Param('date') date: string): Promise<void> {
    return this.admin.deleteDay(date);
  }
}
