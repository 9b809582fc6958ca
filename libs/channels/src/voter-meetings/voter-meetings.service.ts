import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidation } from '../field-problems';
import { DataSource, EntityManager } from 'typeorm';
import { CreateCaseDto, IntakeService, ReferenceDataService } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { Actor, CaseChannel, CaseKind } from '@hotline/contracts';
import { newId } from '@hotline/database';
import {
  FieldProblem,
  InvalidInputError,
  InvalidInputsError,
  NotFoundError,
  UnknownReferenceError,
  unknownReference,
} from '@hotline/platform';
import {
  CreateVoterMeetingDto,
  MeetingPetitionDto,
  RowProblemDto,
  VoterMeetingDetailDto,
  VoterMeetingDto,
  VoterPetitionDto,
} from './dto/voter-meeting.dto';

export interface MeetingRow {
  id: string;
  area_id: string;
  council_session_id: string | null;
}

/** A petition checked and ready for intake, or the reasons it is not. */
export type CheckedPetition = { ok: true; dto: CreateCaseDto } | { ok: false; problems: FieldProblem[] };

const SELECT_MEETING = `
  SELECT m.id, m.held_on::text AS "heldOn", m.place, a.code AS "areaCode", a.name AS "areaName", m.council_session_id AS "councilSessionId",
         m.members_present AS "membersPresent", m.notes, m.created_at AS "createdAt",
         (SELECT count(*)::int FROM cases c WHERE c.voter_meeting_id = m.id) AS "petitionCount",
         coalesce((SELECT jsonb_object_agg(s.status, s.n) FROM (SELECT c.status, count(*)::int AS n FROM cases c
         WHERE c.voter_meeting_id = m.id GROUP BY c.status) s), '{}') AS "byStatus"
    FROM voter_meetings m JOIN areas a ON a.id = m.area_id`;

/**
 * Voter meetings (tiếp xúc cử tri) and their petitions. Each petition becomes an ordinary case of channel
 * voter_meeting through the one-statement intake, routed like any other; the case points at its meeting, and at the
 * council session the meeting feeds (source `manual`: the secretariat chose it when recording the meeting).
 */
@Injectable()
export class VoterMeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateVoterMeetingDto, actor: Actor): Promise<VoterMeetingDto> {
    const area = await this.reference.areaByCode(dto.areaCode);
    if (!area || !area.active) throw new UnknownReferenceError('areaCode', 'area', dto.areaCode);
    if (dto.councilSessionId) {
      const [session] = await this.dataSource.query(`SELECT 1 FROM council_sessions WHERE id = $1`, [dto.councilSessionId]);
      if (!session) throw new InvalidInputError('councilSessionId', `No council session ${dto.councilSessionId}`);
    }
    const id = newId();
    await this.dataSource.query(
      `INSERT INTO voter_meetings (id, held_on, place, area_id, council_session_id, members_present, notes,
       created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        dto.heldOn,
        dto.place.trim(),
        area.id,
        dto.councilSessionId ?? null,
        dto.membersPresent.map((m) => m.trim()),
        dto.notes?.trim() || null,
        actor.type === 'staff' ? actor.userId : null,
      ],
    );
    return this.get(id);
  }

  async list(): Promise<VoterMeetingDto[]> {
    return this.dataSource.query(`${SELECT_MEETING} ORDER BY m.held_on DESC, m.created_at DESC LIMIT 500`);
  }

  async get(id: string): Promise<VoterMeetingDto> {
    const [row] = await this.dataSource.query(`${SELECT_MEETING} WHERE m.id = $1`, [id]);
    if (!row) throw new NotFoundError(`No voter meeting ${id}`);
    return row;
  }

  async detail(id: string): Promise<VoterMeetingDetailDto> {
    const meeting = await this.get(id);
    return { ...meeting, petitions: await this.petitions(this.dataSource.manager, id) };
  }

  async meeting(manager: EntityManager, id: string): Promise<MeetingRow> {
    const [row] = await manager.query(`SELECT id, area_id, council_session_id FROM voter_meetings WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError(`No voter meeting ${id}`);
    return row;
  }

  /** The grid: every petition is checked first; all are added in one transaction, or none (400 naming each problem). */
  async addPetitions(meetingId: string, petitions: VoterPetitionDto[], actor: Actor): Promise<MeetingPetitionDto[]> {
    const meeting = await this.meeting(this.dataSource.manager, meetingId);
    const checked = await Promise.all(petitions.map((p) => this.check(p, meeting)));
    const problems = checked.flatMap((c, i) => (c.ok ? [] : c.problems.map((p) => ({ ...p, field: `petitions.${i}.${p.field}` }))));
    if (problems.length > 0) throw new InvalidInputsError(problems);
    const ids = await this.dataSource.transaction((manager) =>
      this.insert(
        manager,
        meeting,
        checked.map((c) => (c as { dto: CreateCaseDto }).dto),
        actor,
      ),
    );
    const created = await this.petitions(this.dataSource.manager, meetingId);
    const wanted = new Set(ids);
    return created.filter((p) => wanted.has(p.id));
  }

  /** Checks one petition as typed or read from a row: the DTO's rules, then the category and area codes. */
  async check(input: object, meeting: MeetingRow): Promise<CheckedPetition> {
    const petition = plainToInstance(VoterPetitionDto, input);
    const errors = await validate(petition, { whitelist: true, forbidNonWhitelisted: true });
    // One problem per field: a row report reads "title is required", not that and "title must be 5-200 characters".
    const problems = flattenValidation(errors).filter((p, i, all) => all.findIndex((q) => q.field === p.field) === i);
    if (petition.categoryCode !== undefined && !problems.some((p) => p.field === 'categoryCode')) {
      const category = await this.reference.categoryByCode(petition.categoryCode);
      if (!category || !category.active) problems.push(unknownReference('categoryCode', 'category', petition.categoryCode));
    }
    let areaCode: string | undefined;
    if (petition.areaCode !== undefined && !problems.some((p) => p.field === 'areaCode')) {
      const area = await this.reference.areaByCode(petition.areaCode);
      if (!area || !area.active) problems.push(unknownReference('areaCode', 'area', petition.areaCode));
      areaCode = petition.areaCode;
    } else {
      areaCode = (await this.reference.get()).areaById.get(meeting.area_id)?.code;
    }
    if (problems.length > 0) return { ok: false, problems };
    const contact = petition.phone || petition.email;
    const voter = petition.citizenName?.trim();
    const dto = Object.assign(new CreateCaseDto(), {
      kind: petition.kind ?? CaseKind.Petition,
      title: petition.title.trim(),
      // A voter named without a way to reach them is kept with the petition's text (erased with it by retention).
      description: !contact && voter ? `${petition.description.trim()}\n\nCử tri: ${voter}` : petition.description.trim(),
      categoryCode: petition.categoryCode,
      areaCode,
      address: petition.address,
      citizen: contact ? { name: voter ?? 'Cử tri', phone: petition.phone, email: petition.email } : undefined,
      anonymous: !contact,
      public: false,
      // Raised at the meeting and written in its minutes (biên bản): the case records consent as `meeting_minutes`,
      // for handling only (docs/personal-data.md).
      consent: { handling: true },
    });
    return { ok: true, dto };
  }

  /**
   * Writes the petitions as cases in the caller's transaction and links them to the meeting (and its session).
   * `progress` is told every `every` rows, from outside the transaction's work, so a reader sees it move.
   */
  async insert(
    manager: EntityManager,
    meeting: MeetingRow,
    dtos: CreateCaseDto[],
    actor: Actor,
    progress?: (done: number) => Promise<void>,
    every = 250,
  ): Promise<string[]> {
    const ids: string[] = [];
    const receivedAt = this.clock.now();
    for (const dto of dtos) {
      const { receipt } = await this.intake.submit(dto, { channel: CaseChannel.VoterMeeting, actor, manager, receivedAt });
      ids.push(receipt.id);
      if (progress && ids.length % every === 0) await progress(ids.length);
    }
    await manager.query(
      `UPDATE cases SET voter_meeting_id = $1,
              council_session_id = coalesce($2, council_session_id),
              council_session_source = CASE WHEN $2::uuid IS NULL THEN council_session_source ELSE 'manual' END
        WHERE id = ANY($3::uuid[])`,
      [meeting.id, meeting.council_session_id, ids],
    );
    return ids;
  }

  private async petitions(manager: EntityManager, meetingId: string): Promise<MeetingPetitionDto[]> {
    const rows: { id: string; tracking_code: string; title: string; kind: string; status: string; agency_name: string | null }[] =
      await manager.query(
        `SELECT c.id, c.tracking_code, c.title, c.kind, c.status, ag.name AS agency_name
         FROM cases c LEFT JOIN agencies ag ON ag.id = c.agency_id
        WHERE c.voter_meeting_id = $1 ORDER BY c.received_at, c.tracking_code`,
        [meetingId],
      );
    return rows.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      title: r.title,
      kind: r.kind,
      status: r.status,
      agencyName: r.agency_name ?? undefined,
    }));
  }
}

export const toRowProblems = (row: number, problems: FieldProblem[]): RowProblemDto[] => problems.map((p) => ({ row, ...p }));
