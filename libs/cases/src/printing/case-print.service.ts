import { Injectable } from '@nestjs/common';
import { Clock } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import { CaseLinks } from '@hotline/notifications';
import { CaseQueryService } from '../case-list/case-query.service';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CitizenCredentials, TrackingService } from '../tracking/tracking.service';
import { caseSheetPdf } from './case-sheet.pdf';
import { receiptPdf } from './receipt.pdf';

/** The printable case sheet (staff) and receipt (citizen). */
@Injectable()
export class CasePrintService {
  constructor(
    private readonly queries: CaseQueryService,
    private readonly tracking: TrackingService,
    private readonly reference: ReferenceDataService,
    private readonly links: CaseLinks,
    private readonly clock: Clock,
  ) {}

  /** The case as this staff member's role sees it in its detail (the one projection), on paper. */
  async sheet(caseId: string, actor: Actor): Promise<{ trackingCode: string; pdf: Buffer }> {
    const kase = await this.queries.detail(caseId, actor);
    return { trackingCode: kase.trackingCode, pdf: await caseSheetPdf(kase, this.clock.now()) };
  }

  /** The citizen's receipt, for whoever holds the case's key, PIN or link token (as the tracking page asks). */
  async receipt(trackingCode: string, credentials: CitizenCredentials): Promise<{ trackingCode: string; pdf: Buffer }> {
    const kase = await this.tracking.findForCitizen(trackingCode, credentials);
    const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
    const pdf = await receiptPdf(
      {
        trackingCode: kase.trackingCode,
        title: kase.title,
        kind: kase.kind,
        status: kase.status,
        receivedAt: kase.receivedAt,
        agencyName: agency?.name,
        trackUrl: this.links.track(kase.trackingCode),
      },
      this.clock.now(),
    );
    return { trackingCode: kase.trackingCode, pdf };
  }
}
