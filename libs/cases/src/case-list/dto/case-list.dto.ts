import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { COMMA_LIST_PARAM, commaList, IsPeriodBound } from '@hotline/platform';
import { NamedRefDto } from '../../reference/named-ref';

export const CASE_LIST_SORTS = ['received', 'dueAt', 'status', 'agency', 'risk', 'coSigners'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

export class CaseListQueryDto {
  @ApiPropertyOptional({
    ...COMMA_LIST_PARAM,
    enum: CaseStatus,
    enumName: 'CaseStatus',
    description: 'One status or several, comma-separated',
    example: 'triage,returned',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsEnum(CaseStatus, { each: true })
  status?: CaseStatus[];

  @ApiPropertyOptional({ enum: CaseKind }) @IsOptional() @IsEnum(CaseKind) kind?: CaseKind;
  @ApiPropertyOptional({ enum: CaseChannel }) @IsOptional() @IsEnum(CaseChannel) channel?: CaseChannel;
  @ApiPropertyOptional({ description: 'Agency code' }) @IsOptional() @IsString() @MaxLength(64) agency?: string;
  @ApiPropertyOptional({ description: 'Category code (includes sub-categories)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;
  @ApiPropertyOptional({ description: 'Area code (includes sub-areas)' }) @IsOptional() @IsString() @MaxLength(64) area?: string;
  @ApiPropertyOptional({
    description:
      'Citizen phone number (operator lookup): operators, the secretariat and admins only; others get 403 phone_lookup_forbidden',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;
  @ApiPropertyOptional({ description: 'Words of the title or a tracking code' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({
    description: 'Received on or after this Hà Nội day (YYYY-MM-DD) or at or after this instant (date-time with offset), 2000..2100',
    type: String,
  })
  @IsOptional()
  @IsPeriodBound('from')
  from?: Date;
  @ApiPropertyOptional({
    description:
      'Received on or before this Hà Nội day (YYYY-MM-DD, inclusive, as in the reports) or before this instant (date-time with offset), 2000..2100',
    type: String,
  })
  @IsOptional()
  @IsPeriodBound('to')
  to?: Date;
  @ApiPropertyOptional({
    description:
      "Whom the case is assigned to: `me` (the caller's cases), `none` (nobody in the agency holds it) or an officer's user id; for the roles that see assignees",
    example: 'me',
  })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'assignee must be me, none or a user id (UUID)',
  })
  assignee?: string;

  @ApiPropertyOptional({
    ...COMMA_LIST_PARAM,
    type: String,
    description: 'Only these cases: comma-separated ids, at most 200 (a selection, e.g. to export it)',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be case ids (UUID)' })
  ids?: string[];

  @ApiPropertyOptional({ description: 'Only cases with a clock past its due date' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only cases due within this many working days, e.g. 3d', example: '3d' })
  @IsOptional()
  @Matches(/^\d{1,3}d$/, { message: 'dueWithin must look like 3d (working days)' })
  dueWithin?: string;

  @ApiPropertyOptional({
    enum: CASE_LIST_SORTS,
    default: 'received',
    description:
      'received: reception; dueAt: earliest running due date (cases without one last); status: place in the lifecycle; ' +
      'agency: agency name; risk: forecast probability of missing the due date (cases without one last)',
  })
  @IsOptional()
  @IsIn(CASE_LIST_SORTS)
  sort?: CaseListSort;

  @ApiPropertyOptional({
    enum: ['asc', 'desc'],
    description: 'Default: desc for received (newest first) and risk (riskiest first), asc otherwise',
  })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) page?: number;
  @ApiPropertyOptional({ default: 25 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

export class AssigneeRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class CaseSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() status!: string;
  @ApiProperty() priority!: string;
  @ApiProperty() title!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiPropertyOptional({ type: NamedRefDto }) category?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) area?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) agency?: NamedRefDto;
  @ApiPropertyOptional({ description: 'Earliest due date of the running clocks' }) dueAt?: Date;
  @ApiPropertyOptional({ description: 'Working days until the due day (0: due today; negative: working days overdue)' })
  workingDaysLeft?: number;
  @ApiProperty() overdue!: boolean;
  @ApiPropertyOptional({ type: AssigneeRefDto, description: 'The officer handling the case, for the roles that see it' })
  assignee?: AssigneeRefDto;
  @ApiProperty({ description: 'People who co-signed the case ("me too"), a priority signal for triage' }) coSigners!: number;
}

export class CaseListItemDto extends CaseSummaryDto {
  @ApiPropertyOptional({
    description:
      'The caller’s phone as the privacy projection shows it in lists: in full for operators, the secretariat and admins, masked (09xx xxx 678) for others; never a denunciation author’s',
  })
  citizenPhone?: string;
  @ApiPropertyOptional({
    description:
      'Probability (0..1) that the case misses its running answer clock’s due date, from the worker’s latest scores (docs/learning.md); absent when the case is not scored (no running answer clock, or not scored yet)',
    minimum: 0,
    maximum: 1,
  })
  risk?: number;
}

export class CaseDeadlineDto {
  @ApiProperty() clock!: string;
  @ApiProperty() status!: string;
  @ApiProperty() startedAt!: Date;
  @ApiProperty() dueAt!: Date;
  @ApiProperty() workingDaysLeft!: number;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [Number] }) extensions!: number[];
  @ApiProperty() extensionsAllowed!: number;
  @ApiProperty() unit!: string;
  @ApiProperty() source!: string;
}

export class CaseListDto {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({ description: 'Matching cases, counted exactly up to 10 pages past this one; see totalExact' }) total!: number;
  @ApiProperty({ description: 'False when more cases match than `total` (the count stopped 10 pages past this one)' }) totalExact!: boolean;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class CaseEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty() type!: string;
  @ApiPropertyOptional() fromStatus?: string;
  @ApiPropertyOptional() toStatus?: string;
  @ApiProperty() actorType!: string;
  @ApiPropertyOptional() actorName?: string;
  @ApiPropertyOptional() agency?: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() visibleToCitizen!: boolean;
}

export class CitizenContactDto {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiProperty({ description: 'True when the identity is withheld from this user' }) withheld!: boolean;
  @ApiPropertyOptional({ description: 'True when the contact is shown masked to this user (council members)' }) masked?: boolean;
}

export class CaseLinkDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
}

/** A notice about the case (its citizen's receipt and answer, agencies' and the secretariat's), without its recipient. */
export class CaseNoticeDto {
  @ApiProperty({ enum: ['email', 'sms', 'zalo'] }) channel!: string;
  @ApiProperty({ example: 'case-receipt' }) template!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'delivered', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ description: 'Why the last attempt failed (an unreachable phone, a refused template, a gateway error)' })
  lastError?: string;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional() sentAt?: Date;
  @ApiPropertyOptional({ description: 'When the gateway’s delivery receipt came back (SMS over SMPP)' }) deliveredAt?: Date;
}

export class CaseDetailDto extends CaseSummaryDto {
  @ApiPropertyOptional({ description: 'Absent where the privacy projection hides it (docs/privacy-projection.md)' }) description?: string;
  @ApiPropertyOptional({ description: 'Absent where the privacy projection hides the place (council members)' }) address?: string;
  @ApiPropertyOptional({ description: 'Absent where the privacy projection hides the place (council members)' }) location?: {
    lat: number;
    lng: number;
  };
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() public!: boolean;
  @ApiPropertyOptional({
    type: NamedRefDto,
    description: 'A denunciation’s accused agency, as its author named it (staff only: never in public views)',
  })
  accusedAgency?: NamedRefDto;
  @ApiPropertyOptional({ type: CitizenContactDto }) citizen?: CitizenContactDto;
  @ApiPropertyOptional() answer?: string;
  @ApiPropertyOptional({ description: 'The answer waiting for the agency head’s approval, or sent back (staff who see internal notes)' })
  answerDraft?: string;
  @ApiPropertyOptional() answeredAt?: Date;
  @ApiPropertyOptional({ description: 'When staff published the redacted case on the public page' }) publishedAt?: Date;
  @ApiProperty() reopenCount!: number;
  @ApiProperty() returnCount!: number;
  @ApiProperty({
    type: [String],
    description:
      'Actions this user may take now: the state machine’s transitions (`return_answer` only while unpublished), `extend` when the clock an extension would apply to has one left, and `publish` when the case may be published by this user',
  })
  availableActions!: string[];
  @ApiPropertyOptional({ type: CaseLinkDto, description: 'The case this duplicate was merged into' }) mergedInto?: CaseLinkDto;
  @ApiProperty({ type: [CaseLinkDto], description: 'Duplicates merged into this case: their reporters are told of its answer' })
  mergedCases!: CaseLinkDto[];
  @ApiProperty({ type: [CaseEventDto] }) events!: CaseEventDto[];
  @ApiProperty({ type: [CaseDeadlineDto] }) deadlines!: CaseDeadlineDto[];
  @ApiPropertyOptional({
    type: [CaseNoticeDto],
    description: 'Notices sent about the case, oldest first, so a failed one is seen (staff who read internal notes)',
  })
  notices?: CaseNoticeDto[];
}
