import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, PayloadTooLargeError, Policy, UnsupportedMediaTypeError } from '@hotline/platform';
import {
  BatchResultDto,
  CreateVoterMeetingDto,
  ImportStatusDto,
  PetitionBatchDto,
  VoterMeetingDetailDto,
  VoterMeetingDto,
} from './dto/voter-meeting.dto';
import { PetitionImportService } from './petition-import.service';
import { VoterMeetingsService } from './voter-meetings.service';

/** Who records meetings and keys in their petitions; council members read them. */
const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });

@ApiTags('voter meetings')
@Controller('api/v1/voter-meetings')
export class VoterMeetingsController {
  constructor(
    private readonly meetings: VoterMeetingsService,
    private readonly imports: PetitionImportService,
  ) {}

  @Post()
  @Policy('create', 'VoterMeeting')
  @ApiCreatedResponse({ type: VoterMeetingDto })
  create(@Body() body: CreateVoterMeetingDto, @CurrentActor() actor: Actor): Promise<VoterMeetingDto> {
    return this.meetings.create(body, actor);
  }

  @Get()
  @Policy('read', 'VoterMeeting')
  @ApiOkResponse({ type: [VoterMeetingDto] })
  list(): Promise<VoterMeetingDto[]> {
    return this.meetings.list();
  }

  @Get(':id')
  @Policy('read', 'VoterMeeting')
  @ApiOkResponse({ type: VoterMeetingDetailDto, description: 'The meeting with its petitions, followed as a group' })
  detail(@Param('id', uuid('id')) id: string): Promise<VoterMeetingDetailDto> {
    return this.meetings.detail(id);
  }

  @Post(':id/petitions')
  @Policy('update', 'VoterMeeting')
  @ApiCreatedResponse({
    type: BatchResultDto,
    description: 'Every petition became a case; 400 naming each bad field (petitions.i.field) and none added',
  })
  async addPetitions(
    @Param('id', uuid('id')) id: string,
    @Body() body: PetitionBatchDto,
    @CurrentActor() actor: Actor,
  ): Promise<BatchResultDto> {
    return { petitions: await this.meetings.addPetitions(id, body.petitions, actor) };
  }

  @Post(':id/imports')
  @Policy('import', 'VoterMeeting')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The XLSX or CSV sheet of petitions' } },
    },
  })
  @ApiAcceptedResponse({ type: ImportStatusDto, description: 'Queued; follow it with GET …/imports/:importId' })
  async startImport(
    @Param('id', uuid('id')) id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ImportStatusDto> {
    if (!request.isMultipart())
      throw new UnsupportedMediaTypeError('body', 'Send the XLSX or CSV file as multipart/form-data in the field "file"');
    const file = await request.file();
    if (!file || file.fieldname !== 'file') throw new InvalidInputError('file', 'Send the XLSX or CSV file in the field "file"');
    const content = await file.toBuffer();
    if (file.file.truncated) throw new PayloadTooLargeError('file', 'The file is too large');
    if (content.length === 0) throw new InvalidInputError('file', 'The file is empty');
    return this.imports.start(id, file.filename || 'import', content, actor);
  }

  @Get(':id/imports/:importId')
  @Policy('import', 'VoterMeeting')
  @ApiOkResponse({ type: ImportStatusDto })
  importStatus(@Param('id', uuid('id')) id: string, @Param('importId', uuid('importId')) importId: string): Promise<ImportStatusDto> {
    return this.imports.status(id, importId);
  }
}
