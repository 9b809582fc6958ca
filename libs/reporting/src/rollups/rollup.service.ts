import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hotspotCellOf, hotspotContributionStatement } from './hotspot-sql';
import { CASE_FACTS_SQL, contributionStatement, FACT_COLUMNS, FACTS_RECORDSET } from './rollup-sql';

/** One drain at a time: rollup rows are shared by many cases, and a single writer never deadlocks on them. */
const ROLLUP_LOCK_KEY = 727_0002;
const BATCH = 1_000;
const REBUILD_BATCH = 5_000;

type FactsJson = Record<string, unknown> & { case_id: string };

export interface DrainResult {
  /** False when another drain held the lock: this one did nothing. */
  ran: boolean;
  cases: number;
  changed: number;
}

export interface RebuildResult {
  cases: number;
  rollupRows: number;
}

const factsKey = (f: FactsJson) => JSON.stringify(FACT_COLUMNS.filter((c) => c !== 'last_event_id').map((c) => f[c] ?? null));

/**
 * Keeps the reporting rollups equal to the sum of the per-case facts, and the facts equal to a function of each
 * case's events. The worker drains the cases a trigger marked when their events were written; a case's facts are
 * recomputed from all of its events, and only the difference from the stored facts reaches the rollups, so
 * processing the same events again (a replayed mark, a retried job, a rebuild) changes nothing.
 */
@Injectable()
export class RollupService {
  private readonly logger = new Logger(RollupService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Processes the marked cases, batch by batch, until none is left or `maxBatches` is reached. */
  async drain(maxBatches = 1_000): Promise<DrainResult> {
    const total: DrainResult = { ran: true, cases: 0, changed: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [ROLLUP_LOCK_KEY]);
        if (!locked) return null;
        const marks: { id: string; case_id: string }[] = await manager.query(
          `SELECT id, case_id FROM report_dirty_cases ORDER BY id LIMIT $1`,
          [BATCH],
        );
        if (marks.length === 0) return { cases: 0, changed: 0, marks: 0 };
        const caseIds = [...new Set(marks.map((m) => m.case_id))];
        const changed = await this.refresh(manager, caseIds);
        await manager.query(`DELETE FROM report_dirty_cases WHERE id = ANY($1::bigint[])`, [marks.map((m) => m.id)]);
        return { cases: caseIds.length, changed, marks: marks.length };
      });
      if (batch === null) return i === 0 ? { ran: false, cases: 0, changed: 0 } : total;
      total.cases += batch.cases;
      total.changed += batch.changed;
      if (batch.marks < BATCH) break;
    }
    if (total.changed > 0) this.logger.log(total, 'rollups refreshed');
    return total;
  }

  /**
   * Recomputes the facts of these cases from their events and moves the rollups by the difference. Safe to call
   * for any case at any time; callers hold the rollup lock (drain) or the whole-table rebuild.
   */
  async refresh(manager: EntityManager, caseIds: readonly string[]): Promise<number> {
    const previous: { j: FactsJson }[] = await manager.query(
      `SELECT to_jsonb(f) AS j FROM report_case_facts f WHERE f.case_id = ANY($1::uuid[]) FOR UPDATE`,
      [caseIds],
    );
    const current = await this.currentFacts(manager, caseIds);
    const before = new Map(previous.map(({ j }) => [j.case_id, j]));
    const delta: Record<string, unknown>[] = [];
    const upserts: FactsJson[] = [];
    for (const { j } of current) {
      const old = before.get(j.case_id);
      // Unchanged facts are not rewritten: events that change no figure (a reminder, a view) cost no row version.
      if (old && factsKey(old) === factsKey(j)) continue;
      upserts.push(j);
      if (old) delta.push({ ...old, sign: -1 });
      delta.push({ ...j, sign: 1 });
    }
    // A case that now has no facts (merged into another) leaves the figures.
    const present = new Set(current.map(({ j }) => j.case_id));
    const gone = previous.filter(({ j }) => !present.has(j.case_id)).map(({ j }) => j);
    for (const old of gone) delta.push({ ...old, sign: -1 });
    if (gone.length > 0) await manager.query(`DELETE FROM report_case_facts WHERE case_id = ANY($1::uuid[])`, [gone.map((g) => g.case_id)]);
    if (upserts.length > 0) await this.storeFacts(manager, upserts);
    if (delta.length > 0) await this.addContributions(manager, FACTS_RECORDSET, [JSON.stringify(delta)]);
    return delta.filter((d) => d.sign === 1).length + gone.length;
  }

  /** The facts of these cases now, from their events, with the H3 cell of their location (computed here: h3-js). */
  private async currentFacts(manager: EntityManager, caseIds: readonly string[]): Promise<{ j: FactsJson }[]> {
    const rows: { j: FactsJson & { lat?: number | null; lng?: number | null } }[] = await manager.query(
      `SELECT to_jsonb(f) AS j FROM (${CASE_FACTS_SQL}) f`,
      [caseIds],
    );
    return rows.map(({ j: { lat, lng, ...facts } }) => ({ j: { ...facts, h3_cell: hotspotCellOf(lat, lng) } }));
  }

  private async storeFacts(manager: EntityManager, facts: FactsJson[]): Promise<void> {
    const assignments = FACT_COLUMNS.filter((c) => c !== 'case_id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    await manager.query(
      `INSERT INTO report_case_facts (${FACT_COLUMNS.join(', ')})
       SELECT ${FACT_COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::report_case_facts, $1::jsonb)
       ON CONFLICT (case_id) DO UPDATE SET ${assignments}`,
      [JSON.stringify(facts)],
    );
  }

  /**
   * Throws the facts and rollups away and recomputes them from every case's events, under the drain's lock: the
   * marks present when it starts are covered by it; later ones are drained afterwards, harmlessly.
   */
  async rebuild(): Promise<RebuildResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [ROLLUP_LOCK_KEY]);
      const [{ last_mark }] = await manager.query(`SELECT coalesce(max(id), 0) AS last_mark FROM report_dirty_cases`);
      await manager.query(`TRUNCATE report_rollup, report_hotspot, report_case_facts`);
      let cases = 0;
      for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
        const ids: { id: string }[] = await manager.query(`SELECT id FROM cases WHERE id > $1 ORDER BY id LIMIT $2`, [
          after,
          REBUILD_BATCH,
        ]);
        if (ids.length === 0) break;
        const facts = await this.currentFacts(
          manager,
          ids.map((r) => r.id),
        );
        if (facts.length > 0)
          await this.storeFacts(
            manager,
            facts.map(({ j }) => j),
          );
        cases += ids.length;
        after = ids[ids.length - 1].id;
      }
      const rollupRows = await this.rollUpAllFacts(manager);
      await manager.query(`DELETE FROM report_dirty_cases WHERE id <= $1`, [last_mark]);
      return { cases, rollupRows };
    });
  }

  /** Fills the (empty) rollups from the whole facts table, with the same statement as the incremental path. */
  async rollUpAllFacts(manager: EntityManager): Promise<number> {
    // One pass over the facts feeding every grouping set: give the hash tables room instead of spilling.
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    return this.addContributions(manager, `(SELECT 1 AS sign, f.* FROM report_case_facts f) AS s`, []);
  }

  /**
   * Adds a facts relation (`<source>` aliased `s`, with a `sign` column) to the rollups and to the hotspot rollup;
   * returns the rollup rows touched.
   */
  async addContributions(manager: EntityManager, source: string, params: unknown[]): Promise<number> {
    let rows = 0;
    for (const [table, statement] of [
      ['report_rollup', contributionStatement(source)],
      ['report_hotspot', hotspotContributionStatement(source)],
    ] as const) {
      const touched: { id: string; empty: boolean }[] = await manager.query(statement, params);
      const empty = touched.filter((r) => r.empty).map((r) => r.id);
      if (empty.length > 0) await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::bigint[])`, [empty]);
      rows += touched.length;
    }
    return rows;
  }
}
