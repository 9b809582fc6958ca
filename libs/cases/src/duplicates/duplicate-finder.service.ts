import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { sqlStatusList, TERMINAL_STATUSES } from '@hotline/contracts';
import { CaseEntity } from '@hotline/database';
import { UnknownReferenceError } from '@hotline/platform';
import { notRestrictedSql } from '../access/processing-restriction';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService } from '../reference/reference-data.service';
import { SimilarCaseDto, SimilarCasesQueryDto } from './dto/similar-cases.dto';

/** Two places closer than this are the same place. */
export const SAME_PLACE_METRES = 50;
const MAX_SUGGESTIONS = 10;

export interface DuplicateProbe {
  title: string;
  description: string;
  categoryId: string | null;
  areaId: string | null;
  lat: number | null;
  lng: number | null;
  /** The case itself (and the cases already merged into it) are not suggested. */
  excludeCaseId?: string;
}

const distanceSql = (lat: string, lng: string) =>
  `2 * 6371000 * asin(sqrt(power(sin(radians(c.lat - ${lat}) / 2), 2)
   + cos(radians(${lat})) * cos(radians(c.lat)) * power(sin(radians(c.lng - ${lng}) / 2), 2)))`;

/**
 * Open cases that are probably the same matter: the unaccented, lower-cased title and description are similar by
 * trigrams (`%`: the whole texts, DUPLICATE_SIMILARITY; `<%`: the probe matches a stretch of the case's text, pg_trgm's
 * default 0.6, which serves a short text typed by the operator; both served by the partial GIN index on the open
 * cases' folded texts in `case_search`),
 * the category is the same when the probe has one, the place is the same (same area, or within 50 m when both have
 * coordinates) when the probe has one, and the case was received within DUPLICATE_WINDOW_DAYS.
 */
// The status test must read exactly as the partial index's predicate (cases_open_category_area_idx, migration
// 1765000000000, written with the finished statuses of then), or PostgreSQL stops using it; `s.open` is the same rule
// kept by case_search's triggers (a test compares both with TERMINAL_STATUSES).
const SIMILAR_SQL = `
SELECT c.id, c.tracking_code, c.title, c.status, c.received_at, c.category_id, c.area_id,
       greatest(similarity(s.body, p.t), word_similarity(p.t, s.body)) AS score,
       CASE WHEN $6::float8 IS NOT NULL AND c.lat IS NOT NULL THEN ${distanceSql('$6', '$7')} END AS distance_m
  FROM case_search s JOIN cases c ON c.id = s.case_id, (SELECT case_search_text($1, $2) AS t) p
 WHERE s.open AND (s.body % p.t OR p.t <% s.body)
   AND c.status NOT IN (${sqlStatusList(TERMINAL_STATUSES)})
   AND c.received_at >= $3
   AND ${notRestrictedSql('c')}
   AND ($8::uuid IS NULL OR (c.id <> $8 AND c.merged_into_id IS DISTINCT FROM $8))
   AND ($4::uuid IS NULL OR c.category_id = $4)
   AND (($5::uuid IS NULL AND $6::float8 IS NULL)
        OR c.area_id = $5
        OR ($6::float8 IS NOT NULL AND c.lat IS NOT NULL AND ${distanceSql('$6', '$7')} <= ${SAME_PLACE_METRES}))
 ORDER BY score DESC, c.received_at DESC
 LIMIT ${MAX_SUGGESTIONS}`;

@Injectable()
export class DuplicateFinderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Suggestions for what the operator is typing. */
  async forDraft(query: SimilarCasesQueryDto): Promise<SimilarCaseDto[]> {
    let categoryId: string | null = null;
    let areaId: string | null = null;
    if (query.category !== undefined) {
      const category = await this.reference.categoryByCode(query.category);
      if (!category) throw new UnknownReferenceError('category', 'category', query.category);
      categoryId = category.id;
    }
    if (query.area !== undefined) {
      const area = await this.reference.areaByCode(query.area);
      if (!area) throw new UnknownReferenceError('area', 'area', query.area);
      areaId = area.id;
    }
    return this.find({ title: query.q, description: '', categoryId, areaId, lat: query.lat ?? null, lng: query.lng ?? null });
  }

  async find(probe: DuplicateProbe, manager?: EntityManager): Promise<SimilarCaseDto[]> {
    const run = async (m: EntityManager) => {
      // The `%` operator's threshold is a setting; SET LOCAL keeps it to this transaction.
      await m.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(this.config.cases.duplicateSimilarity)]);
      const since = new Date(this.clock.now().getTime() - this.config.cases.duplicateWindowDays * 86_400_000);
      return m.query(SIMILAR_SQL, [
        probe.title,
        probe.description,
        since,
        probe.categoryId,
        probe.areaId,
        probe.lat,
        probe.lng,
        probe.excludeCaseId ?? null,
      ]) as Promise<SimilarRow[]>;
    };
    const rows = manager ? await run(manager) : await this.dataSource.transaction(run);
    const snapshot = await this.reference.get();
    return rows.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      title: r.title,
      status: r.status,
      receivedAt: r.received_at,
      category: toNamedRef(r.category_id ? snapshot.categoryById.get(r.category_id) : undefined),
      area: toNamedRef(r.area_id ? snapshot.areaById.get(r.area_id) : undefined),
      score: Math.round(Number(r.score) * 1000) / 1000,
      distanceMeters: r.distance_m === null ? undefined : Math.round(Number(r.distance_m)),
    }));
  }
}

interface SimilarRow {
  id: string;
  tracking_code: string;
  title: string;
  status: string;
  received_at: Date;
  category_id: string | null;
  area_id: string | null;
  score: number;
  distance_m: number | null;
}

export const probeOf = (
  kase: Pick<CaseEntity, 'id' | 'title' | 'description' | 'categoryId' | 'areaId' | 'lat' | 'lng'>,
): DuplicateProbe => ({
  title: kase.title,
  description: kase.description,
  categoryId: kase.categoryId,
  areaId: kase.areaId,
  lat: kase.lat,
  lng: kase.lng,
  excludeCaseId: kase.id,
});
