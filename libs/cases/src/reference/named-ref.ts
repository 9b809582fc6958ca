import type { NamedRefDto } from '../tracking/dto/tracking-view.dto';

/** The code and names of an area, category or agency, as responses show them. */
export const toNamedRef = (e?: { code: string; name: string; nameEn: string }): NamedRefDto | undefined =>
  e ? { code: e.code, name: e.name, nameEn: e.nameEn } : undefined;
