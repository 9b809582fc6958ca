import { FakeClock } from '@hotline/config';
import { DeadlineScanService } from '@hotline/deadlines';
import { type CaseDetail, makeCaseInput, type OverdueGroup, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/** The overdue board counts and lists cases, each once, with its overdue clocks inside. */
describe('overdue board', () => {
  const clock = new FakeClock(local('2026-11-23T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    secretariat = await platform.login(...USERS.secretariat);
  });
  afterAll(() => platform.stop());

  it('lists a case with two overdue clocks once, counts it once and shows both clocks', async () => {
    const { body: kase } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ categoryCode: 'HANH-CHINH.THU-TUC' }));
    await waitFor(async () => (await detail(kase.id)).status !== 'received' || undefined, 'routing to triage');
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/route`, { agencyCode: 'SXD' }, secretariat)).status).toBe(200);
    const other = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ categoryCode: 'HANH-CHINH.THU-TUC' }))).body;
    await waitFor(async () => (await detail(other.id)).status !== 'received' || undefined, 'routing to triage');
    expect((await platform.request('POST', `/api/v1/cases/${other.id}/route`, { agencyCode: 'SXD' }, secretariat)).status).toBe(200);

    clock.set(local('2027-03-01T09:00:00'));
    await platform.worker!.get(DeadlineScanService).scan(clock.now());
    const running = (await detail(kase.id)).deadlines
      .filter((d) => d.status === 'running' && d.overdue)
      .map((d) => d.clock)
      .sort();
    expect(running.length).toBeGreaterThanOrEqual(2);

    const { status, body } = await platform.request<OverdueGroup[]>('GET', '/api/v1/deadlines/overdue', undefined, secretariat);
    expect(status).toBe(200);
    const sxd = body.find((g) => g.agency?.code === 'SXD')!;
    expect(sxd.cases.filter((c) => c.id === kase.id)).toHaveLength(1);
    expect(sxd.overdue).toBe(2);
    expect(sxd.cases).toHaveLength(2);
    const listed = sxd.cases.find((c) => c.id === kase.id)!;
    expect(listed.clocks.map((c) => c.clock).sort()).toEqual(running);
    expect(listed.dueAt).toBe(listed.clocks.map((c) => c.dueAt).sort()[0]);
  });
});
