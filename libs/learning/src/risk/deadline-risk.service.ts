import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, agencyScope, formatLocal, localDateOf } from '@hotline/contracts';
import { MailTemplate, NotificationService } from '@hotline/notifications';
import { LogisticState, predictLogistic, trainLogistic } from '../model/logistic-regression';
import { brierScore } from '../model/metrics';
import { RiskInput, riskFeatures } from '../model/risk-features';

/** The share of its allowed time at which a finished answer clock is looked at, three examples per clock. */
const SNAPSHOT_FRACTIONS = [0.1, 0.5, 0.9];

/** A case at least this likely to be late is on the secretariat's morning list. */
export const DIGEST_THRESHOLD = 0.5;

export interface AtRiskCase {
  caseId: string;
  trackingCode: string;
  title: string;
  agencyName: string;
  dueAt: Date;
  probability: number;
}

interface RiskModel {
  state: LogisticState;
  baseRate: number;
}

interface RiskRow extends RiskInput {
  late?: boolean;
}

/**
 * The probability that an open case misses its answer clock's due date, learnt from the answer clocks already met or
 * past due: each is looked at when a tenth, a half and nine tenths of its time had gone, with the agency's backlog
 * (answer clocks running at that instant), the agency's record, the kind and the time left.
 */
@Injectable()
export class DeadlineRiskService {
  private readonly logger = new Logger(DeadlineRiskService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Trains a new version from the finished answer clocks; returns its id, or null with no history at all. */
  async train(): Promise<string | null> {
    const now = this.clock.now();
    const rows: (RiskRow & { at: Date })[] = await this.dataSource.query(
      `WITH finished AS (
         SELECT c.agency_id, c.kind, d.started_at, d.due_at, d.met_at,
                coalesce(d.met_at > d.due_at, true) AS late,
                least(coalesce(d.met_at, $1), d.due_at + (d.due_at - d.started_at) * 0.3) AS seen_until
           FROM case_deadlines d JOIN cases c ON c.id = d.case_id
          WHERE d.clock = 'answer' AND c.agency_id IS NOT NULL AND d.due_at > d.started_at
            AND (d.status = 'met' OR (d.status = 'running' AND d.due_at < $1))
          ORDER BY d.started_at DESC LIMIT 5000
       ), record AS (
         SELECT agency_id, count(*) FILTER (WHERE met_at IS NOT NULL)::int AS answered,
                count(*) FILTER (WHERE met_at IS NOT NULL AND late)::int AS late
           FROM finished GROUP BY agency_id
       )
       SELECT f.kind, f.late, s.at,
              r.answered AS "agencyAnswered", r.late AS "agencyLate",
              extract(epoch FROM f.due_at - s.at) / 3600 AS "hoursLeft",
              extract(epoch FROM f.due_at - f.started_at) / 3600 AS "hoursAllowed",
              (SELECT count(*)::int FROM case_deadlines b JOIN cases bc ON bc.id = b.case_id
                WHERE b.clock = 'answer' AND bc.agency_id = f.agency_id AND b.started_at <= s.at
                  AND (b.met_at IS NULL OR b.met_at > s.at)) AS "agencyBacklog"
         FROM finished f
         JOIN record r USING (agency_id)
         CROSS JOIN LATERAL unnest($2::float8[]) AS frac
         CROSS JOIN LATERAL (SELECT f.started_at + (f.seen_until - f.started_at) * frac AS at) s`,
      [now, SNAPSHOT_FRACTIONS],
    );
    if (rows.length === 0) return null;
    const baseRate = rows.filter((r) => r.late).length / rows.length;
    const xs = rows.map((r) => riskFeatures(r, baseRate));
    const ys = rows.map((r) => (r.late ? 1 : 0) as 0 | 1);
    const state = trainLogistic(xs, ys);
    const fitted = xs.map((x, i) => ({ p: predictLogistic(state, x), y: ys[i] }));
    const metrics = {
      snapshots: rows.length,
      baseRate,
      brierModel: brierScore(fitted),
      brierBaseRate: brierScore(ys.map((y) => ({ p: baseRate, y }))),
    };
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO learning_model_versions (kind, mode, examples, metrics, model) VALUES ('risk', 'full', $1, $2, $3) RETURNING id`,
      [rows.length, JSON.stringify(metrics), JSON.stringify({ state, baseRate } satisfies RiskModel)],
    );
    this.logger.log({ event: 'risk_model_trained', version: id, snapshots: rows.length });
    return id;
  }

  /** Scores every open case with a running answer clock; cases no longer open lose their score. */
  async score(): Promise<number> {
    let [version]: { id: string; model: RiskModel }[] = await this.dataSource.query(
      `SELECT id, model FROM learning_model_versions WHERE kind = 'risk' ORDER BY id DESC LIMIT 1`,
    );
    if (!version) {
      const id = await this.train();
      if (!id) return 0;
      [version] = await this.dataSource.query(`SELECT id, model FROM learning_model_versions WHERE id = $1`, [id]);
    }
    const now = this.clock.now();
    const open: (RiskInput & { caseId: string })[] = await this.dataSource.query(
      `WITH running AS (
         SELECT c.id, c.agency_id, c.kind, d.started_at, d.due_at
           FROM case_deadlines d JOIN cases c ON c.id = d.case_id
          WHERE d.clock = 'answer' AND d.status = 'running' AND c.agency_id IS NOT NULL
       ), backlog AS (SELECT agency_id, count(*)::int AS n FROM running GROUP BY agency_id),
       record AS (
         SELECT c.agency_id, count(*)::int AS answered, count(*) FILTER (WHERE d.met_at > d.due_at)::int AS late
           FROM case_deadlines d JOIN cases c ON c.id = d.case_id
          WHERE d.clock = 'answer' AND d.status = 'met' AND c.agency_id IS NOT NULL
          GROUP BY c.agency_id
       )
       SELECT r.id AS "caseId", r.kind, b.n AS "agencyBacklog",
              coalesce(rec.answered, 0) AS "agencyAnswered", coalesce(rec.late, 0) AS "agencyLate",
              extract(epoch FROM r.due_at - $1) / 3600 AS "hoursLeft",
              extract(epoch FROM r.due_at - r.started_at) / 3600 AS "hoursAllowed"
         FROM running r JOIN backlog b USING (agency_id) LEFT JOIN record rec USING (agency_id)`,
      [now],
    );
    const scores = open.map((c) => predictLogistic(version.model.state, riskFeatures(c, version.model.baseRate)));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO case_risk (case_id, probability, model_version_id, computed_at)
         SELECT * FROM unnest($1::uuid[], $2::float8[]) AS s(case_id, probability), (SELECT $3::bigint, $4::timestamptz) v
         ON CONFLICT (case_id) DO UPDATE SET probability = EXCLUDED.probability,
           model_version_id = EXCLUDED.model_version_id, computed_at = EXCLUDED.computed_at`,
        [open.map((c) => c.caseId), scores, version.id, now],
      );
      await manager.query(`DELETE FROM case_risk WHERE NOT (case_id = ANY($1::uuid[]))`, [open.map((c) => c.caseId)]);
    });
    return open.length;
  }

  /**
   * The open cases most likely to be late and not yet due, riskiest first; an agency user sees only its agencies'
   * (`agencyScope`, as on the overdue board).
   */
  async atRisk(actor: Actor = { type: 'system' }, limit = 50): Promise<AtRiskCase[]> {
    return this.dataSource.query(
      `SELECT c.id AS "caseId", c.tracking_code AS "trackingCode", c.title, a.name AS "agencyName", c.due_at AS "dueAt", r.probability
         FROM case_risk r JOIN cases c ON c.id = r.case_id JOIN agencies a ON a.id = c.agency_id
        WHERE r.probability >= $1 AND c.due_at > $2 AND ($4::uuid[] IS NULL OR c.agency_id = ANY($4::uuid[]))
        ORDER BY r.probability DESC, r.case_id LIMIT $3`,
      [DIGEST_THRESHOLD, this.clock.now(), limit, agencyScope(actor)],
    );
  }

  /** The morning list to the secretariat's address, once a day (its dedupe key names the day). */
  async sendDigest(nowIso?: string): Promise<number> {
    const now = nowIso ? new Date(nowIso) : this.clock.now();
    await this.score();
    const cases = await this.atRisk();
    if (cases.length === 0) return 0;
    const day = localDateOf(now);
    const list = cases
      .map(
        (c) =>
          `- ${c.trackingCode} (${Math.round(c.probability * 100)}%, hạn ${formatLocal(new Date(c.dueAt))}, ${c.agencyName}): ${c.title}`,
      )
      .join('\n');
    await this.dataSource.transaction((manager) =>
      this.notifications.queue(manager, {
        caseId: null,
        template: MailTemplate.RiskDigest,
        recipient: this.config.mail.secretariatEmail,
        params: { trackingCode: '', title: day, list, count: cases.length },
        dedupeKey: `risk-digest:${day}`,
      }),
    );
    return cases.length;
  }
}
