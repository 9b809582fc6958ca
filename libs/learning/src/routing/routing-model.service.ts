import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseAction, CaseEventType, CaseStatus } from '@hotline/contracts';
import { CaseFields, featuresOf } from '../model/case-features';
import { topKAccuracy } from '../model/metrics';
import { NaiveBayes, NaiveBayesState } from '../model/naive-bayes';

/** The SQL of a case's fields as the model reads them; `c` is the cases row. The text is folded by `case_search_text`. */
export const CASE_FIELDS_SQL = `
  public.case_search_text(c.title, c.description) AS "foldedText", c.kind, c.channel,
  cat.code AS "categoryCode", parent.code AS "parentCategoryCode", area.code AS "areaCode"`;
export const CASE_FIELDS_JOINS = `
  LEFT JOIN categories cat ON cat.id = c.category_id
  LEFT JOIN categories parent ON parent.id = cat.parent_id
  LEFT JOIN areas area ON area.id = c.area_id`;

interface Decision extends CaseFields {
  eventId: string;
  caseId: string;
  agencyId: string;
  /** 1: the case was routed to the agency; -1: the agency returned it. */
  sign: 1 | -1;
  at: Date;
}

export interface RoutingModelVersion {
  id: string;
  model: NaiveBayes;
  watermark: string;
}

/**
 * Trains and versions the routing model. Its examples are the decision events of `case_events`: every route (the
 * rules', the secretariat's, a reroute) to the agency it named, every return against the agency that returned the
 * case. A full training reads them all; an incremental one reads those after the latest version's watermark and
 * stores the result as a new version, so a decision is learnt once however many jobs announce it.
 */
@Injectable()
export class RoutingModelService {
  private readonly logger = new Logger(RoutingModelService.name);
  private cached?: RoutingModelVersion;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The model in use (the newest version), or null before any training. */
  async current(): Promise<RoutingModelVersion | null> {
    const [latest]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM learning_model_versions WHERE kind = 'routing' ORDER BY id DESC LIMIT 1`,
    );
    if (!latest) return null;
    if (this.cached?.id !== latest.id) {
      const [row]: { model: NaiveBayesState; watermark: string }[] = await this.dataSource.query(
        `SELECT model, watermark_event_id AS watermark FROM learning_model_versions WHERE id = $1`,
        [latest.id],
      );
      this.cached = { id: latest.id, model: new NaiveBayes(row.model), watermark: row.watermark };
    }
    return this.cached;
  }

  /**
   * Learns every decision from scratch. The version's metrics come from a time split of the same decisions (the
   * oldest 80% taught, the newest 20% asked), measured before the model is trained on all of them.
   */
  async trainFull(): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('learning:routing'))`);
      const decisions = await this.decisions(manager, '0');
      const { temperature, ...metrics } = holdoutMetrics(decisions);
      const model = new NaiveBayes();
      if (temperature) model.state.temperature = temperature;
      for (const d of decisions) model.learn(featuresOf(d), d.agencyId, d.sign);
      const watermark = decisions.length ? decisions[decisions.length - 1].eventId : '0';
      return this.save(manager, 'full', model, watermark, { ...metrics, decisions: decisions.length });
    });
  }

  /** Learns the decisions recorded since the newest version; the first run trains in full. */
  async learnNewDecisions(): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('learning:routing'))`);
      const [latest]: { id: string; model: NaiveBayesState; watermark: string; metrics: Record<string, unknown> }[] = await manager.query(
        `SELECT id, model, watermark_event_id AS watermark, metrics FROM learning_model_versions
          WHERE kind = 'routing' ORDER BY id DESC LIMIT 1`,
      );
      const decisions = await this.decisions(manager, latest?.watermark ?? '0');
      if (latest && decisions.length === 0) return null;
      const model = new NaiveBayes(latest?.model);
      for (const d of decisions) model.learn(featuresOf(d), d.agencyId, d.sign);
      const watermark = decisions.length ? decisions[decisions.length - 1].eventId : (latest?.watermark ?? '0');
      const metrics = { ...(latest?.metrics ?? {}), decisions: Number(latest?.metrics?.decisions ?? 0) + decisions.length };
      return this.save(manager, latest ? 'incremental' : 'full', model, watermark, metrics);
    });
  }

  private async save(
    manager: EntityManager,
    mode: 'full' | 'incremental',
    model: NaiveBayes,
    watermark: string,
    metrics: Record<string, unknown>,
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO learning_model_versions (kind, mode, examples, watermark_event_id, metrics, model)
       VALUES ('routing', $1, $2, $3, $4, $5) RETURNING id`,
      [mode, Math.round(model.examples), watermark, JSON.stringify(metrics), JSON.stringify(model.state)],
    );
    // A full training replaces every older version: their counts hold the words of texts since anonymised by the
    // retention run, which the new one, read from the cases as they are now, no longer has. Between two nights the
    // 20 newest incremental versions are kept (a model is rebuilt from the events at any time).
    await manager.query(
      mode === 'full'
        ? `DELETE FROM learning_model_versions WHERE kind = 'routing' AND id < $1`
        : `DELETE FROM learning_model_versions WHERE kind = 'routing' AND id < $1 AND id NOT IN (
             SELECT id FROM learning_model_versions WHERE kind = 'routing' ORDER BY id DESC LIMIT 20)`,
      [id],
    );
    this.logger.log({ event: 'routing_model_trained', version: id, mode, examples: model.examples });
    return id;
  }

  /** Decision events after `afterEventId`, oldest first, with the case's fields. */
  private async decisions(manager: EntityManager, afterEventId: string): Promise<Decision[]> {
    const rows: (Omit<Decision, 'sign'> & { returned: boolean })[] = await manager.query(
      `SELECT e.id AS "eventId", e.case_id AS "caseId", e.created_at AS at,
              (e.type <> $2) AS returned,
              CASE WHEN e.type = $2 THEN e.agency_id ELSE returner.id END AS "agencyId",
              ${CASE_FIELDS_SQL}
         FROM case_events e
         JOIN cases c ON c.id = e.case_id
         LEFT JOIN agencies returner ON e.type <> $2 AND returner.code = e.data->>'returnedBy'
         ${CASE_FIELDS_JOINS}
        WHERE e.id > $1 AND (e.type = $2 OR e.data->>'action' = $3)
          -- A route the platform took on the model's own suggestion teaches it nothing (and would feed on itself).
          AND NOT (e.type = $2 AND e.actor_type = 'system' AND e.from_status = $4)
        ORDER BY e.id`,
      [afterEventId, CaseEventType.Routed, CaseAction.Return, CaseStatus.Triage],
    );
    return rows
      .filter((r) => r.agencyId !== null)
      .map(({ returned, ...r }) => ({ ...r, eventId: String(r.eventId), sign: returned ? -1 : 1 }));
  }
}

/**
 * Top-1 and top-3 of a model taught the older 80% of the decisions and asked about the newer 20% (routes only), and
 * the temperature of the confidences fitted on those newer decisions.
 */
function holdoutMetrics(decisions: readonly Decision[]): Record<string, number> {
  const cut = Math.floor(decisions.length * 0.8);
  const test = decisions.slice(cut).filter((d) => d.sign === 1);
  if (cut === 0 || test.length === 0) return {};
  const model = new NaiveBayes();
  for (const d of decisions.slice(0, cut)) model.learn(featuresOf(d), d.agencyId, d.sign);
  const candidates = new Set(decisions.map((d) => d.agencyId));
  const rows = test.map((d) => ({ truth: d.agencyId, ranked: model.predict(featuresOf(d), candidates).map((s) => s.agencyId) }));
  const temperature = model.fitTemperature(
    test.map((d) => ({ features: featuresOf(d), agencyId: d.agencyId })),
    candidates,
  );
  return { holdoutTop1: topKAccuracy(rows, 1), holdoutTop3: topKAccuracy(rows, 3), holdoutCases: rows.length, temperature };
}
