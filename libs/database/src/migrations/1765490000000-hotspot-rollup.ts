import { MigrationInterface, QueryRunner } from 'typeorm';

const KEY_COLUMNS = 'grain, kind, category_id, bucket_kind, bucket, published, area_id, h3_cell';

/**
 * Hotspots (issue #24): the per-case facts gain where the case is (its H3 cell at resolution 8, from its location) and
 * whether it is published (public and not a denunciation), and `report_hotspot` sums them by received day and month,
 * area and cell, for the total, each of kind and category, and the pair, over all cases (staff) and over the published
 * ones (grain bit 4, the public map). Kept by the same drain as
 * `report_rollup` (the difference of a case's facts), so a query reads rows per cell, not cases.
 *
 * Backfill: the published flag is set in SQL and the hotspot rollup is filled from the facts as they stand (cell
 * unknown); the H3 cell is computed by the worker (h3-js), so every case with a location is marked for the drain,
 * which moves it from "no cell" to its cell by the usual difference.
 */
export class HotspotRollup1765490000000 implements MigrationInterface {
  name = 'HotspotRollup1765490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_case_facts ADD COLUMN published boolean NOT NULL DEFAULT false, ADD COLUMN h3_cell text`);
    await q.query(`
      UPDATE report_case_facts f SET published = (c.is_public AND c.kind <> 'denunciation')
        FROM cases c WHERE c.id = f.case_id AND c.is_public AND c.kind <> 'denunciation'`);
    // The hotspot map's "overdue now": an index-only range scan over the open cases past due, with its place columns.
    await q.query(`
      CREATE INDEX report_case_facts_open_due_place_idx ON report_case_facts (due_at)
        INCLUDE (received_day, area_id, h3_cell, kind, category_id, published)
        WHERE open AND due_at IS NOT NULL`);
    // grain: 1 kind, 2 category (dimensions outside the grain are NULL), 4 published cases only (published true;
    // NULL in the other grains). h3_cell NULL: a case without a location, counted in its area only.
    await q.query(`
      CREATE TABLE report_hotspot (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        grain smallint NOT NULL,
        kind text,
        category_id uuid,
        bucket_kind char(1) NOT NULL CHECK (bucket_kind IN ('d','m')),
        bucket date NOT NULL,
        published boolean,
        area_id uuid,
        h3_cell text,
        received int NOT NULL,
        open int NOT NULL,
        CONSTRAINT report_hotspot_key UNIQUE NULLS NOT DISTINCT (${KEY_COLUMNS})
      )`);
    await q.query(`
      INSERT INTO report_hotspot (${KEY_COLUMNS}, received, open)
      SELECT * FROM (
        SELECT 7 - GROUPING(u.published, u.category_id, u.kind),
               u.kind, u.category_id,
               CASE WHEN GROUPING(u.received_day) = 0 THEN 'd' ELSE 'm' END,
               coalesce(u.received_day, u.month), u.published, u.area_id, u.h3_cell,
               count(*)::int, count(*) FILTER (WHERE u.open)::int
          FROM (SELECT f.*, date_trunc('month', f.received_day)::date AS month FROM report_case_facts f) u
         GROUP BY GROUPING SETS (
         (u.received_day, u.area_id, u.h3_cell),
         (u.received_day, u.area_id, u.h3_cell, u.kind),
         (u.received_day, u.area_id, u.h3_cell, u.category_id),
         (u.received_day, u.area_id, u.h3_cell, u.kind, u.category_id),
         (u.received_day, u.area_id, u.h3_cell, u.published),
         (u.received_day, u.area_id, u.h3_cell, u.kind, u.published),
         (u.received_day, u.area_id, u.h3_cell, u.category_id, u.published),
         (u.received_day, u.area_id, u.h3_cell, u.kind, u.category_id, u.published),
         (u.month, u.area_id, u.h3_cell),
         (u.month, u.area_id, u.h3_cell, u.kind),
         (u.month, u.area_id, u.h3_cell, u.category_id),
         (u.month, u.area_id, u.h3_cell, u.kind, u.category_id),
         (u.month, u.area_id, u.h3_cell, u.published),
         (u.month, u.area_id, u.h3_cell, u.kind, u.published),
         (u.month, u.area_id, u.h3_cell, u.category_id, u.published),
         (u.month, u.area_id, u.h3_cell, u.kind, u.category_id, u.published))
      ) x (grain, kind, category_id, bucket_kind, bucket, published, area_id, h3_cell, received, open)
      WHERE x.published IS NOT FALSE`);
    await q.query(`
      INSERT INTO report_dirty_cases (case_id)
      SELECT c.id FROM cases c JOIN report_case_facts f ON f.case_id = c.id WHERE c.lat IS NOT NULL AND c.lng IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_hotspot`);
    await q.query(`DROP INDEX report_case_facts_open_due_place_idx`);
    await q.query(`ALTER TABLE report_case_facts DROP COLUMN published, DROP COLUMN h3_cell`);
  }
}
