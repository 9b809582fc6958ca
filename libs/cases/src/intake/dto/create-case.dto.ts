import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CaseChannel, CaseKind, CasePriority, OPERATOR_CHANNELS } from '@hotline/contracts';
import { SimilarCaseDto } from '../../duplicates/dto/similar-cases.dto';

/** Vietnamese mobile and landline numbers: 0 or +84, then 9–10 digits; spaces, dots and dashes allowed. */
export const VN_PHONE = /^(\+84|0084|0)[ .-]?[1-9](?:[ .-]?\d){8,9}$/;

export class LocationDto {
  @ApiProperty({ example: 21.0285 }) @IsLatitude() lat!: number;
  @ApiProperty({ example: 105.8542 }) @IsLongitude() lng!: number;
}

export class CitizenDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(2, 120)
  name!: string;

  @ApiPropertyOptional({ example: '0912 345 678' })
  @IsOptional()
  @IsString()
  @Matches(VN_PHONE, { message: 'phone must be a Vietnamese phone number (0… or +84…)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    enum: ['email', 'sms', 'zalo'],
    description:
      'How the citizen wants notices: by email (needs email), SMS or Zalo (need phone); without it, email when given, else the phone',
  })
  @IsOptional()
  @IsIn(['email', 'sms', 'zalo'])
  preferredChannel?: 'email' | 'sms' | 'zalo';

  @ApiPropertyOptional({
    example: '12 ngõ Huế, Hai Bà Trưng',
    description: 'A denunciation author’s home address (kept confidential); denunciations only',
  })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  address?: string;

  @ApiPropertyOptional({
    example: '001085012345',
    description: 'A denunciation author’s national id (CCCD, 12 digits; kept confidential); denunciations only',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{9}$|^\d{12}$/, { message: 'nationalId must be a CCCD/CMND number (12 or 9 digits)' })
  nationalId?: string;
}

/**
 * What the person agreed to, purpose by purpose (docs/personal-data.md). Silence is not consent: every box starts
 * unticked, and a case without `handling: true` is refused (422 consent_required).
 */
export class ConsentDto {
  @ApiProperty({ description: 'Processing of the personal data to handle the case: required (true).' })
  @IsBoolean()
  handling!: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Publication of the answer (never the personal data). `public: true` also gives it.',
  })
  @IsOptional()
  @IsBoolean()
  publication?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Contact by SMS or Zalo about the case.' })
  @IsOptional()
  @IsBoolean()
  contact?: boolean;

  @ApiPropertyOptional({ description: 'The privacy notice version shown (GET /api/v1/privacy/notice); default: the current one.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  noticeVersion?: number;
}

export class CreateCaseDto {
  @ApiProperty({ enum: CaseKind }) @IsEnum(CaseKind) kind!: CaseKind;

  @ApiProperty({ example: 'Đèn đường hỏng trên phố Hàng Bài' })
  @IsString()
  @IsNotEmpty()
  @Length(5, 200)
  title!: string;

  @ApiProperty({ example: 'Ba cột đèn trước số 20 phố Hàng Bài không sáng từ một tuần nay, rất nguy hiểm khi đi đêm.' })
  @IsString()
  @Length(10, 10_000)
  description!: string;

  @ApiPropertyOptional({ example: 'GTHT.CHIEU-SANG' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string;

  @ApiPropertyOptional({ example: 'HN-HOANKIEM' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  areaCode?: string;

  @ApiPropertyOptional({ example: '20 phố Hàng Bài' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ type: LocationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({ type: CitizenDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen?: CitizenDto;

  @ApiPropertyOptional({
    default: false,
    description: 'File without any contact; the citizen follows the case with the tracking code and key only.',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({
    example: 'UBND-HOANKIEM',
    description:
      'Denunciations only: the code of the agency the denunciation accuses. The case then never goes to that agency or its units, but to the level that manages it. Shown to staff, never to the public.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  accusedAgencyCode?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Publish the case and its answer (never the personal data). Never for a denunciation (422 denunciation_not_public).',
  })
  @IsOptional()
  @IsBoolean()
  public?: boolean;

  @ApiPropertyOptional({ type: ConsentDto, description: 'Required with handling: true (422 consent_required otherwise).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;

  @ApiPropertyOptional({
    description:
      'Honeypot: the web form hides this field from people. Leave it out or empty; when filled, the answer looks like a receipt but nothing is stored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

/** Staff type what the caller says; the honeypot is the public form's only. */
export class CreateHotlineCaseDto extends OmitType(CreateCaseDto, ['website'] as const) {
  @ApiPropertyOptional({ enum: OPERATOR_CHANNELS, default: CaseChannel.Hotline })
  @IsOptional()
  @IsIn(OPERATOR_CHANNELS)
  channel?: (typeof OPERATOR_CHANNELS)[number];

  @ApiPropertyOptional({ enum: CasePriority, default: CasePriority.Normal })
  @IsOptional()
  @IsEnum(CasePriority)
  priority?: CasePriority;
}

export class CaseReceiptDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'HN-2026-004217' }) trackingCode!: string;
  @ApiProperty({ description: 'Secret needed to follow a non-public case and to rate the answer. Shown only now.' }) accessKey!: string;
  @ApiProperty({ example: 'received' }) status!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({
    example: '482913',
    description:
      'A 6-digit PIN that opens the case with its tracking code, in place of the access key (an operator reads it to the caller; the SMS receipt carries it).',
  })
  pin!: string;
}

export class OperatorCaseReceiptDto extends CaseReceiptDto {
  @ApiProperty({ type: [SimilarCaseDto], description: 'Open cases that are probably the same matter (merge with POST /cases/:id/merge)' })
  possibleDuplicates!: SimilarCaseDto[];
}
