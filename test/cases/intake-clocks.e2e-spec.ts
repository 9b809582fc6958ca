import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { DeadlineRuleEntity } from '@hotline/database';
import { computeSchedule, DeadlineReferenceService } from '@hotline/deadlines';
import { type CaseDetail, type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { newPlatform, USERS } from '../platform';

/** What the deadline rules say a case received at `receivedAt` is due by, for each clock that starts at receipt. */
async function receiptDueDates(platform: TestPlatform, kind: CaseKind, receivedAt: Date): Promise<Map<string, string>> {
  const active = await platform.api.get(DataSource).getRepository(DeadlineRuleEntity).findBy({ active: true });
  const { calendar } = await platform.api.get(DeadlineReferenceService).get();
  return new Map(
    DeadlineReferenceService.rulesStartingOn(active, { kind, channel: CaseChannel.Web }, CaseStatus.Received).map((rule) => [
      rule.clock,
      computeSchedule(calendar, rule, { startedAt: receivedAt, urgent: false, extensions: [], clockStops: [] }).dueAt.toISOString(),
    ]),
  );
}

describe('clocks that start at receipt are written by intake', () => {
  let platform: TestPlatform;
  let worker: INestApplicationContext | undefined;
  let secretariat: string;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    secretariat = await platform.login(...USERS.secretariat);
  });
  afterAll(async () => {
    await worker?.close();
    await platform.stop();
  });

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;

  it('a case just received, with no worker running, shows the due date the rules give, and routing does not start its clocks again', async () => {
    const kases: Receipt[] = [];
    for (const kind of [CaseKind.Feedback, CaseKind.Complaint]) {
      const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ kind }));
      expect(res.status).toBe(201);
      kases.push(res.body);
    }
    const expected = await Promise.all(
      kases.map(async (k, i) => receiptDueDates(platform, [CaseKind.Feedback, CaseKind.Complaint][i], new Date(k.receivedAt))),
    );

    for (const [i, kase] of kases.entries()) {
      const received = await detail(kase.id);
      expect(received.status).toBe(CaseStatus.Received);
      expect(expected[i].size).toBeGreaterThan(0);
      const clocks = new Map(received.deadlines.map((d) => [d.clock, d.dueAt]));
      expect(clocks).toEqual(expected[i]);
      const earliest = [...expected[i].values()].sort()[0];
      expect(received.dueAt).toBe(earliest);
      const listed = await platform.request<CaseList>(
        'GET',
        `/api/v1/cases?q=${encodeURIComponent(kase.trackingCode)}`,
        undefined,
        secretariat,
      );
      expect(listed.body.items.find((c) => c.id === kase.id)?.dueAt).toBe(earliest);
    }

    // Row versions of the receipt clocks routing has no reason to touch (not met by routing): they must not change.
    const untouched = async (caseId: string): Promise<Record<string, string>> =>
      Object.fromEntries(
        (
          (await platform.db.dataSource.query(
            `SELECT clock, xmin::text AS version FROM case_deadlines WHERE case_id = $1 AND clock <> 'route' ORDER BY clock`,
            [caseId],
          )) as { clock: string; version: string }[]
        ).map((r) => [r.clock, r.version]),
      );
    const before = await Promise.all(kases.map((k) => untouched(k.id)));
    expect(before.map((b) => Object.keys(b).length)).toEqual([1, 1]);

    worker = await createWorker(platform.config);
    for (const [i, kase] of kases.entries()) {
      await waitFor(async () => (await detail(kase.id)).status !== CaseStatus.Received || undefined, 'routing');
      const routed = await detail(kase.id);
      const startedAtReceipt = routed.deadlines.filter((d) => expected[i].has(d.clock));
      expect(startedAtReceipt.map((d) => d.clock).sort()).toEqual([...expected[i].keys()].sort());
      for (const d of startedAtReceipt) expect(d.dueAt).toBe(expected[i].get(d.clock));
      const rows: { clock: string; n: number; started_at: Date }[] = await platform.db.dataSource.query(
        `SELECT clock, count(*)::int AS n, min(started_at) AS started_at FROM case_deadlines WHERE case_id = $1 GROUP BY clock`,
        [kase.id],
      );
      const after = await untouched(kase.id);
      expect(Object.fromEntries(Object.keys(before[i]).map((clock) => [clock, after[clock]]))).toEqual(before[i]);
      for (const row of rows.filter((r) => expected[i].has(r.clock))) {
        expect(row).toEqual({ clock: row.clock, n: 1, started_at: new Date(kase.receivedAt) });
      }
    }
  });
});
