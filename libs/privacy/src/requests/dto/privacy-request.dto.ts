import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConsentPurpose, ContactKind, PrivacyRequestKind, PrivacyRequestStatus } from '@hotline/contracts';

export class RequestCodeDto {
  @ApiProperty({ enum: ContactKind }) @IsEnum(ContactKind) contactKind!: ContactKind;
  @ApiProperty({ example: 'an.nguyen@example.com', description: 'The email (or phone) given on the cases' })
  @IsString()
  @Length(3, 254)
  contact!: string;
}

export class CodeSentDto {
  @ApiProperty({ description: 'Sent when a case holds this contact; the answer is the same either way' }) expiresAt!: Date;
}

export class CorrectionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 120) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^(\+84|0084|0)[ .-]?[1-9](?:[ .-]?\d){8,9}$/) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
}

export class StaffFileRequestDto {
  @ApiProperty({ enum: PrivacyRequestKind }) @IsEnum(PrivacyRequestKind) kind!: PrivacyRequestKind;
  @ApiProperty({ enum: ContactKind }) @IsEnum(ContactKind) contactKind!: ContactKind;
  @ApiProperty({ description: 'The phone or email on the person’s cases (staff checked who they are)' })
  @IsString()
  @Length(3, 254)
  contact!: string;

  @ApiPropertyOptional({ type: CorrectionDto, description: 'correction: what the contact should read' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CorrectionDto)
  correction?: CorrectionDto;

  @ApiPropertyOptional({ enum: ConsentPurpose, isArray: true, description: 'consent_withdrawal: publication and/or contact' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(Object.values(ConsentPurpose), { each: true })
  purposes?: ConsentPurpose[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class CitizenFileRequestDto extends StaffFileRequestDto {
  @ApiProperty({ description: 'The one-time code sent to the contact (POST /api/v1/privacy/codes)', example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits sent to you' })
  code!: string;
}

export class RequestDetailsDto {
  @ApiPropertyOptional({ type: CorrectionDto }) correction?: CorrectionDto;
  @ApiPropertyOptional({ enum: ConsentPurpose, isArray: true }) purposes?: ConsentPurpose[];
  @ApiPropertyOptional() note?: string;
}

export class RequestEventDto {
  @ApiProperty() at!: Date;
  @ApiProperty() type!: string;
  @ApiProperty() actorType!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class PrivacyRequestDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PrivacyRequestKind }) kind!: PrivacyRequestKind;
  @ApiProperty({ enum: PrivacyRequestStatus }) status!: PrivacyRequestStatus;
  @ApiProperty({ enum: ContactKind }) contactKind!: ContactKind;
  @ApiProperty() contact!: string;
  @ApiProperty({ enum: ['citizen', 'staff'] }) filedBy!: 'citizen' | 'staff';
  @ApiProperty({ type: RequestDetailsDto }) details!: RequestDetailsDto;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ description: 'Acknowledge by (PRIVACY_ACK_WORKING_DAYS working days)' }) acknowledgeDueAt!: Date;
  @ApiProperty({ description: 'Complete by (PRIVACY_COMPLETE_WORKING_DAYS working days)' }) completeDueAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) acknowledgedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt!: Date | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) outcome!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) refusalCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) refusalReason!: string | null;
  @ApiPropertyOptional({ type: [RequestEventDto] }) events?: RequestEventDto[];
}

export class FiledRequestDto extends PrivacyRequestDto {
  @ApiProperty({ description: 'Shown once: follows the request and downloads the access export' }) accessKey!: string;
}

export class RequestListQueryDto {
  @ApiPropertyOptional({ description: 'Only requests past a due date and not completed' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only requests not completed' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  open?: boolean;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json' }) @IsOptional() @IsIn(['json', 'pdf']) format?: 'json' | 'pdf';
}

export class CitizenKeyQueryDto extends ExportQueryDto {
  @ApiProperty({ description: 'The key handed out when the request was filed' }) @IsString() @Length(10, 100) key!: string;
}
