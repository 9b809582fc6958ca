import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Policy } from '../access/access.decorators';
import { MetricsService } from './metrics.service';

/** Counts only, no personal data; still not public: an administrator's session or the bearer METRICS_TOKEN. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Policy('read', 'Metrics', { metricsToken: true })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
