import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Policy } from '@hotline/platform';
import { Open311ApiService, type FormBody } from './open311.service';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { parseFormat, render } from './open311-format';
import { Open311JurisdictionQueryDto, Open311RequestsQueryDto, Open311UpdatesQueryDto } from './dto/open311-query.dto';

const LIST_ITEMS = { endpoints: 'endpoint', formats: 'format', attributes: 'attribute', values: 'value' };

/** Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) and FixMyStreet's servicerequestupdates. */
@ApiTags('open311')
@UseFilters(Open311ExceptionFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(private readonly open311: Open311ApiService) {}

  @Get('discovery.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'Service discovery' })
  discovery(@Param('format') format: string, @Res({ passthrough: true }) reply: FastifyReply): string {
    return render(reply, parseFormat(format), 'discovery', null, this.open311.discovery(), LIST_ITEMS);
  }

  @Get('services.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'Service list (the categories)' })
  async services(
    @Param('format') format: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'services', 'service', (await this.open311.services()) as never);
  }

  @Get('services/:code.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'Service definition (attributes)' })
  async definition(
    @Param('code') code: string,
    @Param('format') format: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'service_definition', null, (await this.open311.definition(code)) as never, LIST_ITEMS);
  }

  @Post('requests.:format')
  @Policy('create', 'Open311')
  @HttpCode(201)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Post a service request (api_key of a registered client required)' })
  async create(
    @Param('format') format: string,
    @Body() body: FormBody | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    const form = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
    return render(reply, f, 'service_requests', 'request', (await this.open311.createRequest(form)) as never);
  }

  @Get('requests.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'Service requests (public cases), filtered' })
  async requests(
    @Param('format') format: string,
    @Query() query: Open311RequestsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'service_requests', 'request', (await this.open311.requests(query)) as never);
  }

  @Get('requests/:id.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'One service request' })
  async request(
    @Param('id') id: string,
    @Param('format') format: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'service_requests', 'request', (await this.open311.request(id)) as never);
  }

  @Get('tokens/:token.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'service_request_id from a token' })
  async token(
    @Param('token') token: string,
    @Param('format') format: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'service_requests', 'request', (await this.open311.token(token)) as never);
  }

  @Get('servicerequestupdates.:format')
  @Policy('read', 'Open311')
  @ApiOperation({ summary: 'Status changes of public requests in a period (FixMyStreet extension)' })
  async updates(
    @Param('format') format: string,
    @Query() query: Open311UpdatesQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const f = parseFormat(format);
    this.open311.checkJurisdiction(query.jurisdiction_id);
    return render(reply, f, 'service_request_updates', 'request_update', (await this.open311.updates(query)) as never);
  }
}
