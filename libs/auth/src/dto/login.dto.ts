import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'operator@hotline.example.vn' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ example: 'Operator#2026' }) @IsString() @Length(1, 200) password!: string;
}

export class LoginResultDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() expiresIn!: number;
  @ApiProperty() user!: { id: string; email: string; fullName: string; role: string; agencyId: string | null };
}
