import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsLocalDate } from '@hotline/platform';

export class CreateCouncilSessionDto {
  @ApiPropertyOptional({
    example: 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI',
    description: 'The heading printed on reports; defaults to the city council',
  })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  councilName?: string;

  @ApiProperty({ example: 'Kỳ họp thường lệ cuối năm 2026' }) @IsString() @Length(3, 200) name!: string;
  @ApiProperty({ example: 28 }) @IsInt() @Min(1) @Max(999) number!: number;
  @ApiProperty({ example: 'Khóa XVI, nhiệm kỳ 2021-2026' }) @IsString() @Length(1, 100) term!: string;
  @ApiProperty({ example: '2026-12-08', description: 'The day the session opens (Hà Nội date)' }) @IsLocalDate() sessionDate!: string;
  @ApiProperty({ example: '2026-11-01', description: 'First day of the voter meetings before the session' })
  @IsLocalDate()
  meetingFrom!: string;
  @ApiProperty({ example: '2026-11-20', description: 'Last day of the voter meetings; not after the session date' })
  @IsLocalDate()
  meetingTo!: string;
}

export class UpdateCouncilSessionDto extends PartialType(CreateCouncilSessionDto) {}

export class LinkCasesDto {
  @ApiProperty({ type: [String], description: 'Case ids (UUID), at most 500' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'each of caseIds must be a case id (UUID)' })
  caseIds!: string[];
}

export class CouncilSessionDto {
  @ApiProperty() id!: string;
  @ApiProperty() councilName!: string;
  @ApiProperty() name!: string;
  @ApiProperty() number!: number;
  @ApiProperty() term!: string;
  @ApiProperty() sessionDate!: string;
  @ApiProperty() meetingFrom!: string;
  @ApiProperty() meetingTo!: string;
  @ApiProperty({ description: 'Cases linked to the session' }) cases!: number;
  @ApiProperty({ description: 'Of which linked because a petition was received in the voter-meeting period' }) casesByPeriod!: number;
}
