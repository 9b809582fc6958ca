import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { CaseEventType, clockLabel, formatLocal } from '@hotline/contracts';
import { AgencyEntity, CaseDeadlineEntity, recordCaseEvent } from '@hotline/database';
import { CaseLinks, MailTemplate, NotificationService } from '@hotline/notifications';
import { DeadlineEngineService } from './deadline-engine.service';
import { DeadlineReferenceService } from './deadline-reference.service';
import { nextActionAt, Stage, STAGE_NAMES, stageReachedAt } from './deadline-math';

const BATCH = 500;
const MAX_BATCHES = 10_000;

const TEMPLATE_OF: Record<Exclude<Stage, Stage.None>, MailTemplate> = {
  [Stage.Reminder]: MailTemplate.DeadlineReminder,
  [Stage.DueDay]: MailTemplate.DeadlineDueToday,
  [Stage.Overdue]: MailTemplate.DeadlineOverdue,
  [Stage.VeryLate]: MailTemplate.DeadlineVeryLate,
};

interface ScannedCase {
  id: string;
  tracking_code: string;
  title: string;
  agency_id: string | null;
}

export interface ScanResult {
  cases: number;
  notices: number;
}

/**
 * Looks only at cases whose `next_due_at` has come (an index range scan), so its cost follows the cases falling due,
 * not all open cases. Cases are locked with SKIP LOCKED, so concurrent scans split the work; every notice has a
 * deterministic key (case, clock, due instant, stage, recipient), so a notice is created once however often the
 * scan runs. When a scan was missed, only the furthest stage reached is announced.
 */
@Injectable()
export class DeadlineScanService {
  private readonly logger = new Logger(DeadlineScanService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: DeadlineReferenceService,
    private readonly engine: DeadlineEngineService,
    private readonly notifications: NotificationService,
    private readonly links: CaseLinks,
    private readonly config: AppConfig,
  ) {}

  async scan(now: Date): Promise<ScanResult> {
    const result: ScanResult = { cases: 0, notices: 0 };
    for (let i = 0; i < MAX_BATCHES; i++) {
      const batch = await this.dataSource.transaction((manager) => this.scanBatch(manager, now));
      result.cases += batch.cases;
      result.notices += batch.notices;
      if (batch.cases < BATCH) break;
    }
    if (result.cases > 0) this.logger.log({ ...result, now: now.toISOString() }, 'deadline scan');
    return result;
  }

  private async scanBatch(manager: EntityManager, now: Date): Promise<ScanResult> {
    const cases: ScannedCase[] = await manager.query(
      `SELECT id, tracking_code, title, agency_id FROM cases WHERE next_due_at <= $1 ORDER BY next_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, BATCH],
    );
    if (cases.length === 0) return { cases: 0, notices: 0 };
    const ids = cases.map((c) => c.id);
    const byId = new Map(cases.map((c) => [c.id, c]));
    const deadlines = await manager.find(CaseDeadlineEntity, { where: { caseId: In(ids), status: 'running' } });
    const { calendar, rulesById } = await this.reference.getWithRules(deadlines.map((d) => d.ruleId));
    const agencyIds = [...new Set(cases.map((c) => c.agency_id).filter((a): a is string => a !== null))];
    const agencies = new Map(
      (agencyIds.length ? await manager.find(AgencyEntity, { where: { id: In(agencyIds) } }) : []).map((a) => [a.id, a]),
    );
    let notices = 0;
    for (const d of deadlines) {
      if (!d.nextActionAt || d.nextActionAt > now) continue;
      const schedule = this.engine.schedule(calendar, rulesById.get(d.ruleId)!, d);
      const reached = stageReachedAt(schedule, now);
      if (reached > d.stage) notices += await this.announce(manager, byId.get(d.caseId)!, d, reached, agencies);
      d.stage = Math.max(d.stage, reached);
      d.nextActionAt = nextActionAt(schedule, d.stage);
      await manager.update(CaseDeadlineEntity, { id: d.id }, { stage: d.stage, nextActionAt: d.nextActionAt });
    }
    await this.engine.refreshCases(manager, ids);
    return { cases: cases.length, notices };
  }

  private async announce(
    manager: EntityManager,
    kase: ScannedCase,
    d: CaseDeadlineEntity,
    stage: Stage,
    agencies: Map<string, AgencyEntity>,
  ): Promise<number> {
    const reached = stage as Exclude<Stage, Stage.None>;
    const agency = kase.agency_id ? agencies.get(kase.agency_id) : undefined;
    const secretariat = this.config.mail.secretariatEmail;
    const head = agency?.headEmail ?? agency?.email;
    // Reminders go to the agency in charge; lateness goes up to its head and to the secretariat. A case no agency
    // holds (received, in triage, returned) is the secretariat's to move.
    const recipients = !agency ? [secretariat] : reached <= Stage.DueDay ? [agency.email] : [head!, secretariat];
    const label = clockLabel(d.clock);
    let created = 0;
    for (const recipient of new Set(recipients)) {
      const id = await this.notifications.queue(manager, {
        caseId: kase.id,
        template: TEMPLATE_OF[reached],
        recipient,
        params: {
          trackingCode: kase.tracking_code,
          title: kase.title,
          agencyName: agency?.name,
          clockLabel: label.vi,
          clockLabelEn: label.en,
          dueText: formatLocal(d.dueAt),
          staffUrl: this.links.staff(kase.id),
        },
        dedupeKey: `deadline.${kase.id}.${d.clock}.${d.dueAt.getTime()}.${STAGE_NAMES[reached]}.${recipient}`,
      });
      if (id) created += 1;
    }
    if (created > 0 && reached >= Stage.Overdue) {
      await recordCaseEvent(manager, {
        caseId: kase.id,
        type: reached === Stage.VeryLate ? CaseEventType.DeadlineVeryLate : CaseEventType.DeadlineOverdue,
        actor: { type: 'system' },
        agencyId: kase.agency_id,
        visibleToCitizen: false,
        data: { clock: d.clock, dueAt: d.dueAt.toISOString() },
      });
    }
    return created;
  }
}
