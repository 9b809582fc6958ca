import { publishedSql } from '@hotline/cases';
import { CaseStatus, LOCAL_TIME_ZONE, SETTLED_STATUSES, sqlStatusList } from '@hotline/contracts';

/** Bits of a grain: the dimensions a rollup row is grouped by. */
export enum Dimension {
  Agency = 1,
  Category = 2,
  Area = 4,
  Channel = 8,
  Kind = 16,
}

export const DIMENSIONS = {
  agency: { bit: Dimension.Agency, column: 'agency_id' },
  category: { bit: Dimension.Category, column: 'category_id' },
  area: { bit: Dimension.Area, column: 'area_id' },
  channel: { bit: Dimension.Channel, column: 'channel' },
  kind: { bit: Dimension.Kind, column: 'kind' },
} as const;

export type DimensionName = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as DimensionName[];
export const ALL_DIMENSIONS = 31;

/** Groupings of at most this many dimensions are kept: the rollups' size follows the dimensions, not the cases. */
export const MAX_GROUP_DIMENSIONS = 2;

/** The grains kept up to date: the total, each dimension alone and each pair. */
export const MAINTAINED_GRAINS: readonly number[] = (() => {
  const bits = DIMENSION_NAMES.map((d) => DIMENSIONS[d].bit);
  const grains = new Set<number>([0, ...bits]);
  for (const a of bits) for (const b of bits) if (a !== b) grains.add(a | b);
  return [...grains].sort((a, b) => a - b);
})();

/** Working days to the first answer are counted in buckets 0..HISTOGRAM_MAX_DAYS; the last means "that many or more". */
export const HISTOGRAM_MAX_DAYS = 60;
const BUCKET_BITS = 32;

/** Unpacks a packed histogram (bucket k counts 2^(32k)) into days → cases. */
export function unpackHistogram(packed: string | null): Map<number, number> {
  const histogram = new Map<number, number>();
  if (!packed) return histogram;
  let v = BigInt(packed.split('.')[0]);
  const mask = (1n << BigInt(BUCKET_BITS)) - 1n;
  for (let k = 0; v > 0n && k <= HISTOGRAM_MAX_DAYS; k++, v >>= BigInt(BUCKET_BITS)) {
    const n = Number(v & mask);
    if (n > 0) histogram.set(k, n);
  }
  return histogram;
}

/** A case's yes/no facts; each is also a counter of the rollups, the sum over the cases. */
const FACT_FLAGS = ['routed', 'answered', 'answered_on_time', 'resolved', 'open', 'rated', 'satisfied', 'reopened', 'returned'] as const;
type FactFlag = (typeof FACT_FLAGS)[number];

/** A case's amounts, summed by the rollups like the flags: the approval waits it went through and their minutes. */
const FACT_AMOUNTS = ['approval_waits', 'approval_wait_minutes'] as const;
type FactAmount = (typeof FACT_AMOUNTS)[number];

export const COUNTERS = ['received', ...FACT_FLAGS, ...FACT_AMOUNTS] as const;
export type Counter = (typeof COUNTERS)[number];

export type CaseFacts = Record<FactFlag, boolean> &
  Record<FactAmount, number> & {
    case_id: string;
    received_day: string;
    agency_id: string | null;
    category_id: string | null;
    area_id: string | null;
    channel: string;
    kind: string;
    answer_days: number | null;
    due_at: Date | string | null;
    very_late_at: Date | string | null;
    /** Public and not a denunciation (publishedSql): the public hotspot map counts only these. */
    published: boolean;
    /** The H3 cell of the case's location at HOTSPOT_RESOLUTION (hotspot-sql.ts); null without a location. */
    h3_cell: string | null;
    last_event_id: string;
  };

export const FACT_COLUMNS = [
  'case_id',
  'received_day',
  'agency_id',
  'category_id',
  'area_id',
  'channel',
  'kind',
  ...FACT_FLAGS,
  ...FACT_AMOUNTS,
  'answer_days',
  'due_at',
  'very_late_at',
  'published',
  'h3_cell',
  'last_event_id',
] as const satisfies readonly (keyof CaseFacts)[];

/** Open: someone still owes the case work. An answered case waits only for the citizen's verdict. */
const notOpen = sqlStatusList(SETTLED_STATUSES);

/**
 * The facts of the cases in $1 (uuid[]), from their events:
 * - status and agency: those of the last event that changed the status (a returned case has no agency);
 * - routed: ever routed to an agency; answered: ever answered; reopened / returned: ever;
 * - rating: the citizen's last verdict (their close = satisfied, their reopen = not satisfied);
 * - answer_days: working days from the day of receipt to the day of the first answer;
 * - answered on time: the answer clock was met by its due instant (the clock restarts on reopening, so a case
 *   reopened and not answered again is not on time);
 * - open: not finished and not waiting only for the citizen's verdict on an answer;
 * - due_at / very_late_at: of the earliest running clock, for open cases;
 * - approval_waits / approval_wait_minutes: the times an answer waited for the agency head (from the officer's draft
 *   to the status that left awaiting_approval: approved, sent back, merged or withdrawn), and their minutes in all.
 * The case's clocks change only in the transaction that writes an event, so they are as current as the events.
 * - published, and lat / lng, from which the caller computes h3_cell (withCells in rollup.service.ts).
 * last_event_id: the case's last event when its facts last changed.
 * A duplicate merged into another case has no facts: the matter is counted once, under the surviving case.
 */
export const CASE_FACTS_SQL = `
WITH ev AS (
  SELECT e.case_id,
         max(e.id) AS last_event_id,
         (array_agg(e.to_status ORDER BY e.id DESC) FILTER (WHERE e.to_status IS NOT NULL))[1] AS status,
         (array_agg(e.agency_id ORDER BY e.id DESC) FILTER (WHERE e.to_status IS NOT NULL))[1] AS agency_id,
         bool_or(e.to_status = '${CaseStatus.Routed}') AS routed,
         min(e.created_at) FILTER (WHERE e.to_status = '${CaseStatus.Answered}') AS first_answered_at,
         bool_or(e.to_status = '${CaseStatus.Reopened}') AS reopened,
         bool_or(e.to_status = '${CaseStatus.Returned}') AS returned,
         (array_agg(e.to_status ORDER BY e.id DESC)
            FILTER (WHERE e.actor_type = 'citizen' AND e.from_status = '${CaseStatus.Answered}'
                      AND e.to_status IN ('${CaseStatus.Closed}', '${CaseStatus.Reopened}')))[1] AS verdict
    FROM case_events e
   WHERE e.case_id = ANY($1::uuid[])
   GROUP BY e.case_id
), waits AS (
  SELECT w.case_id, count(*)::int AS approval_waits,
         coalesce(sum(floor(extract(epoch FROM w.created_at - w.waiting_since) / 60)), 0)::int AS approval_wait_minutes
    FROM (SELECT e.case_id, e.from_status, e.created_at,
                 max(e.created_at) FILTER (WHERE e.to_status = '${CaseStatus.AwaitingApproval}')
                   OVER (PARTITION BY e.case_id ORDER BY e.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS waiting_since
            FROM case_events e
           WHERE e.case_id = ANY($1::uuid[])) w
   WHERE w.from_status = '${CaseStatus.AwaitingApproval}' AND w.waiting_since IS NOT NULL
   GROUP BY w.case_id
), clocks AS (
  SELECT d.case_id,
         min(d.due_at) FILTER (WHERE d.status = 'running') AS due_at,
         min(d.very_late_at) FILTER (WHERE d.status = 'running') AS very_late_at,
         bool_or(d.clock = 'answer' AND d.status = 'met' AND d.met_at <= d.due_at) AS answer_met_on_time
    FROM case_deadlines d
   WHERE d.case_id = ANY($1::uuid[])
   GROUP BY d.case_id
)
SELECT c.id AS case_id,
       (c.received_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date AS received_day,
       ev.agency_id, c.category_id, c.area_id, c.channel, c.kind,
       coalesce(ev.routed, false) AS routed,
       ev.first_answered_at IS NOT NULL AS answered,
       (ev.first_answered_at IS NOT NULL AND coalesce(k.answer_met_on_time, false)) AS answered_on_time,
       ev.status = '${CaseStatus.Closed}' AS resolved,
       ev.status NOT IN (${notOpen}) AS open,
       ev.verdict IS NOT NULL AS rated,
       coalesce(ev.verdict = '${CaseStatus.Closed}', false) AS satisfied,
       coalesce(ev.reopened, false) AS reopened,
       coalesce(ev.returned, false) AS returned,
       coalesce(aw.approval_waits, 0) AS approval_waits,
       coalesce(aw.approval_wait_minutes, 0) AS approval_wait_minutes,
       CASE WHEN ev.first_answered_at IS NOT NULL
            THEN report_working_days((c.received_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date,
                                     (ev.first_answered_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date)
       END AS answer_days,
       CASE WHEN ev.status NOT IN (${notOpen}) AND k.due_at IS NOT NULL THEN k.due_at END AS due_at,
       CASE WHEN ev.status NOT IN (${notOpen}) AND k.due_at IS NOT NULL THEN k.very_late_at END AS very_late_at,
       ${publishedSql('c')} AS published,
       c.lat, c.lng,
       ev.last_event_id
  FROM cases c
  JOIN ev ON ev.case_id = c.id
  LEFT JOIN clocks k ON k.case_id = c.id
  LEFT JOIN waits aw ON aw.case_id = c.id
 WHERE c.id = ANY($1::uuid[])
   AND ev.status IS DISTINCT FROM '${CaseStatus.Merged}'`;

/** A relation of facts rows with a `sign` column (+1 adds a case to the rollups, -1 takes it out). */
export const FACTS_RECORDSET = `jsonb_to_recordset($1::jsonb) AS s(sign int, received_day date, agency_id uuid, category_id uuid,
  area_id uuid, channel text, kind text, published boolean, h3_cell text,
  ${FACT_FLAGS.map((f) => `${f} boolean`).join(', ')}, ${FACT_AMOUNTS.map((f) => `${f} int`).join(', ')}, answer_days int)`;

const DIM_COLUMNS = DIMENSION_NAMES.map((d) => DIMENSIONS[d].column);
const KEY = `grain, bucket_kind, bucket, ${DIM_COLUMNS.join(', ')}`;
/** GROUPING() sets a bit for each argument left out, the first argument highest: kind (16) … agency (1). */
const GRAIN = `${ALL_DIMENSIONS} - GROUPING(${[...DIM_COLUMNS]
  .reverse()
  .map((c) => `u.${c}`)
  .join(', ')})`;
const GROUPING_SETS = ['received_day', 'month']
  .flatMap((time) =>
    MAINTAINED_GRAINS.map((grain) => [
      `u.${time}`,
      ...DIMENSION_NAMES.filter((d) => grain & DIMENSIONS[d].bit).map((d) => `u.${DIMENSIONS[d].column}`),
    ]),
  )
  .map((set) => `(${set.join(', ')})`)
  .join(', ');

/**
 * Adds the contributions of a facts relation (`<source>` aliased `s`, with `sign`) to the rollup: one pass with
 * GROUPING SETS over every maintained grain, by day and by month, upserted by adding. Returns the rows touched, with
 * `empty` for those whose counts fell to zero, which the caller deletes.
 */
export function contributionStatement(source: string): string {
  const sums = COUNTERS.map((c) => (c === 'received' ? `sum(u.sign)::int AS received` : `sum(u.sign * u.${c}::int)::int AS ${c}`)).join(
    ', ',
  );
  const nonZero = [...COUNTERS.map((c) => `x.${c} <> 0`), 'x.answer_days_hist <> 0'].join(' OR ');
  const addUp = [...COUNTERS, 'answer_days_hist'].map((c) => `${c} = report_rollup.${c} + excluded.${c}`).join(', ');
  return `
    WITH u AS (
      SELECT s.*, date_trunc('month', s.received_day)::date AS month,
             CASE WHEN s.answered AND s.answer_days IS NOT NULL
                  THEN s.sign * power(2::numeric, ${BUCKET_BITS} * least(s.answer_days, ${HISTOGRAM_MAX_DAYS})) ELSE 0 END AS hist
        FROM ${source}
    ), x AS (
      SELECT ${GRAIN} AS grain,
             CASE WHEN GROUPING(u.received_day) = 0 THEN 'd' ELSE 'm' END AS bucket_kind,
             coalesce(u.received_day, u.month) AS bucket,
             ${DIM_COLUMNS.map((c) => `u.${c}`).join(', ')},
             ${sums}, coalesce(sum(u.hist), 0) AS answer_days_hist
        FROM u
       GROUP BY GROUPING SETS (${GROUPING_SETS})
    )
    INSERT INTO report_rollup (${KEY}, ${COUNTERS.join(', ')}, answer_days_hist)
    SELECT x.* FROM x WHERE ${nonZero}
    ON CONFLICT ON CONSTRAINT report_rollup_key DO UPDATE SET ${addUp}
    RETURNING id, (received = 0) AS empty`;
}
