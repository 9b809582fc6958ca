import { FakeClock } from '@hotline/config';
import { RollupService, SummaryDto, TrendDto } from '@hotline/reporting';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/**
 * The dashboard's trend in one request: each calendar month of the period with the same days of the previous period,
 * equal to the summary of those days (which the dashboard used to ask for month by month, two requests a month).
 */
describe('council trend, month by month against the previous period', () => {
  const clock = new FakeClock(local('2026-10-20T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;

  const submit = async (isoLocal: string, input: Record<string, unknown> = {}) => {
    clock.set(local(isoLocal));
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input));
    expect(res.status).toBe(201);
  };
  const get = async <T>(path: string, token = secretariat) => {
    const res = await platform.request<T>('GET', path, undefined, token);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
    // The period is 1 August – 20 October (81 days); the previous one 12 May – 31 July.
    await submit('2026-05-20T10:00:00');
    await submit('2026-06-02T10:00:00', { categoryCode: 'Y-TE.ATTP' });
    await submit('2026-07-30T10:00:00');
    await submit('2026-08-03T10:00:00');
    await submit('2026-08-31T16:00:00', { categoryCode: 'Y-TE.ATTP' });
    await submit('2026-09-15T10:00:00');
    await submit('2026-10-02T10:00:00');
    await submit('2026-10-19T10:00:00', { categoryCode: 'Y-TE.ATTP' });
    clock.set(local('2026-10-20T12:00:00'));
    await waitFor(async () => {
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE status = 'received'`);
      return n === 0;
    }, 'routing');
    const rollups = platform.worker!.get(RollupService);
    await waitFor(async () => {
      await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      const [{ received }] = await platform.db.dataSource.query(`SELECT count(*)::int AS received FROM report_case_facts`);
      return n === 0 && received === 8;
    }, 'rollups drained');
  });
  afterAll(() => platform.stop());

  it('gives each month of the period, cut to it, with the same days shifted into the previous period', async () => {
    const trend = await get<TrendDto>('/api/v1/reports/trend?from=2026-08-01&to=2026-10-20');
    expect(trend.previous).toEqual({ from: '2026-05-12', to: '2026-07-31' });
    expect(trend.months.map((m) => [m.month, m.from, m.to, m.previous.from, m.previous.to])).toEqual([
      ['2026-08', '2026-08-01', '2026-08-31', '2026-05-12', '2026-06-11'],
      ['2026-09', '2026-09-01', '2026-09-30', '2026-06-12', '2026-07-11'],
      ['2026-10', '2026-10-01', '2026-10-20', '2026-07-12', '2026-07-31'],
    ]);
    expect(trend.months.map((m) => [m.total.received, m.previous.total.received])).toEqual([
      [2, 2],
      [1, 0],
      [2, 1],
    ]);
  });

  it('equals the summary of each bucket, for the secretariat and for an agency officer (own agency only)', async () => {
    for (const token of [secretariat, officer]) {
      const trend = await get<TrendDto>('/api/v1/reports/trend?from=2026-08-01&to=2026-10-20', token);
      for (const m of trend.months) {
        for (const b of [m, m.previous]) {
          const summary = await get<SummaryDto>(`/api/v1/reports/summary?from=${b.from}&to=${b.to}`, token);
          expect({ month: m.month, from: b.from, total: b.total }).toEqual({ month: m.month, from: b.from, total: summary.total });
        }
      }
    }
    const own = await get<TrendDto>('/api/v1/reports/trend?from=2026-08-01&to=2026-10-20', officer);
    expect(own.months.map((m) => [m.total.received, m.previous.total.received])).toEqual([
      [1, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('refuses a period that runs backwards or covers more than 24 months, or a day that is not one, naming the field', async () => {
    const backwards = await platform.request<{ code: string; details: { field: string }[] }>(
      'GET',
      '/api/v1/reports/trend?from=2026-10-01&to=2026-09-01',
      undefined,
      secretariat,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].field).toBe('to');
    const long = await platform.request<{ code: string; details: { field: string }[] }>(
      'GET',
      '/api/v1/reports/trend?from=2024-01-01&to=2026-01-31',
      undefined,
      secretariat,
    );
    expect(long.status).toBe(400);
    expect(long.body.details[0].field).toBe('from');
    const bad = await platform.request<{ code: string }>('GET', '/api/v1/reports/trend?from=2026-13-01', undefined, secretariat);
    expect(bad.status).toBe(400);
    expect(backwards.body.code).toBeTruthy();
    expect(bad.body.code).toBeTruthy();
  });
});
