import { Counter } from '../rollups/rollup-sql';

export const SMALL_SAMPLE_BELOW = 10;

export interface Rate {
  count: number;
  of: number;
  percent: number | null;
}

export const rate = (count: number, of: number): Rate => ({ count, of, percent: of > 0 ? Math.round((count / of) * 1000) / 10 : null });

/** Nearest-rank percentile of a histogram (value → cases): the smallest value with at least p·n cases at or below it. */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value)!;
    if (seen >= rank) return value;
  }
  return null;
}

export type Counts = Record<Counter, number> & { overdue: number; very_late: number };

export function figures(c: Counts, answerDays: ReadonlyMap<number, number>) {
  return {
    received: c.received,
    routed: c.routed,
    answered: c.answered,
    resolved: c.resolved,
    resolvedRate: rate(c.resolved, c.received),
    answeredOnTime: rate(c.answered_on_time, c.answered),
    open: c.open,
    overdueOpen: c.overdue,
    veryLate: c.very_late,
    answerWorkingDays: {
      answered: [...answerDays.values()].reduce((a, b) => a + b, 0),
      median: percentile(answerDays, 0.5),
      p90: percentile(answerDays, 0.9),
    },
    approvalWait: {
      waits: c.approval_waits,
      meanHours: c.approval_waits > 0 ? Math.round((c.approval_wait_minutes / c.approval_waits / 60) * 10) / 10 : null,
    },
    satisfaction: rate(c.satisfied, c.rated),
    reopened: rate(c.reopened, c.answered),
    returned: rate(c.returned, c.routed),
    smallSample: c.received < SMALL_SAMPLE_BELOW,
  };
}
