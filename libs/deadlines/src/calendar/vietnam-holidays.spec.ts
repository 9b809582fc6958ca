import {
  LUNAR_TABLE_YEARS,
  type OfficialSchedules,
  calendarForYears,
  holidaysForYear,
  lunarDatesOf,
  officialSchedule2026_2027,
} from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';
import { formatLocal } from '@hotline/contracts';

/** Expected values were worked out by hand from BLLĐ 2019 Điều 111(3) and 112 and a printed calendar. */

const at = (localDateTime: string): Date => new Date(`${localDateTime}+07:00`);
const datesOf = (days: readonly { date: string }[]): string[] => days.map((day) => day.date);

const OFFICIAL_2026_NON_WORKING = [
  '2026-01-01',
  '2026-01-02',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-08-31',
  '2026-09-01',
  '2026-09-02',
];
const OFFICIAL_2027_NON_WORKING = [
  '2027-01-01',
  '2027-02-05',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-04-16',
  '2027-04-30',
  '2027-05-03',
  '2027-09-02',
  '2027-09-03',
];
// 2028-01-01 is a Saturday -> Mon 03/01. Tết Mậu Thân: 29 Chạp Tue 25/01, mùng 1-3 Wed-Fri 26-28/01, mùng 4 Sat 29/01
// -> Mon 31/01. Giỗ Tổ Tue 04/04. 30/04 is a Sunday and 01/05 a Monday -> Tue 02/05. 02/09 is a Saturday: 01/09 (Fri)
// and 03/09 (Sun) both give a 4-day break, the weekday wins -> Fri 01/09, and 02/09 -> Mon 04/09.
const COMPUTED_2028_NON_WORKING = [
  '2028-01-03',
  '2028-01-25',
  '2028-01-26',
  '2028-01-27',
  '2028-01-28',
  '2028-01-31',
  '2028-04-04',
  '2028-05-01',
  '2028-05-02',
  '2028-09-01',
  '2028-09-04',
];

describe('holidaysForYear', () => {
  it('computes for 2026 the official holidays except the two swapped days off', () => {
    const computed = datesOf(holidaysForYear(2026));
    const official = datesOf(officialSchedule2026_2027[2026].nonWorkingWeekdays);

    // The published 2026 schedule adds two swaps that no rule can derive (Điều 112(3) leaves them to the PM):
    // Fri 02/01 for Sat 10/01 and Mon 31/08 for Sat 22/08.
    expect(official.filter((date) => !computed.includes(date))).toEqual(['2026-01-02', '2026-08-31']);
    expect(computed.filter((date) => !official.includes(date))).toEqual([]);
    expect(officialSchedule2026_2027[2026].makeUpWorkingDays).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('lists 2026 with the Giỗ Tổ Sunday compensated on Monday 27/04', () => {
    expect(holidaysForYear(2026).map(({ date, kind }) => `${date} ${kind}`)).toEqual([
      '2026-01-01 holiday',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-27 compensation',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
  });

  it('reproduces the 2027 estimate of holidays-2026-2027.json', () => {
    expect(datesOf(holidaysForYear(2027))).toEqual(OFFICIAL_2027_NON_WORKING);
  });

  it('compensates each weekend Tết day on its own next free weekday (2027: mùng 1 Sat, mùng 2 Sun)', () => {
    const tet = holidaysForYear(2027).filter(({ date }) => date.startsWith('2027-02'));
    expect(tet.map(({ date, kind }) => `${date} ${kind}`)).toEqual([
      '2027-02-05 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 compensation',
      '2027-02-11 compensation',
    ]);
  });

  it('computes 2028 from the rules alone', () => {
    expect(datesOf(holidaysForYear(2028))).toEqual(COMPUTED_2028_NON_WORKING);
  });

  it('uses the Vietnamese date of Tết 2030 (Sat 02/02), one day before the Chinese New Year', () => {
    // 29 Chạp Fri 01/02; mùng 1 Sat 02/02 -> Wed 06/02; mùng 2 Sun 03/02 -> Thu 07/02; mùng 3-4 Mon-Tue 04-05/02.
    const tet = holidaysForYear(2030).filter(({ date }) => date.startsWith('2030-02'));
    expect(datesOf(tet)).toEqual(['2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07']);
  });

  it('names the last day of the lunar year 30 Chạp when tháng Chạp is a long month (2034)', () => {
    // Tết Giáp Dần is Sun 19/02/2034; 30 Chạp is Sat 18/02. Both weekend days are compensated after mùng 4.
    const tet = holidaysForYear(2034).filter(({ date }) => date.startsWith('2034-02'));
    expect(tet.map(({ date, name }) => `${date} ${name}`)).toEqual([
      '2034-02-20 Tết Âm lịch (mùng 2)',
      '2034-02-21 Tết Âm lịch (mùng 3)',
      '2034-02-22 Tết Âm lịch (mùng 4)',
      '2034-02-23 Nghỉ bù Tết Âm lịch (30 tháng Chạp) (2034-02-18)',
      '2034-02-24 Nghỉ bù Tết Âm lịch (mùng 1) (2034-02-19)',
    ]);
  });

  it.each([
    // 2/9 Wed: 1/9 and 3/9 both give 2 days; both weekdays -> 1/9 (as chosen for 2026).
    { year: 2026, weekday: 'Wed', expected: ['2026-09-01 holiday', '2026-09-02 holiday'] },
    // 2/9 Thu: 3/9 joins the weekend (4 days).
    { year: 2027, weekday: 'Thu', expected: ['2027-09-02 holiday', '2027-09-03 holiday'] },
    // 2/9 Sat: tie at 4 days; the weekday 1/9 wins; 2/9 compensated on Mon 4/9.
    { year: 2028, weekday: 'Sat', expected: ['2028-09-01 holiday', '2028-09-04 compensation'] },
    // 2/9 Sun: tie at 4 days; the weekday 3/9 wins (same dates off as 1/9, but no compensation day for it); 2/9
    // compensated on Tue 4/9.
    { year: 2029, weekday: 'Sun', expected: ['2029-09-03 holiday', '2029-09-04 compensation'] },
    // 2/9 Mon: tie at 4 days (1/9 would be a Sunday compensated on 3/9); the weekday 3/9 wins as a holiday.
    { year: 2030, weekday: 'Mon', expected: ['2030-09-02 holiday', '2030-09-03 holiday'] },
    // 2/9 Tue: 1/9 joins the weekend (4 days).
    { year: 2031, weekday: 'Tue', expected: ['2031-09-01 holiday', '2031-09-02 holiday'] },
    // 2/9 Fri: tie at 4 days; the weekday 1/9 wins.
    { year: 2033, weekday: 'Fri', expected: ['2033-09-01 holiday', '2033-09-02 holiday'] },
  ])('picks the Quốc khánh adjacent day for $year (2/9 on a $weekday)', ({ year, expected }) => {
    const september = holidaysForYear(year).filter(({ date }) => date.startsWith(`${year}-09`));
    expect(september.map(({ date, kind }) => `${date} ${kind}`)).toEqual(expected);
  });

  it('refuses a year outside the lunar table', () => {
    expect(() => holidaysForYear(2036)).toThrow(/No lunar dates for 2036/);
  });
});

describe('lunar date table', () => {
  it('matches the verified 2026 and computed 2027 dates of docs/deadlines.md, legal facts B2, B3, C2', () => {
    expect(lunarDatesOf(2026)).toEqual({ lunarNewYear: '2026-02-17', lastMonthLength: 29, hungKingsDay: '2026-04-26' });
    expect(lunarDatesOf(2027)).toEqual({ lunarNewYear: '2027-02-06', lastMonthLength: 29, hungKingsDay: '2027-04-16' });
  });

  it.each(LUNAR_TABLE_YEARS.map((year) => ({ year })))('is consistent for $year', ({ year }) => {
    const { lunarNewYear, hungKingsDay } = lunarDatesOf(year);
    const daysFromTetToHungKings = (Date.parse(hungKingsDay) - Date.parse(lunarNewYear)) / 86_400_000;
    // Tết falls between 21/01 and 20/02; 10/3 is 9 days after two lunar months of 29-30 days (no leap month 1 or 2
    // in 2024-2035).
    expect(lunarNewYear >= `${year}-01-21` && lunarNewYear <= `${year}-02-20`).toBe(true);
    expect(daysFromTetToHungKings).toBeGreaterThanOrEqual(67);
    expect(daysFromTetToHungKings).toBeLessThanOrEqual(69);
  });
});

describe('officialSchedule2026_2027', () => {
  it('marks 2026 verified and 2027 an estimate', () => {
    expect(officialSchedule2026_2027[2026].verified).toBe(true);
    expect(officialSchedule2026_2027[2027].verified).toBe(false);
  });

  it('leaves out Ngày Văn hóa Việt Nam (24/11), which is pending', () => {
    expect(datesOf(officialSchedule2026_2027[2026].nonWorkingWeekdays)).not.toContain('2026-11-24');
  });
});

describe('calendarForYears', () => {
  it('prefers the official schedule and falls back on the computed one', () => {
    expect(calendarForYears([2028, 2026, 2027])).toEqual({
      nonWorkingDates: [...OFFICIAL_2026_NON_WORKING, ...OFFICIAL_2027_NON_WORKING, ...COMPUTED_2028_NON_WORKING],
      makeUpWorkingDates: ['2026-01-10', '2026-08-22'],
    });
  });

  it('uses an official schedule given for a computed year', () => {
    const published2028: OfficialSchedules = {
      2028: {
        year: 2028,
        source: 'official',
        verified: true,
        nonWorkingWeekdays: [{ date: '2028-01-03', kind: 'compensation', name: 'Nghỉ bù Tết Dương lịch' }],
        makeUpWorkingDays: ['2028-01-08'],
      },
    };
    expect(calendarForYears([2028], published2028)).toEqual({
      nonWorkingDates: ['2028-01-03'],
      makeUpWorkingDates: ['2028-01-08'],
    });
  });

  it.each([
    // Fri 21/01/2028 -> Mon 24 (1); 25-28 Tết, 29-30 weekend, Mon 31 compensation; Tue 01/02 (2) ... Fri 04/02 (5).
    {
      name: '5 working days across the computed Tết 2028',
      start: '2028-01-21T10:00',
      unit: 'working_days',
      length: 5,
      expected: '2028-02-04T17:00:00+07:00',
    },
    // Wed 26/04/2028 + 4 = Sun 30/04; Mon 01/05 holiday, Tue 02/05 compensation -> Wed 03/05.
    {
      name: '4 calendar days ending on 30/04/2028',
      start: '2028-04-26T10:00',
      unit: 'calendar_days',
      length: 4,
      expected: '2028-05-03T23:59:59+07:00',
    },
    // Thu 31/08/2028 16:00-17:00 (60); Fri 01/09 holiday, weekend, Mon 04/09 compensation; Tue 05/09 07:30-08:30.
    {
      name: '2 working hours across the computed Quốc khánh 2028',
      start: '2028-08-31T16:00',
      unit: 'working_hours',
      length: 2,
      expected: '2028-09-05T08:30:00+07:00',
    },
    // Tue 29/12/2026 -> Wed 30 (1), Thu 31 (2), Fri 01/01/2027 holiday, Mon 04/01 (3).
    {
      name: '3 working days from the official 2026 into the estimated 2027',
      start: '2026-12-29T10:00',
      unit: 'working_days',
      length: 3,
      expected: '2027-01-04T17:00:00+07:00',
    },
  ] as const)('drives a WorkingCalendar: $name', ({ start, unit, length, expected }) => {
    const calendar = new WorkingCalendar(calendarForYears([2026, 2027, 2028]));
    expect(formatLocal(calendar.computeDue({ start: at(start), unit, length }))).toBe(expected);
  });
});
