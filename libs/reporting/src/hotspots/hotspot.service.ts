import { Injectable } from '@nestjs/common';
import { cellToBoundary, cellToParent } from 'h3-js';
import { DataSource } from 'typeorm';
import { InjectReportingDataSource } from '@hotline/database';
import { ReferenceDataService, subtree } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { UnknownReferenceError } from '@hotline/platform';
import { HOTSPOT_RESOLUTION, HotspotFilter } from '../rollups/hotspot-sql';
import { planPeriod, reportPeriod } from '../summary/period';
import { HotspotCollectionDto, HotspotFeatureDto, HotspotQueryDto } from './dto/hotspots.dto';

/**
 * The public map (docs/reporting.md#hotspots): published cases only (public and not a denunciation), in cells one
 * resolution coarser than staff see (about 5 km², edge ≈ 1.2 km), and a cell is drawn only when it holds at least
 * PUBLIC_MIN_CELL_COUNT published cases: no cell narrows a case down to a few streets.
 */
export const PUBLIC_HOTSPOT_RESOLUTION = HOTSPOT_RESOLUTION - 1;
export const PUBLIC_MIN_CELL_COUNT = 3;

export type HotspotAudience = 'staff' | 'public';

interface Tally {
  count: number;
  open: number;
  overdue: number;
}

const empty = (): Tally => ({ count: 0, open: 0, overdue: 0 });

/** A cell's hexagon never changes: kept once computed (a city has a few thousand cells; the bound keeps it small). */
const HEXAGONS = new Map<string, number[][]>();
const HEXAGON_CACHE_MAX = 100_000;
function hexagonOf(cell: string): number[][] {
  let ring = HEXAGONS.get(cell);
  if (!ring) {
    ring = cellToBoundary(cell, true);
    if (HEXAGONS.size < HEXAGON_CACHE_MAX) HEXAGONS.set(cell, ring);
  }
  return ring;
}

/**
 * Hotspots per area and per H3 cell for the cases received in a period, read from `report_hotspot` (kept by the
 * rollup drain): the cost follows the number of cells and days, not of cases. "Overdue now" is counted at request
 * time, as the summary does, from the open cases past due through the facts' partial index.
 */
@Injectable()
export class HotspotService {
  constructor(
    @InjectReportingDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly clock: Clock,
  ) {}

  async hotspots(query: HotspotQueryDto, audience: HotspotAudience): Promise<HotspotCollectionDto> {
    const now = this.clock.now();
    const { from, to } = reportPeriod(query, now);
    const snapshot = await this.reference.get();
    let categoryIds: string[] | null = null;
    if (query.category) {
      const category = await this.reference.categoryByCode(query.category);
      if (!category) throw new UnknownReferenceError('category', 'category', query.category);
      categoryIds = subtree(snapshot.categories, category.id);
    }
    const grain =
      (query.kind ? HotspotFilter.Kind : 0) |
      (categoryIds ? HotspotFilter.Category : 0) |
      (audience === 'public' ? HotspotFilter.Published : 0);

    const params: unknown[] = [grain];
    const p = (v: unknown) => `$${params.push(v)}`;
    const plan = planPeriod(from, to);
    const periods = [
      ...(plan.months ? [`(bucket_kind = 'm' AND bucket BETWEEN ${p(plan.months.from)}::date AND ${p(plan.months.to)}::date)`] : []),
      ...plan.days.map((r) => `(bucket_kind = 'd' AND bucket BETWEEN ${p(r.from)}::date AND ${p(r.to)}::date)`),
    ];
    const filters = [
      query.kind ? `kind = ${p(query.kind)}` : 'kind IS NULL',
      categoryIds ? `category_id = ANY(${p(categoryIds)}::uuid[])` : 'category_id IS NULL',
    ];
    const dueParams: unknown[] = [now, from, to];
    const d = (v: unknown) => `$${dueParams.push(v)}`;
    const dueFilters = [
      ...(query.kind ? [`kind = ${d(query.kind)}`] : []),
      ...(categoryIds ? [`category_id = ANY(${d(categoryIds)}::uuid[])`] : []),
      ...(audience === 'public' ? ['published'] : []),
    ];
    type Row = { area_id: string | null; h3_cell: string | null; n: string; open?: string };
    const [counted, due]: [Row[], Row[]] = await Promise.all([
      this.dataSource.query(
        `SELECT area_id::text, h3_cell, sum(received)::bigint AS n, sum(open)::bigint AS open
           FROM report_hotspot
          WHERE grain = $1 AND ${filters.join(' AND ')} AND (${periods.join(' OR ')})
          GROUP BY area_id, h3_cell`,
        params,
      ),
      this.dataSource.query(
        `SELECT area_id::text, h3_cell, count(*)::bigint AS n
           FROM report_case_facts
          WHERE open AND due_at IS NOT NULL AND due_at < $1 AND received_day BETWEEN $2::date AND $3::date
                ${dueFilters.map((f) => `AND ${f}`).join(' ')}
          GROUP BY area_id, h3_cell`,
        dueParams,
      ),
    ]);

    const resolution = audience === 'public' ? PUBLIC_HOTSPOT_RESOLUTION : HOTSPOT_RESOLUTION;
    const cellAt = (cell: string) => (resolution === HOTSPOT_RESOLUTION ? cell : cellToParent(cell, resolution));
    const areas = new Map<string, Tally>();
    const cells = new Map<string, Tally>();
    let total = 0;
    let located = 0;
    const add = (r: Row, field: keyof Tally, n: number) => {
      if (r.area_id) {
        const a = areas.get(r.area_id) ?? empty();
        a[field] += n;
        areas.set(r.area_id, a);
      }
      if (r.h3_cell) {
        const key = cellAt(r.h3_cell);
        const c = cells.get(key) ?? empty();
        c[field] += n;
        cells.set(key, c);
      }
    };
    for (const r of counted) {
      const n = Number(r.n);
      if (n === 0) continue;
      total += n;
      if (r.h3_cell) located += n;
      add(r, 'count', n);
      add(r, 'open', Number(r.open ?? 0));
    }
    for (const r of due) add(r, 'overdue', Number(r.n));

    const minCellCount = audience === 'public' ? PUBLIC_MIN_CELL_COUNT : 0;
    const byCount = (a: HotspotFeatureDto, b: HotspotFeatureDto) => b.properties.count - a.properties.count;
    const wards: HotspotFeatureDto[] = [...areas].flatMap(([areaId, t]) => {
      const area = snapshot.areaById.get(areaId);
      if (!area || t.count === 0) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: area.boundary ? { type: area.boundary.type, coordinates: area.boundary.coordinates as unknown[] } : null,
          properties: { level: 'ward' as const, code: area.code, name: area.name, approximate: area.boundaryApproximate, ...t },
        },
      ];
    });
    const hexagons: HotspotFeatureDto[] = [...cells]
      .filter(([, t]) => t.count > 0 && t.count >= minCellCount)
      .map(([cell, t]) => ({
        type: 'Feature' as const,
        geometry: { type: 'Polygon' as const, coordinates: [hexagonOf(cell)] },
        properties: { level: 'cell' as const, cell, resolution, ...t },
      }));
    return {
      type: 'FeatureCollection',
      from,
      to,
      asOf: now,
      resolution,
      total,
      located,
      minCellCount,
      features: [...wards.sort(byCount), ...hexagons.sort(byCount)],
    };
  }
}
