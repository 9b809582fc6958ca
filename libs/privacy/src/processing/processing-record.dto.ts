import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hotline/contracts';
import { Audience, CASE_PROJECTION, CaseProjectionRule } from '@hotline/cases';
import { DataCategory, ProcessingRecord } from './record-of-processing';

// The record's shape in the API (GET /admin/processing-record), each class checked against the interface the record
// is built as (`implements`), so the typed client the web reads cannot drift from what recordOfProcessing returns.

type Item<K extends keyof ProcessingRecord> = ProcessingRecord[K] extends (infer T)[] ? T : ProcessingRecord[K];

const AUDIENCES = Object.keys(CASE_PROJECTION) as Audience[];
const FIELDS = Object.keys(CASE_PROJECTION[Role.Admin]) as (keyof CaseProjectionRule)[];

export class ProcessingPurposeDto implements Item<'purposes'> {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ description: 'Processing the person may refuse or withdraw (consent), or not (the case’s handling, reporting)' })
  optional!: boolean;
}

export class DataAudienceDto {
  @ApiProperty({ enum: AUDIENCES, enumName: 'DataAudience', description: 'A staff role, the citizen, the public or a notice' })
  audience!: Audience;
  @ApiProperty({ description: 'How it sees the data: full, handling, masked, keeper, grant or yes (CASE_PROJECTION)' })
  access!: string;
}

export class DataCategoryDto implements DataCategory {
  @ApiProperty({ enum: FIELDS, enumName: 'ProjectedField' }) field!: keyof CaseProjectionRule;
  @ApiProperty() label!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() sensitive!: boolean;
  @ApiProperty({ type: [DataAudienceDto] }) audiences!: DataAudienceDto[];
  @ApiProperty() retention!: string;
}

export class OtherDataDto implements Item<'otherData'> {
  @ApiProperty() label!: string;
  @ApiProperty() retention!: string;
}

export class ProcessorDto implements Item<'processors'> {
  @ApiProperty() name!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() configured!: boolean;
  @ApiProperty({ description: 'Its host, never its credentials; or "not configured"' }) detail!: string;
}

export class TransferDto implements Item<'transfers'> {
  @ApiProperty() recipient!: string;
  @ApiProperty() what!: string;
  @ApiProperty() basis!: string;
}

export class RestrictionRuleDto implements Item<'restriction'> {
  @ApiProperty({ type: [String] }) continues!: string[];
  @ApiProperty({ type: [String] }) stops!: string[];
}

export class ProcessingRecordDto implements ProcessingRecord {
  @ApiProperty() controller!: string;
  @ApiProperty() dpoEmail!: string;
  @ApiProperty({ type: [ProcessingPurposeDto] }) purposes!: ProcessingPurposeDto[];
  @ApiProperty({ type: [DataCategoryDto] }) categories!: DataCategoryDto[];
  @ApiProperty({ type: [OtherDataDto] }) otherData!: OtherDataDto[];
  @ApiProperty({ type: [ProcessorDto] }) processors!: ProcessorDto[];
  @ApiProperty({ type: [TransferDto] }) transfers!: TransferDto[];
  @ApiProperty({ type: RestrictionRuleDto, description: 'What a restricted case keeps and what stops (RESTRICTION)' })
  restriction!: RestrictionRuleDto;
  @ApiProperty({ type: [String] }) generatedFrom!: string[];
}
