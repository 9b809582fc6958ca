import { Body, Controller, Get, Header, HttpCode, Ip, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AppConfig } from '@hotline/config';
import type { StaffActor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { ReferenceDataService } from '../reference/reference-data.service';
import { BoundaryImportService } from './boundary-import.service';
import { locatorOf } from './area-locator';
import {
  AreaBoundariesDto,
  BoundaryImportResultDto,
  ImportBoundariesDto,
  LocateQueryDto,
  MapConfigDto,
  PlacementDto,
  SetBoundaryDto,
} from './place.dto';

const PROBLEMS =
  'Each problem names its field (`features[3].geometry`, `features[3].properties.code`) and its code: `invalid_geometry`, ' +
  '`coordinate_out_of_range`, `ring_too_short`, `ring_not_closed`, `self_intersection`, `boundary_outside_parent`, ' +
  '`unknown_area_code`, `duplicate_area_code`. Nothing is written when there is one.';

/** The map: its tile source and the areas' boundaries (public, cacheable), and the administrators' boundary import. */
@ApiTags('place')
@Controller('api/v1')
export class PlaceController {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly boundaries: BoundaryImportService,
    private readonly config: AppConfig,
  ) {}

  @Get('map/config')
  @Policy('read', 'Reference')
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ type: MapConfigDto })
  mapConfig(): MapConfigDto {
    return { tileUrl: this.config.map?.tileUrl ?? null, attribution: this.config.map?.attribution ?? null };
  }

  @Get('map/locate')
  @Policy('read', 'Reference')
  @ApiOkResponse({ type: PlacementDto, description: "The area a pin names, by the same rule as intake's" })
  async locate(@Query() query: LocateQueryDto): Promise<PlacementDto> {
    const { areas, areaById } = await this.reference.get();
    const placement = locatorOf(areas).place(query.lng, query.lat);
    if (placement.outside) return { outside: true, areaCode: null };
    return { outside: false, areaCode: placement.areaId ? (areaById.get(placement.areaId)?.code ?? null) : null };
  }

  @Get('areas/boundaries')
  @Policy('read', 'Reference')
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ type: AreaBoundariesDto, description: 'Active areas with a boundary, as GeoJSON ([lng, lat])' })
  async areaBoundaries(): Promise<AreaBoundariesDto> {
    const { areas, areaById } = await this.reference.get();
    return {
      type: 'FeatureCollection',
      features: areas
        .filter((a) => a.active && a.boundary)
        .map((a) => ({
          type: 'Feature' as const,
          properties: {
            code: a.code,
            name: a.name,
            nameEn: a.nameEn,
            level: a.level,
            parentCode: a.parentId ? (areaById.get(a.parentId)?.code ?? null) : null,
            approximate: a.boundaryApproximate,
          },
          geometry: a.boundary!,
        })),
    };
  }

  @Post('admin/areas/boundaries')
  @HttpCode(200)
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: BoundaryImportResultDto })
  @ApiUnprocessableEntityResponse({ description: PROBLEMS })
  async importBoundaries(
    @Body() body: ImportBoundariesDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<BoundaryImportResultDto> {
    return { updated: await this.boundaries.importCollection(body, actor, ip) };
  }

  @Put('admin/areas/:id/boundary')
  @Policy('update', 'ReferenceAdmin')
  @ApiOkResponse({ type: BoundaryImportResultDto })
  @ApiUnprocessableEntityResponse({ description: PROBLEMS })
  async setBoundary(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetBoundaryDto,
    @CurrentActor() actor: StaffActor,
    @Ip() ip: string,
  ): Promise<BoundaryImportResultDto> {
    return { updated: await this.boundaries.setOne(id, body, actor, ip) };
  }
}
