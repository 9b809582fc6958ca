import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy } from '@hotline/platform';
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
}
