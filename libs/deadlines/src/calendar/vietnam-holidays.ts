import officialScheduleJson from './holidays-2026-2027.json';
import type { WorkingCalendarOptions } from './working-calendar';
import { addDaysToLocalDate, isWeekend } from '@hotline/contracts';

export type NonWorkingDayKind = 'holiday' | 'compensation' | 'swapped_day_off';

export interface NonWorkingWeekday {
  readonly date: string;
  readonly kind: NonWorkingDayKind;
  readonly name: string;
}

export interface YearSchedule {
  readonly year: number;
  /** 'official' for a schedule read from a published (or curated) list, 'computed' for the statutory rules alone. */
  readonly source: 'official' | 'computed';
  readonly verified: boolean;
  readonly nonWorkingWeekdays: readonly NonWorkingWeekday[];
  readonly makeUpWorkingDays: readonly string[];
}

export type OfficialSchedules = Readonly<Record<number, YearSchedule>>;
export type CalendarDates = Pick<WorkingCalendarOptions, 'nonWorkingDates' | 'makeUpWorkingDates'>;

export interface LunarYearDates {
  /** Gregorian date of mùng 1 Tết. */
  readonly lunarNewYear: string;
  /** Days in tháng Chạp (month 12) of the lunar year that ends just before `lunarNewYear`. */
  readonly lastMonthLength: 29 | 30;
  /** Gregorian date of 10/3 âm lịch (the regular month 3, never a leap month 3 as in 2031). */
  readonly hungKingsDay: string;
}

/**
 * Vietnamese lunar dates, reckoned at UTC+07:00. Computed with Hồ Ngọc Đức's algorithm and cross-checked against
 * Meeus new-moon times and the vacanza/holidays Vietnamese tables. 2030 differs from the Chinese calendar: the new
 * moon falls at 23:07 on 02/02 in Hà Nội but 00:07 on 03/02 in Beijing, so Tết Canh Tuất is Sat 02/02/2030.
 * docs/deadlines.md (legal facts) B2, B3 and C2 confirm 2026 and 2027.
 */
const LUNAR_DATES: Readonly<Record<number, LunarYearDates>> = {
  2024: { lunarNewYear: '2024-02-10', lastMonthLength: 30, hungKingsDay: '2024-04-18' },
  2025: { lunarNewYear: '2025-01-29', lastMonthLength: 29, hungKingsDay: '2025-04-07' },
  2026: { lunarNewYear: '2026-02-17', lastMonthLength: 29, hungKingsDay: '2026-04-26' },
  2027: { lunarNewYear: '2027-02-06', lastMonthLength: 29, hungKingsDay: '2027-04-16' },
  2028: { lunarNewYear: '2028-01-26', lastMonthLength: 29, hungKingsDay: '2028-04-04' },
  2029: { lunarNewYear: '2029-02-13', lastMonthLength: 29, hungKingsDay: '2029-04-23' },
  2030: { lunarNewYear: '2030-02-02', lastMonthLength: 29, hungKingsDay: '2030-04-12' },
  2031: { lunarNewYear: '2031-01-23', lastMonthLength: 29, hungKingsDay: '2031-04-01' },
  2032: { lunarNewYear: '2032-02-11', lastMonthLength: 29, hungKingsDay: '2032-04-19' },
  2033: { lunarNewYear: '2033-01-31', lastMonthLength: 30, hungKingsDay: '2033-04-09' },
  2034: { lunarNewYear: '2034-02-19', lastMonthLength: 30, hungKingsDay: '2034-04-28' },
  2035: { lunarNewYear: '2035-02-08', lastMonthLength: 30, hungKingsDay: '2035-04-17' },
};

export const LUNAR_TABLE_YEARS: readonly number[] = Object.keys(LUNAR_DATES).map(Number);

export function lunarDatesOf(year: number): LunarYearDates {
  const dates = LUNAR_DATES[year];
  if (!dates) {
    throw new RangeError(
      `No lunar dates for ${year}: the table covers ${LUNAR_TABLE_YEARS[0]}-${LUNAR_TABLE_YEARS.at(-1)}; ` +
        'add the year (Tết, length of tháng Chạp, 10/3 âm lịch) or publish an official schedule for it',
    );
  }
  return dates;
}

interface StatutoryHoliday {
  readonly date: string;
  readonly name: string;
}

/**
 * Non-working weekdays of `year` from the statutory rules alone: the holidays of BLLĐ 2019 Điều 112(1) that fall on a
 * weekday, plus a compensation day on the next working day for each one that falls on a Saturday or Sunday
 * (Điều 111(3)). No swaps or make-up Saturdays: those are decided each year by the Prime Minister (Điều 112(3)).
 */
export function holidaysForYear(year: number): NonWorkingWeekday[] {
  return nonWorkingWeekdaysFor(statutoryHolidays(year));
}

export function computedScheduleForYear(year: number): YearSchedule {
  return { year, source: 'computed', verified: false, nonWorkingWeekdays: holidaysForYear(year), makeUpWorkingDays: [] };
}

function statutoryHolidays(year: number): StatutoryHoliday[] {
  const { lunarNewYear, lastMonthLength, hungKingsDay } = lunarDatesOf(year);
  const nationalDay = `${year}-09-02`;
  return [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: addDaysToLocalDate(lunarNewYear, -1), name: `Tết Âm lịch (${lastMonthLength} tháng Chạp)` },
    ...[1, 2, 3, 4].map((day) => ({
      date: addDaysToLocalDate(lunarNewYear, day - 1),
      name: `Tết Âm lịch (mùng ${day})`,
    })),
    { date: hungKingsDay, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế lao động' },
    { date: adjacentNationalDay(year), name: 'Quốc khánh (ngày liền kề)' },
    { date: nationalDay, name: 'Quốc khánh' },
  ];
}

/**
 * Điều 112(1)(đ) gives 2/9 "và 01 ngày liền kề trước hoặc sau" and leaves the choice to the Prime Minister. Estimate:
 * the day giving the longest break; on a tie, the day that is a weekday (a real day off, no compensation day needed);
 * if both are weekdays (2/9 on a Wednesday), 1/9. This reproduces the verified 2026 choice (1/9, legal fact B5 in
 * docs/deadlines.md) and the 2027 estimate (3/9, legal fact C3).
 */
function adjacentNationalDay(year: number): string {
  const nationalDay = `${year}-09-02`;
  const candidates = [`${year}-09-01`, `${year}-09-03`];
  const ranked = candidates.map((candidate, preference) => ({
    candidate,
    breakLength: breakLengthAround(nationalDay, [nationalDay, candidate]),
    isWeekday: !isWeekend(candidate),
    preference,
  }));
  ranked.sort((x, y) => y.breakLength - x.breakLength || Number(y.isWeekday) - Number(x.isWeekday) || x.preference - y.preference);
  return ranked[0].candidate;
}

/** Consecutive days off (weekends, holidays, compensation days) around `day` if `holidays` were the only holidays. */
function breakLengthAround(day: string, holidays: readonly string[]): number {
  const offDays = new Set(nonWorkingWeekdaysFor(holidays.map((date) => ({ date, name: '' }))).map((d) => d.date));
  const isOff = (date: string): boolean => isWeekend(date) || offDays.has(date);
  let length = 1;
  for (let date = addDaysToLocalDate(day, -1); isOff(date); date = addDaysToLocalDate(date, -1)) length += 1;
  for (let date = addDaysToLocalDate(day, 1); isOff(date); date = addDaysToLocalDate(date, 1)) length += 1;
  return length;
}

/**
 * Weekday holidays as they are; each weekend holiday, in date order, gives a compensation day on the next weekday that
 * is neither a holiday nor an earlier compensation day (BLLĐ 2019 Điều 111(3): "ngày làm việc kế tiếp").
 */
function nonWorkingWeekdaysFor(holidays: readonly StatutoryHoliday[]): NonWorkingWeekday[] {
  const sorted = [...holidays].sort((x, y) => x.date.localeCompare(y.date));
  const taken = new Set(sorted.map((holiday) => holiday.date));
  const result: NonWorkingWeekday[] = [];
  for (const holiday of sorted) {
    if (!isWeekend(holiday.date)) {
      result.push({ date: holiday.date, kind: 'holiday', name: holiday.name });
      continue;
    }
    let compensation = addDaysToLocalDate(holiday.date, 1);
    while (isWeekend(compensation) || taken.has(compensation)) compensation = addDaysToLocalDate(compensation, 1);
    taken.add(compensation);
    result.push({ date: compensation, kind: 'compensation', name: `Nghỉ bù ${holiday.name} (${holiday.date})` });
  }
  return result.sort((x, y) => x.date.localeCompare(y.date));
}

interface OfficialYearJson {
  readonly verified: boolean;
  readonly nonWorkingWeekdays: readonly { readonly date: string; readonly kind: string; readonly name: string }[];
  readonly makeUpWorkingDays: readonly { readonly date: string }[];
}

function toYearSchedule(year: number, json: OfficialYearJson): YearSchedule {
  return {
    year,
    source: 'official',
    verified: json.verified,
    nonWorkingWeekdays: json.nonWorkingWeekdays.map(({ date, kind, name }) => {
      if (isWeekend(date)) {
        throw new RangeError(`Official schedule ${year}: ${date} is listed as a non-working weekday but is a weekend`);
      }
      return { date, kind: toNonWorkingDayKind(kind, date), name };
    }),
    makeUpWorkingDays: json.makeUpWorkingDays.map(({ date }) => date),
  };
}

function toNonWorkingDayKind(kind: string, date: string): NonWorkingDayKind {
  if (kind === 'holiday' || kind === 'compensation' || kind === 'swapped_day_off') return kind;
  throw new RangeError(`Unknown kind '${kind}' for ${date} in holidays-2026-2027.json`);
}

const officialYearsJson: Readonly<Record<string, OfficialYearJson>> = officialScheduleJson.years;

/**
 * The civil-servant schedule of holidays-2026-2027.json (copied from legal/): 2026 verified from the published
 * decisions, 2027 an estimate (`verified: false`) until the Ministry of Home Affairs publishes it.
 */
export const officialSchedule2026_2027: OfficialSchedules = Object.fromEntries(
  Object.entries(officialYearsJson).map(([year, json]) => [Number(year), toYearSchedule(Number(year), json)]),
);

/** The official schedule of a year when there is one, else the one computed from the statutory rules. */
export function scheduleForYear(year: number, officialSchedules: OfficialSchedules = officialSchedule2026_2027): YearSchedule {
  return officialSchedules[year] ?? computedScheduleForYear(year);
}

/** The dates a WorkingCalendar needs for `years`. */
export function calendarForYears(
  years: readonly number[],
  officialSchedules: OfficialSchedules = officialSchedule2026_2027,
): CalendarDates {
  const schedules = [...new Set(years)].sort((x, y) => x - y).map((year) => scheduleForYear(year, officialSchedules));
  return {
    nonWorkingDates: schedules.flatMap((schedule) => schedule.nonWorkingWeekdays.map((day) => day.date)),
    makeUpWorkingDates: schedules.flatMap((schedule) => schedule.makeUpWorkingDays),
  };
}
