import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Role } from '@hotline/contracts';
import { PASSWORD_MESSAGE, PASSWORD_RULE } from '../dto/login.dto';

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) agencyId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() totpEnabled!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ nullable: true, type: Date }) lastLoginAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty() total!: number;
}

export class UserListQueryDto {
  @ApiPropertyOptional({ enum: Role }) @IsOptional() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ description: 'Part of the name or email' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

export class CreateUserDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @Length(2, 120) fullName!: string;
  @ApiProperty({ enum: Role }) @IsEnum(Role) role!: Role;
  @ApiPropertyOptional({ description: 'Required for agency officers and heads' })
  @ValidateIf((o: CreateUserDto) => o.role === Role.AgencyOfficer || o.role === Role.AgencyHead || o.agencyId !== undefined)
  @IsUUID()
  agencyId?: string;
  @ApiPropertyOptional({ description: `Leave out to get a temporary password that must be changed at first sign-in. ${PASSWORD_MESSAGE}` })
  @IsOptional()
  @Matches(PASSWORD_RULE, { message: PASSWORD_MESSAGE })
  password?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 120) fullName?: string;
  @ApiPropertyOptional({ enum: Role }) @IsOptional() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() agencyId?: string | null;
  @ApiPropertyOptional({ description: 'false ends every session of the user' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiPropertyOptional({ description: 'Shown once; the user must change it at first sign-in' }) temporaryPassword?: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'Shown once; the user must change it at next sign-in' }) temporaryPassword!: string;
  @ApiProperty() sessionsEnded!: number;
}

export class SessionsEndedDto {
  @ApiProperty() sessionsEnded!: number;
}
