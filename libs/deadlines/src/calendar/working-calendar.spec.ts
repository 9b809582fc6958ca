import { type ClockStop, type DueDateRequest, WorkingCalendar } from './working-calendar';
import { formatLocal } from '@hotline/contracts';

/**
 * Every expected value below was counted by hand on a printed 2026-2027 calendar from the rules of
 * docs/deadlines.md (calendar and deadline conventions); the comment on each row shows the count.
 */

/** A local wall-clock time at +07:00, parsed by the platform (not by the code under test). */
const at = (localDateTime: string): Date => new Date(`${localDateTime}+07:00`);
const stop = (from: string, to: string): ClockStop => [at(from), at(to)];

/** holidays-2026-2027.json, written out so that this spec does not depend on vietnam-holidays.ts. */
const civilServantCalendar = new WorkingCalendar({
  nonWorkingDates: [
    '2026-01-01',
    '2026-01-02', // Tết Dương lịch; Fri 02/01 swapped with Sat 10/01
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20', // Tết Bính Ngọ
    '2026-04-27', // compensation for Giỗ Tổ on Sun 26/04
    '2026-04-30',
    '2026-05-01',
    '2026-08-31',
    '2026-09-01',
    '2026-09-02', // Mon 31/08 swapped with Sat 22/08
    '2027-01-01',
    '2027-02-05',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11', // Tết Đinh Mùi (estimate)
    '2027-04-16',
    '2027-04-30',
    '2027-05-03',
    '2027-09-02',
    '2027-09-03',
  ],
  makeUpWorkingDates: ['2026-01-10', '2026-08-22'],
});

interface DueRow {
  readonly name: string;
  readonly request: DueDateRequest;
  readonly expected: string;
}

describe('WorkingCalendar.computeDue: the clock of each law', () => {
  const rows: DueRow[] = [
    {
      // D = Mon 02/03; D + 10 = Thu 12/03, a working day.
      name: 'Luật Khiếu nại Điều 27: complaint accepted within 10 calendar days',
      request: { start: at('2026-03-02T09:00'), unit: 'calendar_days', length: 10 },
      expected: '2026-03-12T23:59:59+07:00',
    },
    {
      // 03,04,05,06 (4), 09..13 (9), Mon 16 (10).
      name: 'TT 07/2013 Điều 5: the same step counted in working days',
      request: { start: at('2026-03-02T09:00'), unit: 'working_days', length: 10 },
      expected: '2026-03-16T17:00:00+07:00',
    },
    {
      // D = Wed 04/03; 31/03 is D + 27, so D + 30 = Fri 03/04.
      name: 'Luật Khiếu nại Điều 28: first complaint resolved within 30 days',
      request: { start: at('2026-03-04T10:00'), unit: 'calendar_days', length: 30 },
      expected: '2026-04-03T23:59:59+07:00',
    },
    {
      // D + 45 = Sat 18/04, a rest day: moves to Mon 20/04 (BLDS Điều 148(5)).
      name: 'Luật Khiếu nại Điều 28: complex case, 30 + 15 = 45 days, ending on a Saturday',
      request: { start: at('2026-03-04T10:00'), unit: 'calendar_days', length: 30, extensions: [15] },
      expected: '2026-04-20T23:59:59+07:00',
    },
    {
      // D = Tue 02/06; 30/06 is D + 28, so D + 45 = Fri 17/07.
      name: 'Luật Khiếu nại Điều 37: second complaint resolved within 45 days',
      request: { start: at('2026-06-02T08:00'), unit: 'calendar_days', length: 45 },
      expected: '2026-07-17T23:59:59+07:00',
    },
    {
      // D + 60 = Sat 01/08 -> Mon 03/08.
      name: 'Luật Khiếu nại Điều 37: complex second complaint, 45 + 15 = 60 days',
      request: { start: at('2026-06-02T08:00'), unit: 'calendar_days', length: 45, extensions: [15] },
      expected: '2026-08-03T23:59:59+07:00',
    },
    {
      // 21,22,23,24 (4); Mon 27/04 compensation; 28 (5), 29 (6); 30/04, 01/05 holidays; Mon 04/05 (7).
      name: 'Luật Tố cáo Điều 24(1): initial handling in 7 working days across Giỗ Tổ and 30/4-1/5',
      request: { start: at('2026-04-20T14:00'), unit: 'working_days', length: 7 },
      expected: '2026-05-04T17:00:00+07:00',
    },
    {
      // ... Mon 04/05 (7), 05 (8), 06 (9), Thu 07/05 (10).
      name: 'Luật Tố cáo Điều 24(1): extended by 3 working days to the maximum of 10',
      request: { start: at('2026-04-20T14:00'), unit: 'working_days', length: 7, extensions: [3] },
      expected: '2026-05-07T17:00:00+07:00',
    },
    {
      // D = Thu 02/07; 31/07 is D + 29, so D + 30 = Sat 01/08 -> Mon 03/08.
      name: 'Luật Tố cáo Điều 30: denunciation resolved within 30 days',
      request: { start: at('2026-07-02T09:00'), unit: 'calendar_days', length: 30 },
      expected: '2026-08-03T23:59:59+07:00',
    },
    {
      // D + 60 = Mon 31/08, the swapped day off; 01/09 and 02/09 are holidays -> Thu 03/09.
      name: 'Luật Tố cáo Điều 30: one extension (30 + 30) ending on the swapped Monday 31/08',
      request: { start: at('2026-07-02T09:00'), unit: 'calendar_days', length: 30, extensions: [30] },
      expected: '2026-09-03T23:59:59+07:00',
    },
    {
      // D + 90 = Wed 30/09; the rest days inside the period are counted.
      name: 'Luật Tố cáo Điều 30: two extensions (30 + 30 + 30)',
      request: { start: at('2026-07-02T09:00'), unit: 'calendar_days', length: 30, extensions: [30, 30] },
      expected: '2026-09-30T23:59:59+07:00',
    },
    {
      // 17..21 (5), Sat 22/08 make-up (6), 24, 25, 26 (9), Thu 27/08 (10).
      name: 'Luật Tiếp công dân Điều 28(1): answer in 10 working days, counting the make-up Saturday 22/08',
      request: { start: at('2026-08-14T16:30'), unit: 'working_days', length: 10 },
      expected: '2026-08-27T17:00:00+07:00',
    },
    {
      // Thu 31/12 (1); Fri 01/01/2027 holiday; Mon 04 (2), 05, 06, Thu 07/01 (5).
      name: 'feedback answered in 5 working days across the 2026-2027 year end',
      request: { start: at('2026-12-30T10:00'), unit: 'working_days', length: 5 },
      expected: '2027-01-07T17:00:00+07:00',
    },
    {
      // 10:00-11:30 is 90 min; the other 150 min run from 13:30 to 16:00.
      name: 'urgent routing in 4 working hours across the lunch break',
      request: { start: at('2026-03-09T10:00'), unit: 'working_hours', length: 4 },
      expected: '2026-03-09T16:00:00+07:00',
    },
  ];

  it.each(rows)('$name', ({ request, expected }) => {
    expect(formatLocal(civilServantCalendar.computeDue(request))).toBe(expected);
  });
});

interface CountRow {
  readonly name: string;
  readonly start: string;
  readonly n: number;
  readonly expected: string;
}

describe('WorkingCalendar.addWorkingDays', () => {
  const rows: CountRow[] = [
    // Start day never counted, however early: Tue 03/03.
    { name: 'starts early on a working day', start: '2026-03-02T06:00', n: 1, expected: '2026-03-03T17:00:00+07:00' },
    // Sat 07/03: Mon 09 (1) ... Fri 13 (5).
    { name: 'starts on a Saturday', start: '2026-03-07T09:00', n: 5, expected: '2026-03-13T17:00:00+07:00' },
    // Thu 30/04 holiday; Fri 01/05 holiday; Mon 04 (1), 05 (2), Wed 06/05 (3).
    { name: 'starts on a holiday', start: '2026-04-30T10:00', n: 3, expected: '2026-05-06T17:00:00+07:00' },
    // 00:30 local on Tue 03/03 is still Mon 02/03 in UTC; the local date counts, so day 1 is Wed 04/03.
    { name: 'starts just after local midnight', start: '2026-03-03T00:30', n: 1, expected: '2026-03-04T17:00:00+07:00' },
    // Fri 06/03 23:50: day 1 is Mon 09/03.
    { name: 'starts late on a Friday night', start: '2026-03-06T23:50', n: 1, expected: '2026-03-09T17:00:00+07:00' },
    // Fri 13/02 (1); 16-20/02 Tết; Mon 23 (2) ... Fri 27 (6), Mon 02/03 (7).
    { name: 'crosses Tết 2026 (16-20/02)', start: '2026-02-12T11:00', n: 7, expected: '2026-03-02T17:00:00+07:00' },
    // Thu 01/01 holiday, Fri 02/01 swapped day off, weekend: Mon 05/01 (1).
    {
      name: 'crosses Tết Dương lịch 2026 with the swapped Friday 02/01',
      start: '2025-12-31T09:00',
      n: 1,
      expected: '2026-01-05T17:00:00+07:00',
    },
    // Sat 10/01 is a make-up working day.
    { name: 'lands on the make-up Saturday 10/01/2026', start: '2026-01-09T15:00', n: 1, expected: '2026-01-10T17:00:00+07:00' },
    // Fri 28/08 (1); 29/08-02/09 off (Mon 31/08 swapped); Thu 03/09 (2), Fri 04/09 (3).
    {
      name: 'crosses Quốc khánh 2026 with the swapped Monday 31/08',
      start: '2026-08-27T09:00',
      n: 3,
      expected: '2026-09-04T17:00:00+07:00',
    },
    // Thu 04/02 (1); Fri 05/02 and 08-11/02 off; Fri 12 (2), Mon 15, Tue 16, Wed 17/02 (5).
    {
      name: 'crosses the estimated Tết 2027 with its compensation days',
      start: '2027-02-03T09:00',
      n: 5,
      expected: '2027-02-17T17:00:00+07:00',
    },
  ];

  it.each(rows)('$name', ({ start, n, expected }) => {
    expect(formatLocal(civilServantCalendar.addWorkingDays(at(start), n))).toBe(expected);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => civilServantCalendar.addWorkingDays(at('2026-03-02T09:00'), 0)).toThrow(RangeError);
    expect(() => civilServantCalendar.addWorkingDays(at('2026-03-02T09:00'), 1.5)).toThrow(RangeError);
  });
});

describe('WorkingCalendar.addCalendarDays', () => {
  const rows: CountRow[] = [
    // Sun 08/03 + 10 = Wed 18/03.
    { name: 'starts on a Sunday', start: '2026-03-08T15:00', n: 10, expected: '2026-03-18T23:59:59+07:00' },
    // Thu 05/03 + 10 = Sun 15/03 -> Mon 16/03.
    { name: 'ends on a Sunday and moves to Monday', start: '2026-03-05T09:00', n: 10, expected: '2026-03-16T23:59:59+07:00' },
    // 00:30 Sat 07/03 local is Fri 06/03 in UTC; local D = 07/03, D + 10 = Tue 17/03.
    { name: 'starts just after local midnight', start: '2026-03-07T00:30', n: 10, expected: '2026-03-17T23:59:59+07:00' },
    // Fri 06/02 + 10 = Mon 16/02, first Tết day; 16-22/02 off -> Mon 23/02.
    { name: 'ends inside Tết 2026', start: '2026-02-06T09:00', n: 10, expected: '2026-02-23T23:59:59+07:00' },
    // Fri 17/04 + 10 = Mon 27/04, compensation for Giỗ Tổ -> Tue 28/04.
    { name: 'ends on the Giỗ Tổ compensation day', start: '2026-04-17T09:00', n: 10, expected: '2026-04-28T23:59:59+07:00' },
    // Mon 20/04 + 10 = Thu 30/04; 30/04-03/05 off -> Mon 04/05.
    { name: 'ends on 30/04', start: '2026-04-20T09:00', n: 10, expected: '2026-05-04T23:59:59+07:00' },
    // Fri 21/08 + 10 = Mon 31/08, swapped day off; 01-02/09 holidays -> Thu 03/09.
    { name: 'ends on the swapped Monday 31/08/2026', start: '2026-08-21T09:00', n: 10, expected: '2026-09-03T23:59:59+07:00' },
    // Wed 12/08 + 10 = Sat 22/08, a make-up working day: no shift (README convention on swaps).
    { name: 'ends on the make-up Saturday 22/08/2026', start: '2026-08-12T09:00', n: 10, expected: '2026-08-22T23:59:59+07:00' },
    // Tue 23/12/2025 + 10 = Fri 02/01/2026, swapped day off -> Mon 05/01.
    { name: 'ends on the swapped Friday 02/01/2026', start: '2025-12-23T09:00', n: 10, expected: '2026-01-05T23:59:59+07:00' },
    // Wed 31/12/2025 + 10 = Sat 10/01/2026, a make-up working day.
    { name: 'ends on the make-up Saturday 10/01/2026', start: '2025-12-31T09:00', n: 10, expected: '2026-01-10T23:59:59+07:00' },
    // Tue 22/12 + 10 = Fri 01/01/2027 -> Mon 04/01/2027.
    { name: 'ends on New Year 2027', start: '2026-12-22T09:00', n: 10, expected: '2027-01-04T23:59:59+07:00' },
  ];

  it.each(rows)('$name', ({ start, n, expected }) => {
    expect(formatLocal(civilServantCalendar.addCalendarDays(at(start), n))).toBe(expected);
  });
});

interface HoursRow {
  readonly name: string;
  readonly start: string;
  readonly hours: number;
  readonly expected: string;
}

describe('WorkingCalendar.addWorkingHours', () => {
  const rows: HoursRow[] = [
    // 09:30 + 120 min = 11:30, the end of the morning block, not 13:30.
    { name: 'ends exactly at 11:30', start: '2026-03-09T09:30', hours: 2, expected: '2026-03-09T11:30:00+07:00' },
    // 11:00-11:30 (30) + 13:30-17:00 (210).
    { name: 'ends exactly at 17:00', start: '2026-03-09T11:00', hours: 4, expected: '2026-03-09T17:00:00+07:00' },
    // 16:00-17:00 (60) + Tue 07:30-08:30 (60).
    { name: 'runs across the night', start: '2026-03-09T16:00', hours: 2, expected: '2026-03-10T08:30:00+07:00' },
    // Starts at Tue 07:30; 240 min fill the morning block exactly.
    { name: 'starts at night and fills the next morning', start: '2026-03-09T22:00', hours: 4, expected: '2026-03-10T11:30:00+07:00' },
    // Lunch is skipped: starts at 13:30.
    { name: 'starts during the lunch break', start: '2026-03-09T12:00', hours: 1, expected: '2026-03-09T14:30:00+07:00' },
    // Starts at 07:30.
    { name: 'starts before office hours', start: '2026-03-09T06:00', hours: 0.5, expected: '2026-03-09T08:00:00+07:00' },
    // 10:45-11:30 (45) + 13:30-14:15 (45).
    { name: 'counts a fractional hour', start: '2026-03-09T10:45', hours: 1.5, expected: '2026-03-09T14:15:00+07:00' },
    // A full office day is 7.5 h.
    { name: 'uses a full office day', start: '2026-03-09T07:30', hours: 7.5, expected: '2026-03-09T17:00:00+07:00' },
    // 7.5 h on Monday, 30 min on Tuesday.
    { name: 'overflows a full office day by 30 minutes', start: '2026-03-09T07:30', hours: 8, expected: '2026-03-10T08:00:00+07:00' },
    // Fri 16:00-17:00 (60) + Mon 07:30-10:30 (180).
    { name: 'runs across a weekend', start: '2026-03-06T16:00', hours: 4, expected: '2026-03-09T10:30:00+07:00' },
    // Fri 15:00-17:00 (120); Tết 16-20/02; Mon 23/02 07:30-09:30 (120).
    { name: 'runs across Tết 2026', start: '2026-02-13T15:00', hours: 4, expected: '2026-02-23T09:30:00+07:00' },
    // Fri 21/08 16:00-17:00 (60) + make-up Sat 22/08 07:30-08:30 (60).
    { name: 'uses the make-up Saturday 22/08/2026', start: '2026-08-21T16:00', hours: 2, expected: '2026-08-22T08:30:00+07:00' },
    // Thu 30/04 and Fri 01/05 are holidays: starts Mon 04/05 07:30.
    { name: 'starts on a holiday', start: '2026-04-30T09:00', hours: 1, expected: '2026-05-04T08:30:00+07:00' },
  ];

  it.each(rows)('$name', ({ start, hours, expected }) => {
    expect(formatLocal(civilServantCalendar.addWorkingHours(at(start), hours))).toBe(expected);
  });

  it('starts at 13:30 when the start is exactly the end of the morning block', () => {
    expect(formatLocal(civilServantCalendar.addWorkingMinutes(at('2026-03-09T11:30'), 30))).toBe('2026-03-09T14:00:00+07:00');
  });

  it('returns the start unchanged for zero minutes, even outside office hours', () => {
    expect(formatLocal(civilServantCalendar.addWorkingMinutes(at('2026-03-09T12:15'), 0))).toBe('2026-03-09T12:15:00+07:00');
  });

  it('rejects a negative amount', () => {
    expect(() => civilServantCalendar.addWorkingHours(at('2026-03-09T09:00'), -1)).toThrow(RangeError);
  });
});

interface ClockStopRow {
  readonly name: string;
  readonly request: DueDateRequest;
  readonly expected: string;
}

describe('WorkingCalendar.computeDue with clock stops', () => {
  // 7 working days from Mon 02/03: Tue 03 ... Wed 11/03 at 17:00.
  const sevenWorkingDays = { start: at('2026-03-02T09:00'), unit: 'working_days', length: 7 } as const;
  // 4 working hours from Mon 09/03 08:00: 08:00-11:30 (210) + 13:30-14:00 (30) = 14:00.
  const fourWorkingHours = { start: at('2026-03-09T08:00'), unit: 'working_hours', length: 4 } as const;

  const rows: ClockStopRow[] = [
    {
      // Wed 04 and Thu 05/03: 2 x 450 = 900 min -> Thu 12 and Fri 13/03 in full.
      name: 'two whole days stopped push a working-days due by two working days',
      request: { ...sevenWorkingDays, clockStops: [stop('2026-03-04T00:00', '2026-03-06T00:00')] },
      expected: '2026-03-13T17:00:00+07:00',
    },
    {
      // Same office time as above, given as office hours only.
      name: 'a stop given as office hours counts the same as whole days',
      request: { ...sevenWorkingDays, clockStops: [stop('2026-03-04T07:30', '2026-03-05T17:00')] },
      expected: '2026-03-13T17:00:00+07:00',
    },
    {
      // 09:00-11:30 (150) + 13:30-14:00 (30) = 180 min from Thu 12/03 07:30 = 10:30.
      name: 'a partial-day stop gives a due time other than 17:00',
      request: { ...sevenWorkingDays, clockStops: [stop('2026-03-04T09:00', '2026-03-04T14:00')] },
      expected: '2026-03-12T10:30:00+07:00',
    },
    {
      // 240 min from Thu 12/03 07:30 end exactly at 11:30.
      name: 'a stop of one morning block ends the due at 11:30',
      request: { ...sevenWorkingDays, clockStops: [stop('2026-03-09T07:30', '2026-03-09T11:30')] },
      expected: '2026-03-12T11:30:00+07:00',
    },
    {
      // Sat-Sun hold no office time.
      name: 'a stop over a weekend changes nothing',
      request: { ...sevenWorkingDays, clockStops: [stop('2026-03-07T00:00', '2026-03-09T00:00')] },
      expected: '2026-03-11T17:00:00+07:00',
    },
    {
      // Nominal: Tue 10 ... Fri 13 (4), Mon 23, Tue 24, Wed 25/02 (7). Stop: Thu 12/02 13:30-17:00 (210) + Fri 13
      // (450) + Tết (0) + Mon 23 (450) = 1110 min: Thu 26 (450), Fri 27 (450), Mon 02/03 07:30 + 210 = 11:00.
      name: 'a stop across Tết counts only the office time around it',
      request: {
        start: at('2026-02-09T09:00'),
        unit: 'working_days',
        length: 7,
        clockStops: [stop('2026-02-12T13:30', '2026-02-24T07:30')],
      },
      expected: '2026-03-02T11:00:00+07:00',
    },
    {
      // Nominal Thu 07/05 17:00 (7 + 3 working days from Mon 20/04); Mon 04/05 stopped in full -> Fri 08/05.
      name: 'extensions and a stop combine (Luật Tố cáo Điều 24(1), 7 + 3)',
      request: {
        start: at('2026-04-20T14:00'),
        unit: 'working_days',
        length: 7,
        extensions: [3],
        clockStops: [stop('2026-05-04T00:00', '2026-05-05T00:00')],
      },
      expected: '2026-05-08T17:00:00+07:00',
    },
    {
      // 60 min stopped: 14:00 + 60.
      name: 'a one-hour stop pushes a working-hours due by one hour',
      request: { ...fourWorkingHours, clockStops: [stop('2026-03-09T09:00', '2026-03-09T10:00')] },
      expected: '2026-03-09T15:00:00+07:00',
    },
    {
      name: 'a stop inside the lunch break changes nothing',
      request: { ...fourWorkingHours, clockStops: [stop('2026-03-09T11:45', '2026-03-09T13:15')] },
      expected: '2026-03-09T14:00:00+07:00',
    },
    {
      // Union 09:00-10:30 = 90 min, not 60 + 60: 14:00 + 90.
      name: 'overlapping stops are counted once',
      request: {
        ...fourWorkingHours,
        clockStops: [stop('2026-03-09T09:30', '2026-03-09T10:30'), stop('2026-03-09T09:00', '2026-03-09T10:00')],
      },
      expected: '2026-03-09T15:30:00+07:00',
    },
    {
      // Nominal: Fri 24/04 14:00-17:00 (180) + Tue 28/04 07:30-08:30 (60), Mon 27/04 being a compensation day.
      // Stop Fri 15:00-17:00 (120) + Tue 07:30-09:00 (90) = 210 min from Tue 08:30: 08:30-11:30 (180), 13:30-14:00.
      name: 'a stop that ends after the nominal due gives the same result as pausing the clock',
      request: {
        start: at('2026-04-24T14:00'),
        unit: 'working_hours',
        length: 4,
        clockStops: [stop('2026-04-24T15:00', '2026-04-28T09:00')],
      },
      expected: '2026-04-28T14:00:00+07:00',
    },
  ];

  it.each(rows)('$name', ({ request, expected }) => {
    expect(formatLocal(civilServantCalendar.computeDue(request))).toBe(expected);
  });

  it('refuses clock stops on a calendar-days clock', () => {
    const request: DueDateRequest = {
      start: at('2026-03-04T10:00'),
      unit: 'calendar_days',
      length: 30,
      clockStops: [stop('2026-03-05T08:00', '2026-03-06T08:00')],
    };
    expect(() => civilServantCalendar.computeDue(request)).toThrow(/not defined for calendar_days/);
  });

  it('refuses a stop that begins after the clock has run out', () => {
    const request = { ...sevenWorkingDays, clockStops: [stop('2026-03-12T08:00', '2026-03-12T09:00')] };
    expect(() => civilServantCalendar.computeDue(request)).toThrow(/after the due date/);
  });

  it('refuses a stop that ends before it starts', () => {
    const request = { ...sevenWorkingDays, clockStops: [stop('2026-03-05T10:00', '2026-03-05T09:00')] };
    expect(() => civilServantCalendar.computeDue(request)).toThrow(/before it starts/);
  });
});

describe('WorkingCalendar.workingDaysBetween', () => {
  it.each([
    // 03, 04, 05, 06/03.
    { name: 'four working days ahead', a: '2026-03-02T10:00', b: '2026-03-06T09:00', expected: 4 },
    // (13/02, 24/02]: Tết 16-20 off, Mon 23 and Tue 24.
    { name: 'across Tết', a: '2026-02-13T16:00', b: '2026-02-24T08:00', expected: 2 },
    { name: 'negative when b is before a', a: '2026-02-24T08:00', b: '2026-02-13T16:00', expected: -2 },
    { name: 'zero on the same day', a: '2026-03-09T08:00', b: '2026-03-09T16:00', expected: 0 },
    { name: 'zero from Friday to Sunday', a: '2026-03-06T16:00', b: '2026-03-08T10:00', expected: 0 },
    // Sat 22/08 make-up and Mon 24/08.
    { name: 'counting the make-up Saturday', a: '2026-08-21T10:00', b: '2026-08-24T10:00', expected: 2 },
    // Both instants fall on Mon 02/03 in UTC, but on 02/03 and 03/03 locally.
    { name: 'by local dates, across local midnight', a: '2026-03-02T23:00', b: '2026-03-03T00:30', expected: 1 },
  ])('$name', ({ a, b, expected }) => {
    expect(civilServantCalendar.workingDaysBetween(at(a), at(b))).toBe(expected);
  });

  it('agrees with counting the working days one by one, over years and in both directions', () => {
    const start = at('2025-11-20T09:00');
    for (let offset = -800; offset <= 800; offset += 3) {
      const other = new Date(start.getTime() + offset * 86_400_000 + (offset % 3) * 3_600_000);
      let counted = 0;
      const [from, to] = offset >= 0 ? [start, other] : [other, start];
      for (
        let day = new Date(from.getTime() + 86_400_000);
        formatLocal(day).slice(0, 10) <= formatLocal(to).slice(0, 10);
        day = new Date(day.getTime() + 86_400_000)
      ) {
        if (civilServantCalendar.isWorkingDay(formatLocal(day).slice(0, 10))) counted += 1;
      }
      expect(civilServantCalendar.workingDaysBetween(start, other)).toBe(offset >= 0 ? counted : -counted);
    }
  });

  it('agrees with addWorkingDays: the n-th working day after any start, at 17:00 of a working day', () => {
    for (let start = at('2025-12-20T08:15'); start < at('2027-10-01T00:00'); start = new Date(start.getTime() + 29 * 3_600_000)) {
      for (const n of [1, 2, 5, 10, 15, 30, 45]) {
        const due = civilServantCalendar.addWorkingDays(start, n);
        const dueDate = formatLocal(due).slice(0, 10);
        expect(formatLocal(due).slice(11, 19)).toBe('17:00:00');
        expect(civilServantCalendar.isWorkingDay(dueDate)).toBe(true);
        expect(civilServantCalendar.workingDaysBetween(start, due)).toBe(n);
        expect(civilServantCalendar.workingDaysBetween(start, new Date(due.getTime() - 86_400_000))).toBe(n - 1);
      }
    }
  });
});

describe('WorkingCalendar.workingMinutesBetween', () => {
  it.each([
    // 10:00-11:30 (90) + 13:30-14:00 (30).
    { name: 'across lunch', a: '2026-03-09T10:00', b: '2026-03-09T14:00', expected: 120 },
    // 16:00-17:00 (60) + 07:30-08:00 (30).
    { name: 'across the night', a: '2026-03-09T16:00', b: '2026-03-10T08:00', expected: 90 },
    // Fri 16:00-17:00 (60); Sat, Sun, Mon 27/04 compensation; Tue 07:30-08:00 (30).
    { name: 'across a weekend and a compensation day', a: '2026-04-24T16:00', b: '2026-04-28T08:00', expected: 90 },
    { name: 'over the whole Tết week', a: '2026-02-14T00:00', b: '2026-02-23T00:00', expected: 0 },
    { name: 'over the make-up Saturday', a: '2026-08-22T00:00', b: '2026-08-23T00:00', expected: 450 },
    { name: 'zero when b is before a', a: '2026-03-09T14:00', b: '2026-03-09T10:00', expected: 0 },
  ])('$name', ({ a, b, expected }) => {
    expect(civilServantCalendar.workingMinutesBetween(at(a), at(b))).toBe(expected);
  });
});

describe('WorkingCalendar.isWorkingDay', () => {
  it.each([
    { date: '2026-01-02', expected: false, why: 'swapped day off' },
    { date: '2026-01-10', expected: true, why: 'make-up Saturday' },
    { date: '2026-03-07', expected: false, why: 'ordinary Saturday' },
    { date: '2026-04-27', expected: false, why: 'compensation for Giỗ Tổ' },
    { date: '2026-08-22', expected: true, why: 'make-up Saturday' },
    { date: '2026-08-31', expected: false, why: 'swapped day off' },
    { date: '2026-11-24', expected: true, why: 'Ngày Văn hóa Việt Nam is pending, not applied' },
    { date: '2027-02-11', expected: false, why: 'estimated Tết 2027 compensation day' },
  ])('$date is working: $expected ($why)', ({ date, expected }) => {
    expect(civilServantCalendar.isWorkingDay(date)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => civilServantCalendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('WorkingCalendar with other office hours', () => {
  const calendar = new WorkingCalendar({
    nonWorkingDates: [],
    makeUpWorkingDates: [],
    officeHours: [
      ['08:00', '12:00'],
      ['13:00', '17:30'],
    ],
  });

  it('ends a working-days clock at the end of the last block', () => {
    expect(formatLocal(calendar.addWorkingDays(at('2026-03-02T09:00'), 1))).toBe('2026-03-03T17:30:00+07:00');
  });

  it('skips its own lunch break', () => {
    // 11:00-12:00 (60) + 13:00-14:00 (60).
    expect(formatLocal(calendar.addWorkingHours(at('2026-03-09T11:00'), 2))).toBe('2026-03-09T14:00:00+07:00');
  });

  it('rejects overlapping blocks', () => {
    const officeHours = [
      ['08:00', '12:00'],
      ['11:00', '17:00'],
    ] as const;
    expect(() => new WorkingCalendar({ nonWorkingDates: [], makeUpWorkingDates: [], officeHours })).toThrow(RangeError);
  });
});

describe('formatLocal', () => {
  it.each([
    { instant: '2026-03-02T17:30:00Z', expected: '2026-03-03T00:30:00+07:00' },
    { instant: '2026-12-31T16:59:59Z', expected: '2026-12-31T23:59:59+07:00' },
  ])('shows $instant as $expected', ({ instant, expected }) => {
    expect(formatLocal(new Date(instant))).toBe(expected);
  });
});
