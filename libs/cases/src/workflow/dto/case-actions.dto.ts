import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

export class RouteCaseDto {
  @ApiProperty({ example: 'SO-XD', description: 'Code of the agency that will handle the case' })
  @IsString()
  @Length(1, 64)
  agencyCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class NoteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Nội dung thuộc thẩm quyền của UBND phường.' })
  @IsString()
  @Length(5, 2000)
  reason!: string;
}

export class AnswerDto {
  @ApiProperty({ example: 'Sở Xây dựng đã chỉ đạo thay bóng đèn trong ngày 12/11.' })
  @IsString()
  @Length(10, 20_000)
  answer!: string;
}

export class ApproveAnswerDto {
  @ApiPropertyOptional({
    description: 'The answer as the agency head edited it; the draft as written when omitted',
    example: 'Sở Xây dựng đã chỉ đạo thay bóng đèn trong ngày 12/11/2026.',
  })
  @IsOptional()
  @IsString()
  @Length(10, 20_000)
  answer?: string;
}

export class CitizenFeedbackDto {
  @ApiProperty({ description: 'true: satisfied, the case closes; false: not satisfied, the case reopens' })
  @IsBoolean()
  satisfied!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'The access key given at submission' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  key?: string;
}

export class ExtendDto {
  @ApiProperty({ example: 'Vụ việc phức tạp, cần xác minh tại nhiều địa điểm.' })
  @IsString()
  @Length(5, 2000)
  reason!: string;

  @ApiPropertyOptional({
    description: 'Clock to extend (route, acknowledge, accept, answer); the earliest due when omitted',
    example: 'answer',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  clock?: string;
}

export class InternalNoteDto {
  @ApiProperty({ example: 'Đã gọi điện cho tổ dân phố, hẹn kiểm tra hiện trường thứ Năm.' })
  @IsString()
  @Length(2, 4000)
  note!: string;
}

export class AssignDto {
  @ApiProperty({ description: 'The officer (an active user of the agency handling the case) who will handle it' })
  @IsUUID('all', { message: 'userId must be a user id (UUID)' })
  userId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class AssigneeDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['agency_officer', 'agency_head'] }) role!: string;
}

/** The most cases one bulk action takes: each is its own transaction, so a request stays well under a second per hundred. */
export const MAX_BULK_CASES = 200;

export class BulkRouteDto {
  @ApiProperty({ type: [String], description: `The selected cases' ids (1..${MAX_BULK_CASES}, no repeats)` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_CASES)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'caseIds must be case ids (UUID)' })
  caseIds!: string[];

  @ApiProperty({ example: 'SO-XD', description: 'Code of the agency that will handle the cases' })
  @IsString()
  @Length(1, 64)
  agencyCode!: string;

  @ApiPropertyOptional({
    description: 'Why the cases go there; required for a case already at an agency (a reroute), as for one case',
    example: 'Thuộc thẩm quyền UBND phường theo phân cấp.',
  })
  @IsOptional()
  @IsString()
  @Length(5, 2000)
  reason?: string;
}

export class BulkCaseResultDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'True when the action went through for this case' }) ok!: boolean;
  @ApiPropertyOptional({ description: "The case's status after the action (when ok)" }) status?: string;
  @ApiPropertyOptional({ description: 'Why the action did not go through for this case: the error code a single action would answer' })
  code?: string;
  @ApiPropertyOptional() message?: string;
}

export class BulkResultDto {
  @ApiProperty({ type: [BulkCaseResultDto], description: 'One result per case, in the order of caseIds' })
  results!: BulkCaseResultDto[];
}
