import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VN_PHONE } from '@hotline/cases';
import { CaseKind } from '@hotline/contracts';
import { IsLocalDate } from '@hotline/platform';

/** Kinds raised at a voter meeting. A denunciation needs its author's identity kept apart: not in a batch. */
export const MEETING_KINDS = [CaseKind.Petition, CaseKind.Feedback, CaseKind.Complaint, CaseKind.Question] as const;
export const MAX_BATCH = 500;

export class CreateVoterMeetingDto {
  @ApiProperty({ example: '2026-11-20', description: 'Hà Nội date of the meeting' })
  @IsLocalDate()
  heldOn!: string;

  @ApiProperty({ example: 'Nhà văn hóa tổ dân phố số 5, phường Hai Bà Trưng' })
  @IsString()
  @Length(2, 300)
  place!: string;

  @ApiProperty({ example: 'HN-HAIBATRUNG', description: 'Area of the meeting; the default area of its petitions' })
  @IsString()
  @MaxLength(64)
  areaCode!: string;

  @ApiPropertyOptional({ description: 'The council session the meeting feeds: its petitions are linked to it' })
  @IsOptional()
  @IsUUID('all', { message: 'councilSessionId must be a council session id (UUID)' })
  councilSessionId?: string;

  @ApiProperty({ example: ['Đại biểu Nguyễn Văn Hùng', 'Đại biểu Trần Thị Mai'], description: 'Council members present' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 120, { each: true })
  membersPresent!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

/** One petition as the grid or a spreadsheet row gives it. */
export class VoterPetitionDto {
  @ApiPropertyOptional({ enum: MEETING_KINDS, default: CaseKind.Petition })
  @IsOptional()
  @IsIn(MEETING_KINDS, { message: `kind must be one of ${MEETING_KINDS.join(', ')}` })
  kind?: (typeof MEETING_KINDS)[number];

  @ApiProperty({ example: 'Đề nghị lắp đèn chiếu sáng ngõ 25 phố Huế' })
  @IsString({ message: 'title is required' })
  @Length(5, 200, { message: 'title must be 5-200 characters' })
  title!: string;

  @ApiProperty({ example: 'Cử tri tổ 5 đề nghị lắp đèn chiếu sáng ngõ 25 vì ngõ rất tối, mất an toàn.' })
  @IsString({ message: 'description is required' })
  @Length(10, 10_000, { message: 'description must be 10-10000 characters' })
  description!: string;

  @ApiPropertyOptional({ example: 'GTHT.CHIEU-SANG' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string;

  @ApiPropertyOptional({ description: 'Default: the meeting’s area' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  areaCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn An (tổ 5)', description: 'The voter who raised it' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  citizenName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(VN_PHONE, { message: 'phone must be a Vietnamese phone number (0… or +84…)' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
}

export class PetitionBatchDto {
  @ApiProperty({ type: [VoterPetitionDto], description: `1–${MAX_BATCH} petitions; all are added or none` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @ValidateNested({ each: true })
  @Type(() => VoterPetitionDto)
  petitions!: VoterPetitionDto[];
}

export class RowProblemDto {
  @ApiProperty({ description: 'Spreadsheet row number (the header is row 1), or the index in the batch + 1' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ description: 'The rule the cell broke, when it has a name (e.g. unknown_reference)' }) code?: string;
}

export class MeetingPetitionDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional() agencyName?: string;
}

export class VoterMeetingDto {
  @ApiProperty() id!: string;
  @ApiProperty() heldOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() areaName!: string;
  @ApiPropertyOptional({ nullable: true }) councilSessionId!: string | null;
  @ApiProperty({ type: [String] }) membersPresent!: string[];
  @ApiPropertyOptional({ nullable: true }) notes!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ description: 'Petitions of the meeting' }) petitionCount!: number;
  @ApiProperty({ description: 'Petitions by status', example: { routed: 3, answered: 1 } }) byStatus!: Record<string, number>;
}

export class VoterMeetingDetailDto extends VoterMeetingDto {
  @ApiProperty({ type: [MeetingPetitionDto] }) petitions!: MeetingPetitionDto[];
}

export class BatchResultDto {
  @ApiProperty({ type: [MeetingPetitionDto] }) petitions!: MeetingPetitionDto[];
}

export class ImportStatusDto {
  @ApiProperty() id!: string;
  @ApiProperty() meetingId!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: string;
  @ApiProperty() totalRows!: number;
  @ApiProperty() processedRows!: number;
  @ApiProperty({ description: 'processedRows / totalRows, percent' }) progress!: number;
  @ApiProperty() importedRows!: number;
  @ApiProperty({ type: [RowProblemDto], description: 'Rows not imported and why' }) problems!: RowProblemDto[];
  @ApiProperty({ description: 'The rows not imported, as read, by row number', type: 'object', additionalProperties: true })
  rejectedRows!: Record<string, Record<string, string>>;
  @ApiPropertyOptional({ nullable: true }) failure!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ nullable: true }) finishedAt!: Date | null;
}
