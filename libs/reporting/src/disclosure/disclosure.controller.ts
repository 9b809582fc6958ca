import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { sendFile, THUMBNAIL } from '@hotline/cases';
import { InvalidInputError, Policy } from '@hotline/platform';
import { DisclosureService } from './disclosure.service';
import { DisclosureDto, DisclosureQueryDto } from './dto/disclosure.dto';

@ApiTags('public')
@Controller('api/v1/public')
export class DisclosureController {
  constructor(private readonly disclosures: DisclosureService) {}

  @Get('disclosure')
  @Policy('read', 'Disclosure')
  @ApiOkResponse({ type: DisclosureDto, description: 'Per-agency results for a period and the published answers of public cases' })
  disclosure(@Query() query: DisclosureQueryDto): Promise<DisclosureDto> {
    return this.disclosures.disclosure(query);
  }

  @Get('attachments/:attachmentId')
  @Policy('read', 'Disclosure')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'An attachment staff confirmed for publication; 404 for any other',
    schema: { type: 'string', format: 'binary' },
  })
  async attachment(
    @Param(
      'attachmentId',
      new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('attachmentId', 'attachmentId must be a UUID') }),
    )
    attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return sendFile(reply, await this.disclosures.publishedAttachment(attachmentId));
  }

  @Get('attachments/:attachmentId/thumbnail')
  @Policy('read', 'Disclosure')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: THUMBNAIL, schema: { type: 'string', format: 'binary' } })
  async thumbnail(
    @Param(
      'attachmentId',
      new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('attachmentId', 'attachmentId must be a UUID') }),
    )
    attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return sendFile(reply, await this.disclosures.publishedAttachment(attachmentId, 'thumbnail'), 'inline');
  }
}
