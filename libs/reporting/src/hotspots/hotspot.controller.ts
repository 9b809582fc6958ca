import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy } from '@hotline/platform';
import { HotspotCollectionDto, HotspotQueryDto } from './dto/hotspots.dto';
import { HotspotService } from './hotspot.service';

@ApiTags('reports')
@Controller('api/v1')
export class HotspotController {
  constructor(private readonly hotspots: HotspotService) {}

  /** Council-wide figures (no agency dimension): the roles that read the statutory reports. */
  @Get('reports/hotspots')
  @Policy('read', 'StatutoryReport')
  @ApiOkResponse({
    type: HotspotCollectionDto,
    description: 'GeoJSON FeatureCollection: one feature per area (its boundary) and per H3 cell (resolution 8), with counts',
  })
  staff(@Query() query: HotspotQueryDto): Promise<HotspotCollectionDto> {
    return this.hotspots.hotspots(query, 'staff');
  }

  @Get('public/hotspots')
  @Policy('read', 'Disclosure')
  @ApiOkResponse({
    type: HotspotCollectionDto,
    description:
      'The public map: published cases only (public, not denunciations), H3 cells at resolution 7 holding at least `minCellCount` of them',
  })
  publicMap(@Query() query: HotspotQueryDto): Promise<HotspotCollectionDto> {
    return this.hotspots.hotspots(query, 'public');
  }
}
