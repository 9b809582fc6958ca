import { DataSource, EntityManager } from 'typeorm';
import { ANSWERED_STATUSES, CaseStatus, localDateOf, localDayEnd, localDayStart, OPEN_STATUSES, sqlStatusList } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { applySessionPeriod, DEFAULT_COUNCIL_NAME } from '../sessions/council-sessions.service';
import { TargetKind } from '../targets/target-progress';

const DAY = 86_400_000;
const ANSWERED = sqlStatusList(ANSWERED_STATUSES);
/** Open cases an agency is working on with a running clock (the query joins the agency; awaiting info stops clocks). */
const RUNNING = OPEN_STATUSES.filter((s) => s !== CaseStatus.AwaitingInfo);
const WORKING = sqlStatusList(RUNNING);
const FRESH = sqlStatusList(RUNNING.filter((s) => s !== CaseStatus.Reopened));

/** What a demo case contributes to a target at `now` (see target-progress.ts for the rule these feed). */
type Pool = 'on_time' | 'late' | 'overdue' | 'fresh';

interface Candidate {
  id: string;
  agency_id: string;
  agency_code: string;
  category: string;
  answered_at: Date | null;
  pool: Pool;
}

interface TargetSpec {
  kind: TargetKind;
  /** The title, given the (lower-case) category of the first linked case. */
  title: (category: string) => string;
  startsInDays: number;
  dueInDays: number;
  thresholdPercent?: number;
  needs: Partial<Record<Pool, number>>;
  session?: number;
}

const TERM = 'Khóa XVI, nhiệm kỳ 2021-2026';

/**
 * 14 targets and tasks over the demo cases, chosen so that, at the seed's `now`, 2 are done, 7 on track and 5 at risk
 * (2 tasks settled; 4 tasks with fresh open cases and 3 rates at or above their threshold; 3 tasks holding an overdue
 * case and 2 rates below their threshold).
 */
const TARGETS: TargetSpec[] = [
  {
    kind: TargetKind.Task,
    title: (c) => `Giải quyết dứt điểm các kiến nghị về ${c} tồn đọng từ Kỳ họp thứ 26`,
    startsInDays: -170,
    dueInDays: -3,
    needs: { on_time: 3 },
    session: 26,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Trả lời các kiến nghị cử tri về ${c} trước Kỳ họp thứ 28`,
    startsInDays: -60,
    dueInDays: 20,
    needs: { on_time: 2 },
    session: 27,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Xử lý các phản ánh về ${c} trong quý I năm sau`,
    startsInDays: -15,
    dueInDays: 100,
    needs: { on_time: 1, fresh: 2 },
    session: 28,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Khắc phục các tồn tại về ${c} theo kết luận giám sát`,
    startsInDays: -10,
    dueInDays: 110,
    needs: { fresh: 2 },
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Giải quyết kiến nghị của cử tri về ${c} trước 30/6`,
    startsInDays: -20,
    dueInDays: 120,
    needs: { on_time: 1, fresh: 1 },
    session: 28,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Rà soát, trả lời kiến nghị về ${c} sau tiếp xúc cử tri`,
    startsInDays: -12,
    dueInDays: 90,
    needs: { fresh: 2 },
    session: 28,
  },
  {
    kind: TargetKind.OnTimeRate,
    title: () => 'Trả lời đúng hạn ít nhất 90% kiến nghị, phản ánh trong năm',
    startsInDays: -150,
    dueInDays: 31,
    thresholdPercent: 90,
    needs: { on_time: 4 },
  },
  {
    kind: TargetKind.OnTimeRate,
    title: () => 'Trả lời đúng hạn ít nhất 80% phản ánh qua đường dây nóng',
    startsInDays: -150,
    dueInDays: 31,
    thresholdPercent: 80,
    needs: { on_time: 4, fresh: 1 },
  },
  {
    kind: TargetKind.OnTimeRate,
    title: () => 'Trả lời đúng hạn 95% kiến nghị cử tri gửi tới Kỳ họp thứ 28',
    startsInDays: -30,
    dueInDays: 60,
    thresholdPercent: 95,
    needs: { on_time: 3 },
    session: 28,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Giải quyết dứt điểm các kiến nghị về ${c} trước mùa mưa bão`,
    startsInDays: -40,
    dueInDays: 60,
    needs: { on_time: 1, overdue: 1 },
    session: 27,
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Xử lý các điểm nóng về ${c} được cử tri phản ánh nhiều lần`,
    startsInDays: -30,
    dueInDays: 45,
    needs: { overdue: 1, fresh: 1 },
  },
  {
    kind: TargetKind.Task,
    title: (c) => `Báo cáo kết quả xử lý kiến nghị về ${c} với Thường trực HĐND`,
    startsInDays: -25,
    dueInDays: 35,
    needs: { overdue: 1 },
    session: 28,
  },
  {
    kind: TargetKind.OnTimeRate,
    title: () => 'Trả lời đúng hạn ít nhất 95% kiến nghị, phản ánh trong năm',
    startsInDays: -150,
    dueInDays: 31,
    thresholdPercent: 95,
    needs: { on_time: 2, late: 2 },
  },
  {
    kind: TargetKind.OnTimeRate,
    title: () => 'Nâng tỷ lệ trả lời đúng hạn lên 90% trong 6 tháng cuối năm',
    startsInDays: -150,
    dueInDays: 31,
    thresholdPercent: 90,
    needs: { on_time: 1, late: 1 },
  },
];

const localDay = (now: Date, days: number) => localDateOf(new Date(now.getTime() + days * DAY));

/**
 * Demo council sessions (two past, one upcoming, their voter-meeting periods linking the demo petitions) and the
 * demo targets. Runs after seedDemo; does nothing when sessions already exist.
 */
export async function seedCouncil(
  dataSource: DataSource,
  options: { now?: Date } = {},
): Promise<{ seeded: boolean; sessions: number; targets: number }> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM council_sessions`);
  if (n > 0) return { seeded: false, sessions: 0, targets: 0 };
  const now = options.now ?? new Date();
  return dataSource.transaction(async (manager) => {
    const sessions = new Map<number, string>();
    const plan = [
      { number: 26, name: 'Kỳ họp thường lệ giữa năm', from: -170, to: -140, date: -130 },
      { number: 27, name: 'Kỳ họp chuyên đề', from: -75, to: -45, date: -35 },
      { number: 28, name: 'Kỳ họp thường lệ cuối năm', from: -20, to: 5, date: 15 },
    ];
    for (const s of plan) {
      const id = newId();
      await manager.query(
        `INSERT INTO council_sessions (id, council_name, name, number, term, session_date, meeting_from, meeting_to)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [id, DEFAULT_COUNCIL_NAME, s.name, s.number, TERM, localDay(now, s.date), localDay(now, s.from), localDay(now, s.to)],
      );
      await applySessionPeriod(manager, id);
      sessions.set(s.number, id);
    }
    const targets = await seedTargets(manager, now, sessions);
    return { seeded: true, sessions: plan.length, targets };
  });
}

async function seedTargets(manager: EntityManager, now: Date, sessions: Map<number, string>): Promise<number> {
  const candidates: Candidate[] = await manager.query(
    `SELECT c.id, c.agency_id, ag.code AS agency_code, cat.name AS category, c.answered_at,
            CASE WHEN c.status IN (${ANSWERED}) AND d.status = 'met' AND d.met_at <= d.due_at THEN 'on_time'
                 WHEN c.status IN (${ANSWERED}) AND d.status = 'met' THEN 'late'
                 WHEN c.status IN (${WORKING}) AND c.due_at < $1 THEN 'overdue'
                 ELSE 'fresh' END AS pool
       FROM cases c
       JOIN agencies ag ON ag.id = c.agency_id
       JOIN categories cat ON cat.id = c.category_id
       LEFT JOIN case_deadlines d ON d.case_id = c.id AND d.clock = 'answer'
      WHERE c.status IN (${ANSWERED}) AND d.status = 'met'
         OR c.status IN (${WORKING}) AND c.due_at < $1
         OR c.status IN (${FRESH}) AND c.due_at > $2 AND d.status = 'running' AND d.due_at > $2
      ORDER BY c.received_at, c.id`,
    [now, new Date(now.getTime() + 3 * DAY)],
  );
  const used = new Set<string>();
  const agencies: { id: string; code: string; name: string }[] = await manager.query(`SELECT id, code, name FROM agencies ORDER BY code`);
  let count = 0;
  for (const [i, spec] of TARGETS.entries()) {
    const startsOn = localDay(now, spec.startsInDays);
    const starts = localDayStart(startsOn).getTime();
    const dueEnd = localDayEnd(localDay(now, spec.dueInDays)).getTime();
    // An answer counts for a target only if it was given within the target's period.
    const fits = (c: Candidate, pool: Pool) =>
      c.pool === pool &&
      !used.has(c.id) &&
      (pool !== 'on_time' || (c.answered_at!.getTime() >= starts && c.answered_at!.getTime() < dueEnd));
    // The agency with the most cases of the first pool the target needs, among those that can supply every pool.
    const supply = agencies
      .map((a) => ({
        agency: a,
        ok: Object.entries(spec.needs).every(
          ([pool, k]) => candidates.filter((c) => c.agency_id === a.id && fits(c, pool as Pool)).length >= k!,
        ),
      }))
      .filter((s) => s.ok)
      .map((s) => s.agency);
    const agency = supply[i % Math.max(1, supply.length)];
    if (!agency) throw new Error(`The demo cases cannot supply target ${i + 1} (${JSON.stringify(spec.needs)})`);
    const chosen: Candidate[] = [];
    for (const [pool, k] of Object.entries(spec.needs)) {
      chosen.push(...candidates.filter((c) => c.agency_id === agency.id && fits(c, pool as Pool)).slice(0, k));
    }
    chosen.forEach((c) => used.add(c.id));
    const id = newId();
    await manager.query(
      `INSERT INTO council_targets (id, kind, agency_id, council_session_id, title, starts_on, due_on,
       threshold_percent) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      [
        id,
        spec.kind,
        agency.id,
        spec.session ? sessions.get(spec.session) : null,
        spec.title(chosen[0].category.toLowerCase()),
        startsOn,
        localDay(now, spec.dueInDays),
        spec.thresholdPercent ?? null,
      ],
    );
    await manager.query(`INSERT INTO council_target_cases (target_id, case_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      chosen.map((c) => c.id),
    ]);
    count += 1;
  }
  return count;
}
