import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CaseKind, CaseStatus } from '@hotline/contracts';

export const OVERDUE_BOARD_SORTS = ['overdue', 'risk'] as const;
export type OverdueBoardSort = (typeof OVERDUE_BOARD_SORTS)[number];

export class OverdueBoardQueryDto {
  @ApiPropertyOptional({
    enum: OVERDUE_BOARD_SORTS,
    default: 'overdue',
    description:
      'The order of the cases inside each agency group (the groups stay most overdue agency first): overdue, earliest due date ' +
      'first; risk, the forecast probability of missing the answer due date, riskiest first (cases without a score last, ' +
      'then earliest due date first)',
  })
  @IsOptional()
  @IsIn(OVERDUE_BOARD_SORTS)
  sort?: OverdueBoardSort;
}

export class OverdueAgencyDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** One running clock of a case, past its due date. */
export class OverdueClockDto {
  @ApiProperty({ example: 'answer' }) clock!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty() workingDaysOverdue!: number;
  @ApiProperty({ description: 'Overdue by more than the very-late threshold: listed for the standing committee' }) veryLate!: boolean;
}

/** One overdue case, once, with every clock of it that is overdue (the most overdue first). */
export class OverdueCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CaseKind }) kind!: CaseKind;
  @ApiProperty({ enum: CaseStatus }) status!: CaseStatus;
  @ApiProperty({ description: 'The earliest due date of its overdue clocks' }) dueAt!: Date;
  @ApiProperty({ description: 'Working days past the earliest due date' }) workingDaysOverdue!: number;
  @ApiProperty({ description: 'One of its clocks is very late' }) veryLate!: boolean;
  @ApiPropertyOptional({
    description:
      'Probability (0..1) of missing its answer clock’s due date, from the worker’s latest scores (docs/learning.md); absent when not scored (no running answer clock)',
    minimum: 0,
    maximum: 1,
  })
  risk?: number;
  @ApiProperty({ type: [OverdueClockDto] }) clocks!: OverdueClockDto[];
}

/** One agency's overdue cases; `agency` is null for cases no agency holds (the secretariat's to move). */
export class OverdueGroupDto {
  @ApiProperty({ type: OverdueAgencyDto, nullable: true }) agency!: OverdueAgencyDto | null;
  @ApiProperty({ description: 'Overdue cases (a case with several overdue clocks counts once)' }) overdue!: number;
  @ApiProperty({ description: 'Overdue cases with a very late clock' }) veryLate!: number;
  @ApiProperty({ type: [OverdueCaseDto] }) cases!: OverdueCaseDto[];
}
