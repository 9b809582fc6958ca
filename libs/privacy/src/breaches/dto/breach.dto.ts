import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BREACH_DATA_CATEGORIES, BreachEntryType } from '@hotline/contracts';
import { IsInstant } from '@hotline/platform';

export class RecordBreachDto {
  @ApiProperty({ description: 'What happened', example: 'A CSV export of cases was sent to a wrong address' })
  @IsString()
  @Length(10, 4000)
  summary!: string;

  @ApiProperty({ description: 'When the breach was found (the notification clock starts here)' })
  @IsInstant()
  discoveredAt!: Date;

  @ApiPropertyOptional({ description: 'When it happened, if known' })
  @IsOptional()
  @IsInstant()
  occurredAt?: Date;

  @ApiProperty({ enum: BREACH_DATA_CATEGORIES, isArray: true, description: 'The data affected' })
  @IsArray()
  @ArrayMinSize(1, { message: 'dataCategories must name at least one kind of data affected' })
  @ArrayMaxSize(BREACH_DATA_CATEGORIES.length)
  @IsIn(BREACH_DATA_CATEGORIES, { each: true })
  dataCategories!: string[];

  @ApiPropertyOptional({ type: [String], description: 'Tracking codes of the cases affected: their people are listed from the data' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @Matches(/^[A-Z]{2,4}-\d{4}-\d{6,}$/, { each: true, message: 'each tracking code looks like HN-2026-004217' })
  trackingCodes?: string[];

  @ApiPropertyOptional({ description: 'How many people are affected, when the cases are not known one by one' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  affectedEstimate?: number;
}

export class BreachEntryInputDto {
  @ApiProperty({ enum: [BreachEntryType.AuthorityNotified, BreachEntryType.SubjectsNotified, BreachEntryType.Note] })
  @IsIn([BreachEntryType.AuthorityNotified, BreachEntryType.SubjectsNotified, BreachEntryType.Note])
  type!: BreachEntryType;

  @ApiProperty({ example: 'Đã gửi thông báo cho A05 qua cổng dịch vụ công lúc 10:00' }) @IsString() @Length(3, 4000) note!: string;
}

export class BreachEntryDto {
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: BreachEntryType }) type!: BreachEntryType;
  @ApiProperty() actorType!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class AffectedPersonDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
}

export class BreachNoticeDraftDto {
  @ApiProperty({ enum: ['authority', 'subject'] }) to!: 'authority' | 'subject';
  @ApiProperty({ nullable: true, type: String }) recipient!: string | null;
  @ApiProperty() text!: string;
}

export class BreachDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['staff', 'export_burst'] }) source!: 'staff' | 'export_burst';
  @ApiProperty() summary!: string;
  @ApiProperty() discoveredAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) occurredAt!: Date | null;
  @ApiProperty({ type: [String] }) dataCategories!: string[];
  @ApiProperty({ nullable: true, type: Number }) affectedEstimate!: number | null;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ description: 'Notify the authority by (BREACH_NOTIFY_HOURS after discovery)' }) notifyDueAt!: Date;
  @ApiProperty() authorityNotified!: boolean;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() affectedCount!: number;
  @ApiPropertyOptional({ type: [BreachEntryDto] }) entries?: BreachEntryDto[];
  @ApiPropertyOptional({ type: [AffectedPersonDto] }) affected?: AffectedPersonDto[];
  @ApiPropertyOptional({ type: [BreachNoticeDraftDto] }) drafts?: BreachNoticeDraftDto[];
}
