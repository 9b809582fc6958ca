import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { PersonalDataKind } from '@hotline/contracts';

export class PersonalDataSpanDto {
  @ApiProperty({ enum: PersonalDataKind, enumName: 'PersonalDataKind' }) @IsEnum(PersonalDataKind) kind!: PersonalDataKind;
  @ApiProperty({ description: 'First character of the span in the original text' }) @IsInt() @Min(0) @Max(20_000) start!: number;
  @ApiProperty({ description: 'The character after the span' }) @IsInt() @Min(1) @Max(20_000) end!: number;
}

export class PublicationMaskDto extends PersonalDataSpanDto {
  @ApiProperty({ enum: ['title', 'answer'] }) @IsIn(['title', 'answer']) field!: 'title' | 'answer';
}

export class TextProposalDto {
  @ApiProperty({ description: 'The text as the case holds it (staff only)' }) original!: string;
  @ApiProperty({ type: [PersonalDataSpanDto], description: 'Personal data the detector found in it' }) found!: PersonalDataSpanDto[];
  @ApiProperty({ description: 'The original with every finding masked: what staff confirm or edit' }) proposed!: string;
}

export class PublicationAttachmentDto {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty({ enum: ['citizen', 'staff'] }) uploadedBy!: 'citizen' | 'staff';
  @ApiPropertyOptional({ description: 'The decision of the current publication: true published, false withheld; absent undecided' })
  published?: boolean;
}

export class CurrentPublicationDto {
  @ApiProperty() title!: string;
  @ApiProperty() answer!: string;
  @ApiProperty({ type: [PublicationMaskDto] }) masks!: PublicationMaskDto[];
  @ApiProperty() publishedAt!: Date;
  @ApiPropertyOptional() publishedBy?: string;
}

export class PublicationReviewDto {
  @ApiProperty({ description: 'Public, not a denunciation, and answered: it may be published' }) publishable!: boolean;
  @ApiProperty({ type: TextProposalDto }) title!: TextProposalDto;
  @ApiProperty({ type: TextProposalDto }) answer!: TextProposalDto;
  @ApiProperty({ type: [PublicationAttachmentDto] }) attachments!: PublicationAttachmentDto[];
  @ApiPropertyOptional({ type: CurrentPublicationDto }) publication?: CurrentPublicationDto;
}

export class AttachmentDecisionDto {
  @ApiProperty() @IsUUID() id!: string;
  @ApiProperty({ description: 'true: shown on the public page; false: withheld' }) @IsBoolean() publish!: boolean;
}

export class PublishCaseDto {
  @ApiProperty({ description: 'The title as it will be published (the proposal, confirmed or edited)' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({ description: 'The answer as it will be published' })
  @IsString()
  @Length(1, 20_000)
  answer!: string;

  @ApiProperty({ type: [PublicationMaskDto], description: 'The masks staff confirmed, as spans of the original texts' })
  @ValidateNested({ each: true })
  @Type(() => PublicationMaskDto)
  @IsArray()
  @ArrayMaxSize(500)
  masks!: PublicationMaskDto[];

  @ApiProperty({ type: [AttachmentDecisionDto], description: 'A decision for every attachment of the case' })
  @ValidateNested({ each: true })
  @Type(() => AttachmentDecisionDto)
  @IsArray()
  @ArrayMaxSize(200)
  attachments!: AttachmentDecisionDto[];
}
