import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Policy } from '@hotline/platform';
import { ReferenceDataService } from './reference-data.service';

export class ReferenceItemDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true }) parentCode!: string | null;
  @ApiPropertyOptional() level?: string;
}

function toItems<T extends { id: string; code: string; name: string; nameEn: string; parentId: string | null; active: boolean }>(
  rows: T[],
  extra: (row: T) => Partial<ReferenceItemDto> = () => ({}),
): ReferenceItemDto[] {
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  return rows
    .filter((r) => r.active)
    .map((r) => ({
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      parentCode: r.parentId ? (codeById.get(r.parentId) ?? null) : null,
      ...extra(r),
    }));
}

@ApiTags('reference data')
@Controller('api/v1')
export class ReferenceController {
  constructor(private readonly reference: ReferenceDataService) {}

  @Get('categories')
  @Policy('read', 'Reference')
  @ApiOkResponse({ type: [ReferenceItemDto] })
  async categories(): Promise<ReferenceItemDto[]> {
    return toItems((await this.reference.get()).categories);
  }

  @Get('areas')
  @Policy('read', 'Reference')
  @ApiOkResponse({ type: [ReferenceItemDto] })
  async areas(): Promise<ReferenceItemDto[]> {
    return toItems((await this.reference.get()).areas, (a) => ({ level: a.level }));
  }

  @Get('agencies')
  @Policy('read', 'Reference')
  @ApiOkResponse({ type: [ReferenceItemDto] })
  async agencies(): Promise<ReferenceItemDto[]> {
    return toItems((await this.reference.get()).agencies);
  }
}
