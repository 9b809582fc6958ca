import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReportingDataSource } from '@hotline/database';
import { ReferenceDataService, ReferenceSnapshot } from '@hotline/cases';
import { Clock } from '@hotline/config';
import {
  Actor,
  agencyScope,
  CaseChannel,
  CaseKind,
  CHANNEL_LABELS,
  KIND_LABELS,
  monthBuckets,
  periodDays,
  previousPeriod,
  shiftPeriod,
} from '@hotline/contracts';
import { InvalidInputError } from '@hotline/platform';
import { COUNTERS, DIMENSION_NAMES, DIMENSIONS, DimensionName, MAX_GROUP_DIMENSIONS, unpackHistogram } from '../rollups/rollup-sql';
import { Counts, figures, SMALL_SAMPLE_BELOW } from './figures';
import { planPeriod, reportPeriod } from './period';
import { GroupValueDto, SummaryDto, SummaryGroupDto, SummaryQueryDto, TrendDto, TrendQueryDto } from './dto/summary.dto';

/** A trend reads two figures a month: a longer period is asked for by the summary, or in parts. */
export const TREND_MAX_MONTHS = 24;

interface Scope {
  from: string;
  to: string;
  groupBy: DimensionName[];
  /** An agency officer's own agency: the only one they may see figures of. */
  /** The agencies an agency user is limited to (its own and, when configured, its sub-units); null for everyone else. */
  agencyIds: readonly string[] | null;
}

/**
 * The council's figures (docs/reporting.md) for the cases received in a period, as they stand now, read from the rollups:
 * the cost follows the number of groups and days, not the number of cases.
 */
@Injectable()
export class SummaryService {
  constructor(
    @InjectReportingDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly clock: Clock,
  ) {}

  async summary(query: SummaryQueryDto, actor: Actor): Promise<SummaryDto> {
    const now = this.clock.now();
    const { from, to } = reportPeriod(query, now);
    const scope: Scope = { from, to, groupBy: DIMENSION_NAMES.filter((d) => query.groupBy?.includes(d)), agencyIds: agencyScope(actor) };
    const [rows, snapshot] = await Promise.all([this.read(scope, now), this.reference.get()]);
    const groups: SummaryGroupDto[] = rows.map((r) => ({
      key: this.describe(scope.groupBy, r.values, snapshot),
      ...figures(r.counts, r.answerDays),
    }));
    const total = this.sum(rows);
    return {
      from,
      to,
      groupBy: scope.groupBy,
      asOf: now,
      smallSampleBelow: SMALL_SAMPLE_BELOW,
      total: figures(total.counts, total.answerDays),
      groups,
    };
  }

  /**
   * The dashboard's trend in one request: for each calendar month the period touches (cut to the period), its figures
   * and those of the same days shifted into the previous period (the rule of @hotline/contracts' previousPeriod, which
   * the dashboard's comparison uses too).
   */
  async trend(query: TrendQueryDto, actor: Actor): Promise<TrendDto> {
    const now = this.clock.now();
    const period = reportPeriod(query, now);
    const before = previousPeriod(period);
    const buckets = monthBuckets(period);
    if (buckets.length > TREND_MAX_MONTHS) {
      throw new InvalidInputError('from', `A trend covers at most ${TREND_MAX_MONTHS} months; ask for a shorter period`);
    }
    const total = (p: { from: string; to: string }) => this.summary(p, actor).then((s) => ({ from: p.from, to: p.to, total: s.total }));
    const shift = -periodDays(period);
    const months = await Promise.all(
      buckets.map(async (b) => {
        const [current, previous] = await Promise.all([total(b), total(shiftPeriod(b, shift))]);
        return { month: b.month, ...current, previous };
      }),
    );
    return { ...period, previous: before, asOf: now, months };
  }

  private async read(scope: Scope, now: Date): Promise<{ values: (string | null)[]; counts: Counts; answerDays: Map<number, number> }[]> {
    const grainDims = new Set<DimensionName>([...scope.groupBy, ...(scope.agencyIds ? (['agency'] as const) : [])]);
    if (grainDims.size > MAX_GROUP_DIMENSIONS) {
      throw new InvalidInputError(
        'groupBy',
        `An agency officer's figures are of their own agency: group by at most ${MAX_GROUP_DIMENSIONS - 1} other dimension`,
      );
    }
    const grain = [...grainDims].reduce((m, d) => m | DIMENSIONS[d].bit, 0);
    const params: unknown[] = [grain];
    const p = (v: unknown) => `$${params.push(v)}`;
    const plan = planPeriod(scope.from, scope.to);
    const periods = [
      ...(plan.months ? [`(bucket_kind = 'm' AND bucket BETWEEN ${p(plan.months.from)}::date AND ${p(plan.months.to)}::date)`] : []),
      ...plan.days.map((r) => `(bucket_kind = 'd' AND bucket BETWEEN ${p(r.from)}::date AND ${p(r.to)}::date)`),
    ];
    const own = scope.agencyIds ? ` AND agency_id = ANY(${p(scope.agencyIds)}::uuid[])` : '';
    const dims = scope.groupBy.map((d) => DIMENSIONS[d].column);
    const lead = dims.map((c) => `${c}::text AS ${c}, `).join('');
    const groupBy = dims.length ? `GROUP BY ${dims.join(', ')}` : '';
    const overdueParams = [now, scope.from, scope.to, ...(scope.agencyIds ? [scope.agencyIds] : [])];
    const [main, due] = await Promise.all([
      this.dataSource.query(
        `SELECT ${lead}${COUNTERS.map((c) => `sum(${c})::bigint AS ${c}`).join(', ')}, sum(answer_days_hist)::text AS hist
           FROM report_rollup WHERE grain = $1 AND (${periods.join(' OR ')})${own} ${groupBy}`,
        params,
      ),
      // "Now" figures: the open cases of the period whose earliest running clock is past due, through the partial
      // index on the due instant: the cost is the number of overdue cases.
      this.dataSource.query(
        `SELECT ${lead}count(*)::bigint AS overdue, count(*) FILTER (WHERE very_late_at <= $1)::bigint AS very_late
           FROM report_case_facts
          WHERE open AND due_at IS NOT NULL AND due_at < $1 AND received_day BETWEEN $2::date AND $3::date${scope.agencyIds ? ' AND agency_id = ANY($4::uuid[])' : ''}
          ${groupBy}`,
        overdueParams,
      ),
    ]);
    const keyOf = (r: Record<string, string | null>) => JSON.stringify(dims.map((c) => r[c]));
    const out = new Map<string, { values: (string | null)[]; counts: Counts; answerDays: Map<number, number> }>();
    for (const r of main as Record<string, string | null>[]) {
      if (r.received === null || Number(r.received) === 0) continue;
      const counts = Object.fromEntries([...COUNTERS.map((c) => [c, Number(r[c])]), ['overdue', 0], ['very_late', 0]]) as Counts;
      out.set(keyOf(r), { values: dims.map((c) => r[c]), counts, answerDays: unpackHistogram(r.hist) });
    }
    for (const r of due as Record<string, string | null>[]) {
      const g = out.get(keyOf(r));
      if (g) Object.assign(g.counts, { overdue: Number(r.overdue ?? 0), very_late: Number(r.very_late ?? 0) });
    }
    return [...out.values()].sort(
      (a, b) => b.counts.received - a.counts.received || JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)),
    );
  }

  private sum(rows: { counts: Counts; answerDays: Map<number, number> }[]) {
    const counts = Object.fromEntries([...COUNTERS, 'overdue', 'very_late'].map((c) => [c, 0])) as Counts;
    const answerDays = new Map<number, number>();
    for (const r of rows) {
      for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += r.counts[k];
      for (const [d, n] of r.answerDays) answerDays.set(d, (answerDays.get(d) ?? 0) + n);
    }
    return { counts, answerDays };
  }

  private describe(
    groupBy: DimensionName[],
    values: (string | null)[],
    s: ReferenceSnapshot,
  ): Partial<Record<DimensionName, GroupValueDto | null>> {
    const named = (e?: { code: string; name: string; nameEn: string }) => (e ? { code: e.code, name: e.name, nameEn: e.nameEn } : null);
    const key: Partial<Record<DimensionName, GroupValueDto | null>> = {};
    groupBy.forEach((d, i) => {
      const v = values[i];
      if (v === null) key[d] = null;
      else if (d === 'agency') key[d] = named(s.agencyById.get(v));
      else if (d === 'category') key[d] = named(s.categoryById.get(v));
      else if (d === 'area') key[d] = named(s.areaById.get(v));
      else if (d === 'channel')
        key[d] = { code: v, name: CHANNEL_LABELS[v as CaseChannel]?.vi ?? v, nameEn: CHANNEL_LABELS[v as CaseChannel]?.en ?? v };
      else key[d] = { code: v, name: KIND_LABELS[v as CaseKind]?.vi ?? v, nameEn: KIND_LABELS[v as CaseKind]?.en ?? v };
    });
    return key;
  }
}
