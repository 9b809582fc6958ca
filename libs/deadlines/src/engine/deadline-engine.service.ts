import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CaseChannel, CaseKind, CasePriority, CaseStatus, TERMINAL_STATUSES } from '@hotline/contracts';
import { CaseDeadlineEntity, DeadlineRuleEntity, newId } from '@hotline/database';
import { ConflictError } from '@hotline/platform';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DeadlineReferenceService } from './deadline-reference.service';
import { ClockSchedule, clockToExtend, computeSchedule, mayExtend, nextActionAt, stageReachedAt } from './deadline-math';

export interface ClockedCase {
  id: string;
  kind: CaseKind;
  channel: CaseChannel;
  priority: CasePriority;
}

export interface StatusChange {
  kase: ClockedCase;
  from: CaseStatus | null;
  to: CaseStatus;
  at: Date;
}

/** A case's summary columns, equal to its running clocks: the earliest due, and the earliest next action. */
export interface CaseClockSummary {
  dueAt: Date | null;
  nextDueAt: Date | null;
}

export interface ExtensionResult {
  clock: string;
  previousDueAt: Date;
  dueAt: Date;
  extensionsUsed: number;
}

/**
 * Starts, stops, resumes, meets and extends the clocks of a case, always inside the caller's transaction (the case
 * row is locked by then), and keeps `cases.due_at` and `cases.next_due_at` in step with them.
 */
@Injectable()
export class DeadlineEngineService {
  constructor(private readonly reference: DeadlineReferenceService) {}

  /** Applies a status change: meets, cancels, stops or resumes running clocks, then starts those the new status begins. */
  async onStatus(manager: EntityManager, kase: ClockedCase, from: CaseStatus | null, to: CaseStatus, at: Date): Promise<void> {
    await this.onStatuses(manager, [{ kase, from, to, at }]);
  }

  /**
   * `onStatus` for many changes (of one or many cases; a case's changes apply in the order given) with one read of
   * the clocks and the rules, one INSERT for the clocks started, and one refresh of the cases' summary columns.
   */
  async onStatuses(manager: EntityManager, changes: readonly StatusChange[]): Promise<void> {
    if (changes.length === 0) return;
    const summaries = await this.applyStatuses(manager, changes);
    await this.refreshCases(manager, [...summaries.keys()]);
  }

  /**
   * `onStatuses` without touching `cases`: writes the clocks and returns each case's new summary columns, for a
   * caller that updates those rows anyway (each UPDATE of `cases` writes a new row version into every index, so
   * routing writes the status and the clocks' summary in one).
   */
  async applyStatuses(manager: EntityManager, changes: readonly StatusChange[]): Promise<Map<string, CaseClockSummary>> {
    if (changes.length === 0) return new Map();
    const caseIds = [...new Set(changes.map((c) => c.kase.id))];
    const deadlines = await manager.find(CaseDeadlineEntity, { where: { caseId: In(caseIds) } });
    const { calendar, rulesById } = await this.reference.getWithRules(deadlines.map((d) => d.ruleId));
    // Read in the transaction, not from the cache: a rule an administrator just changed applies to the next clock at once.
    const active = await manager.find(DeadlineRuleEntity, { where: { active: true } });
    const activeById = new Map(active.map((r) => [r.id, r]));
    const ruleOf = (id: string) => rulesById.get(id) ?? activeById.get(id)!;

    const byCase = new Map<string, CaseDeadlineEntity[]>(caseIds.map((id) => [id, []]));
    for (const d of deadlines) byCase.get(d.caseId)!.push(d);
    const started = new Set<CaseDeadlineEntity>();
    const changed = new Set<CaseDeadlineEntity>();

    for (const { kase, to, at } of changes) {
      const clocks = byCase.get(kase.id)!;
      for (const d of clocks) {
        if (d.status !== 'running' && d.status !== 'stopped') continue;
        const rule = ruleOf(d.ruleId);
        if (rule.metOn.includes(to)) {
          Object.assign(d, { status: 'met', metAt: at, nextActionAt: null });
        } else if (TERMINAL_STATUSES.includes(to)) {
          Object.assign(d, { status: 'cancelled', nextActionAt: null });
        } else if (d.status === 'running' && rule.stopsOn.includes(to)) {
          Object.assign(d, { status: 'stopped', stoppedAt: at, nextActionAt: null });
        } else if (d.status === 'stopped' && !rule.stopsOn.includes(to)) {
          // A pause counts only if the clock was still running when it began: an overdue clock stays overdue.
          if (d.stoppedAt! < d.dueAt) d.clockStops = [...d.clockStops, [d.stoppedAt!.toISOString(), at.toISOString()]];
          Object.assign(d, { status: 'running', stoppedAt: null });
          this.reschedule(calendar, rule, d, at);
        } else {
          continue;
        }
        changed.add(d);
      }
      for (const rule of DeadlineReferenceService.rulesStartingOn(active, kase, to)) {
        let d = clocks.find((c) => c.clock === rule.clock);
        // Already started at this very instant (intake writes the receipt's clocks with the case): nothing to do, so
        // routing, which replays the receipt for cases filed before intake wrote them, never starts them twice.
        if (d?.startedAt.getTime() === at.getTime()) continue;
        if (!d) {
          d = manager.create(CaseDeadlineEntity, { id: newId(), caseId: kase.id, clock: rule.clock });
          clocks.push(d);
          started.add(d);
        }
        this.start(calendar, rule, d, kase, at);
        changed.add(d);
      }
    }
    await insertClocks(manager, [...started]);
    await updateClocks(
      manager,
      [...changed].filter((d) => !started.has(d)),
    );
    return new Map([...byCase].map(([caseId, clocks]) => [caseId, summaryOf(clocks)]));
  }

  /**
   * The clocks a case starts on receipt, computed before its row exists, so that intake writes them, and the case's
   * summary columns, in the statement that inserts the case. Pure: the rules and the calendar are the cached
   * snapshot (reloaded after an administrator's edit), so a submission costs no query here.
   */
  async receiptClocks(kase: ClockedCase, receivedAt: Date): Promise<{ clocks: CaseDeadlineEntity[]; summary: CaseClockSummary }> {
    const { calendar, rulesById } = await this.reference.get();
    const active = [...rulesById.values()].filter((r) => r.active);
    const clocks = DeadlineReferenceService.rulesStartingOn(active, kase, CaseStatus.Received).map((rule) => {
      const d = Object.assign(new CaseDeadlineEntity(), { id: newId(), caseId: kase.id, clock: rule.clock });
      this.start(calendar, rule, d, kase, receivedAt);
      return d;
    });
    return { clocks, summary: summaryOf(clocks) };
  }

  /** (Re)starts a clock under `rule` at `at`: a fresh count, no extension or pause. */
  private start(calendar: WorkingCalendar, rule: DeadlineRuleEntity, d: CaseDeadlineEntity, kase: ClockedCase, at: Date): void {
    Object.assign(d, {
      ruleId: rule.id,
      status: 'running',
      startedAt: at,
      urgent: kase.priority === CasePriority.Urgent,
      extensions: [],
      clockStops: [],
      stoppedAt: null,
      metAt: null,
    });
    this.reschedule(calendar, rule, d, at);
  }

  /** Grants one more extension of a running clock (the earliest due when none is named), within the rule's limit. */
  async extend(manager: EntityManager, kase: ClockedCase, clock: string | undefined, at: Date): Promise<ExtensionResult> {
    const d = clockToExtend(await manager.find(CaseDeadlineEntity, { where: { caseId: kase.id } }), clock);
    if (!d)
      throw new ConflictError(clock ? `The case has no running "${clock}" clock to extend` : 'The case has no running clock to extend');
    const { calendar, rulesById } = await this.reference.getWithRules([d.ruleId]);
    const rule = rulesById.get(d.ruleId)!;
    if (!mayExtend(d, rule)) {
      throw new ConflictError(
        rule.extensionMaxCount === 0
          ? `The "${d.clock}" clock cannot be extended (${rule.source})`
          : `The "${d.clock}" clock was already extended ${d.extensions.length} time(s), the most its rule allows (${rule.source})`,
      );
    }
    const previousDueAt = d.dueAt;
    d.extensions = [...d.extensions, rule.extensionLength!];
    this.reschedule(calendar, rule, d, at);
    await updateClocks(manager, [d]);
    await this.refreshCases(manager, [kase.id]);
    return { clock: d.clock, previousDueAt, dueAt: d.dueAt, extensionsUsed: d.extensions.length };
  }

  schedule(calendar: WorkingCalendar, rule: DeadlineRuleEntity, d: CaseDeadlineEntity): ClockSchedule {
    return computeSchedule(calendar, rule, {
      startedAt: d.startedAt,
      urgent: d.urgent,
      extensions: d.extensions,
      clockStops: d.clockStops,
    });
  }

  /**
   * Recomputes the clock's instants. Stages whose time has already passed (at a start, a resume or an extension) are
   * marked as done, so no reminder is ever sent for a moment before the clock's current schedule began.
   */
  private reschedule(calendar: WorkingCalendar, rule: DeadlineRuleEntity, d: CaseDeadlineEntity, at: Date): void {
    const s = this.schedule(calendar, rule, d);
    d.dueAt = s.dueAt;
    d.reminderAt = s.reminderAt;
    d.veryLateAt = s.veryLateAt;
    d.stage = stageReachedAt(s, at);
    d.nextActionAt = nextActionAt(s, d.stage);
  }

  /** Keeps the cases' summary columns equal to their running clocks: the earliest due, and the next action. */
  async refreshCases(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE cases c SET
         due_at = (SELECT min(due_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running'),
         next_due_at = (SELECT min(next_action_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running')
       WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
  }
}

/** The summary columns of a case with these clocks: the same minima as `refreshCases` computes in SQL. */
function summaryOf(clocks: readonly CaseDeadlineEntity[]): CaseClockSummary {
  const earliest = (dates: (Date | null)[]) =>
    dates.reduce<Date | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);
  const running = clocks.filter((d) => d.status === 'running');
  return { dueAt: earliest(running.map((d) => d.dueAt)), nextDueAt: earliest(running.map((d) => d.nextActionAt)) };
}

/** The clock rows' columns, one array per column, in the order of CLOCK_ROWS_SQL's parameters. */
function clockColumns(clocks: readonly CaseDeadlineEntity[]): unknown[] {
  const column = <K extends keyof CaseDeadlineEntity>(key: K) => clocks.map((d) => d[key] ?? null);
  return [
    column('id'),
    column('caseId'),
    column('clock'),
    column('ruleId'),
    column('status'),
    column('startedAt'),
    clocks.map((d) => d.urgent ?? false),
    clocks.map((d) => JSON.stringify(d.extensions ?? [])),
    clocks.map((d) => JSON.stringify(d.clockStops ?? [])),
    column('stoppedAt'),
    column('dueAt'),
    column('veryLateAt'),
    column('reminderAt'),
    clocks.map((d) => d.stage ?? 0),
    column('nextActionAt'),
    column('metAt'),
  ];
}

/** The rows of `clockColumns` as a relation `d`, every column with its type. */
const CLOCK_ROWS_SQL = `
  SELECT id, case_id, clock, rule_id, status, started_at, urgent,
         ARRAY(SELECT jsonb_array_elements_text(extensions)::numeric) AS extensions,
         clock_stops, stopped_at, due_at, very_late_at, reminder_at, stage, next_action_at, met_at
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[], $7::boolean[], $8::jsonb[], $9::jsonb[],
                $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::int[],
                $15::timestamptz[], $16::timestamptz[])
         AS d(id, case_id, clock, rule_id, status, started_at, urgent, extensions, clock_stops, stopped_at, due_at,
              very_late_at, reminder_at,
              stage, next_action_at, met_at)`;

/**
 * New clock rows in one statement. Raw SQL: TypeORM's multi-row insert spends time quadratic in the number of rows
 * rewriting its parameters, which showed in the worker's profile once routing wrote clocks for many cases at once.
 */
async function insertClocks(manager: EntityManager, clocks: readonly CaseDeadlineEntity[]): Promise<void> {
  if (clocks.length === 0) return;
  await manager.query(
    `INSERT INTO case_deadlines (id, case_id, clock, rule_id, status, started_at, urgent, extensions, clock_stops, stopped_at,
                                 due_at, very_late_at, reminder_at, stage, next_action_at, met_at)
     ${CLOCK_ROWS_SQL}`,
    clockColumns(clocks),
  );
}

/**
 * Changed clock rows in one statement, however many cases they belong to (routing meets the receipt's clocks of every
 * case of its batch): the number of statements of a batch does not grow with its size.
 */
async function updateClocks(manager: EntityManager, clocks: readonly CaseDeadlineEntity[]): Promise<void> {
  if (clocks.length === 0) return;
  await manager.query(
    `UPDATE case_deadlines c SET rule_id = d.rule_id, status = d.status, started_at = d.started_at, urgent = d.urgent,
            extensions = d.extensions, clock_stops = d.clock_stops, stopped_at = d.stopped_at, due_at = d.due_at,
            very_late_at = d.very_late_at, reminder_at = d.reminder_at, stage = d.stage, next_action_at = d.next_action_at,
            met_at = d.met_at
       FROM (${CLOCK_ROWS_SQL}) d
      WHERE c.id = d.id`,
    clockColumns(clocks),
  );
}
