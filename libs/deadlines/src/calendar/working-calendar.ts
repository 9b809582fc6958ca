import { assertValidInstant, dayNumberOf, isWeekendDayNumber, localDayNumberOf, minuteOfDayOf, msAtLocalDay } from '@hotline/contracts';

export type TimeOfDayRange = readonly [start: string, end: string];
export type ClockStop = readonly [from: Date, to: Date];
export type DeadlineUnit = 'working_days' | 'calendar_days' | 'working_hours';

export interface WorkingCalendarOptions {
  /** 'YYYY-MM-DD' Monday-to-Friday dates that are off: holidays, compensation days, swapped days off. */
  readonly nonWorkingDates: readonly string[];
  /** 'YYYY-MM-DD' weekend dates that are working days (make-up Saturdays). */
  readonly makeUpWorkingDates: readonly string[];
  /** Office blocks of a working day, local time; a convention, not law (docs/deadlines.md, calendar convention 5). */
  readonly officeHours?: readonly TimeOfDayRange[];
}

export interface DueDateRequest {
  readonly start: Date;
  readonly unit: DeadlineUnit;
  /** Days for the day units, hours for working_hours. */
  readonly length: number;
  /** Same unit as `length`; added to it before counting (docs/deadlines.md, calendar conventions, "extensions"). */
  readonly extensions?: readonly number[];
  readonly clockStops?: readonly ClockStop[];
}

export const DEFAULT_OFFICE_HOURS: readonly TimeOfDayRange[] = [
  ['07:30', '11:30'],
  ['13:30', '17:00'],
];

const MS_PER_MINUTE = 60_000;
const END_OF_DAY_SECONDS = 23 * 3600 + 59 * 60 + 59;

interface OfficeBlock {
  readonly startMinute: number;
  readonly endMinute: number;
}

interface Interval {
  readonly from: number;
  readonly to: number;
}

/**
 * Due-date arithmetic on the civil-servant calendar, following docs/deadlines.md (calendar conventions). Pure: every result depends
 * only on the arguments and the dates given to the constructor.
 */
export class WorkingCalendar {
  private readonly officeBlocks: readonly OfficeBlock[];
  /** Day numbers, ascending, where the calendar departs from Monday-to-Friday: weekdays off, and working weekend days. */
  private readonly weekdaysOff: readonly number[];
  private readonly weekendsWorked: readonly number[];
  /** The listed dates as day numbers: the counting loops below walk numbers, not 'YYYY-MM-DD' strings. */
  private readonly nonWorkingDays: ReadonlySet<number>;
  private readonly makeUpWorkingDays: ReadonlySet<number>;

  constructor(options: WorkingCalendarOptions) {
    // dayNumberOf refuses anything that is not a real 'YYYY-MM-DD' date.
    this.nonWorkingDays = new Set(options.nonWorkingDates.map((date) => dayNumberOf(date)));
    this.makeUpWorkingDays = new Set(options.makeUpWorkingDates.map((date) => dayNumberOf(date)));
    this.officeBlocks = parseOfficeHours(options.officeHours ?? DEFAULT_OFFICE_HOURS);
    const exceptions = [...new Set([...this.nonWorkingDays, ...this.makeUpWorkingDays])].sort((a, b) => a - b);
    this.weekdaysOff = exceptions.filter((day) => !isWeekendDayNumber(day) && !this.isWorkingDayNumber(day));
    this.weekendsWorked = exceptions.filter((day) => isWeekendDayNumber(day) && this.isWorkingDayNumber(day));
  }

  /** Mon-Fri and not listed as non-working, or listed as a make-up working day (docs/deadlines.md, calendar convention 2). */
  isWorkingDay(localDate: string): boolean {
    return this.isWorkingDayNumber(dayNumberOf(localDate));
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.makeUpWorkingDays.has(day)) return true;
    return !isWeekendDayNumber(day) && !this.nonWorkingDays.has(day);
  }

  /**
   * End of the last office block (17:00) of the n-th working day after the local date of `start`. The start day is
   * never counted (BLDS 2015 Điều 147(2)) and the time of day of `start` is ignored.
   */
  addWorkingDays(start: Date, n: number): Date {
    assertValidInstant(start, 'start');
    assertPositiveInteger(n, 'working days');
    let day = localDayNumberOf(start.getTime());
    for (let counted = 0; counted < n;) {
      day += 1;
      if (this.isWorkingDayNumber(day)) counted += 1;
    }
    return new Date(this.endOfOfficeDay(day));
  }

  /**
   * 23:59:59 of D + n. Rest days inside the period count, but a period whose last day is a rest day ends at the end
   * of the next working day (BLDS 2015 Điều 148(1), (5), (6)).
   */
  addCalendarDays(start: Date, n: number): Date {
    assertValidInstant(start, 'start');
    assertPositiveInteger(n, 'calendar days');
    let lastDay = localDayNumberOf(start.getTime()) + n;
    while (!this.isWorkingDayNumber(lastDay)) lastDay += 1;
    return new Date(msAtLocalDay(lastDay, 0, END_OF_DAY_SECONDS));
  }

  addWorkingHours(start: Date, hours: number): Date {
    return this.addWorkingMinutes(start, hours * 60);
  }

  /**
   * Consumes `minutes` of office time from `start` (or from the next office instant if `start` is outside office
   * hours). The result is the instant the last minute is used, so a count ending exactly at a block end gives that
   * block end (11:30, 17:00), not the start of the next block. Zero minutes give `start` unchanged.
   */
  addWorkingMinutes(start: Date, minutes: number): Date {
    assertValidInstant(start, 'start');
    assertNonNegativeFinite(minutes, 'working minutes');
    return new Date(this.addOfficeMilliseconds(start.getTime(), minutes * MS_PER_MINUTE));
  }

  /** Office minutes inside [a, b); 0 when b <= a. Fractional when an instant is not on a whole minute. */
  workingMinutesBetween(a: Date, b: Date): number {
    assertValidInstant(a, 'a');
    assertValidInstant(b, 'b');
    return this.officeMillisecondsBetween(a.getTime(), b.getTime()) / MS_PER_MINUTE;
  }

  /**
   * Working days d with date(a) < d <= date(b), negated when b is before a, so that
   * workingDaysBetween(a, b) === -workingDaysBetween(b, a). Times of day are ignored.
   */
  workingDaysBetween(a: Date, b: Date): number {
    assertValidInstant(a, 'a');
    assertValidInstant(b, 'b');
    const from = localDayNumberOf(a.getTime());
    const to = localDayNumberOf(b.getTime());
    if (to < from) return -this.workingDaysBetween(b, a);
    // Arithmetic, not a walk over the days: lists show this for every row, and an old overdue case is years away.
    return (
      weekdaysBefore(to + 1) -
      weekdaysBefore(from + 1) -
      countInRange(this.weekdaysOff, from, to) +
      countInRange(this.weekendsWorked, from, to)
    );
  }

  /**
   * Advances `nominalDue` by the office time inside the stops, with the block rules of working hours
   * (docs/deadlines.md, calendar conventions, "clockStops"). Overlapping stops count once. A stop must begin while the clock is still
   * running, i.e. before the due date as already pushed by the earlier stops; a stop that ends after the nominal due
   * is accepted, and gives the same result as pausing the clock for its duration.
   */
  applyClockStops(nominalDue: Date, stops: readonly ClockStop[]): Date {
    assertValidInstant(nominalDue, 'nominalDue');
    let due = nominalDue.getTime();
    for (const stop of mergeOverlapping(stops.map(toInterval))) {
      if (stop.from >= due) {
        throw new RangeError(
          `Clock stop starting ${new Date(stop.from).toISOString()} begins after the due date ` +
            `${new Date(due).toISOString()}: the clock had already run out`,
        );
      }
      due = this.addOfficeMilliseconds(due, this.officeMillisecondsBetween(stop.from, stop.to));
    }
    return new Date(due);
  }

  /** Extensions are added to the length, counted from the start; clock stops come last (docs/deadlines.md, calendar conventions). */
  computeDue(request: DueDateRequest): Date {
    const { start, unit, length, extensions = [], clockStops = [] } = request;
    extensions.forEach((extension) => assertNonNegativeFinite(extension, 'extension'));
    const total = extensions.reduce((sum, extension) => sum + extension, length);
    if (unit === 'calendar_days') {
      if (clockStops.length > 0) {
        throw new Error('Clock stops are not defined for calendar_days deadlines (docs/deadlines.md, calendar conventions, "clockStops")');
      }
      return this.addCalendarDays(start, total);
    }
    const nominalDue = unit === 'working_days' ? this.addWorkingDays(start, total) : this.addWorkingHours(start, total);
    return this.applyClockStops(nominalDue, clockStops);
  }

  private endOfOfficeDay(day: number): number {
    return msAtLocalDay(day, this.officeBlocks[this.officeBlocks.length - 1].endMinute);
  }

  private officeIntervalsOn(day: number): Interval[] {
    if (!this.isWorkingDayNumber(day)) return [];
    return this.officeBlocks.map((block) => ({ from: msAtLocalDay(day, block.startMinute), to: msAtLocalDay(day, block.endMinute) }));
  }

  private addOfficeMilliseconds(startMs: number, amountMs: number): number {
    if (amountMs === 0) return startMs;
    let remaining = amountMs;
    // The loop ends: the calendar lists finitely many non-working dates and every office block is non-empty.
    for (let day = localDayNumberOf(startMs); ; day += 1) {
      for (const block of this.officeIntervalsOn(day)) {
        if (startMs >= block.to) continue;
        const usableFrom = Math.max(startMs, block.from);
        const available = block.to - usableFrom;
        if (remaining <= available) return usableFrom + remaining;
        remaining -= available;
      }
    }
  }

  private officeMillisecondsBetween(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    const lastDay = localDayNumberOf(toMs);
    let total = 0;
    for (let day = localDayNumberOf(fromMs); day <= lastDay; day += 1) {
      for (const block of this.officeIntervalsOn(day)) {
        total += Math.max(0, Math.min(toMs, block.to) - Math.max(fromMs, block.from));
      }
    }
    return total;
  }
}

/** Monday-to-Friday days among the day numbers [0, day) (day 0, 1970-01-01, is a Thursday); negative for day < 0. */
function weekdaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < day; d += 1) if (!isWeekendDayNumber(d)) count += 1;
  return count;
}

/** How many of the day numbers lie in (from, to]. */
function countInRange(days: readonly number[], from: number, to: number): number {
  let count = 0;
  for (const day of days) if (day > from && day <= to) count += 1;
  return count;
}

function parseOfficeHours(ranges: readonly TimeOfDayRange[]): OfficeBlock[] {
  if (ranges.length === 0) throw new RangeError('officeHours needs at least one block');
  const blocks = ranges.map(([start, end]) => ({ startMinute: minuteOfDayOf(start), endMinute: minuteOfDayOf(end) }));
  blocks.forEach((block, index) => {
    const previousEnd = index === 0 ? 0 : blocks[index - 1].endMinute;
    if (block.startMinute >= block.endMinute || block.startMinute < previousEnd) {
      throw new RangeError(`officeHours must be non-empty blocks in increasing order, got ${JSON.stringify(ranges)}`);
    }
  });
  return blocks;
}

function toInterval([from, to]: ClockStop): Interval {
  assertValidInstant(from, 'clock stop start');
  assertValidInstant(to, 'clock stop end');
  if (to.getTime() < from.getTime()) {
    throw new RangeError(`Clock stop ends (${to.toISOString()}) before it starts (${from.toISOString()})`);
  }
  return { from: from.getTime(), to: to.getTime() };
}

function mergeOverlapping(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x.from - y.from);
  return sorted.reduce<Interval[]>((merged, interval) => {
    const last = merged[merged.length - 1];
    if (last && interval.from <= last.to) {
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, interval.to) };
    } else {
      merged.push(interval);
    }
    return merged;
  }, []);
}

function assertPositiveInteger(value: number, label: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${label} must be a positive integer, got ${value}`);
}

function assertNonNegativeFinite(value: number, label: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${label} must be a finite number >= 0, got ${value}`);
}
