import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, StaffActor } from '@hotline/contracts';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { ContactCodePurpose, ContactCodeService, normaliseContact } from '@hotline/cases';
import { ClientIp, CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { PrivacyExport } from '../export/privacy-export';
import { SubjectData } from '../export/subject-data.service';
import {
  CitizenFileRequestDto,
  CitizenKeyQueryDto,
  CodeSentDto,
  ExportQueryDto,
  FiledRequestDto,
  PrivacyRequestDto,
  RequestCodeDto,
  RequestListQueryDto,
  StaffFileRequestDto,
} from './dto/privacy-request.dto';
import { PrivacyRequestService } from './privacy-request.service';

const requestId = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a request id (UUID)') });

const detailsOf = (body: StaffFileRequestDto) => ({
  ...(body.correction ? { correction: { ...body.correction } } : {}),
  ...(body.purposes ? { purposes: body.purposes } : {}),
  ...(body.note ? { note: body.note } : {}),
});

/** The data subject's side: prove control of the contact with a code, file, follow, download the access export. */
@ApiTags('privacy')
@Controller('api/v1/privacy')
export class CitizenPrivacyController {
  constructor(
    private readonly codes: ContactCodeService,
    private readonly requests: PrivacyRequestService,
    private readonly exporter: PrivacyExport,
  ) {}

  @Post('codes')
  @Policy('create', 'PrivacyRequest')
  @RateLimit(RateLimitBucket.Intake)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CodeSentDto })
  sendCode(@Body() body: RequestCodeDto, @ClientIp() ip: string | null): Promise<CodeSentDto> {
    return this.codes.sendCode(ContactCodePurpose.Privacy, body.contactKind, body.contact, ip);
  }

  @Post('requests')
  @Policy('create', 'PrivacyRequest')
  @RateLimit(RateLimitBucket.Intake)
  @ApiCreatedResponse({ type: FiledRequestDto })
  async file(@Body() body: CitizenFileRequestDto, @CurrentActor() actor: Actor): Promise<FiledRequestDto> {
    const contact = await this.codes.verify(ContactCodePurpose.Privacy, body.contactKind, body.contact, body.code);
    return this.requests.file({ kind: body.kind, contactKind: body.contactKind, contact, details: detailsOf(body) }, actor);
  }

  @Get('requests/:id')
  @Policy('create', 'PrivacyRequest')
  @ApiOkResponse({ type: PrivacyRequestDto })
  follow(@Param('id', requestId) id: string, @Query() query: CitizenKeyQueryDto): Promise<PrivacyRequestDto> {
    return this.requests.getWithKey(id, query.key);
  }

  @Get('requests/:id/export')
  @Policy('create', 'PrivacyRequest')
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ description: 'Everything held about the person (JSON, or PDF with format=pdf), once the access request is completed' })
  async export(
    @Param('id', requestId) id: string,
    @Query() query: CitizenKeyQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectData | Buffer> {
    return this.exporter.send(await this.requests.getWithKey(id, query.key), query.format, actor, reply);
  }
}

/** The data protection officer's side (admin), and staff filing for a person (phone-only people, in person). */
@ApiTags('privacy')
@Controller('api/v1/admin/privacy-requests')
export class StaffPrivacyController {
  constructor(
    private readonly requests: PrivacyRequestService,
    private readonly exporter: PrivacyExport,
  ) {}

  @Post()
  @Policy('intake', 'PrivacyRequest')
  @ApiCreatedResponse({ type: FiledRequestDto })
  file(@Body() body: StaffFileRequestDto, @CurrentActor() actor: StaffActor): Promise<FiledRequestDto> {
    const contact = normaliseContact(body.contactKind, body.contact);
    return this.requests.file({ kind: body.kind, contactKind: body.contactKind, contact, details: detailsOf(body) }, actor);
  }

  @Get()
  @Policy('manage', 'PrivacyRequest')
  @ApiOkResponse({ type: [PrivacyRequestDto] })
  list(@Query() query: RequestListQueryDto): Promise<PrivacyRequestDto[]> {
    return this.requests.list(query);
  }

  @Get(':id')
  @Policy('manage', 'PrivacyRequest')
  @ApiOkResponse({ type: PrivacyRequestDto })
  get(@Param('id', requestId) id: string): Promise<PrivacyRequestDto> {
    return this.requests.get(id, true);
  }

  @Post(':id/acknowledge')
  @Policy('manage', 'PrivacyRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: PrivacyRequestDto })
  acknowledge(@Param('id', requestId) id: string, @CurrentActor() actor: StaffActor): Promise<PrivacyRequestDto> {
    return this.requests.acknowledge(id, actor);
  }

  /** Carries the request out; erasure and restriction end `refused` with the reason when a legal hold applies. */
  @Post(':id/complete')
  @Policy('manage', 'PrivacyRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: PrivacyRequestDto })
  complete(@Param('id', requestId) id: string, @CurrentActor() actor: StaffActor): Promise<PrivacyRequestDto> {
    return this.requests.complete(id, actor);
  }

  @Get(':id/export')
  @Policy('manage', 'PrivacyRequest')
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ description: 'The access export (JSON, or PDF with format=pdf)' })
  async export(
    @Param('id', requestId) id: string,
    @Query() query: ExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectData | Buffer> {
    return this.exporter.send(await this.requests.get(id), query.format, actor, reply);
  }
}
