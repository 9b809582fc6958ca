import { ApiProperty } from '@nestjs/swagger';
import { CaseKind, CaseStatus } from '@hotline/contracts';

export class OverdueAgencyDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class OverdueCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CaseKind }) kind!: CaseKind;
  @ApiProperty({ enum: CaseStatus }) status!: CaseStatus;
  @ApiProperty({ example: 'answer' }) clock!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty() workingDaysOverdue!: number;
  @ApiProperty({ description: 'Overdue by more than the very-late threshold: listed for the standing committee' }) veryLate!: boolean;
}

/** One agency's overdue clocks; `agency` is null for cases no agency holds (the secretariat's to move). */
export class OverdueGroupDto {
  @ApiProperty({ type: OverdueAgencyDto, nullable: true }) agency!: OverdueAgencyDto | null;
  @ApiProperty() overdue!: number;
  @ApiProperty() veryLate!: number;
  @ApiProperty({ type: [OverdueCaseDto] }) cases!: OverdueCaseDto[];
}
