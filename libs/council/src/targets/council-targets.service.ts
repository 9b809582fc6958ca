import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@hotline/config';
import { Actor, CaseStatus, localDayEnd, localDayStart, SETTLED_STATUSES, sqlStatusList } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { InvalidInputError, NotFoundError } from '@hotline/platform';
import { CouncilTargetQueryDto, CreateCouncilTargetDto } from './dto/council-target.dto';
import { answerTiming, AnswerTiming, LinkedCaseFacts, TargetKind, targetProgress, TargetProgress } from './target-progress';

export interface CouncilTargetView {
  id: string;
  kind: TargetKind;
  agency: { id: string; code: string; name: string };
  councilSessionId: string | null;
  title: string;
  description: string | null;
  startsOn: string;
  dueOn: string;
  thresholdPercent: number | null;
  createdAt: Date;
  progress: TargetProgress;
}

export interface LinkedCaseView {
  id: string;
  trackingCode: string;
  title: string;
  status: CaseStatus;
  agencyCode: string | null;
  dueAt: Date | null;
  settledAt: Date | null;
  answerTiming: AnswerTiming;
}

interface TargetRow {
  id: string;
  kind: TargetKind;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  council_session_id: string | null;
  title: string;
  description: string | null;
  starts_on: string;
  due_on: string;
  threshold_percent: string | null;
  created_at: Date;
}

interface CaseRow {
  target_id: string;
  id: string;
  tracking_code: string;
  title: string;
  status: CaseStatus;
  agency_code: string | null;
  due_at: Date | null;
  settled_at: Date | null;
  clock_status: 'running' | 'stopped' | 'met' | 'cancelled' | null;
  clock_due_at: Date | null;
  clock_met_at: Date | null;
}

const SELECT_TARGETS = `
  SELECT t.id, t.kind, t.agency_id, a.code AS agency_code, a.name AS agency_name, t.council_session_id, t.title, t.description,
         t.starts_on::text AS starts_on, t.due_on::text AS due_on, t.threshold_percent, t.created_at
    FROM council_targets t JOIN agencies a ON a.id = t.agency_id`;

const SETTLED_AT = `CASE WHEN c.status IN (${sqlStatusList(SETTLED_STATUSES)}) THEN coalesce(c.answered_at, c.closed_at, c.updated_at) END`;

const facts = (r: CaseRow): LinkedCaseFacts => ({
  status: r.status,
  settledAt: r.settled_at,
  dueAt: r.due_at,
  answerClock: r.clock_status ? { status: r.clock_status, dueAt: r.clock_due_at!, metAt: r.clock_met_at } : null,
});

/** Targets and tasks the council assigns to agencies, measured by the cases linked to them. */
@Injectable()
export class CouncilTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateCouncilTargetDto, actor: Actor): Promise<CouncilTargetView & { cases: LinkedCaseView[] }> {
    if (dto.startsOn > dto.dueOn) throw new InvalidInputError('dueOn', 'dueOn must not be before startsOn');
    if (dto.kind === TargetKind.OnTimeRate && dto.thresholdPercent === undefined)
      throw new InvalidInputError('thresholdPercent', 'An on-time rate target needs thresholdPercent');
    if (dto.kind === TargetKind.Task && dto.thresholdPercent !== undefined)
      throw new InvalidInputError('thresholdPercent', 'A task has no thresholdPercent: every linked case must be settled');
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      const [agency] = await manager.query(`SELECT id FROM agencies WHERE code = $1`, [dto.agencyCode]);
      if (!agency) throw new InvalidInputError('agencyCode', `No agency with code ${dto.agencyCode}`);
      if (dto.councilSessionId) {
        const [session] = await manager.query(`SELECT id FROM council_sessions WHERE id = $1`, [dto.councilSessionId]);
        if (!session) throw new InvalidInputError('councilSessionId', `No council session ${dto.councilSessionId}`);
      }
      await manager.query(
        `INSERT INTO council_targets (id, kind, agency_id, council_session_id, title, description, starts_on,
         due_on, threshold_percent, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [
          id,
          dto.kind,
          agency.id,
          dto.councilSessionId ?? null,
          dto.title,
          dto.description ?? null,
          dto.startsOn,
          dto.dueOn,
          dto.thresholdPercent ?? null,
          actor.type === 'staff' ? actor.userId : null,
        ],
      );
      if (dto.caseIds?.length) await this.insertLinks(manager, id, dto.caseIds, actor);
    });
    return this.detail(id);
  }

  async list(query: CouncilTargetQueryDto): Promise<CouncilTargetView[]> {
    const rows: TargetRow[] = await this.dataSource.query(
      `${SELECT_TARGETS} WHERE ($1::text IS NULL OR a.code = $1) ORDER BY t.due_on, t.created_at`,
      [query.agencyCode ?? null],
    );
    const cases = await this.linkedCases(rows.map((r) => r.id));
    const now = this.clock.now();
    const views = rows.map((r) =>
      this.view(
        r,
        cases.filter((c) => c.target_id === r.id),
        now,
      ),
    );
    return query.status ? views.filter((v) => v.progress.status === query.status) : views;
  }

  async detail(id: string): Promise<CouncilTargetView & { cases: LinkedCaseView[] }> {
    const [row]: TargetRow[] = await this.dataSource.query(`${SELECT_TARGETS} WHERE t.id = $1`, [id]);
    if (!row) throw new NotFoundError(`No council target ${id}`);
    const cases = await this.linkedCases([id]);
    const now = this.clock.now();
    return {
      ...this.view(row, cases, now),
      cases: cases.map((c) => ({
        id: c.id,
        trackingCode: c.tracking_code,
        title: c.title,
        status: c.status,
        agencyCode: c.agency_code,
        dueAt: c.due_at,
        settledAt: c.settled_at,
        answerTiming: answerTiming(facts(c), now),
      })),
    };
  }

  async link(id: string, caseIds: string[], actor: Actor): Promise<CouncilTargetView & { cases: LinkedCaseView[] }> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT id FROM council_targets WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(`No council target ${id}`);
      await this.insertLinks(manager, id, caseIds, actor);
    });
    return this.detail(id);
  }

  async unlink(id: string, caseId: string): Promise<void> {
    const [, affected] = await this.dataSource.query(`DELETE FROM council_target_cases WHERE target_id = $1 AND case_id = $2`, [
      id,
      caseId,
    ]);
    if (!affected) throw new NotFoundError(`Case ${caseId} is not linked to council target ${id}`);
  }

  private async insertLinks(manager: EntityManager, id: string, caseIds: string[], actor: Actor): Promise<void> {
    const unique = [...new Set(caseIds)];
    const found: { id: string }[] = await manager.query(`SELECT id FROM cases WHERE id = ANY($1::uuid[])`, [unique]);
    const missing = unique.filter((c) => !found.some((f) => f.id === c));
    if (missing.length) throw new InvalidInputError('caseIds', `No case with id ${missing.join(', ')}`);
    await manager.query(
      `INSERT INTO council_target_cases (target_id, case_id, linked_by) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [id, unique, actor.type === 'staff' ? actor.userId : null],
    );
  }

  private linkedCases(targetIds: string[]): Promise<CaseRow[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT tc.target_id, c.id, c.tracking_code, c.title, c.status, ag.code AS agency_code, c.due_at, ${SETTLED_AT} AS settled_at,
              d.status AS clock_status, d.due_at AS clock_due_at, d.met_at AS clock_met_at
         FROM council_target_cases tc
         JOIN cases c ON c.id = tc.case_id
         LEFT JOIN agencies ag ON ag.id = c.agency_id
         LEFT JOIN case_deadlines d ON d.case_id = c.id AND d.clock = 'answer'
        WHERE tc.target_id = ANY($1::uuid[])
        ORDER BY c.received_at`,
      [targetIds],
    );
  }

  private view(r: TargetRow, cases: CaseRow[], now: Date): CouncilTargetView {
    const thresholdPercent = r.threshold_percent === null ? null : Number(r.threshold_percent);
    const progress = targetProgress(
      { kind: r.kind, startsAt: localDayStart(r.starts_on), dueEndAt: localDayEnd(r.due_on), thresholdPercent },
      cases.map(facts),
      now,
    );
    return {
      id: r.id,
      kind: r.kind,
      agency: { id: r.agency_id, code: r.agency_code, name: r.agency_name },
      councilSessionId: r.council_session_id,
      title: r.title,
      description: r.description,
      startsOn: r.starts_on,
      dueOn: r.due_on,
      thresholdPercent,
      createdAt: r.created_at,
      progress,
    };
  }
}
