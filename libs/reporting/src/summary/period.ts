import { localDateOf } from '@hotline/contracts';
import { InvalidInputError } from '@hotline/platform';

export interface DayRange {
  from: string;
  to: string;
}

/** A period of whole local days, split into whole months (read from monthly rollups) and the days around them. */
export interface PeriodPlan {
  months: DayRange | null;
  days: DayRange[];
}

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const fmt = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: string, n: number) => fmt(new Date(toDate(d).getTime() + n * 86_400_000));
const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
const addMonths = (monthStart: string, n: number) => {
  const d = toDate(monthStart);
  return fmt(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
};

/** Each day was checked at the edge (IsLocalDate); a period also runs forwards. */
export function checkPeriod(from: string, to: string): void {
  if (from > to) throw new InvalidInputError('to', 'to must not be before from');
}

/** A report's period from its query: `to` defaults to today (Hà Nội), `from` to 1 January of `to`'s year; checked. */
export function reportPeriod(query: { from?: string; to?: string }, now: Date): DayRange {
  const to = query.to ?? localDateOf(now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  checkPeriod(from, to);
  return { from, to };
}

/** [from, to] inclusive: whole months inside it come from the monthly buckets, the rest from the daily ones. */
export function planPeriod(from: string, to: string): PeriodPlan {
  const firstFull = from === firstOfMonth(from) ? from : addMonths(firstOfMonth(from), 1);
  const afterTo = addDays(to, 1);
  const endFull = afterTo === firstOfMonth(afterTo) ? afterTo : firstOfMonth(to); // first day after the last whole month
  if (firstFull >= endFull) return { months: null, days: [{ from, to }] };
  const days: DayRange[] = [];
  if (from < firstFull) days.push({ from, to: addDays(firstFull, -1) });
  if (endFull <= to) days.push({ from: endFull, to });
  return { months: { from: firstFull, to: addMonths(endFull, -1) }, days };
}
