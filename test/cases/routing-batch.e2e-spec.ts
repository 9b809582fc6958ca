import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CaseWorkflowService } from '@hotline/cases';
import { FakeClock } from '@hotline/config';
import { CaseKind } from '@hotline/contracts';
import { makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

/** One of each routing outcome: a category rule, a rule on kind (the denunciation's author is kept apart), and triage. */
const SHAPES = [
  { kind: CaseKind.Feedback, categoryCode: 'GIAO-THONG.DUONG-HONG' },
  { kind: CaseKind.Denunciation, categoryCode: 'DAT-DAI.CAP-GCN' },
  { kind: CaseKind.Complaint, categoryCode: 'DAT-DAI.TRANH-CHAP' },
];

describe('routing many cases in one transaction', () => {
  const clock = new FakeClock(new Date('2026-11-03T02:00:00Z'));
  let platform: TestPlatform;
  let workflow: CaseWorkflowService;
  let db: DataSource;

  beforeAll(async () => {
    // No worker: the test routes the cases itself.
    platform = await newPlatform().start({ clock, worker: false });
    workflow = platform.api.get(CaseWorkflowService);
    db = platform.db.dataSource;
  });
  afterAll(() => platform.stop());

  async function submit(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(SHAPES[i % SHAPES.length]));
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    return ids;
  }

  /** Everything routing writes about a case, without its own ids and instants, to compare two cases. */
  async function outcome(caseId: string): Promise<unknown> {
    const [kase] = await db.query(
      `SELECT status, agency_id, routed_at - received_at AS routed_after, due_at - received_at AS due_after,
              next_due_at - received_at AS next_due_after, version FROM cases WHERE id = $1`,
      [caseId],
    );
    const clocks = await db.query(
      `SELECT d.clock, d.status, d.started_at = c.received_at AS from_receipt, d.due_at - c.received_at AS due_after, d.stage,
              d.next_action_at - c.received_at AS next_action_after, d.met_at IS NOT NULL AS met
         FROM case_deadlines d JOIN cases c ON c.id = d.case_id WHERE d.case_id = $1 ORDER BY d.clock`,
      [caseId],
    );
    const events = await db.query(
      `SELECT type, from_status, to_status, agency_id, actor_type, visible_to_citizen, data - 'ruleId' AS data
         FROM case_events WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    const notices = await db.query(
      `SELECT n.template, regexp_replace(n.recipient, '^citizen[0-9]+@', 'citizen@') AS recipient, n.status,
              split_part(n.dedupe_key, ':', 1) AS dedupe,
              (SELECT count(*)::int FROM outbox o WHERE o.job_id = 'send-notification.' || n.id) AS outbox_jobs
         FROM notifications n WHERE n.case_id = $1 ORDER BY n.template`,
      [caseId],
    );
    const audit = await db.query(
      `SELECT action, actor_type, data FROM audit_log WHERE target_type = 'case' AND target_id = $1 ORDER BY id`,
      [caseId],
    );
    return { kase, clocks, events, notices, audit };
  }

  function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; caseUpdates: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    return work()
      .then((result) => ({
        result,
        statements: spy.mock.calls.length,
        caseUpdates: spy.mock.calls.filter(([sql]) => /^\s*UPDATE cases\b/.test(sql)).length,
      }))
      .finally(() => spy.mockRestore());
  }

  it('writes for each case exactly what routing it alone writes', async () => {
    const alone = await submit(SHAPES.length);
    const together = await submit(SHAPES.length);
    for (const id of alone) expect((await workflow.autoRoute(id))?.id).toBe(id);
    const routed = await workflow.autoRouteMany(together);
    expect(routed.map((k) => k?.id)).toEqual(together);
    for (let i = 0; i < SHAPES.length; i++) {
      const [single, batched] = [await outcome(alone[i]), await outcome(together[i])];
      expect(batched).toEqual(single);
    }
    const statuses = (await Promise.all(together.map((id) => outcome(id)))).map((o) => (o as { kase: { status: string } }).kase.status);
    expect(statuses).toEqual(['routed', 'routed', 'triage']);
  });

  it('runs as many statements for thirty cases as for three', async () => {
    const few = await submit(3);
    const many = await submit(30);
    const small = await countStatements(() => workflow.autoRouteMany(few));
    const large = await countStatements(() => workflow.autoRouteMany(many));
    expect(large.result.every((k) => k !== null)).toBe(true);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(16);
    // One row version per case: routed and triaged cases change different columns, so two UPDATEs in all, each
    // writing the status together with the clocks' summary columns (no second UPDATE to refresh those).
    expect(small.caseUpdates).toBe(2);
    const stale = await db.query(
      `SELECT c.id FROM cases c
        WHERE c.id = ANY($1::uuid[])
          AND (c.due_at IS DISTINCT FROM (SELECT min(d.due_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running')
           OR c.next_due_at IS DISTINCT FROM (SELECT min(d.next_action_at) FROM case_deadlines d
             WHERE d.case_id = c.id AND d.status = 'running'))`,
      [[...few, ...many]],
    );
    expect(stale).toEqual([]);
    const [{ due_at }] = await db.query(`SELECT due_at FROM cases WHERE id = $1`, [many[0]]);
    expect(due_at).not.toBeNull();
    expect(large.result[0]!.dueAt).toEqual(due_at);
  });

  it('leaves cases already routed alone, and routes a case named twice once', async () => {
    const [first, second] = await submit(2);
    await workflow.autoRoute(first);
    const before = await outcome(first);
    const results = await workflow.autoRouteMany([first, second, second]);
    expect(results.map((k) => k?.id ?? null)).toEqual([null, second, null]);
    expect(await outcome(first)).toEqual(before);
    const [{ events }] = await db.query(
      `SELECT count(*)::int AS events FROM case_events WHERE case_id = $1 AND type IN ('routed', 'sent_to_triage')`,
      [second],
    );
    expect(events).toBe(1);
  });
});
