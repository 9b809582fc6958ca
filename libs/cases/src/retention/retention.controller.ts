import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Clock } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { RetentionService } from './retention.service';

export class RetentionRunDto {
  @ApiProperty({ description: 'Cases whose personal data this run erased' }) anonymised!: number;
  @ApiProperty({ description: 'Cases closed before this instant were due' }) cutoff!: Date;
  @ApiProperty() retentionYears!: number;
}

/** Runs the daily retention job now (after a change of RETENTION_YEARS, or to check it); audited like the daily run. */
@ApiTags('admin')
@Controller('api/v1/admin/retention')
export class RetentionController {
  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {}

  @Post('run')
  @Policy('run', 'Retention')
  @HttpCode(200)
  @ApiOkResponse({ type: RetentionRunDto })
  run(@CurrentActor() actor: Actor): Promise<RetentionRunDto> {
    return this.retention.run(this.clock.now(), actor);
  }
}
