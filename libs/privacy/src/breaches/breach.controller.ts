import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AppConfig, Clock } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { ProcessingRecordDto } from '../processing/processing-record.dto';
import { recordOfProcessing } from '../processing/record-of-processing';
import { PrivacyScanService } from '../scan/privacy-scan.service';
import { BreachService } from './breach.service';
import { BreachDto, BreachEntryInputDto, RecordBreachDto } from './dto/breach.dto';

const breachId = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a breach id (UUID)') });

export class PrivacyRecordsErasedDto {
  @ApiProperty() requests!: number;
  @ApiProperty() breaches!: number;
  @ApiProperty() codes!: number;
}

export class PrivacyScanDto {
  @ApiProperty() overdueRequests!: number;
  @ApiProperty() overdueBreaches!: number;
  @ApiProperty() exportBursts!: number;
  @ApiProperty({ type: PrivacyRecordsErasedDto }) recordsErased!: PrivacyRecordsErasedDto;
}

/** Any staff member records a suspected breach; the data protection officer (admin) keeps the register. */
@ApiTags('privacy')
@Controller('api/v1')
export class BreachController {
  constructor(
    private readonly breaches: BreachService,
    private readonly scan: PrivacyScanService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Post('breaches')
  @Policy('create', 'Breach')
  @ApiCreatedResponse({ type: BreachDto })
  async record(@Body() body: RecordBreachDto, @CurrentActor() actor: Actor): Promise<BreachDto> {
    return (await this.breaches.record(body, actor))!;
  }

  @Get('admin/breaches')
  @Policy('manage', 'Breach')
  @ApiOkResponse({ type: [BreachDto] })
  list(): Promise<BreachDto[]> {
    return this.breaches.list();
  }

  @Get('admin/breaches/:id')
  @Policy('manage', 'Breach')
  @ApiOkResponse({ type: BreachDto, description: 'With its entries, the affected people listed from the data, and drafted notices' })
  get(@Param('id', breachId) id: string): Promise<BreachDto> {
    return this.breaches.get(id);
  }

  /** The register is append-only: notifying the authority, the people, or a correction is a new entry. */
  @Post('admin/breaches/:id/entries')
  @Policy('manage', 'Breach')
  @ApiCreatedResponse({ type: BreachDto })
  addEntry(@Param('id', breachId) id: string, @Body() body: BreachEntryInputDto, @CurrentActor() actor: Actor): Promise<BreachDto> {
    return this.breaches.addEntry(id, body.type, body.note, actor);
  }

  /** Runs the minute scan now (overdue requests and breach clocks, export bursts). */
  @Post('admin/privacy/scan')
  @Policy('manage', 'Breach')
  @HttpCode(200)
  @ApiOkResponse({ type: PrivacyScanDto })
  runScan(): Promise<PrivacyScanDto> {
    return this.scan.run(this.clock.now());
  }

  /** The record of processing, generated from CASE_PROJECTION and the retention configuration. */
  @Get('admin/processing-record')
  @Policy('read', 'ProcessingRecord')
  @ApiOkResponse({ type: ProcessingRecordDto })
  processingRecord(): ProcessingRecordDto {
    return recordOfProcessing(this.config);
  }
}
