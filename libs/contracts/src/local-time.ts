/**
 * Hà Nội local time, the one home of it: Asia/Ho_Chi_Minh is a fixed +07:00 with no daylight saving time, so it is
 * done with plain UTC arithmetic and no timezone library (docs/deadlines.md, calendar convention 4). SQL and job
 * schedulers name the zone with `LOCAL_TIME_ZONE`.
 *
 * A local date is a 'YYYY-MM-DD' string; a day number counts days since 1970-01-01 (local).
 */

export const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const LOCAL_UTC_OFFSET = '+07:00';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const LOCAL_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY_PATTERN = /^(\d{2}):(\d{2})$/;

export type Weekday = 'Sun' | 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat';
const WEEKDAYS: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function assertValidInstant(instant: Date, label = 'instant'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new TypeError(`${label} must be a valid Date, got ${String(instant)}`);
  }
}

export function dayNumberOf(localDate: string): number {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) throw new RangeError(`Expected a local date 'YYYY-MM-DD', got '${localDate}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMidnight = Date.UTC(year, month - 1, day);
  if (new Date(utcMidnight).getUTCDate() !== day || new Date(utcMidnight).getUTCMonth() !== month - 1) {
    throw new RangeError(`'${localDate}' is not a calendar date`);
  }
  return utcMidnight / MS_PER_DAY;
}

export function localDateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDaysToLocalDate(localDate: string, days: number): string {
  return localDateOfDayNumber(dayNumberOf(localDate) + days);
}

export function weekdayOf(localDate: string): Weekday {
  return WEEKDAYS[new Date(dayNumberOf(localDate) * MS_PER_DAY).getUTCDay()];
}

export function isWeekend(localDate: string): boolean {
  return isWeekendDayNumber(dayNumberOf(localDate));
}

/** The calendar date of an instant is its date at +07:00 (docs/deadlines.md, calendar convention 4). */
export function localDateOf(instant: Date): string {
  assertValidInstant(instant);
  return new Date(instant.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year of an instant's local date: tracking numbers restart every local year. */
export function localYear(instant: Date): number {
  return Number(localDateOf(instant).slice(0, 4));
}

/** The first instant of a local date (00:00 +07:00). */
export function localDayStart(localDate: string): Date {
  return instantAtLocal(localDate, 0);
}

/** The instant a local date ends (24:00 +07:00, the next day's first instant). */
export function localDayEnd(localDate: string): Date {
  return instantAtLocal(localDate, 24 * 60);
}

/** The instant at `minuteOfDay` minutes (plus `seconds`) after local midnight of `localDate`. */
export function instantAtLocal(localDate: string, minuteOfDay: number, seconds = 0): Date {
  return new Date(msAtLocalDay(dayNumberOf(localDate), minuteOfDay, seconds));
}

/** `instantAtLocal` for a day number, in epoch milliseconds (for loops over days that should not build strings). */
export function msAtLocalDay(dayNumber: number, minuteOfDay: number, seconds = 0): number {
  return dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE + seconds * 1000 - LOCAL_OFFSET_MS;
}

/** The day number of an instant's local date (`dayNumberOf(localDateOf(instant))`, without the string). */
export function localDayNumberOf(epochMs: number): number {
  return Math.floor((epochMs + LOCAL_OFFSET_MS) / MS_PER_DAY);
}

/** Saturday or Sunday, for a day number (day 0, 1970-01-01, is a Thursday). */
export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** 'HH:MM' to minutes after midnight; '24:00' is accepted as the end of the day. */
export function minuteOfDayOf(timeOfDay: string): number {
  const match = TIME_OF_DAY_PATTERN.exec(timeOfDay);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    throw new RangeError(`Expected a time of day 'HH:MM', got '${timeOfDay}'`);
  }
  return minutes;
}

/** `YYYY-MM-DDTHH:MM:SS+07:00`, the output format of docs/deadlines.md, calendar conventions (milliseconds are dropped). */
export function formatLocal(instant: Date): string {
  assertValidInstant(instant);
  return `${new Date(instant.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 19)}${LOCAL_UTC_OFFSET}`;
}
