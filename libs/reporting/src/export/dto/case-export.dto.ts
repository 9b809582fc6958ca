import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CaseListQueryDto } from '@hotline/cases';

export const CASE_EXPORT_FORMATS = ['labels', 'codes'] as const;
export type CaseExportFormat = (typeof CASE_EXPORT_FORMATS)[number];

/** The staff list's filters, without paging: the export holds every matching case. */
export class CaseExportQueryDto extends OmitType(CaseListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({
    enum: CASE_EXPORT_FORMATS,
    default: 'labels',
    description: 'labels: Vietnamese headers and labels, for people; codes: snake_case headers and codes, for machines',
  })
  @IsOptional()
  @IsIn(CASE_EXPORT_FORMATS)
  format?: CaseExportFormat;
}
