import { SummaryDto, SummaryFiguresDto } from './dto/summary.dto';
import { summaryCsv } from './summary-table';

const rate = { count: 0, of: 0, percent: null };
const figures: SummaryFiguresDto = {
  received: 1,
  routed: 1,
  answered: 0,
  resolved: 0,
  resolvedRate: rate,
  answeredOnTime: rate,
  open: 1,
  overdueOpen: 0,
  veryLate: 0,
  answerWorkingDays: { answered: 0, median: null, p90: null },
  approvalWait: { waits: 0, meanHours: null },
  satisfaction: rate,
  reopened: rate,
  returned: rate,
  smallSample: true,
};

describe('summary CSV', () => {
  it('writes group names that start like a formula with a leading quote', () => {
    const summary: SummaryDto = {
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: ['agency'],
      asOf: new Date('2026-11-30T10:00:00Z'),
      smallSampleBelow: 10,
      total: figures,
      groups: [{ ...figures, key: { agency: { code: '@SUM(1)', name: '=HYPERLINK("http://evil.example/x","Sở")', nameEn: 'x' } } }],
    };
    const [, row] = summaryCsv(summary)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(row.startsWith(`'@SUM(1),"'=HYPERLINK(""http://evil.example/x"",""Sở"")",1,`)).toBe(true);
  });
});
