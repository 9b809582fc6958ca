import { calendarForYears } from '../calendar/vietnam-holidays';
import { WorkingCalendar } from '../calendar/working-calendar';
import { ClockRule, computeSchedule, nextActionAt, Stage, stageReachedAt } from './deadline-math';
import { formatLocal } from '@hotline/contracts';

const calendar = new WorkingCalendar(calendarForYears([2026, 2027]));
const at = (iso: string) => new Date(iso);
const fmt = (s: ReturnType<typeof computeSchedule>) => ({
  reminderAt: formatLocal(s.reminderAt),
  dueDayAt: formatLocal(s.dueDayAt),
  dueAt: formatLocal(s.dueAt),
  veryLateAt: formatLocal(s.veryLateAt),
});
const feedback: ClockRule = { length: 5, unit: 'working_days', urgentLength: 1, urgentUnit: 'working_days' };
const route: ClockRule = { length: 1, unit: 'working_days', urgentLength: 4, urgentUnit: 'working_hours' };
const petition: ClockRule = { length: 30, unit: 'calendar_days', urgentLength: null, urgentUnit: null };
const state = (startedAt: string, extra: Partial<{ urgent: boolean; extensions: number[]; clockStops: [string, string][] }> = {}) => ({
  startedAt: at(startedAt),
  urgent: false,
  extensions: [],
  clockStops: [],
  ...extra,
});

describe('computeSchedule', () => {
  it('gives a feedback received on Monday 23/11/2026 its four instants', () => {
    // Due: 5th working day after Mon 23/11 = Mon 30/11 17:00; reminder 2 working days before = Thu 26/11;
    // very late: 5 working days after = Mon 07/12 17:00.
    expect(fmt(computeSchedule(calendar, feedback, state('2026-11-23T02:00:00Z')))).toEqual({
      reminderAt: '2026-11-26T07:30:00+07:00',
      dueDayAt: '2026-11-30T07:30:00+07:00',
      dueAt: '2026-11-30T17:00:00+07:00',
      veryLateAt: '2026-12-07T17:00:00+07:00',
    });
  });

  it('uses the urgent length and unit', () => {
    // 4 office hours from Mon 23/11 09:00 local: 09:00–11:30 (2.5 h) + 13:30–15:00 (1.5 h).
    expect(formatLocal(computeSchedule(calendar, route, state('2026-11-23T02:00:00Z', { urgent: true })).dueAt)).toBe(
      '2026-11-23T15:00:00+07:00',
    );
    expect(formatLocal(computeSchedule(calendar, feedback, state('2026-11-23T02:00:00Z', { urgent: true })).dueAt)).toBe(
      '2026-11-24T17:00:00+07:00',
    );
  });

  it('adds extensions to the length', () => {
    expect(formatLocal(computeSchedule(calendar, feedback, state('2026-11-23T02:00:00Z', { extensions: [5] })).dueAt)).toBe(
      '2026-12-07T17:00:00+07:00',
    );
  });

  it('pushes the due date by the office time the clock was stopped', () => {
    // Stopped all of Tue 24/11 and Wed 25/11 (two working days) → due two working days later, Wed 02/12.
    const stops: [string, string][] = [['2026-11-24T00:30:00Z', '2026-11-25T10:00:00Z']];
    expect(formatLocal(computeSchedule(calendar, feedback, state('2026-11-23T02:00:00Z', { clockStops: stops })).dueAt)).toBe(
      '2026-12-02T17:00:00+07:00',
    );
  });

  it('ignores clock stops for a calendar-day clock', () => {
    const stops: [string, string][] = [['2026-11-24T00:30:00Z', '2026-11-25T10:00:00Z']];
    // 23/11 + 30 days = Wed 23/12/2026, a working day.
    expect(formatLocal(computeSchedule(calendar, petition, state('2026-11-23T02:00:00Z', { clockStops: stops })).dueAt)).toBe(
      '2026-12-23T23:59:59+07:00',
    );
  });

  it('puts the reminder before Tết and the very-late point after it', () => {
    // Received Mon 09/02/2026: 5 working days = 10, 11, 12, 13 Feb, then Tết 16–20 Feb → Mon 23/02 17:00.
    const s = fmt(computeSchedule(calendar, feedback, state('2026-02-09T02:00:00Z')));
    expect(s.dueAt).toBe('2026-02-23T17:00:00+07:00');
    expect(s.reminderAt).toBe('2026-02-12T07:30:00+07:00');
    expect(s.veryLateAt).toBe('2026-03-02T17:00:00+07:00');
  });
});

describe('stages', () => {
  const s = computeSchedule(calendar, feedback, state('2026-11-23T02:00:00Z'));

  it.each([
    ['2026-11-25T10:00:00Z', Stage.None],
    ['2026-11-26T00:30:00Z', Stage.Reminder],
    ['2026-11-30T01:00:00Z', Stage.DueDay],
    ['2026-11-30T10:00:00Z', Stage.Overdue],
    ['2026-12-07T10:00:01Z', Stage.VeryLate],
  ])('at %s the clock has reached stage %i', (now, stage) => {
    expect(stageReachedAt(s, at(now))).toBe(stage);
  });

  it('points at the next stage, and at nothing after very late', () => {
    expect(nextActionAt(s, Stage.None)).toEqual(s.reminderAt);
    expect(nextActionAt(s, Stage.DueDay)).toEqual(s.dueAt);
    expect(nextActionAt(s, Stage.VeryLate)).toBeNull();
  });
});
