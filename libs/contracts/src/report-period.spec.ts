import { monthBuckets, periodDays, presetPeriod, previousPeriod } from './report-period';

describe('reporting periods', () => {
  const today = '2026-12-02';

  it.each([
    ['month', '2026-12-01', '2026-12-02'],
    ['lastMonth', '2026-11-01', '2026-11-30'],
    ['quarter', '2026-10-01', '2026-12-02'],
    ['lastQuarter', '2026-07-01', '2026-09-30'],
    ['sixMonths', '2026-07-01', '2026-12-02'],
    ['year', '2026-01-01', '2026-12-02'],
  ] as const)('%s runs from %s to %s', (preset, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to });
  });

  it('the last quarter of January is October to December of the year before', () => {
    expect(presetPeriod('lastQuarter', '2027-01-15')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('compares a period with the one of equal length just before it', () => {
    const lastQuarter = presetPeriod('lastQuarter', today);
    const previous = previousPeriod(lastQuarter);
    expect(previous).toEqual({ from: '2026-03-31', to: '2026-06-30' }); // 92 days, as July to September
    expect(periodDays(previous)).toBe(periodDays(lastQuarter));
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('cuts the trend’s months to the period', () => {
    expect(monthBuckets({ from: '2026-10-15', to: '2026-12-02' })).toEqual([
      { month: '2026-10', from: '2026-10-15', to: '2026-10-31' },
      { month: '2026-11', from: '2026-11-01', to: '2026-11-30' },
      { month: '2026-12', from: '2026-12-01', to: '2026-12-02' },
    ]);
  });
});
