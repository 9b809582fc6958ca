import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';

export class GrantIdentityAccessDto {
  @ApiProperty({ description: 'The officer who may see the author’s identity' })
  @IsUUID('all', { message: 'userId must be a user id (UUID)' })
  userId!: string;

  @ApiProperty({ example: 'Cần xác minh thông tin với người tố cáo theo Điều 9 Luật Tố cáo' })
  @IsString()
  @Length(10, 1000)
  reason!: string;
}

export class IdentityGrantDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() userName!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() grantedBy!: string;
  @ApiProperty() grantedAt!: Date;
  @ApiPropertyOptional() revokedBy?: string;
  @ApiPropertyOptional() revokedAt?: Date;
  @ApiProperty({ description: 'False once revoked' }) active!: boolean;
}

export class IdentityGrantListDto {
  @ApiProperty({ type: [IdentityGrantDto] }) items!: IdentityGrantDto[];
}

export class ProtectedIdentityDto {
  @ApiProperty() caseId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() nationalId?: string;
  @ApiProperty({ description: 'True when the retention job has erased it' }) anonymised!: boolean;
  @ApiPropertyOptional({ description: 'The grant that allowed this view (officers only)' }) grantId?: string;
}
