import fc from 'fast-check';
import { CaseWorkflowService, IntakeService } from '@hotline/cases';
import { FakeClock } from '@hotline/config';
import { Actor, CaseChannel, CaseKind, CaseStatus, Role, TERMINAL_STATUSES } from '@hotline/contracts';
import { DeadlineReferenceService } from '@hotline/deadlines';
import { DIMENSION_NAMES, DIMENSIONS, DimensionName, figures, RollupService, SummaryService } from '@hotline/reporting';
import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const TZ = 'Asia/Ho_Chi_Minh';

type Step =
  | { do: 'submit'; kind: CaseKind; channel: CaseChannel; categoryCode: string }
  | { do: 'act'; which: number; choice: number }
  | { do: 'advance'; hours: number }
  | { do: 'replay'; which: number }
  | { do: 'drain' };

type Action =
  | 'autoRoute'
  | 'routeSxd'
  | 'routeHk'
  | 'accept'
  | 'start'
  | 'return'
  | 'requestInfo'
  | 'provideInfo'
  | 'answer'
  | 'officerAnswer'
  | 'approve'
  | 'sendBack'
  | 'extend'
  | 'satisfied'
  | 'unsatisfied'
  | 'reject'
  | 'close';
/** What a case in each status may go through next: the walk takes one of them, so most steps move a case. */
const NEXT: Partial<Record<CaseStatus, Action[]>> = {
  [CaseStatus.Received]: ['autoRoute', 'autoRoute', 'reject'],
  [CaseStatus.Triage]: ['routeSxd', 'routeHk', 'reject'],
  [CaseStatus.Routed]: ['accept', 'accept', 'return', 'routeHk'],
  [CaseStatus.Accepted]: ['start', 'answer', 'officerAnswer', 'requestInfo', 'return', 'extend'],
  [CaseStatus.Returned]: ['routeSxd', 'routeHk', 'reject'],
  [CaseStatus.InProgress]: ['answer', 'officerAnswer', 'requestInfo', 'extend'],
  [CaseStatus.AwaitingApproval]: ['approve', 'sendBack'],
  [CaseStatus.AwaitingInfo]: ['provideInfo'],
  [CaseStatus.Answered]: ['satisfied', 'unsatisfied', 'close'],
  [CaseStatus.Reopened]: ['start', 'answer', 'officerAnswer'],
};
const CATEGORIES = ['GIAO-THONG.DUONG-HONG', 'DAT-DAI.TRANH-CHAP', 'MOI-TRUONG.RAC-THAI'];

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('submit' as const),
      kind: fc.constantFrom(...Object.values(CaseKind)),
      channel: fc.constantFrom(...Object.values(CaseChannel)),
      categoryCode: fc.constantFrom(...CATEGORIES),
    }),
  },
  { weight: 8, arbitrary: fc.record({ do: fc.constant('act' as const), which: fc.nat(), choice: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('replay' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('drain' as const) }) },
);

interface OracleRow {
  id: string;
  day: string;
  agency_id: string | null;
  category_id: string | null;
  area_id: string | null;
  channel: string;
  kind: string;
  status: CaseStatus;
  routed: boolean;
  first_answer: Date | null;
  received_at: Date;
  satisfied: boolean | null;
  reopen_count: number;
  return_count: number;
  answer_on_time: boolean;
  due_at: Date | null;
  very_late_at: Date | null;
  approval_waits: number;
  approval_wait_minutes: number;
}

describe('rollups against a direct computation', () => {
  const clock = new FakeClock(local('2026-11-02T08:00:00'));
  let platform: TestPlatform;
  let workflow: CaseWorkflowService;
  let intake: IntakeService;
  let rollups: RollupService;
  let summaries: SummaryService;
  let deadlines: DeadlineReferenceService;
  let secretariat: Actor;
  let admin: Actor;
  let officerId = '';
  const caseIds: string[] = [];

  beforeAll(async () => {
    // No worker: this test drives routing and draining itself, so every step happens in the order it chose.
    platform = await newPlatform().start({ clock, worker: false });
    workflow = platform.api.get(CaseWorkflowService);
    intake = platform.api.get(IntakeService);
    rollups = platform.api.get(RollupService);
    summaries = platform.api.get(SummaryService);
    deadlines = platform.api.get(DeadlineReferenceService);
    const users: { id: string; role: Role; email: string }[] = await platform.db.dataSource.query(`SELECT id, role, email FROM users`);
    const staff = (role: Role): Actor => ({ type: 'staff', userId: users.find((u) => u.role === role)!.id, role, agencyId: null });
    secretariat = staff(Role.Secretariat);
    admin = staff(Role.Admin);
    officerId = users.find((u) => u.role === Role.AgencyOfficer)!.id;
    // Every agency's officers' answers wait for approval: the walk's `officerAnswer` goes through the head.
    await platform.db.dataSource.query(
      `INSERT INTO answer_approval_rules (agency_id, kind) SELECT a.id, k.kind FROM agencies a
      CROSS JOIN unnest($1::text[]) AS k(kind)`,
      [Object.values(CaseKind)],
    );
  });
  afterAll(() => platform.stop());

  async function run(step: Step): Promise<void> {
    const pick = (n: number) => caseIds[n % caseIds.length];
    switch (step.do) {
      case 'submit': {
        const { receipt } = await intake.submit(makeCaseInput({ kind: step.kind, categoryCode: step.categoryCode }) as never, {
          channel: step.channel,
          actor: { type: 'citizen' },
        });
        caseIds.push(receipt.id);
        return;
      }
      case 'advance':
        clock.set(new Date(clock.now().getTime() + step.hours * 3_600_000));
        return;
      case 'replay':
        if (caseIds.length === 0) return;
        // The delivery of one of the case's events again: its case is marked and processed once more.
        await platform.db.dataSource.query(
          `INSERT INTO report_dirty_cases (case_id) SELECT case_id FROM case_events WHERE case_id = $1 ORDER BY random() LIMIT 1`,
          [pick(step.which)],
        );
        return;
      case 'drain':
        await rollups.drain();
        return;
      case 'act': {
        if (caseIds.length === 0) return;
        const id = pick(step.which);
        const [{ status, agency_id: agencyId }] = await platform.db.dataSource.query(`SELECT status, agency_id FROM cases WHERE id = $1`, [
          id,
        ]);
        // An officer of the case's agency (in scope whatever the agency), whose answer waits for the head's approval.
        const officer: Actor = { type: 'staff', userId: officerId, role: Role.AgencyOfficer, agencyId, agencyIds: [agencyId] };
        const next = NEXT[status as CaseStatus];
        if (!next) return;
        const action = next[step.choice % next.length];
        const attempts: Record<Action, () => Promise<unknown>> = {
          autoRoute: () => workflow.autoRoute(id),
          routeSxd: () => workflow.route(id, secretariat, 'SXD'),
          routeHk: () => workflow.route(id, secretariat, 'UBND-HOANKIEM'),
          accept: () => workflow.accept(id, admin),
          start: () => workflow.start(id, admin),
          return: () => workflow.returnToSecretariat(id, admin, 'Không thuộc thẩm quyền'),
          requestInfo: () => workflow.requestInfo(id, admin, 'Xin bổ sung địa chỉ'),
          provideInfo: () => workflow.provideInfo(id, secretariat),
          answer: () => workflow.answer(id, admin, 'Cơ quan đã xử lý xong.'),
          officerAnswer: () => workflow.answer(id, officer, 'Dự thảo: cơ quan đã xử lý xong.'),
          approve: () => workflow.approve(id, admin),
          sendBack: () => workflow.sendBack(id, admin, 'Cần bổ sung căn cứ.'),
          extend: () => workflow.extend(id, admin, 'Vụ việc phức tạp'),
          satisfied: () => workflow.rate(id, true),
          unsatisfied: () => workflow.rate(id, false),
          reject: () => workflow.reject(id, secretariat, 'Ngoài phạm vi'),
          close: () => workflow.close(id, secretariat),
        };
        await attempts[action]().catch((err: { status?: number; message?: string }) => {
          // An extension beyond the rule's limit is refused (409): part of the walk.
          if (err.status !== 409) throw err;
        });
      }
    }
  }

  /** The figures computed straight from the cases table and their clocks, without facts or rollups. */
  async function direct(groupBy: DimensionName[], from: string, to: string) {
    const rows: OracleRow[] = await platform.db.dataSource.query(
      `SELECT c.id, (c.received_at AT TIME ZONE '${TZ}')::date::text AS day, c.agency_id, c.category_id, c.area_id,
       c.channel, c.kind, c.status,
              c.routed_at IS NOT NULL AS routed, c.received_at, c.satisfied, c.reopen_count, c.return_count, c.due_at,
              (SELECT min(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.type = 'answered') AS first_answer,
              EXISTS (SELECT 1 FROM case_deadlines d WHERE d.case_id = c.id AND d.clock = 'answer'
              AND d.status = 'met' AND d.met_at <= d.due_at) AS answer_on_time,
              (SELECT min(d.very_late_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running') AS very_late_at,
              (SELECT count(*)::int FROM case_events x WHERE x.case_id = c.id AND x.from_status = 'awaiting_approval') AS approval_waits,
              (SELECT coalesce(sum(floor(extract(epoch FROM x.created_at - (SELECT max(y.created_at) FROM case_events y
                        WHERE y.case_id = c.id AND y.id < x.id AND y.to_status = 'awaiting_approval')) / 60)), 0)::int
                 FROM case_events x WHERE x.case_id = c.id AND x.from_status = 'awaiting_approval') AS approval_wait_minutes
         FROM cases c WHERE (c.received_at AT TIME ZONE '${TZ}')::date BETWEEN $1 AND $2`,
      [from, to],
    );
    const { calendar } = await deadlines.get();
    const now = clock.now();
    const groups = new Map<string, { counts: Record<string, number>; days: Map<number, number> }>();
    for (const r of rows) {
      const key = JSON.stringify(groupBy.map((d) => r[DIMENSIONS[d].column as keyof OracleRow] ?? null));
      const g: { counts: Record<string, number>; days: Map<number, number> } = groups.get(key) ?? {
        counts: {
          received: 0,
          routed: 0,
          answered: 0,
          answered_on_time: 0,
          resolved: 0,
          open: 0,
          rated: 0,
          satisfied: 0,
          reopened: 0,
          returned: 0,
          approval_waits: 0,
          approval_wait_minutes: 0,
          overdue: 0,
          very_late: 0,
        },
        days: new Map(),
      };
      const open = ![...TERMINAL_STATUSES, CaseStatus.Answered].includes(r.status);
      const add = (k: string, yes: boolean) => (g.counts[k] += yes ? 1 : 0);
      add('received', true);
      add('routed', r.routed);
      add('answered', r.first_answer !== null);
      add('answered_on_time', r.first_answer !== null && r.answer_on_time);
      add('resolved', r.status === CaseStatus.Closed);
      add('open', open);
      add('rated', r.satisfied !== null);
      add('satisfied', r.satisfied === true);
      add('reopened', r.reopen_count > 0);
      add('returned', r.return_count > 0);
      g.counts.approval_waits += r.approval_waits;
      g.counts.approval_wait_minutes += r.approval_wait_minutes;
      add('overdue', open && r.due_at !== null && r.due_at < now);
      add('very_late', open && r.due_at !== null && r.very_late_at !== null && r.very_late_at <= now);
      if (r.first_answer) {
        const days = calendar.workingDaysBetween(r.received_at, r.first_answer);
        g.days.set(days, (g.days.get(days) ?? 0) + 1);
      }
      groups.set(key, g);
    }
    return Object.fromEntries([...groups].map(([k, g]) => [k, figures(g.counts as never, g.days)]));
  }

  async function fromRollups(groupBy: DimensionName[], from: string, to: string) {
    const s = await summaries.summary({ from, to, groupBy }, secretariat);
    const ids = (key: Record<string, { code: string } | null>, d: DimensionName) => key[d]?.code ?? null;
    const snapshotIds = await platform.db.dataSource.query(
      `SELECT id, code FROM agencies UNION ALL SELECT id, code FROM categories UNION ALL SELECT id, code FROM areas`,
    );
    const idOf = new Map<string, string>(snapshotIds.map((r: { id: string; code: string }) => [r.code, r.id]));
    return Object.fromEntries(
      s.groups.map(({ key, ...f }) => [
        JSON.stringify(
          groupBy.map((d) =>
            ['agency', 'category', 'area'].includes(d)
              ? ids(key as never, d)
                ? idOf.get(ids(key as never, d)!)!
                : null
              : ids(key as never, d),
          ),
        ),
        f,
      ]),
    );
  }

  const groupingArb = fc.subarray(DIMENSION_NAMES as DimensionName[], { minLength: 0, maxLength: 2 });

  it('gives the rollup figures equal to a direct computation after random workflows with replayed events, and again after a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 20, maxLength: 80 }),
        fc.array(groupingArb, { minLength: 2, maxLength: 4 }),
        async (steps, groupings) => {
          for (const step of steps) await run(step);
          while ((await rollups.drain()).cases > 0);
          const from = '2026-01-01';
          const to = (clock.now().getUTCFullYear() + 1).toString() + '-12-31';
          for (const groupBy of [[], ['agency'], ...groupings] as DimensionName[][]) {
            expect(await fromRollups(groupBy, from, to)).toEqual(await direct(groupBy, from, to));
          }
          // A period with month and day edges: daily and monthly buckets must agree with the direct count.
          const edge = clock.now().toISOString().slice(0, 10);
          expect(await fromRollups(['kind'], '2026-11-02', edge)).toEqual(await direct(['kind'], '2026-11-02', edge));
        },
      ),
      { numRuns: 20 },
    );
    const before = await fromRollups(['agency', 'kind'], '2026-01-01', '2027-12-31');
    const counts = async () =>
      (
        await platform.db.dataSource.query(
          `SELECT count(*) AS rows, sum(received) AS received, sum(answer_days_hist)::text AS hist FROM report_rollup`,
        )
      )[0];
    const rowsBefore = await counts();
    await rollups.rebuild();
    expect(await fromRollups(['agency', 'kind'], '2026-01-01', '2027-12-31')).toEqual(before);
    expect(await counts()).toEqual(rowsBefore);
    expect(caseIds.length).toBeGreaterThan(5);
  }, 240_000);

  it('changes nothing when every event is delivered again', async () => {
    const snapshot = async () =>
      platform.db.dataSource.query(
        `SELECT grain, bucket_kind, bucket::text, agency_id, category_id, area_id, channel, kind, received, routed,
       answered, answered_on_time, resolved, open, rated, satisfied, reopened, returned, answer_days_hist::text
         FROM report_rollup ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
      );
    while ((await rollups.drain()).cases > 0);
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0);
    await platform.db.dataSource.query(`INSERT INTO report_dirty_cases (case_id) SELECT case_id FROM case_events`);
    const result = await rollups.drain();
    expect(result.cases).toBeGreaterThanOrEqual(caseIds.length);
    expect(result.changed).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
