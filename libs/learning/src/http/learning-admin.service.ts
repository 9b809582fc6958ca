import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@hotline/config';
import { Actor, CaseAction, CaseEventType, CaseStatus } from '@hotline/contracts';
import { LearningAccuracyDto, LearningSettingsDto } from './dto/learning.dto';

const WINDOW_DAYS = 30;

/** The admin's view of the learned routing: accuracy on the real decisions of the last 30 days, and the threshold. */
@Injectable()
export class LearningAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Compares every route a staff member decided in the window with the suggestions the case had before it: top-1,
   * top-3 and how often staff chose another agency than the first suggestion.
   */
  async accuracy(): Promise<LearningAccuracyDto> {
    const since = new Date(this.clock.now().getTime() - WINDOW_DAYS * 86_400_000);
    const [figures]: Record<string, number>[] = await this.dataSource.query(
      `SELECT count(*)::int AS decisions,
              count(s.case_id)::int AS "withSuggestion",
              count(*) FILTER (WHERE e.agency_id = s.top_agency_id)::int AS top1,
              count(*) FILTER (WHERE s.suggestions @> jsonb_build_array(
                jsonb_build_object('agency', jsonb_build_object('code', a.code))))::int AS top3
         FROM case_events e
         JOIN agencies a ON a.id = e.agency_id
         LEFT JOIN routing_suggestions s ON s.case_id = e.case_id AND s.computed_at <= e.created_at
        WHERE e.type = $1 AND e.actor_type = 'staff' AND e.created_at >= $2`,
      [CaseEventType.Routed, since],
    );
    const [auto]: Record<string, number>[] = await this.dataSource.query(
      `SELECT count(*)::int AS routed,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM case_events r WHERE r.case_id = e.case_id AND r.id > e.id AND r.data->>'action' = $4))::int AS returned
         FROM case_events e
        WHERE e.type = $1 AND e.actor_type = 'system' AND e.from_status = $3 AND e.created_at >= $2`,
      [CaseEventType.Routed, since, CaseStatus.Triage, CaseAction.Return],
    );
    const versions = await this.dataSource.query(
      `SELECT id::text, kind, mode, created_at AS "createdAt", examples, metrics
         FROM learning_model_versions ORDER BY id DESC LIMIT 10`,
    );
    const share = (n: number) => (figures.withSuggestion ? n / figures.withSuggestion : 0);
    return {
      since,
      decisions: figures.decisions,
      withSuggestion: figures.withSuggestion,
      top1: share(figures.top1),
      top3: share(figures.top3),
      overrideRate: figures.withSuggestion ? 1 - share(figures.top1) : 0,
      autoRouted: auto.routed,
      autoRoutedReturned: auto.returned,
      versions,
    };
  }

  async settings(): Promise<LearningSettingsDto> {
    const [row]: { threshold: number | null }[] = await this.dataSource.query(
      `SELECT auto_route_threshold AS threshold FROM learning_settings`,
    );
    return { autoRouteThreshold: row?.threshold ?? null };
  }

  async saveSettings(body: LearningSettingsDto, actor: Actor): Promise<LearningSettingsDto> {
    await this.dataSource.query(`UPDATE learning_settings SET auto_route_threshold = $1, updated_at = $2, updated_by = $3`, [
      body.autoRouteThreshold,
      this.clock.now(),
      actor.type === 'staff' ? actor.userId : null,
    ]);
    return this.settings();
  }
}
