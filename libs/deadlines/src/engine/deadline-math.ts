import { DeadlineUnit, WorkingCalendar } from '../calendar/working-calendar';
import { addDaysToLocalDate, instantAtLocal, localDateOf, minuteOfDayOf } from '@hotline/contracts';

export interface ClockRule {
  length: number;
  unit: DeadlineUnit;
  urgentLength: number | null;
  urgentUnit: DeadlineUnit | null;
}

export interface ClockState {
  startedAt: Date;
  urgent: boolean;
  extensions: readonly number[];
  clockStops: readonly (readonly [string, string])[];
}

/** The instants at which the engine acts on one clock. */
export interface ClockSchedule {
  /** 07:30 on the second working day before the due day: "due in 2 working days" to the agency. */
  reminderAt: Date;
  /** Office opening on the due day: "due today". */
  dueDayAt: Date;
  dueAt: Date;
  /** 17:00 on the fifth working day after the due day: "very late", listed for the standing committee. */
  veryLateAt: Date;
}

export enum Stage {
  None = 0,
  Reminder = 1,
  DueDay = 2,
  Overdue = 3,
  VeryLate = 4,
}

export const STAGE_NAMES: Record<Exclude<Stage, Stage.None>, string> = {
  [Stage.Reminder]: 'reminder',
  [Stage.DueDay]: 'due-today',
  [Stage.Overdue]: 'overdue',
  [Stage.VeryLate]: 'very-late',
};

const VERY_LATE_WORKING_DAYS = 5;
const REMINDER_WORKING_DAYS = 2;

/** The working day `n` working days before `localDate` (n ≥ 1). */
function workingDayBefore(calendar: WorkingCalendar, localDate: string, n: number): string {
  let date = localDate;
  for (let found = 0; found < n;) {
    date = addDaysToLocalDate(date, -1);
    if (calendar.isWorkingDay(date)) found += 1;
  }
  return date;
}

/** The first working day on or after `localDate`. */
function workingDayFrom(calendar: WorkingCalendar, localDate: string): string {
  let date = localDate;
  while (!calendar.isWorkingDay(date)) date = addDaysToLocalDate(date, 1);
  return date;
}

export function computeSchedule(calendar: WorkingCalendar, rule: ClockRule, state: ClockState, officeOpens = '07:30'): ClockSchedule {
  const urgent = state.urgent && rule.urgentLength !== null;
  const unit = urgent ? (rule.urgentUnit ?? rule.unit) : rule.unit;
  const dueAt = calendar.computeDue({
    start: state.startedAt,
    unit,
    length: urgent ? rule.urgentLength! : rule.length,
    extensions: state.extensions,
    // Clock stops are defined in office time; a calendar-day period runs through them (docs/deadlines.md, calendar conventions).
    clockStops: unit === 'calendar_days' ? undefined : state.clockStops.map(([from, to]) => [new Date(from), new Date(to)] as const),
  });
  const dueDate = workingDayFrom(calendar, localDateOf(dueAt));
  const opens = minuteOfDayOf(officeOpens);
  return {
    reminderAt: instantAtLocal(workingDayBefore(calendar, dueDate, REMINDER_WORKING_DAYS), opens),
    dueDayAt: instantAtLocal(dueDate, opens),
    dueAt,
    veryLateAt: calendar.addWorkingDays(dueAt, VERY_LATE_WORKING_DAYS),
  };
}

export function stageTime(schedule: ClockSchedule, stage: Stage): Date {
  switch (stage) {
    case Stage.Reminder:
      return schedule.reminderAt;
    case Stage.DueDay:
      return schedule.dueDayAt;
    case Stage.Overdue:
      return schedule.dueAt;
    case Stage.VeryLate:
      return schedule.veryLateAt;
    default:
      throw new Error(`no time for stage ${stage}`);
  }
}

/** The last stage whose time has come at `now` (Stage.None if none). */
export function stageReachedAt(schedule: ClockSchedule, now: Date): Stage {
  let reached = Stage.None;
  for (const stage of [Stage.Reminder, Stage.DueDay, Stage.Overdue, Stage.VeryLate]) {
    if (stageTime(schedule, stage).getTime() <= now.getTime()) reached = stage;
  }
  return reached;
}

/** When the engine must next look at a clock that has reached `stage`; null after "very late". */
export function nextActionAt(schedule: ClockSchedule, stage: Stage): Date | null {
  return stage >= Stage.VeryLate ? null : stageTime(schedule, (stage + 1) as Stage);
}

/** The clock an extension applies to: the one named, else the earliest due of the running or stopped clocks. */
export function clockToExtend<T extends { clock: string; status: string; dueAt: Date }>(
  clocks: readonly T[],
  clock?: string,
): T | undefined {
  return clocks
    .filter((d) => (d.status === 'running' || d.status === 'stopped') && (!clock || d.clock === clock))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}

/** Whether a clock's rule allows it one more extension. */
export const mayExtend = (
  d: { extensions: readonly unknown[] },
  rule: { extensionLength: number | null; extensionMaxCount: number },
): boolean => !!rule.extensionLength && d.extensions.length < rule.extensionMaxCount;
