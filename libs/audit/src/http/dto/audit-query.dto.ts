import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsInstant } from '@hotline/platform';
import { AuditAction } from '../../audit-action';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Staff user id of the actor' }) @IsOptional() @IsUUID() actor?: string;
  @ApiPropertyOptional({ enum: AuditAction }) @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @ApiPropertyOptional({ example: 'case', description: 'case, user or export' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,40}$/, { message: 'targetType must be 1-40 of a-z or _' })
  targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetId?: string;
  @ApiPropertyOptional({ description: 'Failed sign-ins and lockouts against this address (the log holds only its fingerprint)' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ description: 'At or after (ISO 8601 date or date-time with offset, 2000..2100)', type: String })
  @IsOptional()
  @IsInstant()
  from?: Date;
  @ApiPropertyOptional({ description: 'Before (ISO 8601 date or date-time with offset, 2000..2100)', type: String })
  @IsOptional()
  @IsInstant()
  to?: Date;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class AuditActorDto {
  @ApiProperty({ enum: ['staff', 'citizen', 'system', 'anonymous'] }) type!: string;
  @ApiPropertyOptional() userId?: string;
  @ApiPropertyOptional() role?: string;
}

export class AuditTargetDto {
  @ApiProperty() type!: string;
  @ApiProperty() id!: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: AuditAction }) action!: AuditAction;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiPropertyOptional({ type: AuditTargetDto }) target?: AuditTargetDto;
  @ApiPropertyOptional({ description: 'Client address of the request, where one applies' }) ip?: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
