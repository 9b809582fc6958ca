import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@hotline/platform';
import { TargetKind, TargetStatus } from '../target-progress';

export class CreateCouncilTargetDto {
  @ApiProperty({
    enum: TargetKind,
    description: 'task: settle every linked case by the due date; on_time_rate: answer at least thresholdPercent of them on time',
  })
  @IsEnum(TargetKind)
  kind!: TargetKind;

  @ApiProperty({ example: 'SXD', description: 'The agency the target is assigned to' }) @IsString() @Length(1, 60) agencyCode!: string;
  @ApiProperty({ example: 'Giải quyết dứt điểm các kiến nghị về ngập úng phường Hoàng Mai' }) @IsString() @Length(3, 300) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() startsOn!: string;
  @ApiProperty({ example: '2026-06-30', description: 'Last day (Hà Nội date) by which the target must be met' })
  @IsLocalDate()
  dueOn!: string;
  @ApiPropertyOptional({ example: 95, description: 'Required for on_time_rate, forbidden for task' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(100)
  thresholdPercent?: number;
  @ApiPropertyOptional({ description: 'The council session that assigned it' })
  @IsOptional()
  @IsUUID('all', { message: 'councilSessionId must be a UUID' })
  councilSessionId?: string;
  @ApiPropertyOptional({ type: [String], description: 'Cases to link at once' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'each of caseIds must be a case id (UUID)' })
  caseIds?: string[];
}

export class CouncilTargetQueryDto {
  @ApiPropertyOptional({ example: 'SXD' }) @IsOptional() @IsString() @Length(1, 60) agencyCode?: string;
  @ApiPropertyOptional({ enum: TargetStatus }) @IsOptional() @IsEnum(TargetStatus) status?: TargetStatus;
}
