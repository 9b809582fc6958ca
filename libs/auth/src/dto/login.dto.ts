import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Role } from '@hotline/contracts';

export class LoginDto {
  @ApiProperty({ example: 'operator@hotline.example.vn' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ example: 'Operator#2026' }) @IsString() @Length(1, 200) password!: string;
  @ApiPropertyOptional({
    description: 'The 6-digit code of the authenticator app, when the account has the second factor on',
    example: '123456',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp must be the 6 digits shown by the authenticator app' })
  totp?: string;
}

export class SessionUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) agencyId!: string | null;
  @ApiProperty() totpEnabled!: boolean;
}

export class LoginResultDto {
  @ApiProperty({
    description: 'The session token, for API clients (Authorization: Bearer). The web UI uses the httpOnly cookie set with it.',
  })
  accessToken!: string;
  @ApiProperty({ description: 'Send as X-CSRF-Token on POST/PUT/PATCH/DELETE when authenticated by the cookie' }) csrfToken!: string;
  @ApiProperty({ description: 'Seconds until the session ends at the latest (it also ends after SESSION_IDLE_SECONDS unused)' })
  expiresIn!: number;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
  @ApiProperty({
    description: 'This role must use a second factor and none is set up: only TOTP set-up is open until it is',
    enum: ['enroll'],
    nullable: true,
    type: String,
  })
  secondFactor!: 'enroll' | null;
  @ApiProperty({ description: 'An administrator reset the password: only POST /auth/password is open until a new one is chosen' })
  mustChangePassword!: boolean;
}

export class MeDto {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
  @ApiProperty() csrfToken!: string;
  @ApiProperty() sessionId!: string;
  @ApiProperty({ enum: ['enroll'], nullable: true, type: String }) secondFactor!: 'enroll' | null;
  @ApiProperty() mustChangePassword!: boolean;
}

/** At least 10 characters with a letter and a digit or symbol (the user's own email is refused by the service). */
export const PASSWORD_RULE = /^(?=.*\p{L})(?=.*[\p{N}\p{P}\p{S}]).{10,200}$/u;
export const PASSWORD_MESSAGE = 'A password has 10 to 200 characters, with letters and at least one digit or symbol';

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty({ description: PASSWORD_MESSAGE }) @IsString() @Matches(PASSWORD_RULE, { message: PASSWORD_MESSAGE }) newPassword!: string;
}

export class TotpSetupDto {
  @ApiProperty({ description: 'Base32 secret to type into an authenticator app' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI (for a QR code)' }) otpauthUri!: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits shown by the authenticator app' })
  code!: string;
}

export class SessionInfoDto {
  @ApiProperty() id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() lastSeenAt!: Date;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
  @ApiProperty() current!: boolean;
}
