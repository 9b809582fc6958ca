import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Policy } from '@hotline/platform';

export class PaknInboxItemDto {
  @ApiProperty({ description: "The national system's id of the case" }) remoteId!: string;
  @ApiProperty() pulledAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'The case it became' }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) trackingCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it could not become a case (its job is in the dead letters)' })
  failure!: string | null;
}

/** What the national PAKN link pulled, for the secretariat: each message, the case it became or why it did not. */
@ApiTags('national PAKN link')
@Controller('api/v1/pakn')
export class PaknInboxController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('inbox')
  @Policy('read', 'PaknLink')
  @ApiOkResponse({ type: [PaknInboxItemDto] })
  inbox(): Promise<PaknInboxItemDto[]> {
    return this.dataSource.query(
      `SELECT i.remote_id AS "remoteId", i.pulled_at AS "pulledAt", i.case_id AS "caseId", c.tracking_code AS "trackingCode", i.failure
         FROM pakn_inbox i LEFT JOIN cases c ON c.id = i.case_id ORDER BY i.pulled_at DESC, i.remote_id LIMIT 500`,
    );
  }
}
