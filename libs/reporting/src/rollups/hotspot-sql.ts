import { latLngToCell } from 'h3-js';

/**
 * The H3 resolution of the hotspot rollup's cells: about 0.74 km² (edge ≈ 460 m), a few streets of a ward. Staff
 * see cells at this resolution.
 */
export const HOTSPOT_RESOLUTION = 8;

/**
 * Bits of a hotspot grain: the filters a hotspot row is kept for (outside the grain a column is NULL). Rows with the
 * Published bit count the published cases only (the public map); those without it count every case (staff), so
 * neither map reads the other's rows.
 */
export enum HotspotFilter {
  Kind = 1,
  Category = 2,
  Published = 4,
}
export const HOTSPOT_GRAINS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7];

/** The cell of a location at the rollup's resolution; null without a (valid) location. */
export function hotspotCellOf(lat: number | null | undefined, lng: number | null | undefined): string | null {
  if (lat == null || lng == null || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return null;
  return latLngToCell(lat, lng, HOTSPOT_RESOLUTION);
}

const KEY = 'grain, kind, category_id, bucket_kind, bucket, published, area_id, h3_cell';
const PLACE = ['u.area_id', 'u.h3_cell'];
const GROUPING_SETS = ['received_day', 'month']
  .flatMap((time) =>
    HOTSPOT_GRAINS.map((grain) => [
      `u.${time}`,
      ...PLACE,
      ...(grain & HotspotFilter.Kind ? ['u.kind'] : []),
      ...(grain & HotspotFilter.Category ? ['u.category_id'] : []),
      ...(grain & HotspotFilter.Published ? ['u.published'] : []),
    ]),
  )
  .map((set) => `(${set.join(', ')})`)
  .join(', ');

/**
 * Adds the contributions of a facts relation (`<source>` aliased `s`, with `sign`, `published`, `h3_cell`) to the
 * hotspot rollup, like `contributionStatement` does to `report_rollup`: one GROUPING SETS pass over the eight grains by
 * day and by month, upserted by adding; the unpublished cases' rows of the Published grains are not kept. Returns the
 * rows touched, with `empty` for those that fell to zero.
 */
export function hotspotContributionStatement(source: string): string {
  return `
    WITH u AS (
      SELECT s.*, date_trunc('month', s.received_day)::date AS month FROM ${source}
    ), x AS (
      SELECT 7 - GROUPING(u.published, u.category_id, u.kind) AS grain, u.kind, u.category_id,
             CASE WHEN GROUPING(u.received_day) = 0 THEN 'd' ELSE 'm' END AS bucket_kind,
             coalesce(u.received_day, u.month) AS bucket, u.published, u.area_id, u.h3_cell,
             sum(u.sign)::int AS received, sum(u.sign * u.open::int)::int AS open
        FROM u
       GROUP BY GROUPING SETS (${GROUPING_SETS})
    )
    INSERT INTO report_hotspot (${KEY}, received, open)
    SELECT x.* FROM x WHERE (x.received <> 0 OR x.open <> 0) AND x.published IS NOT FALSE
    ON CONFLICT ON CONSTRAINT report_hotspot_key DO UPDATE
      SET received = report_hotspot.received + excluded.received, open = report_hotspot.open + excluded.open
    RETURNING id, (received = 0) AS empty`;
}
