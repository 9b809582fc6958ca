import { Injectable } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { DomainError, UnknownReferenceError } from '@hotline/platform';
import { ReferenceDataService } from '../reference/reference-data.service';
import { BulkCaseResultDto } from './dto/case-actions.dto';
import { CaseWorkflowService } from './case-workflow.service';

/**
 * The secretariat's actions on a selection of cases. Each case goes through the same workflow as a single action, in
 * its own transaction (its change, event and audit row commit together), one after the other: a case the action is
 * not allowed on is reported with the error code the single action would answer, and the others still go through.
 */
@Injectable()
export class BulkActionsService {
  constructor(
    private readonly workflow: CaseWorkflowService,
    private readonly reference: ReferenceDataService,
  ) {}

  async route(caseIds: readonly string[], actor: Actor, agencyCode: string, reason?: string): Promise<BulkCaseResultDto[]> {
    // A wrong agency is wrong for every case: the whole request is refused before any case moves.
    const agency = await this.reference.agencyByCode(agencyCode);
    if (!agency || !agency.active) throw new UnknownReferenceError('agencyCode', 'agency', agencyCode);
    const results: BulkCaseResultDto[] = [];
    for (const id of caseIds) {
      results.push(await this.each(id, () => this.workflow.route(id, actor, agencyCode, reason, true)));
    }
    return results;
  }

  private async each(id: string, action: () => Promise<{ status: string }>): Promise<BulkCaseResultDto> {
    try {
      const kase = await action();
      return { id, ok: true, status: kase.status };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { id, ok: false, code: error.code, message: error.message };
    }
  }
}
