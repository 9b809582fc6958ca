import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RegisterOpen311ClientDto {
  @ApiProperty({ example: 'FixMyStreet Hà Nội' })
  @IsString()
  @Length(2, 120)
  name!: string;
}

export class Open311ClientDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ nullable: true }) revokedAt!: Date | null;
}

export class RegisteredOpen311ClientDto extends Open311ClientDto {
  @ApiProperty({ description: 'The api_key, shown only now (only its hash is kept)' }) apiKey!: string;
}
