import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';

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
