import { ApiProperty } from '@nestjs/swagger';

/** The code and names of an area, category or agency, as responses show them. */
export class NamedRefDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
}

export const toNamedRef = (e?: { code: string; name: string; nameEn: string }): NamedRefDto | undefined =>
  e ? { code: e.code, name: e.name, nameEn: e.nameEn } : undefined;
