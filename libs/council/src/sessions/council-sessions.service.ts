import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LOCAL_TIME_ZONE } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { ConflictError, InvalidInputError, NotFoundError } from '@hotline/platform';
import { CouncilSessionDto, CreateCouncilSessionDto, UpdateCouncilSessionDto } from './dto/council-session.dto';

export const DEFAULT_COUNCIL_NAME = 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI';

const SELECT_SESSION = `
  SELECT s.id, s.council_name AS "councilName", s.name, s.number, s.term, s.session_date::text AS "sessionDate",
         s.meeting_from::text AS "meetingFrom", s.meeting_to::text AS "meetingTo",
         (SELECT count(*)::int FROM cases c WHERE c.council_session_id = s.id) AS cases,
         (SELECT count(*)::int FROM cases c WHERE c.council_session_id = s.id AND c.council_session_source = 'period') AS "casesByPeriod"
    FROM council_sessions s`;

/**
 * Re-derives the default links of one session from its voter-meeting period. A voter petition is a case of kind
 * petition or any case taken at a voter meeting (channel voter_meeting). Those linked by the period that now fall
 * outside it are let go; unlinked ones received inside it (Hà Nội dates) are taken. Links the secretariat
 * set or cleared by hand are never touched. The insert trigger applies the same rule to new cases.
 */
export async function applySessionPeriod(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(
    `UPDATE cases c SET council_session_id = NULL, council_session_source = NULL
       FROM council_sessions s
      WHERE s.id = $1 AND c.council_session_id = s.id AND c.council_session_source = 'period'
        AND NOT daterange(s.meeting_from, s.meeting_to, '[]') @> (c.received_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date`,
    [sessionId],
  );
  await manager.query(
    `UPDATE cases c SET council_session_id = s.id, council_session_source = 'period'
       FROM council_sessions s
      WHERE s.id = $1 AND (c.kind = 'petition' OR c.channel = 'voter_meeting') AND c.council_session_id IS NULL
        AND c.council_session_source IS NULL
        AND c.received_at >= s.meeting_from::timestamp AT TIME ZONE '${LOCAL_TIME_ZONE}'
        AND c.received_at < (s.meeting_to + 1)::timestamp AT TIME ZONE '${LOCAL_TIME_ZONE}'`,
    [sessionId],
  );
}

/** Council sessions and the cases reported to each. */
@Injectable()
export class CouncilSessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<CouncilSessionDto[]> {
    return this.dataSource.query(`${SELECT_SESSION} ORDER BY s.session_date DESC, s.number DESC`);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<CouncilSessionDto> {
    const [row] = await manager.query(`${SELECT_SESSION} WHERE s.id = $1`, [id]);
    if (!row) throw new NotFoundError(`No council session ${id}`);
    return row;
  }

  async create(dto: CreateCouncilSessionDto): Promise<CouncilSessionDto> {
    this.checkDates(dto);
    return this.dataSource.transaction(async (manager) => {
      const id = newId();
      await this.mapConstraintErrors(() =>
        manager.query(
          `INSERT INTO council_sessions (id, council_name, name, number, term, session_date, meeting_from,
           meeting_to) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
          [id, dto.councilName ?? DEFAULT_COUNCIL_NAME, dto.name, dto.number, dto.term, dto.sessionDate, dto.meetingFrom, dto.meetingTo],
        ),
      );
      await applySessionPeriod(manager, id);
      return this.get(id, manager);
    });
  }

  async update(id: string, dto: UpdateCouncilSessionDto): Promise<CouncilSessionDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const next = { ...current, ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) } as CouncilSessionDto;
      this.checkDates(next);
      await this.mapConstraintErrors(() =>
        manager.query(
          `UPDATE council_sessions SET council_name = $2, name = $3, number = $4, term = $5, session_date = $6,
           meeting_from = $7, meeting_to = $8,
             updated_at = now() WHERE id = $1`,
          [id, next.councilName, next.name, next.number, next.term, next.sessionDate, next.meetingFrom, next.meetingTo],
        ),
      );
      await applySessionPeriod(manager, id);
      return this.get(id, manager);
    });
  }

  /** Deletes the session; its cases become unlinked (and may be linked again by a later session's period). */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.get(id, manager);
      await manager.query(`UPDATE cases SET council_session_id = NULL, council_session_source = NULL WHERE council_session_id = $1`, [id]);
      await manager.query(`DELETE FROM council_sessions WHERE id = $1`, [id]);
    });
  }

  /** The secretariat links cases (any kind) to the session by hand; such links override the period rule. */
  async linkCases(id: string, caseIds: string[]): Promise<CouncilSessionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.get(id, manager);
      const unique = [...new Set(caseIds)];
      const found: { id: string }[] = await manager.query(`SELECT id FROM cases WHERE id = ANY($1::uuid[])`, [unique]);
      const missing = unique.filter((c) => !found.some((f) => f.id === c));
      if (missing.length) throw new InvalidInputError('caseIds', `No case with id ${missing.join(', ')}`);
      await manager.query(`UPDATE cases SET council_session_id = $1, council_session_source = 'manual' WHERE id = ANY($2::uuid[])`, [
        id,
        unique,
      ]);
      return this.get(id, manager);
    });
  }

  /** Unlinks a case by hand: it stays unlinked even if it falls in a period later. */
  async unlinkCase(id: string, caseId: string): Promise<void> {
    const [, affected] = await this.dataSource.query(
      `UPDATE cases SET council_session_id = NULL, council_session_source = 'manual' WHERE id = $1 AND council_session_id = $2`,
      [caseId, id],
    );
    if (!affected) throw new NotFoundError(`Case ${caseId} is not linked to council session ${id}`);
  }

  private checkDates(s: { sessionDate: string; meetingFrom: string; meetingTo: string }): void {
    if (s.meetingFrom > s.meetingTo) throw new InvalidInputError('meetingTo', 'meetingTo must not be before meetingFrom');
    if (s.meetingTo > s.sessionDate) throw new InvalidInputError('meetingTo', 'The voter meetings must end on or before the session date');
  }

  /** Maps the table's constraints to 409s naming the field at fault. */
  private async mapConstraintErrors(statement: () => Promise<unknown>): Promise<void> {
    try {
      await statement();
    } catch (err) {
      const code = (err as { code?: string }).code;
      const constraint = (err as { constraint?: string }).constraint ?? '';
      if (code === '23P01')
        throw new ConflictError('The voter-meeting period overlaps another session’s', [
          { field: 'meetingFrom', message: 'overlaps the voter-meeting period of another session' },
        ]);
      if (code === '23505' && constraint.includes('term'))
        throw new ConflictError('Another session of this term has this number', [
          { field: 'number', message: 'already used in this term' },
        ]);
      throw err;
    }
  }
}
