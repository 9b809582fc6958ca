import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { CouncilSessionDto } from '../sessions/dto/council-session.dto';
import { PetitionOutcome } from './session-report.service';

class ReportHeadingDto {
  @ApiProperty({ example: 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI' }) council!: string;
  @ApiProperty({ example: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }) nation!: string;
  @ApiProperty({ example: 'Độc lập - Tự do - Hạnh phúc' }) motto!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Hà Nội' }) place!: string;
}

class ReportCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'answered or closed' }) answered!: number;
  @ApiProperty({ description: 'routed, accepted, in progress, awaiting information, reopened' }) inProgress!: number;
  @ApiProperty({ description: 'received, triage, returned' }) notRouted!: number;
  @ApiProperty({ description: 'merged, rejected, withdrawn' }) stopped!: number;
  @ApiProperty({ description: 'not answered or stopped, past its earliest running due date' }) overdue!: number;
  @ApiProperty() answeredOnTime!: number;
  @ApiProperty() answeredLate!: number;
  @ApiProperty({ nullable: true, type: Number }) answeredPercent!: number | null;
}

class ReportVoterMeetingDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-11-20' }) heldOn!: string;
  @ApiProperty() place!: string;
}

class ReportPetitionDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CaseKind }) kind!: CaseKind;
  @ApiProperty({ enum: CaseChannel }) channel!: CaseChannel;
  @ApiProperty({ nullable: true, type: String }) area!: string | null;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ enum: CaseStatus }) status!: CaseStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ enum: PetitionOutcome }) outcome!: PetitionOutcome;
  @ApiProperty({ nullable: true, type: String }) answer!: string | null;
  @ApiProperty({ nullable: true, type: Date }) answeredAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) dueAt!: Date | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: ['on_time', 'late', 'pending', 'excluded'] }) answerTiming!: string;
  @ApiPropertyOptional({
    type: ReportVoterMeetingDto,
    nullable: true,
    description: 'The voter meeting (tiếp xúc cử tri) the petition was raised at',
  })
  voterMeeting?: ReportVoterMeetingDto | null;
}

class ReportAgencyGroupDto extends ReportCountsDto {
  @ApiProperty({ nullable: true, description: 'null: cases no agency holds yet' }) agency!: {
    id: string;
    code: string;
    name: string;
  } | null;
  @ApiProperty() agencyName!: string;
  @ApiProperty({ type: [ReportPetitionDto] }) petitions!: ReportPetitionDto[];
}

class CarriedFromSessionDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() number!: number;
  @ApiProperty() sessionDate!: string;
}

class CarriedPetitionDto {
  @ApiProperty() id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() agencyName!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ enum: ['resolved', 'in_progress', 'explained'] }) carryOver!: 'resolved' | 'in_progress' | 'explained';
  @ApiProperty({ description: 'Đã giải quyết / Đang giải quyết / Đã giải trình' }) carryOverLabel!: string;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
  @ApiProperty({ type: Date, nullable: true }) answeredAt!: Date | null;
  @ApiProperty({ type: CarriedFromSessionDto, description: 'The session the petition came from' }) fromSession!: CarriedFromSessionDto;
}

class CarryOverDto {
  @ApiProperty() total!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() explained!: number;
  @ApiProperty({ type: [CarriedPetitionDto] }) petitions!: CarriedPetitionDto[];
}

export class SessionReportDto {
  @ApiProperty({ type: ReportHeadingDto }) heading!: ReportHeadingDto;
  @ApiProperty({ type: CouncilSessionDto }) session!: CouncilSessionDto;
  @ApiProperty() generatedAt!: Date;
  @ApiProperty({ type: ReportCountsDto }) totals!: ReportCountsDto;
  @ApiProperty({ type: [ReportAgencyGroupDto] }) agencies!: ReportAgencyGroupDto[];
  @ApiProperty({
    type: CarryOverDto,
    description: 'Petitions of earlier sessions unsettled when this session’s period began: resolved, in progress or explained since',
  })
  carriedOver!: CarryOverDto;
}

export const REPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class SessionReportQueryDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: 'format must be one of json, xlsx, pdf' })
  format?: ReportFormat;
}
