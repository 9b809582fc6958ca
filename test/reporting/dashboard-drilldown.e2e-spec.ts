import { FakeClock } from '@hotline/config';
import { RollupService, SummaryDto } from '@hotline/reporting';
import { type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/**
 * A dashboard figure opens a list of exactly the cases it counts: the list's `from`/`to` days are Hà Nội days and
 * `to` is inclusive, as in the summary.
 */
describe('dashboard drill-down', () => {
  const clock = new FakeClock(local('2026-10-15T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let rollups: RollupService;

  async function submitAt(isoLocal: string): Promise<Receipt> {
    clock.set(local(isoLocal));
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    await waitFor(
      async () =>
        (await platform.request<{ status: string }>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat)).body.status !==
          'received' || undefined,
      'routing',
    );
    return body;
  }

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    rollups = platform.worker!.get(RollupService);
    secretariat = await platform.login(...USERS.secretariat);
    await submitAt('2026-09-30T23:30:00'); // the day before the period
    await submitAt('2026-10-01T03:00:00'); // first Hà Nội day of the period, still 30 September in UTC
    await submitAt('2026-10-10T12:00:00');
    await submitAt('2026-10-15T06:30:00'); // today, still 14 October in UTC
    await submitAt('2026-10-15T15:00:00'); // today
    clock.set(local('2026-10-15T16:00:00'));
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return result.ran && n === 0;
    }, 'rollups drained');
  });
  afterAll(() => platform.stop());

  it('lists as many cases of an agency as the summary counts for the period, today’s cases included', async () => {
    const summary = await platform.request<SummaryDto>(
      'GET',
      '/api/v1/reports/summary?from=2026-10-01&to=2026-10-15&groupBy=agency',
      undefined,
      secretariat,
    );
    expect(summary.status).toBe(200);
    const sxd = summary.body.groups.find((g) => g.key.agency?.code === 'SXD')!;
    expect(sxd.received).toBe(4);
    const list = await platform.request<CaseList>('GET', '/api/v1/cases?from=2026-10-01&to=2026-10-15&agency=SXD', undefined, secretariat);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(sxd.received);
  });

  it('lists as many overdue cases of an agency as the summary counts for the period', async () => {
    const summary = await platform.request<SummaryDto>(
      'GET',
      '/api/v1/reports/summary?from=2026-10-01&to=2026-10-15&groupBy=agency',
      undefined,
      secretariat,
    );
    const sxd = summary.body.groups.find((g) => g.key.agency?.code === 'SXD')!;
    expect(sxd.overdueOpen).toBeGreaterThan(0);
    const list = await platform.request<CaseList>(
      'GET',
      '/api/v1/cases?from=2026-10-01&to=2026-10-15&agency=SXD&overdue=true',
      undefined,
      secretariat,
    );
    expect(list.body.total).toBe(sxd.overdueOpen);
  });

  it('reads a date-time bound as an instant, `to` exclusive', async () => {
    const list = await platform.request<CaseList>(
      'GET',
      `/api/v1/cases?from=${encodeURIComponent('2026-10-15T06:30:00+07:00')}&to=${encodeURIComponent('2026-10-15T15:00:00+07:00')}`,
      undefined,
      secretariat,
    );
    expect(list.body.total).toBe(1);
  });
});
