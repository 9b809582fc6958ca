import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { AnswerWarning, CaseKind } from '@hotline/contracts';
import { NamedRefDto } from '../../reference/named-ref';

export class CreateAnswerTemplateDto {
  @ApiProperty({ example: 'Trả lời phản ánh chiếu sáng' }) @IsString() @Length(2, 200) name!: string;

  @ApiPropertyOptional({ enum: CaseKind, enumName: 'CaseKind', description: 'The kind it is for; any kind when omitted' })
  @IsOptional()
  @IsEnum(CaseKind)
  kind?: CaseKind;

  @ApiPropertyOptional({ description: 'The category it is for (and its sub-categories); any when omitted', example: 'HT-CS' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  categoryCode?: string;

  @ApiProperty({
    description:
      'The text, with fields {{case_code}}, {{title}}, {{kind}}, {{category}}, {{area}}, {{agency}}, {{received_date}}, {{answer_date}}, {{legal_basis}}',
    example: 'Trả lời hồ sơ {{case_code}} tiếp nhận ngày {{received_date}}: căn cứ {{legal_basis}}, {{agency}} đã ...',
  })
  @IsString()
  @Length(10, 20_000)
  body!: string;

  @ApiPropertyOptional({ description: 'What {{legal_basis}} is filled with', example: 'Điều 28 Luật Khiếu nại 2011' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  legalBasis?: string;

  @ApiPropertyOptional({ description: 'Warn when the answer cites no legal basis' })
  @IsOptional()
  @IsBoolean()
  requiresLegalBasis?: boolean;
  @ApiPropertyOptional({ description: 'Warn when the answer carries no date' }) @IsOptional() @IsBoolean() requiresDate?: boolean;
  @ApiPropertyOptional({ description: 'Warn when the case has no attachment from staff' })
  @IsOptional()
  @IsBoolean()
  requiresAttachment?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateAnswerTemplateDto extends PartialType(CreateAnswerTemplateDto) {}

export class AnswerTemplateDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ enum: CaseKind, enumName: 'CaseKind' }) kind?: CaseKind;
  @ApiPropertyOptional({ type: NamedRefDto }) category?: NamedRefDto;
  @ApiProperty() body!: string;
  @ApiPropertyOptional() legalBasis?: string;
  @ApiProperty() requiresLegalBasis!: boolean;
  @ApiProperty() requiresDate!: boolean;
  @ApiProperty() requiresAttachment!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [String], description: 'The fields its body names' }) fields!: string[];
}

export class FilledAnswerTemplateDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The body filled for this case: the officer edits it into the answer' }) filled!: string;
  @ApiProperty() requiresLegalBasis!: boolean;
  @ApiProperty() requiresDate!: boolean;
  @ApiProperty() requiresAttachment!: boolean;
}

export class CheckAnswerDto {
  @ApiProperty() @IsString() @Length(1, 20_000) answer!: string;
  @ApiPropertyOptional({ description: 'The template the answer was written from: its requirements apply' })
  @IsOptional()
  @IsUUID()
  templateId?: string;
}

export class AnswerWarningDto {
  @ApiProperty({ enum: Object.values(AnswerWarning), enumName: 'AnswerWarning' }) code!: AnswerWarning;
  @ApiProperty() message!: string;
}

export class AnswerCheckDto {
  @ApiProperty({ type: [AnswerWarningDto] }) warnings!: AnswerWarningDto[];
}
