import { OmitType } from '@nestjs/swagger';
import { CaseListQueryDto } from '@hotline/cases';

/** The staff list's filters, without paging: the export holds every matching case. */
export class CaseExportQueryDto extends OmitType(CaseListQueryDto, ['page', 'pageSize'] as const) {}
