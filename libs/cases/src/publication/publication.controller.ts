import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { caseIdPipe } from '../case-list/case-id.pipe';
import { PublicationReviewDto, PublishCaseDto } from './dto/publication.dto';
import { PublicationService } from './publication.service';

/** Redaction review and publication of one case (docs/answers.md). */
@ApiTags('cases (staff)')
@Controller('api/v1/cases/:id/publication')
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Get()
  @Policy('read', 'Publication')
  @ApiOkResponse({ type: PublicationReviewDto, description: 'The detector’s proposed masks, the attachments, the current publication' })
  review(@Param('id', caseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<PublicationReviewDto> {
    return this.publications.review(id, actor);
  }

  @Put()
  @Policy('publish', 'Publication')
  @ApiOkResponse({ type: PublicationReviewDto, description: 'Published: the public page shows only this redacted text' })
  @ApiUnprocessableEntityResponse({
    description:
      '`not_publishable`, `mask_out_of_range`, `attachment_decision_missing`, `personal_data_in_publication` (the citizen’s contact)',
  })
  publish(@Param('id', caseIdPipe) id: string, @Body() body: PublishCaseDto, @CurrentActor() actor: Actor): Promise<PublicationReviewDto> {
    return this.publications.publish(id, actor, body);
  }
}
