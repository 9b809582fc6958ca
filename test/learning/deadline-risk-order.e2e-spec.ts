import { FakeClock } from '@hotline/config';
import { DeadlineRiskService } from '@hotline/learning';
import { type ApiErrorBody, type CaseList, makeCaseInput, type OverdueGroup, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

/**
 * The inboxes and the overdue board show each case's deadline risk as stored by the worker (`case_risk`) and order by
 * it: the list with `sort=risk`, the board inside each agency group with `?sort=risk`.
 */
describe('deadline risk: the case list and the overdue board carry the stored scores and sort by them', () => {
  const clock = new FakeClock(local('2026-11-02T09:00:00'));
  let platform: TestPlatform;
  let secretariat: string;
  let officerSxd: string;
  let officerHoanKiem: string;
  const sxd: Receipt[] = [];
  let hoanKiem: Receipt;

  const accepted = async (agencyCode: 'SXD' | 'UBND-HOANKIEM'): Promise<Receipt> => {
    const input = agencyCode === 'SXD' ? makeCaseInput() : makeCaseInput({ categoryCode: 'HANH-CHINH.THU-TUC' });
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', input);
    if (agencyCode === 'SXD') {
      await platform.waitForCaseStatus(body.id, 'routed', secretariat);
    } else {
      await platform.waitForCaseStatus(body.id, 'triage', secretariat);
      expect((await platform.request('POST', `/api/v1/cases/${body.id}/route`, { agencyCode }, secretariat)).status).toBe(200);
    }
    const officer = agencyCode === 'SXD' ? officerSxd : officerHoanKiem;
    expect((await platform.request('POST', `/api/v1/cases/${body.id}/accept`, {}, officer)).status).toBe(200);
    return body;
  };
  /** The stored scores, riskiest first, as the worker left them. */
  const storedOrder = async (): Promise<{ case_id: string; probability: number }[]> =>
    platform.db.dataSource.query(`SELECT case_id, probability FROM case_risk ORDER BY probability DESC, case_id`);
  const board = async (query = '') => {
    const res = await platform.request<OverdueGroup[]>('GET', `/api/v1/deadlines/overdue${query}`, undefined, secretariat);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [secretariat, officerSxd, officerHoanKiem] = await Promise.all([
      platform.login(...USERS.secretariat),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
    ]);
    // Four cases at Sở Xây dựng accepted on four days (so their due dates differ), one at UBND Hoàn Kiếm.
    for (const day of ['02', '03', '04', '05']) {
      clock.set(local(`2026-11-${day}T09:00:00`));
      sxd.push(await accepted('SXD'));
    }
    hoanKiem = await accepted('UBND-HOANKIEM');
    // A month later every answer clock is past due; the worker scores them.
    clock.set(local('2026-12-07T09:00:00'));
    expect(await platform.worker!.get(DeadlineRiskService).score()).toBe(5);
    // Scores in an order unlike the due dates', and one case the worker has not scored.
    const probabilities = new Map([
      [sxd[3].id, 0.91],
      [sxd[1].id, 0.72],
      [sxd[0].id, 0.43],
      [hoanKiem.id, 0.95],
    ]);
    for (const [id, p] of probabilities) {
      await platform.db.dataSource.query(`UPDATE case_risk SET probability = $2 WHERE case_id = $1`, [id, p]);
    }
    await platform.db.dataSource.query(`DELETE FROM case_risk WHERE case_id = $1`, [sxd[2].id]);
  });
  afterAll(() => platform.stop());

  it('lists each case with its stored risk and sorts the list by the stored scores, unscored cases last', async () => {
    const stored = await storedOrder();
    const list = await platform.request<CaseList>('GET', '/api/v1/cases?status=accepted&sort=risk', undefined, secretariat);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.id)).toEqual([...stored.map((s) => s.case_id), sxd[2].id]);
    expect(list.body.items.map((c) => c.risk)).toEqual([...stored.map((s) => s.probability), undefined]);

    const ascending = await platform.request<CaseList>('GET', '/api/v1/cases?status=accepted&sort=risk&order=asc', undefined, secretariat);
    expect(ascending.body.items.map((c) => c.id)).toEqual([...[...stored].reverse().map((s) => s.case_id), sxd[2].id]);
  });

  it('orders the cases of each agency group by the stored scores with ?sort=risk, the groups as before', async () => {
    const byDue = await board();
    const byRisk = await board('?sort=risk');
    expect(byRisk.map((g) => g.agency?.code)).toEqual(byDue.map((g) => g.agency?.code));
    expect(byDue.map((g) => g.agency?.code)).toEqual(['SXD', 'UBND-HOANKIEM']);

    const sxdByDue = byDue[0].cases.map((c) => c.id);
    const sxdByRisk = byRisk[0].cases.map((c) => c.id);
    // The default order is the due dates' (the order the cases were accepted in)…
    expect(sxdByDue).toEqual(sxd.map((c) => c.id));
    // …the risk order the stored scores', riskiest first, the unscored case last: not the same order.
    const stored = (await storedOrder()).filter((s) => sxd.some((c) => c.id === s.case_id));
    expect(sxdByRisk).toEqual([...stored.map((s) => s.case_id), sxd[2].id]);
    expect(sxdByRisk).not.toEqual(sxdByDue);

    // Each case carries its stored score on both orders; the unscored one none.
    for (const groups of [byDue, byRisk]) {
      const cases = groups.flatMap((g) => g.cases);
      for (const s of await storedOrder()) expect(cases.find((c) => c.id === s.case_id)?.risk).toBe(s.probability);
      expect(cases.find((c) => c.id === sxd[2].id)).not.toHaveProperty('risk');
    }
    // The counts do not depend on the order.
    expect(byRisk.map((g) => [g.overdue, g.veryLate])).toEqual(byDue.map((g) => [g.overdue, g.veryLate]));
  });

  it('an agency officer gets its own group, in risk order', async () => {
    const res = await platform.request<OverdueGroup[]>('GET', '/api/v1/deadlines/overdue?sort=risk', undefined, officerSxd);
    expect(res.status).toBe(200);
    expect(res.body.map((g) => g.agency?.code)).toEqual(['SXD']);
    expect(res.body[0].cases.map((c) => c.id)).toEqual([sxd[3].id, sxd[1].id, sxd[0].id, sxd[2].id]);
  });

  it('refuses an unknown order with a 400 naming sort', async () => {
    const res = await platform.request<ApiErrorBody>('GET', '/api/v1/deadlines/overdue?sort=probability', undefined, secretariat);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'sort' })]);
  });
});
