import { ApiProperty } from '@nestjs/swagger';
import { CaseKind, CaseStatus } from '@hotline/contracts';

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
  @ApiProperty({ type: [OverdueClockDto] }) clocks!: OverdueClockDto[];
}

/** One agency's overdue cases; `agency` is null for cases no agency holds (the secretariat's to move). */
export class OverdueGroupDto {
  @ApiProperty({ type: OverdueAgencyDto, nullable: true }) agency!: OverdueAgencyDto | null;
  @ApiProperty({ description: 'Overdue cases (a case with several overdue clocks counts once)' }) overdue!: number;
  @ApiProperty({ description: 'Overdue cases with a very late clock' }) veryLate!: number;
  @ApiProperty({ type: [OverdueCaseDto] }) cases!: OverdueCaseDto[];
}
