import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { RefreshingValue } from '@hotline/platform';
import { CalendarDayEntity, DeadlineRuleEntity } from '@hotline/database';
import { computedScheduleForYear, LUNAR_TABLE_YEARS } from '../calendar/vietnam-holidays';
import { WorkingCalendar } from '../calendar/working-calendar';

interface Snapshot {
  calendar: WorkingCalendar;
  /** Every version, retired ones included: a running clock keeps the version it started with. */
  rulesById: Map<string, DeadlineRuleEntity>;
}

const TTL_MS = 60_000;
/** Years around today that get the statutory holidays computed when no schedule was entered for them. */
const COMPUTED_YEARS_AROUND = 3;

/** The calendar and the deadline rules, cached per process and reloaded after an administrator's edit. */
@Injectable()
export class DeadlineReferenceService {
  private readonly snapshot = new RefreshingValue(() => this.load(), TTL_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  invalidate(): void {
    this.snapshot.invalidate();
  }

  get(): Promise<Snapshot> {
    return this.snapshot.get();
  }

  /** The snapshot, reloaded first if it lacks one of `ruleIds` (a version created by another process since). */
  async getWithRules(ruleIds: Iterable<string>): Promise<Snapshot> {
    const snapshot = await this.get();
    for (const id of ruleIds) {
      if (!snapshot.rulesById.has(id)) return this.snapshot.get(true);
    }
    return snapshot;
  }

  /**
   * The active rules that start a clock for a case of `kind` received through `channel` when it enters `status`; a
   * rule naming the kind (or the channels) beats the generic one for the same clock.
   */
  static rulesStartingOn(
    active: DeadlineRuleEntity[],
    kase: { kind: CaseKind; channel: CaseChannel },
    status: CaseStatus,
  ): DeadlineRuleEntity[] {
    const byClock = new Map<string, DeadlineRuleEntity>();
    const specificity = (rule: DeadlineRuleEntity) => (rule.kind !== null ? 2 : 0) + (rule.channels !== null ? 1 : 0);
    for (const rule of active) {
      if (rule.kind !== null && rule.kind !== kase.kind) continue;
      if (rule.channels !== null && !rule.channels.includes(kase.channel)) continue;
      const current = byClock.get(rule.clock);
      if (!current || specificity(rule) > specificity(current)) byClock.set(rule.clock, rule);
    }
    return [...byClock.values()].filter((r) => r.startsOn.includes(status));
  }

  private async load(): Promise<Snapshot> {
    const [days, rules] = await Promise.all([
      this.dataSource.getRepository(CalendarDayEntity).find(),
      this.dataSource.getRepository(DeadlineRuleEntity).find(),
    ]);
    const enteredYears = new Set(days.map((d) => Number(d.date.slice(0, 4))));
    const nonWorkingDates = days.filter((d) => !d.working).map((d) => d.date);
    const makeUpWorkingDates = days.filter((d) => d.working).map((d) => d.date);
    const thisYear = new Date().getUTCFullYear();
    for (let year = thisYear - COMPUTED_YEARS_AROUND; year <= thisYear + COMPUTED_YEARS_AROUND; year++) {
      if (enteredYears.has(year) || !LUNAR_TABLE_YEARS.includes(year)) continue;
      nonWorkingDates.push(...computedScheduleForYear(year).nonWorkingWeekdays.map((d) => d.date));
    }
    return {
      calendar: new WorkingCalendar({ nonWorkingDates, makeUpWorkingDates }),
      rulesById: new Map(rules.map((r) => [r.id, r])),
    };
  }
}
