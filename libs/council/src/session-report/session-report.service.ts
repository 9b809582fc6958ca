import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReportingDataSource } from '@hotline/database';
import { Clock } from '@hotline/config';
import { CaseChannel, CaseKind, CaseStatus, localDayStart, STATUS_LABELS } from '@hotline/contracts';
import { CouncilSessionsService } from '../sessions/council-sessions.service';
import { CouncilSessionDto } from '../sessions/dto/council-session.dto';
import { answerTiming, AnswerTiming } from '../targets/target-progress';

/** How the report groups case statuses for the council. */
export enum PetitionOutcome {
  /** The agency answered (answered, closed). */
  Answered = 'answered',
  /** With an agency, not answered yet (routed, accepted, in progress, awaiting information, reopened). */
  InProgress = 'in_progress',
  /** Not yet with an agency: received, in triage, or returned for rerouting. */
  NotRouted = 'not_routed',
  /** Stopped without an answer: merged, rejected, withdrawn. */
  Stopped = 'stopped',
}

export const OUTCOME_LABELS: Record<PetitionOutcome, string> = {
  [PetitionOutcome.Answered]: 'Đã trả lời',
  [PetitionOutcome.InProgress]: 'Đang giải quyết',
  [PetitionOutcome.NotRouted]: 'Chưa chuyển cơ quan',
  [PetitionOutcome.Stopped]: 'Dừng xử lý',
};

export const OUTCOMES = [PetitionOutcome.Answered, PetitionOutcome.InProgress, PetitionOutcome.NotRouted, PetitionOutcome.Stopped] as const;

const OUTCOME_OF: Record<CaseStatus, PetitionOutcome> = {
  [CaseStatus.Answered]: PetitionOutcome.Answered,
  [CaseStatus.Closed]: PetitionOutcome.Answered,
  [CaseStatus.Routed]: PetitionOutcome.InProgress,
  [CaseStatus.Accepted]: PetitionOutcome.InProgress,
  [CaseStatus.InProgress]: PetitionOutcome.InProgress,
  [CaseStatus.AwaitingInfo]: PetitionOutcome.InProgress,
  [CaseStatus.AwaitingApproval]: PetitionOutcome.InProgress,
  [CaseStatus.Reopened]: PetitionOutcome.InProgress,
  [CaseStatus.Received]: PetitionOutcome.NotRouted,
  [CaseStatus.Triage]: PetitionOutcome.NotRouted,
  [CaseStatus.Returned]: PetitionOutcome.NotRouted,
  [CaseStatus.Merged]: PetitionOutcome.Stopped,
  [CaseStatus.Rejected]: PetitionOutcome.Stopped,
  [CaseStatus.Withdrawn]: PetitionOutcome.Stopped,
};

export const NO_AGENCY_NAME = 'Chưa xác định cơ quan giải quyết';

export interface ReportPetition {
  id: string;
  trackingCode: string;
  title: string;
  kind: CaseKind;
  channel: CaseChannel;
  area: string | null;
  receivedAt: Date;
  status: CaseStatus;
  statusLabel: string;
  outcome: PetitionOutcome;
  answer: string | null;
  answeredAt: Date | null;
  dueAt: Date | null;
  /** Not settled and past the earliest due date of its running clocks. */
  overdue: boolean;
  answerTiming: AnswerTiming;
  /** The voter meeting (tiếp xúc cử tri) the petition was raised at. */
  voterMeeting?: { id: string; heldOn: string; place: string } | null;
}

export interface ReportCounts {
  total: number;
  answered: number;
  inProgress: number;
  notRouted: number;
  stopped: number;
  overdue: number;
  answeredOnTime: number;
  answeredLate: number;
  /** answered / total, percent with one decimal; null when total is 0. */
  answeredPercent: number | null;
}

export interface ReportAgencyGroup extends ReportCounts {
  agency: { id: string; code: string; name: string } | null;
  agencyName: string;
  petitions: ReportPetition[];
}

/** Where a petition carried over from an earlier session stands in this session's report. */
export enum CarryOverStatus {
  /** đã giải quyết: answered (or closed) since the earlier session. */
  Resolved = 'resolved',
  /** đang giải quyết: still with no answer. */
  InProgress = 'in_progress',
  /** đã giải trình: not taken up, with the reason given to the voters (rejected with its reason). */
  Explained = 'explained',
}

export const CARRY_OVER_LABELS: Record<CarryOverStatus, string> = {
  [CarryOverStatus.Resolved]: 'Đã giải quyết',
  [CarryOverStatus.InProgress]: 'Đang giải quyết',
  [CarryOverStatus.Explained]: 'Đã giải trình',
};

/** A case's place in the carry-over; merged and withdrawn petitions leave the carry-over as settled. */
export function carryOverStatus(status: CaseStatus): CarryOverStatus {
  if (status === CaseStatus.Rejected) return CarryOverStatus.Explained;
  const outcome = OUTCOME_OF[status];
  return outcome === PetitionOutcome.Answered || outcome === PetitionOutcome.Stopped
    ? CarryOverStatus.Resolved
    : CarryOverStatus.InProgress;
}

export interface CarriedPetition {
  id: string;
  trackingCode: string;
  title: string;
  agencyName: string;
  statusLabel: string;
  carryOver: CarryOverStatus;
  carryOverLabel: string;
  answer: string | null;
  answeredAt: Date | null;
  /** The session the petition came from. */
  fromSession: { id: string; name: string; number: number; sessionDate: string };
}

/**
 * Petitions of earlier sessions that were still unsettled when this session's voter-meeting period began: they carry
 * over from session to session until settled, and this report shows each as resolved, in progress or explained.
 */
export interface CarryOver {
  total: number;
  resolved: number;
  inProgress: number;
  explained: number;
  petitions: CarriedPetition[];
}

export interface SessionReport {
  heading: { council: string; nation: string; motto: string; title: string; place: string };
  session: CouncilSessionDto;
  generatedAt: Date;
  totals: ReportCounts;
  agencies: ReportAgencyGroup[];
  carriedOver: CarryOver;
}

interface Row {
  id: string;
  tracking_code: string;
  title: string;
  kind: CaseKind;
  channel: CaseChannel;
  area_name: string | null;
  received_at: Date;
  status: CaseStatus;
  answer: string | null;
  answered_at: Date | null;
  due_at: Date | null;
  agency_id: string | null;
  agency_code: string | null;
  agency_name: string | null;
  clock_status: 'running' | 'stopped' | 'met' | 'cancelled' | null;
  clock_due_at: Date | null;
  clock_met_at: Date | null;
  meeting_id: string | null;
  meeting_held_on: string | null;
  meeting_place: string | null;
}

const emptyCounts = (): ReportCounts => ({
  total: 0,
  answered: 0,
  inProgress: 0,
  notRouted: 0,
  stopped: 0,
  overdue: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  answeredPercent: null,
});
const COUNT_KEY: Record<PetitionOutcome, 'answered' | 'inProgress' | 'notRouted' | 'stopped'> = {
  answered: 'answered',
  in_progress: 'inProgress',
  not_routed: 'notRouted',
  stopped: 'stopped',
};

function add(counts: ReportCounts, p: ReportPetition): void {
  counts.total += 1;
  counts[COUNT_KEY[p.outcome]] += 1;
  if (p.overdue) counts.overdue += 1;
  if (p.outcome === PetitionOutcome.Answered && p.answerTiming === 'on_time') counts.answeredOnTime += 1;
  if (p.outcome === PetitionOutcome.Answered && p.answerTiming === 'late') counts.answeredLate += 1;
  counts.answeredPercent = Math.round((1000 * counts.answered) / counts.total) / 10;
}

/**
 * The voter-petition summary of a council session (báo cáo tổng hợp kết quả giải quyết kiến nghị cử tri): every case
 * linked to the session, grouped by the agency now holding it, with status, answer and totals. No personal data.
 */
@Injectable()
export class SessionReportService {
  constructor(
    @InjectReportingDataSource() private readonly dataSource: DataSource,
    private readonly sessions: CouncilSessionsService,
    private readonly clock: Clock,
  ) {}

  async build(sessionId: string): Promise<SessionReport> {
    const session = await this.sessions.get(sessionId);
    const now = this.clock.now();
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, c.tracking_code, c.title, c.kind, c.channel, ar.name AS area_name,
       c.received_at, c.status, c.answer, c.answered_at, c.due_at,
              c.agency_id, ag.code AS agency_code, ag.name AS agency_name, d.status AS clock_status,
              d.due_at AS clock_due_at, d.met_at AS clock_met_at,
              vm.id AS meeting_id, vm.held_on::text AS meeting_held_on, vm.place AS meeting_place
         FROM cases c
         LEFT JOIN voter_meetings vm ON vm.id = c.voter_meeting_id
         LEFT JOIN agencies ag ON ag.id = c.agency_id
         LEFT JOIN areas ar ON ar.id = c.area_id
         LEFT JOIN case_deadlines d ON d.case_id = c.id AND d.clock = 'answer'
        WHERE c.council_session_id = $1
        ORDER BY c.received_at, c.tracking_code`,
      [sessionId],
    );
    const totals = emptyCounts();
    const groups = new Map<string, ReportAgencyGroup>();
    for (const r of rows) {
      const outcome = OUTCOME_OF[r.status];
      const settled = outcome === PetitionOutcome.Answered || outcome === PetitionOutcome.Stopped;
      const petition: ReportPetition = {
        id: r.id,
        trackingCode: r.tracking_code,
        title: r.title,
        kind: r.kind,
        channel: r.channel,
        area: r.area_name,
        receivedAt: r.received_at,
        status: r.status,
        statusLabel: STATUS_LABELS[r.status].vi,
        outcome,
        answer: r.answer,
        answeredAt: r.answered_at,
        dueAt: r.due_at,
        overdue: !settled && r.due_at !== null && r.due_at.getTime() < now.getTime(),
        answerTiming: answerTiming(
          {
            status: r.status,
            settledAt: null,
            dueAt: r.due_at,
            answerClock: r.clock_status ? { status: r.clock_status, dueAt: r.clock_due_at!, metAt: r.clock_met_at } : null,
          },
          now,
        ),
        voterMeeting: r.meeting_id ? { id: r.meeting_id, heldOn: r.meeting_held_on!, place: r.meeting_place! } : null,
      };
      const key = r.agency_id ?? '';
      let group = groups.get(key);
      if (!group) {
        group = {
          agency: r.agency_id ? { id: r.agency_id, code: r.agency_code!, name: r.agency_name! } : null,
          agencyName: r.agency_name ?? NO_AGENCY_NAME,
          ...emptyCounts(),
          petitions: [],
        };
        groups.set(key, group);
      }
      group.petitions.push(petition);
      add(group, petition);
      add(totals, petition);
    }
    // Most petitions first; the cases no agency holds yet come last, where the secretariat expects its own list.
    const agencies = [...groups.values()].sort(
      (a, b) =>
        Number(a.agency === null) - Number(b.agency === null) || b.total - a.total || a.agencyName.localeCompare(b.agencyName, 'vi'),
    );
    return {
      heading: {
        council: session.councilName,
        nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        motto: 'Độc lập - Tự do - Hạnh phúc',
        title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỬ TRI',
        place: 'Hà Nội',
      },
      session,
      generatedAt: now,
      totals,
      agencies,
      carriedOver: await this.carriedOver(session),
    };
  }

  /**
   * The petitions of the sessions before this one (earlier session date) not settled before this session's
   * voter-meeting period began (`meetingFrom`, Hà Nội day): settled since, or still open.
   */
  private async carriedOver(session: CouncilSessionDto): Promise<CarryOver> {
    const rows: {
      id: string;
      tracking_code: string;
      title: string;
      status: CaseStatus;
      answer: string | null;
      answered_at: Date | null;
      agency_name: string | null;
      session_id: string;
      session_name: string;
      session_number: number;
      session_date: string;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.tracking_code, c.title, c.status, c.answer, c.answered_at, ag.name AS agency_name,
              s.id AS session_id, s.name AS session_name, s.number AS session_number, s.session_date::text AS session_date
         FROM cases c
         JOIN council_sessions s ON s.id = c.council_session_id
         LEFT JOIN agencies ag ON ag.id = c.agency_id
        WHERE s.session_date < $1 AND s.id <> $2
          AND NOT EXISTS (SELECT 1 FROM case_events e
                           WHERE e.case_id = c.id AND e.to_status = ANY($3) AND e.created_at < $4)
        ORDER BY s.session_date, c.received_at, c.tracking_code`,
      [session.sessionDate, session.id, SETTLED_STATUSES, localDayStart(session.meetingFrom)],
    );
    const carried: CarryOver = { total: 0, resolved: 0, inProgress: 0, explained: 0, petitions: [] };
    const COUNT: Record<CarryOverStatus, 'resolved' | 'inProgress' | 'explained'> = {
      resolved: 'resolved',
      in_progress: 'inProgress',
      explained: 'explained',
    };
    for (const r of rows) {
      const carryOver = carryOverStatus(r.status);
      carried.total += 1;
      carried[COUNT[carryOver]] += 1;
      carried.petitions.push({
        id: r.id,
        trackingCode: r.tracking_code,
        title: r.title,
        agencyName: r.agency_name ?? NO_AGENCY_NAME,
        statusLabel: STATUS_LABELS[r.status].vi,
        carryOver,
        carryOverLabel: CARRY_OVER_LABELS[carryOver],
        answer: r.answer,
        answeredAt: r.answered_at,
        fromSession: { id: r.session_id, name: r.session_name, number: r.session_number, sessionDate: r.session_date },
      });
    }
    return carried;
  }
}

/** A petition settled in one of these statuses before a session's period began does not carry over into it. */
const SETTLED_STATUSES: CaseStatus[] = [
  CaseStatus.Answered,
  CaseStatus.Closed,
  CaseStatus.Rejected,
  CaseStatus.Merged,
  CaseStatus.Withdrawn,
];
