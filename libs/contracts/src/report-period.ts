/** A reporting period of whole Hà Nội days, both ends included (the reports' from/to). */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_PRESETS = ['month', 'lastMonth', 'quarter', 'lastQuarter', 'sixMonths', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => fmt(toTime(d) + n * DAY);
/** The first day of the month `n` months after the month of `d`. */
const monthStart = (d: string, n = 0) => {
  const [y, m] = d.split('-').map(Number);
  return fmt(Date.UTC(y, m - 1 + n, 1));
};
const monthEnd = (d: string) => addDays(monthStart(d, 1), -1);
const quarterStart = (d: string, n = 0) => {
  const m = Number(d.slice(5, 7));
  return monthStart(`${d.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}-01`, 3 * n);
};

/** The days of a preset as of `today`: the periods still running end today. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  switch (preset) {
    case 'month':
      return { from: monthStart(today), to: today };
    case 'lastMonth':
      return { from: monthStart(today, -1), to: monthEnd(monthStart(today, -1)) };
    case 'quarter':
      return { from: quarterStart(today), to: today };
    case 'lastQuarter':
      return { from: quarterStart(today, -1), to: addDays(quarterStart(today), -1) };
    case 'sixMonths':
      return { from: monthStart(today, -5), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export const periodDays = (p: Period): number => Math.round((toTime(p.to) - toTime(p.from)) / DAY) + 1;

export const shiftPeriod = (p: Period, days: number): Period => ({ from: addDays(p.from, days), to: addDays(p.to, days) });

/** The period of equal length that ends the day before this one starts: what a period is compared with. */
export const previousPeriod = (p: Period): Period => shiftPeriod(p, -periodDays(p));

/** The calendar months the period touches, each cut to the period: the trend's buckets. */
export function monthBuckets(p: Period): (Period & { month: string })[] {
  const out: (Period & { month: string })[] = [];
  for (let m = monthStart(p.from); m <= p.to; m = monthStart(m, 1)) {
    out.push({ month: m.slice(0, 7), from: m < p.from ? p.from : m, to: monthEnd(m) > p.to ? p.to : monthEnd(m) });
  }
  return out;
}
