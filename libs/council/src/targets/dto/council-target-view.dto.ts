import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseStatus } from '@hotline/contracts';
import { TargetKind, TargetStatus } from '../target-progress';

class AgencyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'SXD' }) code!: string;
  @ApiProperty({ example: 'Sở Xây dựng' }) name!: string;
}

export class TargetProgressDto {
  @ApiProperty({ enum: TargetStatus }) status!: TargetStatus;
  @ApiProperty({ description: 'Linked cases' }) linked!: number;
  @ApiProperty({ description: 'Linked cases answered, closed, merged, rejected or withdrawn' }) settled!: number;
  @ApiProperty({ description: 'Unsettled linked cases past their own due date' }) overdue!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() excluded!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'onTime / (onTime + late) in percent, one decimal' }) onTimePercent!:
    number | null;
  @ApiProperty({ description: 'Share of the period elapsed, 0..1' }) elapsed!: number;
  @ApiProperty({ description: 'Why, in Vietnamese' }) reason!: string;
}

export class CouncilTargetDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TargetKind }) kind!: TargetKind;
  @ApiProperty({ type: AgencyRefDto }) agency!: AgencyRefDto;
  @ApiProperty({ nullable: true, type: String }) councilSessionId!: string | null;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ example: '2026-01-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-31' }) dueOn!: string;
  @ApiProperty({ nullable: true, type: Number }) thresholdPercent!: number | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: TargetProgressDto }) progress!: TargetProgressDto;
}

export class LinkedCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CaseStatus }) status!: CaseStatus;
  @ApiProperty({ nullable: true, type: String }) agencyCode!: string | null;
  @ApiProperty({ nullable: true, type: Date }) dueAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) settledAt!: Date | null;
  @ApiProperty({ enum: ['on_time', 'late', 'pending', 'excluded'] }) answerTiming!: 'on_time' | 'late' | 'pending' | 'excluded';
}

export class CouncilTargetDetailDto extends CouncilTargetDto {
  @ApiProperty({ type: [LinkedCaseDto] }) cases!: LinkedCaseDto[];
}
