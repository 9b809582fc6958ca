/**
 * Generated per-case facts (`report_case_facts`) in SQL, for the benchmarks of what is read from the rollups (the
 * summary, the hotspot map): deterministic pseudo-random, category → agency as routing does, skewed channels and kinds,
 * recent cases mostly open. Cases and events are not generated: those reads never touch them.
 */

/** A deterministic pseudo-random fraction in [0, 1) from the row number, independent per salt. */
export const frac = (i: string, salt: number) => `((hashint8extended(${i}, ${salt}) & 140737488355327)::float8 / 140737488355328)`;
export const pickSql = (ids: string[], f: string) => `('{${ids.join(',')}}'::uuid[])[1 + floor(${f} * ${ids.length})::int]`;

/**
 * Inserts facts rows lo..hi: received over 2026; a case received more than 40 days before 21 Nov 2026 is mostly answered, a
 * recent one less often; open cases mostly have a running clock due 7 to 37 days after receipt. With `cells` (H3
 * cells), 80% of the cases have a location, in a cell picked with a skew (a few hot cells), and 60% of the
 * non-denunciations are published; a located case's area follows its cell (each cell lies in one area).
 */
export function insertFactsSql(
  lo: number,
  hi: number,
  agencies: string[],
  categories: string[],
  areas: string[],
  cells?: string[],
): string {
  const day = `('2026-01-01'::date + floor(${frac('i', 1)} * 365)::int)`;
  const place = cells
    ? {
        columns: ', published, h3_cell',
        outer: ', published',
        inner: `, kind <> 'denunciation' AND ${frac('i', 17)} < 0.6 AS published,
               CASE WHEN ${frac('i', 18)} < 0.8 THEN 1 + floor(${frac('i', 19)} * ${frac('i', 19)} * ${cells.length})::int END AS cell_ix`,
        area: `CASE WHEN cell_ix IS NULL THEN area_id ELSE ('{${areas.join(',')}}'::uuid[])[1 + cell_ix % ${areas.length}] END`,
        cell: `('{${cells.join(',')}}'::text[])[cell_ix]`,
      }
    : { columns: '', outer: '', inner: '', area: 'area_id', cell: '' };
  return `
    INSERT INTO report_case_facts (case_id, received_day, agency_id, category_id, area_id, channel, kind, routed,
    answered, answered_on_time,
      resolved, open, rated, satisfied, reopened, returned, answer_days, due_at, very_late_at, last_event_id${place.columns})
    SELECT case_id, received_day, agency_id, category_id, ${place.area}, channel, kind, routed, answered, answered_on_time, resolved, open,
           rated, satisfied, reopened, returned, answer_days,
           CASE WHEN open AND has_clock THEN due END,
           CASE WHEN open AND has_clock THEN due + interval '7 days' END,
           i${place.outer}${place.cell ? `, ${place.cell}` : ''}
      FROM (
        SELECT *${place.inner} FROM (
        SELECT i, (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-0000000000f1')::uuid AS case_id, d AS received_day,
               ('{${agencies.join(',')}}'::uuid[])[1 + (cat_ix % ${agencies.length})] AS agency_id,
               ('{${categories.join(',')}}'::uuid[])[1 + cat_ix] AS category_id,
               ${pickSql(areas, frac('i', 3))} AS area_id,
               CASE WHEN ${frac('i', 4)} < 0.5 THEN 'web' WHEN ${frac('i', 4)} < 0.8 THEN 'hotline' WHEN ${frac('i', 4)} < 0.88 THEN 'email'
                    WHEN ${frac('i', 4)} < 0.94 THEN 'voter_meeting' WHEN ${frac('i', 4)} < 0.98 THEN 'walk_in' ELSE 'api' END AS channel,
               CASE WHEN ${frac('i', 5)} < 0.5 THEN 'feedback' WHEN ${frac('i', 5)} < 0.75 THEN 'petition' WHEN ${frac('i', 5)} < 0.85 THEN 'complaint'
                    WHEN ${frac('i', 5)} < 0.95 THEN 'question' ELSE 'denunciation' END AS kind,
               ${frac('i', 6)} < 0.98 AS routed,
               answered,
               answered AND ${frac('i', 7)} < 0.86 AS answered_on_time,
               answered AND ${frac('i', 8)} < 0.9 AS resolved,
               NOT answered AND ${frac('i', 9)} < 0.9 AS open,
               answered AND ${frac('i', 10)} < 0.45 AS rated,
               answered AND ${frac('i', 10)} < 0.36 AS satisfied,
               answered AND ${frac('i', 11)} < 0.04 AS reopened,
               ${frac('i', 12)} < 0.06 AS returned,
               CASE WHEN answered THEN floor(${frac('i', 13)} * ${frac('i', 13)} * 40)::int END AS answer_days,
               ${frac('i', 16)} < 0.7 AS has_clock,
               ((d + 7 + floor(${frac('i', 14)} * 30)::int)::timestamp + interval '17 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS due
          FROM generate_series(${lo}, ${hi}) AS i,
               LATERAL (SELECT ${day} AS d, floor(${frac('i', 2)} * ${categories.length})::int AS cat_ix) x,
               LATERAL (SELECT ${frac('i', 15)} < CASE WHEN x.d < '2026-11-21' THEN 0.98 ELSE 0.8 END AS answered) a
        ) g
      ) f`;
}
