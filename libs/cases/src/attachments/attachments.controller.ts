import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { Actor, TERMINAL_STATUSES } from '@hotline/contracts';
import { ConflictError, CurrentActor, InvalidInputError, Policy, UnsupportedMediaTypeError } from '@hotline/platform';
import { TrackQueryDto } from '../tracking/dto/tracking-view.dto';
import { TrackingCodePipe } from '../tracking/tracking-code.pipe';
import { TrackingService } from '../tracking/tracking.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { AttachmentService } from './attachment.service';
import { AttachmentDto, PhotoLocationDto, uploadSchema } from './dto/attachment.dto';
import { sendFile } from './send-file';

const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });

export const THUMBNAIL =
  'An image attachment’s thumbnail (WebP, at most 360 px, no metadata), to whoever may open the attachment; 404 for a file that is not an image';

function parts(request: FastifyRequest) {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeError('body', 'Send the files as multipart/form-data in the field "file"');
  return request.parts();
}

/** Before a case exists: where the citizen's photo was taken, so the form can offer it as the case's pin. */
@ApiTags('intake')
@Controller('api/v1/photos/location')
export class PhotoLocationController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post()
  @Policy('create', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'One JPEG, PNG or WebP photo; it is read, not stored' } },
    },
  })
  @ApiOkResponse({ type: PhotoLocationDto, description: 'The photo’s EXIF GPS position, when it has one' })
  @HttpCode(200)
  async locate(@Req() request: FastifyRequest): Promise<PhotoLocationDto> {
    if (!request.isMultipart()) throw new UnsupportedMediaTypeError('body', 'Send the photo as multipart/form-data in the field "file"');
    return this.attachments.locate(await request.file());
  }
}

/** The citizen's side: add photos or documents to one's own case, read the files shown to citizens. */
@ApiTags('tracking')
@Controller('api/v1/cases/track/:trackingCode/attachments')
export class CitizenAttachmentsController {
  constructor(
    private readonly tracking: TrackingService,
    private readonly attachments: AttachmentService,
  ) {}

  @Post()
  @Policy('track', 'Case')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: uploadSchema() })
  @ApiCreatedResponse({ type: [AttachmentDto], description: 'The files stored' })
  async upload(
    @Param('trackingCode', TrackingCodePipe) code: string,
    @Query() query: TrackQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentDto[]> {
    const kase = await this.tracking.findForCitizen(code, query);
    if (TERMINAL_STATUSES.includes(kase.status)) throw new ConflictError('This case is closed; files can no longer be added');
    return this.attachments.store(kase.id, parts(request), { type: 'citizen' });
  }

  @Get()
  @ApiOkResponse({ type: [AttachmentDto] })
  @Policy('track', 'Case')
  async list(@Param('trackingCode', TrackingCodePipe) code: string, @Query() query: TrackQueryDto): Promise<AttachmentDto[]> {
    const kase = await this.tracking.findForCitizen(code, query);
    return this.attachments.list(kase.id, true);
  }

  @Get(':attachmentId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, under its detected type, as a download', schema: { type: 'string', format: 'binary' } })
  @Policy('track', 'Case')
  async download(
    @Param('trackingCode', TrackingCodePipe) code: string,
    @Param('attachmentId', uuid('attachmentId')) attachmentId: string,
    @Query() query: TrackQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const kase = await this.tracking.findForCitizen(code, query);
    return sendFile(reply, await this.attachments.open(kase.id, attachmentId, 'citizen'));
  }

  @Get(':attachmentId/thumbnail')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: THUMBNAIL, schema: { type: 'string', format: 'binary' } })
  @Policy('track', 'Case')
  async thumbnail(
    @Param('trackingCode', TrackingCodePipe) code: string,
    @Param('attachmentId', uuid('attachmentId')) attachmentId: string,
    @Query() query: TrackQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const kase = await this.tracking.findForCitizen(code, query);
    return sendFile(reply, await this.attachments.thumbnail(kase.id, attachmentId, 'citizen'), 'inline');
  }
}

/** The staff side, within the usual case scoping (an officer reaches only the agency's cases). */
@ApiTags('cases (staff)')
@Controller('api/v1/cases/:id/attachments')
export class StaffAttachmentsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly attachments: AttachmentService,
  ) {}

  @Post()
  @Policy('attach', 'Case')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: uploadSchema({
      visibleToCitizen: { type: 'string', enum: ['true', 'false'], description: 'Show the files to the citizen (default false)' },
    }),
  })
  @ApiCreatedResponse({ type: [AttachmentDto], description: 'The files stored' })
  async upload(
    @Param('id', uuid('id')) id: string,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentDto[]> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, id, actor);
    return this.attachments.store(kase.id, parts(request), { type: 'staff', userId: actor.type === 'staff' ? actor.userId : undefined });
  }

  @Get()
  @ApiOkResponse({ type: [AttachmentDto] })
  @Policy('read', 'Attachment')
  async list(@Param('id', uuid('id')) id: string, @CurrentActor() actor: Actor): Promise<AttachmentDto[]> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, id, actor);
    return this.attachments.list(kase.id, false);
  }

  @Get(':attachmentId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, under its detected type, as a download', schema: { type: 'string', format: 'binary' } })
  @Policy('read', 'Attachment')
  async download(
    @Param('id', uuid('id')) id: string,
    @Param('attachmentId', uuid('attachmentId')) attachmentId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, id, actor);
    return sendFile(reply, await this.attachments.open(kase.id, attachmentId, 'staff'));
  }

  @Get(':attachmentId/thumbnail')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: THUMBNAIL, schema: { type: 'string', format: 'binary' } })
  @Policy('read', 'Attachment')
  async thumbnail(
    @Param('id', uuid('id')) id: string,
    @Param('attachmentId', uuid('attachmentId')) attachmentId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, id, actor);
    return sendFile(reply, await this.attachments.thumbnail(kase.id, attachmentId, 'staff'), 'inline');
  }
}
