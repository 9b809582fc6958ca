import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { DeadLettersService } from './dead-letters/dead-letters.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

/** Operations endpoints of the API: Prometheus metrics and the dead-letter list. */
@Module({
  controllers: [MetricsController, DeadLettersController],
  providers: [MetricsService, DeadLettersService],
  exports: [MetricsService],
})
export class OperationsModule {}
