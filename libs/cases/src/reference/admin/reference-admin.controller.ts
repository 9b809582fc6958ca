import { Body, Controller, Get, Ip, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Policy } from '@hotline/platform';
import type { StaffActor } from '@hotline/contracts';
import {
  AdminAgencyDto,
  AdminAreaDto,
  AdminCategoryDto,
  CreateAgencyDto,
  CreateAreaDto,
  CreateCategoryDto,
  CreateRoutingRuleDto,
  RoutingRuleDto,
  UpdateAgencyDto,
  UpdateAreaDto,
  UpdateCategoryDto,
  UpdateRoutingRuleDto,
} from './reference-admin.dto';
import { ReferenceAdminService } from './reference-admin.service';

const id = () => new ParseUUIDPipe();

/** Reference data for administrators (the secretariat reads): every row with its id, inactive ones too; changes are audited. */
@ApiTags('admin')
@Controller('api/v1/admin')
export class ReferenceAdminController {
  constructor(private readonly admin: ReferenceAdminService) {}

  @Get('agencies')
  @Policy('read', 'ReferenceAdmin')
  @ApiOkResponse({ type: [AdminAgencyDto] })
  agencies(): Promise<AdminAgencyDto[]> {
    return this.admin.agencies();
  }

  @Post('agencies')
  @Policy('create', 'ReferenceAdmin')
  @ApiCreatedResponse({ type: AdminAgencyDto })
  createAgency(@Body() body: CreateAgencyDto, @CurrentActor() actor: StaffActor, @Ip() ip: string): Promise<AdminAgencyDto> {
    return this.admin.createAgency(body, actor, ip);
  }

  @Patch('agencies/:id')
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: AdminAgencyDto })
  updateAgency(
    @Param('id', id()) agencyId: string,
    @Body() body: UpdateAgencyDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<AdminAgencyDto> {
    return this.admin.updateAgency(agencyId, body, actor, ip);
  }

  @Get('areas')
  @Policy('read', 'ReferenceAdmin')
  @ApiOkResponse({ type: [AdminAreaDto] })
  areas(): Promise<AdminAreaDto[]> {
    return this.admin.areas();
  }

  @Post('areas')
  @Policy('create', 'ReferenceAdmin')
  @ApiCreatedResponse({ type: AdminAreaDto })
  createArea(@Body() body: CreateAreaDto, @CurrentActor() actor: StaffActor, @Ip() ip: string): Promise<AdminAreaDto> {
    return this.admin.createArea(body, actor, ip);
  }

  @Patch('areas/:id')
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: AdminAreaDto })
  updateArea(
    @Param('id', id()) areaId: string,
    @Body() body: UpdateAreaDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<AdminAreaDto> {
    return this.admin.updateArea(areaId, body, actor, ip);
  }

  @Get('categories')
  @Policy('read', 'ReferenceAdmin')
  @ApiOkResponse({ type: [AdminCategoryDto] })
  categories(): Promise<AdminCategoryDto[]> {
    return this.admin.categories();
  }

  @Post('categories')
  @Policy('create', 'ReferenceAdmin')
  @ApiCreatedResponse({ type: AdminCategoryDto })
  createCategory(@Body() body: CreateCategoryDto, @CurrentActor() actor: StaffActor, @Ip() ip: string): Promise<AdminCategoryDto> {
    return this.admin.createCategory(body, actor, ip);
  }

  @Patch('categories/:id')
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: AdminCategoryDto })
  updateCategory(
    @Param('id', id()) categoryId: string,
    @Body() body: UpdateCategoryDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<AdminCategoryDto> {
    return this.admin.updateCategory(categoryId, body, actor, ip);
  }

  @Get('routing-rules')
  @Policy('read', 'ReferenceAdmin')
  @ApiOkResponse({
    type: [RoutingRuleDto],
    description: 'Active rules first; see libs/cases/src/routing/pick-routing-rule.ts for how one is chosen',
  })
  rules(): Promise<RoutingRuleDto[]> {
    return this.admin.rules();
  }

  @Post('routing-rules')
  @Policy('create', 'ReferenceAdmin')
  @ApiCreatedResponse({ type: RoutingRuleDto })
  createRule(@Body() body: CreateRoutingRuleDto, @CurrentActor() actor: StaffActor, @Ip() ip: string): Promise<RoutingRuleDto> {
    return this.admin.createRule(body, actor, ip);
  }

  @Patch('routing-rules/:id')
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: RoutingRuleDto })
  updateRule(
    @Param('id', id()) ruleId: string,
    @Body() body: UpdateRoutingRuleDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<RoutingRuleDto> {
    return this.admin.updateRule(ruleId, body, actor, ip);
  }
}
