import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CitizenDto, ConsentDto, CreateCaseDto } from '@hotline/cases';
import {
  IdentityDocumentType,
  RECEPTION_CASE_KINDS,
  ReceptionCaseKind,
  ReceptionOutcome,
  ReceptionRefusalGround,
} from '@hotline/contracts';
import { IsInstant, IsPeriodBound } from '@hotline/platform';

/**
 * The citizen as the officer checked them. The identity fields are declared required in the API document but checked by
 * the service, so a missing one answers 422 `reception_identity_required` naming the field (the register must hold them).
 */
/* Phone and email are the intake's own fields (one rule each: VN_PHONE, the email check); one is needed for a case. */
export class ReceptionCitizenDto extends PickType(CitizenDto, ['phone', 'email'] as const) {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiProperty({ enum: IdentityDocumentType, description: 'The identity paper the officer checked' })
  @IsOptional()
  @IsEnum(IdentityDocumentType)
  identityDocumentType?: IdentityDocumentType;

  @ApiProperty({ example: '001085012345', description: 'Its number (CCCD 12 digits, CMND 9, a passport 6-20 letters and digits)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9]{6,20}$/, { message: 'identityDocumentNumber must be 6-20 letters and digits' })
  identityDocumentNumber?: string;

  @ApiPropertyOptional({ example: '12 ngõ Huế, Hai Bà Trưng' })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  address?: string;
}

/**
 * The case a reception becomes: written by the ordinary intake, channel walk_in, the reception's content as its text.
 * Title, category, area and location are the intake's own fields (one rule for each); the kind is one a reception can become.
 * The citizen's consent is the reception's (`consent`), taken in person.
 */
export class ReceptionCaseDto extends PickType(CreateCaseDto, ['title', 'categoryCode', 'areaCode', 'location'] as const) {
  @ApiProperty({ enum: RECEPTION_CASE_KINDS })
  @IsIn(RECEPTION_CASE_KINDS, { message: `kind must be one of ${RECEPTION_CASE_KINDS.join(', ')}` })
  kind!: ReceptionCaseKind;
}

export class RecordReceptionDto {
  @ApiPropertyOptional({ description: 'When the citizen was received (ISO 8601); now when left out' })
  @IsOptional()
  @IsInstant()
  receivedAt?: Date;

  @ApiProperty({ example: 'Trụ sở tiếp công dân, 12 Lê Lai' })
  @IsString()
  @Length(2, 300)
  place!: string;

  @ApiProperty({ type: ReceptionCitizenDto })
  @ValidateNested()
  @Type(() => ReceptionCitizenDto)
  citizen!: ReceptionCitizenDto;

  @ApiProperty({ example: 1, description: 'People received together (a delegation: đoàn đông người)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  peopleCount: number = 1;

  @ApiProperty({ example: 'Ông An khiếu nại quyết định thu hồi đất số 123/QĐ-UBND vì chưa được bồi thường.' })
  @IsString()
  @Length(10, 10_000)
  content!: string;

  @ApiPropertyOptional({ example: 'Đơn khiếu nại (02 trang); bản sao quyết định 123/QĐ-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  documents?: string;

  @ApiProperty({ enum: ReceptionOutcome })
  @IsEnum(ReceptionOutcome)
  outcome!: ReceptionOutcome;

  @ApiPropertyOptional({ enum: ReceptionRefusalGround, description: 'Required when the outcome is refused' })
  @IsOptional()
  @IsEnum(ReceptionRefusalGround)
  refusalGround?: ReceptionRefusalGround;

  @ApiPropertyOptional({ description: 'What the officer explained (guidance given), or a note on a refusal' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  guidance?: string;

  @ApiPropertyOptional({ type: ReceptionCaseDto, description: 'Required when the outcome is case_created' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReceptionCaseDto)
  case?: ReceptionCaseDto;
  @ApiPropertyOptional({
    type: ConsentDto,
    description:
      'What the citizen agreed to after the officer read the notice (method in_person): required with handling: true when the ' +
      'outcome is case_created (422 consent_required otherwise). publication: true makes the case public (its answer is ' +
      'published after the redaction review).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;
}

export class ReceptionQueryDto {
  @ApiPropertyOptional({ description: 'Hà Nội day YYYY-MM-DD or an instant; inclusive' })
  @IsOptional()
  @IsPeriodBound('from')
  from?: Date;

  @ApiPropertyOptional({ description: 'Hà Nội day YYYY-MM-DD (inclusive) or an instant' })
  @IsOptional()
  @IsPeriodBound('to')
  to?: Date;

  @ApiPropertyOptional({ description: 'The reception that became this case' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'caseId must be a UUID' })
  caseId?: string;
}

export class RegisterQueryDto extends ReceptionQueryDto {
  @ApiProperty({ enum: ['pdf', 'xlsx'] })
  @IsIn(['pdf', 'xlsx'], { message: 'format must be pdf or xlsx' })
  format!: 'pdf' | 'xlsx';
}

export class ReceptionViewDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Number in the register (số thứ tự)' }) registerNo!: number;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty() place!: string;
  @ApiProperty() officerName!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ enum: IdentityDocumentType }) identityDocumentType!: IdentityDocumentType;
  @ApiProperty() identityDocumentNumber!: string;
  @ApiProperty({ type: String, nullable: true }) citizenAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) citizenPhone!: string | null;
  @ApiProperty() peopleCount!: number;
  @ApiProperty() content!: string;
  @ApiProperty({ type: String, nullable: true }) documents!: string | null;
  @ApiProperty({ enum: ReceptionOutcome }) outcome!: ReceptionOutcome;
  @ApiProperty({ enum: ReceptionRefusalGround, nullable: true }) refusalGround!: ReceptionRefusalGround | null;
  @ApiProperty({ type: String, nullable: true }) guidance!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case it became' }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) caseTrackingCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case kind' }) caseKind!: string | null;
}
