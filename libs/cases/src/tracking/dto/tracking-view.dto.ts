import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NamedRefDto } from '../../reference/named-ref';

export class TrackQueryDto {
  @ApiPropertyOptional({
    description:
      'Access key given at submission or the token of a mail link (a 6-digit PIN is taken here too); one of key and pin is required for non-public cases',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  key?: string;

  @ApiPropertyOptional({
    example: '482913',
    description: 'The case’s 6-digit PIN (receipt, SMS, read out by the operator); locked after repeated misses',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'pin must be 6 digits' })
  pin?: string;
}

export class CitizenTimelineEntryDto {
  @ApiProperty() at!: Date;
  @ApiProperty() type!: string;
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional() statusLabel?: string;
  @ApiPropertyOptional() statusLabelEn?: string;
  @ApiPropertyOptional({ description: 'Agency in charge after this step (none on the citizen’s own steps)' }) agency?: string;
  @ApiProperty({ description: 'The citizen took this step (a rating, a reply): its note is theirs, not the agency’s' }) byCitizen!: boolean;
  @ApiPropertyOptional() note?: string;
}

export class MergedIntoDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiPropertyOptional({ type: NamedRefDto }) agency?: NamedRefDto;
}

export class TrackingViewDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() statusLabelEn!: string;
  @ApiProperty() public!: boolean;
  @ApiProperty() receivedAt!: Date;
  @ApiPropertyOptional({ type: NamedRefDto }) category?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) area?: NamedRefDto;
  @ApiPropertyOptional({ type: NamedRefDto }) agency?: NamedRefDto;
  @ApiPropertyOptional() answer?: string;
  @ApiPropertyOptional() answeredAt?: Date;
  @ApiProperty({ description: 'Whether the citizen can now rate the answer' }) canRate!: boolean;
  @ApiProperty({ description: 'People who confirmed a contact and co-signed ("me too") this case' }) coSigners!: number;
  @ApiPropertyOptional({
    type: MergedIntoDto,
    description: "A duplicate merged into another case: that case's status and agency; `answer` is that case's answer",
  })
  mergedInto?: MergedIntoDto;
  @ApiProperty({ type: [CitizenTimelineEntryDto] }) timeline!: CitizenTimelineEntryDto[];
}
