import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseWorkflowService } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { CaseStatus } from '@hotline/contracts';
import { NotFoundError } from '@hotline/platform';
import { CaseFields, featuresOf, hasText } from '../model/case-features';
import { Suggestion } from '../model/naive-bayes';
import { CASE_FIELDS_JOINS, CASE_FIELDS_SQL, RoutingModelService } from './routing-model.service';

export interface AgencySuggestion extends Omit<Suggestion, 'agencyId'> {
  agency: { code: string; name: string; nameEn: string };
}

export interface Suggestions {
  /** The model version that ranked them; null when there is no model yet. */
  modelVersion: string | null;
  suggestions: AgencySuggestion[];
}

/** The statuses in which a case waits for the secretariat to pick an agency. */
const AWAITING_ROUTE: readonly string[] = [CaseStatus.Triage, CaseStatus.Returned, CaseStatus.Received];

/**
 * The top three agencies for a case (or a draft the operator is typing), with why. Only active agencies are ranked,
 * never the agency a denunciation accuses; no text or no model gives no suggestion.
 */
@Injectable()
export class SuggestionService {
  private readonly logger = new Logger(SuggestionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly models: RoutingModelService,
    private readonly workflow: CaseWorkflowService,
    private readonly clock: Clock,
  ) {}

  /** Suggestions for a stored case; kept (for the accuracy figures) while the case waits for an agency. */
  async forCase(caseId: string): Promise<Suggestions> {
    const [row]: (CaseFields & { status: string; accusedAgencyId: string | null })[] = await this.dataSource.query(
      `SELECT c.status, c.accused_agency_id AS "accusedAgencyId", ${CASE_FIELDS_SQL}
         FROM cases c ${CASE_FIELDS_JOINS} WHERE c.id = $1`,
      [caseId],
    );
    if (!row) throw new NotFoundError(`No case ${caseId}`);
    const result = await this.rank(row, row.accusedAgencyId);
    if (AWAITING_ROUTE.includes(row.status) && result.modelVersion && result.suggestions.length > 0) {
      await this.dataSource.query(
        `INSERT INTO routing_suggestions (case_id, model_version_id, top_agency_id, suggestions, computed_at)
         SELECT $1, $2, a.id, $4, $5 FROM agencies a WHERE a.code = $3
         ON CONFLICT (case_id) DO UPDATE SET model_version_id = EXCLUDED.model_version_id, top_agency_id = EXCLUDED.top_agency_id,
           suggestions = EXCLUDED.suggestions, computed_at = EXCLUDED.computed_at`,
        // Agencies and confidences only: the reasons quote the case's words, which the retention run must be able to erase.
        [
          caseId,
          result.modelVersion,
          result.suggestions[0].agency.code,
          JSON.stringify(result.suggestions.map(({ agency, confidence }) => ({ agency: { code: agency.code }, confidence }))),
          this.clock.now(),
        ],
      );
    }
    return result;
  }

  /** Suggestions for the text and fields an operator is typing (nothing is stored). */
  async forDraft(draft: { text: string; kind: string; channel: string; categoryCode?: string; areaCode?: string }): Promise<Suggestions> {
    const [row]: (CaseFields & { known: boolean })[] = await this.dataSource.query(
      `SELECT public.search_text($1) AS "foldedText", cat.code AS "categoryCode", parent.code AS "parentCategoryCode",
              area.code AS "areaCode"
         FROM (SELECT 1) one
         LEFT JOIN categories cat ON cat.code = $2
         LEFT JOIN categories parent ON parent.id = cat.parent_id
         LEFT JOIN areas area ON area.code = $3`,
      [draft.text, draft.categoryCode ?? null, draft.areaCode ?? null],
    );
    return this.rank({ ...row, kind: draft.kind, channel: draft.channel }, null);
  }

  /**
   * The worker's step when a case reaches triage: keep its suggestions, and route it to the top one when the
   * secretariat has set a threshold and the model is at least that confident. The route is the state machine's own
   * action by the system, its event saying it followed a suggestion; the agency may return it as any other.
   */
  async suggestAndMaybeRoute(caseId: string): Promise<'routed' | 'suggested' | 'none'> {
    const result = await this.forCase(caseId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    const top = result?.suggestions[0];
    if (!result || !top) return 'none';
    const [settings]: { threshold: number | null }[] = await this.dataSource.query(
      `SELECT auto_route_threshold AS threshold FROM learning_settings`,
    );
    if (settings?.threshold == null || top.confidence < settings.threshold) return 'suggested';
    const [{ status }]: { status: string }[] = await this.dataSource.query(`SELECT status FROM cases WHERE id = $1`, [caseId]);
    if (status !== CaseStatus.Triage) return 'suggested';
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    const note =
      `Tự động chuyển theo gợi ý của mô hình (phiên bản ${result.modelVersion}, ` +
      `độ tin cậy ${percent(top.confidence)}, ngưỡng ${percent(settings.threshold)})`;
    await this.workflow.route(caseId, { type: 'system' }, top.agency.code, note);
    this.logger.log({ event: 'auto_routed_by_suggestion', caseId, version: result.modelVersion, confidence: top.confidence });
    return 'routed';
  }

  private async rank(fields: CaseFields, excludedAgencyId: string | null): Promise<Suggestions> {
    const current = await this.models.current();
    if (!current || !hasText(fields)) return { modelVersion: current?.id ?? null, suggestions: [] };
    const agencies: { id: string; code: string; name: string; nameEn: string }[] = await this.dataSource.query(
      `SELECT id, code, name, name_en AS "nameEn" FROM agencies WHERE active AND id IS DISTINCT FROM $1`,
      [excludedAgencyId],
    );
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const ranked = current.model.predict(featuresOf(fields), new Set(byId.keys()));
    return {
      modelVersion: current.id,
      suggestions: ranked.map(({ agencyId, ...s }) => {
        const { code, name, nameEn } = byId.get(agencyId)!;
        return { ...s, agency: { code, name, nameEn } };
      }),
    };
  }
}
