import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseWorkflowService, mayReceive, ReferenceDataService } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { CaseKind, CaseStatus } from '@hotline/contracts';
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
 * The top three agencies for a case (or a draft the operator is typing), with why. Only active agencies the case may go
 * to are ranked (routing's own rule, mayReceive: never the body a denunciation accuses nor its units); no text or no
 * model gives no suggestion.
 */
@Injectable()
export class SuggestionService {
  private readonly logger = new Logger(SuggestionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly models: RoutingModelService,
    private readonly workflow: CaseWorkflowService,
    private readonly reference: ReferenceDataService,
    private readonly clock: Clock,
  ) {}

  /** Suggestions for a stored case; kept (for the accuracy figures) while the case waits for an agency. */
  async forCase(caseId: string): Promise<Suggestions> {
    const result = (await this.forCases([caseId])).get(caseId.toLowerCase());
    if (!result) throw new NotFoundError(`No case ${caseId}`);
    return result;
  }

  /**
   * Suggestions for many stored cases in one pass (one read of the cases, the model and the agencies, one write), by
   * case id in lower case; an id that names no case is absent. Each is kept as `forCase` keeps it.
   */
  async forCases(caseIds: readonly string[]): Promise<Map<string, Suggestions>> {
    if (caseIds.length === 0) return new Map();
    const rows: (CaseFields & { id: string; status: string; kind: CaseKind; accusedAgencyId: string | null })[] =
      await this.dataSource.query(
        `SELECT c.id, c.status, c.accused_agency_id AS "accusedAgencyId", ${CASE_FIELDS_SQL}
         FROM cases c ${CASE_FIELDS_JOINS} WHERE c.id = ANY($1::uuid[])
        -- One lock order for the upsert below: two pages asking for the same cases never deadlock.
        ORDER BY c.id`,
        [caseIds],
      );
    const ranked = await this.rank(rows.map((row) => ({ fields: row, kase: row })));
    const kept = rows
      .map((row, i) => ({ caseId: row.id, status: row.status, ...ranked[i] }))
      .filter(({ status, modelVersion, suggestions }) => AWAITING_ROUTE.includes(status) && modelVersion && suggestions.length > 0);
    if (kept.length > 0) {
      await this.dataSource.query(
        `INSERT INTO routing_suggestions (case_id, model_version_id, top_agency_id, suggestions, computed_at)
         SELECT k.case_id, k.model_version_id, a.id, k.suggestions, $5
           FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::jsonb[]) AS k(case_id, model_version_id, top_code, suggestions)
           JOIN agencies a ON a.code = k.top_code
         ON CONFLICT (case_id) DO UPDATE SET model_version_id = EXCLUDED.model_version_id, top_agency_id = EXCLUDED.top_agency_id,
           suggestions = EXCLUDED.suggestions, computed_at = EXCLUDED.computed_at`,
        // Agencies and confidences only: the reasons quote the case's words, which the retention run must be able to erase.
        [
          kept.map((k) => k.caseId),
          kept.map((k) => k.modelVersion),
          kept.map((k) => k.suggestions[0].agency.code),
          kept.map((k) => JSON.stringify(k.suggestions.map(({ agency, confidence }) => ({ agency: { code: agency.code }, confidence })))),
          this.clock.now(),
        ],
      );
    }
    return new Map(rows.map((row, i) => [row.id, ranked[i]]));
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
    const [result] = await this.rank([{ fields: { ...row, kind: draft.kind, channel: draft.channel }, kase: null }]);
    return result;
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

  /** The suggestions of each case or draft, with one read of the model and one of the active agencies for all. */
  private async rank(
    items: readonly { fields: CaseFields; kase: { kind: CaseKind; accusedAgencyId: string | null } | null }[],
  ): Promise<Suggestions[]> {
    const current = await this.models.current();
    const modelVersion = current?.id ?? null;
    const none = (): Suggestions => ({ modelVersion, suggestions: [] });
    if (!current || !items.some(({ fields }) => hasText(fields))) return items.map(none);
    const agencies: { id: string; code: string; name: string; nameEn: string }[] = await this.dataSource.query(
      `SELECT id, code, name, name_en AS "nameEn" FROM agencies WHERE active`,
    );
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const snapshot = await this.reference.get();
    return items.map(({ fields, kase }) => {
      if (!hasText(fields)) return none();
      const candidates = new Set([...byId.keys()].filter((id) => !kase || mayReceive(snapshot, kase, id)));
      const ranked = current.model.predict(featuresOf(fields), candidates);
      return {
        modelVersion,
        suggestions: ranked.map(({ agencyId, ...s }) => {
          const { code, name, nameEn } = byId.get(agencyId)!;
          return { ...s, agency: { code, name, nameEn } };
        }),
      };
    });
  }
}
