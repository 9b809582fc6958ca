import { planPeriod } from './period';

describe('planPeriod', () => {
  it('reads a period inside one month from daily buckets only', () => {
    expect(planPeriod('2026-03-05', '2026-03-20')).toEqual({ months: null, days: [{ from: '2026-03-05', to: '2026-03-20' }] });
  });

  it('reads whole months from monthly buckets and the edges from daily ones', () => {
    expect(planPeriod('2026-01-15', '2026-04-10')).toEqual({
      months: { from: '2026-02-01', to: '2026-03-01' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-10' },
      ],
    });
  });

  it('reads a whole year from twelve monthly buckets', () => {
    expect(planPeriod('2026-01-01', '2026-12-31')).toEqual({ months: { from: '2026-01-01', to: '2026-12-01' }, days: [] });
  });

  it('reads a whole February, leap year or not, as a month', () => {
    expect(planPeriod('2028-02-01', '2028-02-29')).toEqual({ months: { from: '2028-02-01', to: '2028-02-01' }, days: [] });
    expect(planPeriod('2026-02-01', '2026-02-28')).toEqual({ months: { from: '2026-02-01', to: '2026-02-01' }, days: [] });
  });

  it('covers every day of any period exactly once', () => {
    const covered = (from: string, to: string) => {
      const plan = planPeriod(from, to);
      const days: string[] = [];
      const each = (a: string, b: string) => {
        for (let d = new Date(`${a}T00:00:00Z`); d <= new Date(`${b}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
          days.push(d.toISOString().slice(0, 10));
      };
      if (plan.months) {
        const end = new Date(`${plan.months.to}T00:00:00Z`);
        each(plan.months.from, new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).toISOString().slice(0, 10));
      }
      for (const r of plan.days) each(r.from, r.to);
      return days.sort();
    };
    const all = (from: string, to: string) => {
      const days: string[] = [];
      for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
        days.push(d.toISOString().slice(0, 10));
      return days;
    };
    for (const [from, to] of [
      ['2026-01-31', '2026-02-01'],
      ['2025-12-31', '2027-01-01'],
      ['2026-02-28', '2026-03-31'],
      ['2026-06-01', '2026-06-30'],
      ['2026-06-02', '2026-06-30'],
    ]) {
      expect(covered(from, to)).toEqual(all(from, to));
    }
  });
});
