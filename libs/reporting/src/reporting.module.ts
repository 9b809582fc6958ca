import { Module } from '@nestjs/common';
import { AuditModule } from '@hotline/audit';
import { CasesModule } from '@hotline/cases';
import { DisclosureController } from './disclosure/disclosure.controller';
import { DisclosureService } from './disclosure/disclosure.service';
import { CaseExportController } from './export/case-export.controller';
import { CaseExportService } from './export/case-export.service';
import { RollupProcessor } from './rollups/rollup.processor';
import { RollupService } from './rollups/rollup.service';
import { HotspotController } from './hotspots/hotspot.controller';
import { HotspotService } from './hotspots/hotspot.service';
import { ReportsController } from './summary/reports.controller';
import { SummaryService } from './summary/summary.service';
import { StatutoryReportController } from './statutory/statutory-report.controller';
import { StatutoryReportService } from './statutory/statutory-report.service';

@Module({ providers: [RollupService], exports: [RollupService] })
export class ReportingModule {}

/** The HTTP side: the council's summary, exports and the public disclosure. */
@Module({
  imports: [CasesModule, ReportingModule, AuditModule],
  controllers: [ReportsController, CaseExportController, DisclosureController, StatutoryReportController, HotspotController],
  providers: [SummaryService, CaseExportService, DisclosureService, StatutoryReportService, HotspotService],
})
export class ReportingApiModule {}

/** The worker side: the tick that keeps the rollups current. */
@Module({ imports: [ReportingModule], providers: [RollupProcessor] })
export class ReportingWorkerModule {}
