import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MyCasesSessionDto {
  @ApiProperty({ description: 'Send it as the X-My-Cases-Token header; it lasts MY_CASES_SESSION_MINUTES' }) token!: string;
  @ApiProperty() expiresAt!: Date;
}

export class MyCaseDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiPropertyOptional({ description: 'When the answer is due (the case’s deadline), while it is open' }) dueAt?: Date;
  @ApiPropertyOptional() answeredAt?: Date;
  @ApiPropertyOptional() closedAt?: Date;
}

export class MyCasesDto {
  @ApiProperty({ type: [MyCaseDto] }) cases!: MyCaseDto[];
}
