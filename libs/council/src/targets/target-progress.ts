import { CaseStatus, isSettledStatus } from '@hotline/contracts';

export enum TargetKind {
  /** An assigned task: settle every linked case by the due date. */
  Task = 'task',
  /** A rate target: at least `thresholdPercent` of the linked cases answered within their answer deadline. */
  OnTimeRate = 'on_time_rate',
}

export enum TargetStatus {
  Done = 'done',
  OnTrack = 'on_track',
  AtRisk = 'at_risk',
  Missed = 'missed',
}

/** A task counts as behind schedule when its settled share trails the straight line from start to due by more than this. */
export const SCHEDULE_TOLERANCE = 0.25;

export interface TargetTerms {
  kind: TargetKind;
  /** 00:00 Hà Nội time of the first day. */
  startsAt: Date;
  /** 24:00 Hà Nội time of the due day. */
  dueEndAt: Date;
  thresholdPercent: number | null;
}

export interface LinkedCaseFacts {
  status: CaseStatus;
  /** When the case was settled: its answer, else its closing. */
  settledAt: Date | null;
  /** The earliest due date of its running clocks (`cases.due_at`). */
  dueAt: Date | null;
  /** Its answer clock, if one was ever started. */
  answerClock: { status: 'running' | 'stopped' | 'met' | 'cancelled'; dueAt: Date; metAt: Date | null } | null;
}

export type AnswerTiming = 'on_time' | 'late' | 'pending' | 'excluded';

/**
 * How a case counts towards an on-time rate at `now`: answered within the answer clock's due date (on time), answered
 * after it or still unanswered past it (late), unanswered and not yet due or no clock yet (pending), or its clock was
 * cancelled because it was withdrawn, merged or rejected (excluded).
 */
export function answerTiming(c: LinkedCaseFacts, now: Date): AnswerTiming {
  const clock = c.answerClock;
  if (!clock) return 'pending';
  if (clock.status === 'cancelled') return 'excluded';
  if (clock.status === 'met') return clock.metAt!.getTime() <= clock.dueAt.getTime() ? 'on_time' : 'late';
  return clock.dueAt.getTime() < now.getTime() ? 'late' : 'pending';
}

export interface TargetProgress {
  status: TargetStatus;
  linked: number;
  settled: number;
  /** Unsettled linked cases past their own due date. */
  overdue: number;
  onTime: number;
  late: number;
  pending: number;
  excluded: number;
  /** On-time answers among decided (on time + late) cases, in percent with one decimal; null when none is decided. */
  onTimePercent: number | null;
  /** Share of the period elapsed at `now`, 0..1. */
  elapsed: number;
  /** Why the status is what it is, in Vietnamese. */
  reason: string;
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);

/**
 * The progress status of a target or task at `now`, computed from its linked cases only.
 *
 * Task:
 *  - done: at least one linked case, every one settled, none settled after the due day;
 *  - missed: the due day is over and it is not done (no cases, a case unsettled, or settled late);
 *  - at risk: before the end, an unsettled case is past its own deadline, or the settled share trails the elapsed
 *    share of the period by more than 25 points;
 *  - on track: otherwise (also while no case is linked yet).
 * On-time rate (threshold T %), over the linked cases that are not excluded:
 *  - after the due day: done when at least one case is decided and on-time / decided ≥ T, else missed;
 *  - before: at risk when at least one case is decided and on-time / decided < T, else on track.
 */
export function targetProgress(terms: TargetTerms, cases: readonly LinkedCaseFacts[], now: Date): TargetProgress {
  const span = terms.dueEndAt.getTime() - terms.startsAt.getTime();
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - terms.startsAt.getTime()) / span));
  const ended = now.getTime() >= terms.dueEndAt.getTime();
  const settledCases = cases.filter((c) => isSettledStatus(c.status));
  const overdue = cases.filter((c) => !isSettledStatus(c.status) && c.dueAt !== null && c.dueAt.getTime() < now.getTime()).length;
  const timing = { on_time: 0, late: 0, pending: 0, excluded: 0 };
  for (const c of cases) timing[answerTiming(c, now)] += 1;
  const decided = timing.on_time + timing.late;
  const onTimePercent = pct(timing.on_time, decided);
  const base = {
    linked: cases.length,
    settled: settledCases.length,
    overdue,
    onTime: timing.on_time,
    late: timing.late,
    pending: timing.pending,
    excluded: timing.excluded,
    onTimePercent,
    elapsed: Math.round(elapsed * 1000) / 1000,
  };
  const result = (status: TargetStatus, reason: string): TargetProgress => ({ status, ...base, reason });

  if (terms.kind === TargetKind.OnTimeRate) {
    const threshold = terms.thresholdPercent!;
    const reached = decided > 0 && (100 * timing.on_time) / decided >= threshold;
    if (ended) {
      return reached
        ? result(TargetStatus.Done, `Đạt: ${timing.on_time}/${decided} hồ sơ trả lời đúng hạn (${onTimePercent}%), chỉ tiêu ${threshold}%`)
        : result(
            TargetStatus.Missed,
            decided === 0
              ? 'Hết thời hạn mà không có hồ sơ nào được đánh giá'
              : `Không đạt: ${timing.on_time}/${decided} đúng hạn (${onTimePercent}%), chỉ tiêu ${threshold}%`,
          );
    }
    if (decided > 0 && !reached)
      return result(TargetStatus.AtRisk, `Hiện ${timing.on_time}/${decided} đúng hạn (${onTimePercent}%), dưới chỉ tiêu ${threshold}%`);
    return result(
      TargetStatus.OnTrack,
      decided === 0
        ? 'Chưa có hồ sơ đến hạn trả lời'
        : `Hiện ${timing.on_time}/${decided} đúng hạn (${onTimePercent}%), chỉ tiêu ${threshold}%`,
    );
  }

  const allSettledInTime =
    cases.length > 0 &&
    settledCases.length === cases.length &&
    settledCases.every((c) => c.settledAt !== null && c.settledAt.getTime() < terms.dueEndAt.getTime());
  if (allSettledInTime) return result(TargetStatus.Done, `Đã giải quyết xong ${cases.length}/${cases.length} hồ sơ trong thời hạn`);
  if (ended)
    return result(
      TargetStatus.Missed,
      cases.length === 0
        ? 'Hết thời hạn mà không có hồ sơ nào được gắn'
        : `Hết thời hạn: ${settledCases.length}/${cases.length} hồ sơ được giải quyết đúng hạn nhiệm vụ`,
    );
  if (overdue > 0) return result(TargetStatus.AtRisk, `${overdue} hồ sơ đã quá hạn xử lý`);
  const settledShare = cases.length === 0 ? elapsed : settledCases.length / cases.length;
  if (settledShare < elapsed - SCHEDULE_TOLERANCE) {
    return result(
      TargetStatus.AtRisk,
      `Mới giải quyết ${settledCases.length}/${cases.length} hồ sơ khi đã qua ${Math.round(elapsed * 100)}% thời gian`,
    );
  }
  return result(
    TargetStatus.OnTrack,
    `Đã giải quyết ${settledCases.length}/${cases.length} hồ sơ, đã qua ${Math.round(elapsed * 100)}% thời gian`,
  );
}
