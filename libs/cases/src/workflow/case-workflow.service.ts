import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, agencyScope, CaseAction, CaseEventType, CaseStatus, KIND_LABELS, TERMINAL_STATUSES } from '@hotline/contracts';
import { AgencyEntity, CaseEntity } from '@hotline/database';
import { DeadlineEngineService } from '@hotline/deadlines';
import { MailTemplate, NotificationService } from '@hotline/notifications';
import { InvalidInputError, InvalidTransitionError, NotFoundError } from '@hotline/platform';
import { citizenEmail } from '../identity/citizen-email';
import { ReferenceDataService } from '../reference/reference-data.service';
import { pickRoutingRule } from '../routing/pick-routing-rule';
import { planTransition, TransitionName } from '../state-machine/case-state-machine';
import { recordCaseEvent } from '@hotline/database';

interface TransitionOptions {
  changes?: Partial<CaseEntity>;
  note?: string | null;
  visibleToCitizen?: boolean;
  eventType?: string;
  data?: Record<string, unknown>;
}

/** The column each status stamps with the instant of the transition that reaches it. */
const STAMPED_AT: Partial<Record<CaseStatus, 'routedAt' | 'acceptedAt' | 'answeredAt' | 'closedAt'>> = {
  [CaseStatus.Routed]: 'routedAt',
  [CaseStatus.Accepted]: 'acceptedAt',
  [CaseStatus.Answered]: 'answeredAt',
  [CaseStatus.Closed]: 'closedAt',
  [CaseStatus.Rejected]: 'closedAt',
  [CaseStatus.Merged]: 'closedAt',
};


/**
 * Every change of a case's status goes through here: load and lock the case, check the actor's scope, ask the
 * state machine, write the change, its event and its audit row, and queue the notices it implies, all in one transaction.
 */
@Injectable()
export class CaseWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly notifications: NotificationService,
    private readonly deadlines: DeadlineEngineService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The worker's first step: route by the most specific rule, else to the secretariat's triage list. */
  async autoRoute(caseId: string): Promise<CaseEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.lock(manager, caseId);
      if (!kase || kase.status !== CaseStatus.Received) return null;
      // Clocks that start at receipt run from the moment of receipt, not from when the worker got to the case.
      await this.deadlines.onStatus(manager, kase, null, CaseStatus.Received, kase.receivedAt);
      const snapshot = await this.reference.get();
      const rule = pickRoutingRule(snapshot.rules, {
        kind: kase.kind,
        categoryChain: ReferenceDataService.chain(snapshot.categoryById, kase.categoryId),
        areaChain: ReferenceDataService.chain(snapshot.areaById, kase.areaId),
      });
      const actor: Actor = { type: 'system' };
      let routed: CaseEntity;
      if (rule) {
        const agency = snapshot.agencyById.get(rule.agencyId)!;
        routed = await this.toAgency(manager, kase, agency, actor, { data: { ruleId: rule.id } });
      } else {
        routed = await this.transition(manager, kase, 'triage', actor, { eventType: CaseEventType.SentToTriage });
      }
      const recipient = await citizenEmail(manager, kase);
      if (recipient) {
        await this.notifications.queue(manager, {
          caseId: kase.id,
          template: MailTemplate.CaseReceipt,
          recipient,
          params: { trackingCode: kase.trackingCode, title: kase.title, trackUrl: this.trackUrl(kase) },
          dedupeKey: `receipt:${kase.id}`,
        });
      }
      return routed;
    });
  }

  async route(caseId: string, actor: Actor, agencyCode: string, note?: string): Promise<CaseEntity> {
    const agency = await this.reference.agencyByCode(agencyCode);
    if (!agency || !agency.active) throw new InvalidInputError('agencyCode', `Unknown agency "${agencyCode}"`);
    return this.act(caseId, actor, (manager, kase) => this.toAgency(manager, kase, agency, actor, { note }));
  }

  accept(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) =>
      this.transition(manager, kase, CaseAction.Accept, actor, { note }),
    );
  }

  start(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.Start, actor, { note }));
  }

  returnToSecretariat(caseId: string, actor: Actor, reason: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
      const returned = await this.transition(manager, kase, CaseAction.Return, actor, {
        changes: { agencyId: null, returnCount: kase.returnCount + 1 },
        note: reason,
        visibleToCitizen: false,
        data: { returnedBy: agency?.code },
      });
      await this.notifications.queue(manager, {
        caseId: kase.id,
        template: MailTemplate.CaseReturned,
        recipient: this.config.mail.secretariatEmail,
        params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency?.name, reason, staffUrl: this.staffUrl(kase) },
        dedupeKey: `returned:${kase.id}:${kase.returnCount + 1}`,
      });
      return returned;
    });
  }

  answer(caseId: string, actor: Actor, answer: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      const answered = await this.transition(manager, kase, CaseAction.Answer, actor, {
        changes: { answer },
        eventType: CaseEventType.Answered,
        note: answer,
      });
      const recipient = await citizenEmail(manager, kase);
      if (recipient) {
        const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
        await this.notifications.queue(manager, {
          caseId: kase.id,
          template: MailTemplate.CaseAnswered,
          recipient,
          params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency?.name, answer, trackUrl: this.trackUrl(kase) },
          dedupeKey: `answered:${kase.id}:${kase.reopenCount}`,
        });
      }
      await this.notifyMergedReporters(manager, kase, answer);
      return answered;
    });
  }

  /**
   * Closes `caseId` as a duplicate of `intoCaseId`: its clocks stop (merged is terminal), both histories get an
   * event, and its reporter (with those of cases merged into it before) will be told when the surviving case is answered.
   */
  merge(caseId: string, actor: Actor, intoCaseId: string, reason: string): Promise<CaseEntity> {
    if (caseId === intoCaseId) throw new InvalidInputError('intoCaseId', 'A case cannot be merged into itself');
    return this.dataSource.transaction(async (manager) => {
      // Both rows locked in one order, so two merges of the same pair cannot deadlock.
      const locked = new Map<string, CaseEntity | null>();
      for (const id of [caseId, intoCaseId].sort()) locked.set(id, await this.lock(manager, id));
      const duplicate = locked.get(caseId);
      const survivor = locked.get(intoCaseId);
      if (!duplicate || !canSee(actor, duplicate)) throw new NotFoundError(`No case ${caseId}`);
      if (!survivor || !canSee(actor, survivor)) throw new InvalidInputError('intoCaseId', `No case ${intoCaseId}`);
      if (TERMINAL_STATUSES.includes(survivor.status)) {
        throw new InvalidTransitionError(`Cannot merge into a case that is ${survivor.status}`);
      }
      const merged = await this.transition(manager, duplicate, CaseAction.Merge, actor, {
        changes: { mergedIntoId: survivor.id },
        eventType: CaseEventType.MergedInto,
        note: reason,
        data: { intoCaseId: survivor.id, intoTrackingCode: survivor.trackingCode },
      });
      // Duplicates merged into this one before now follow the survivor, so their reporters hear its answer too.
      const followers: { id: string }[] = await manager.query(
        `UPDATE cases SET merged_into_id = $1 WHERE merged_into_id = $2 RETURNING id`,
        [survivor.id, duplicate.id],
      );
      await recordCaseEvent(manager, {
        caseId: survivor.id,
        type: CaseEventType.DuplicateMerged,
        actor,
        agencyId: survivor.agencyId,
        note: reason,
        visibleToCitizen: false,
        data: { caseId: duplicate.id, trackingCode: duplicate.trackingCode, followers: followers.map((f) => f.id) },
        at: this.clock.now(),
      });
      return merged;
    });
  }

  close(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) =>
      this.transition(manager, kase, CaseAction.Close, actor, { note }),
    );
  }

  reject(caseId: string, actor: Actor, reason: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) =>
      this.transition(manager, kase, CaseAction.Reject, actor, { note: reason }),
    );
  }

  /** The agency asks the citizen for more information: clocks with that stop rule pause until the answer comes. */
  requestInfo(caseId: string, actor: Actor, note: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.RequestInfo, actor, { note }));
  }

  provideInfo(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.ProvideInfo, actor, { note }));
  }

  /** One more extension of a running clock, within its rule's limit (409 beyond it); an event the citizen sees. */
  extend(caseId: string, actor: Actor, reason: string, clock?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      if (TERMINAL_STATUSES.includes(kase.status)) throw new InvalidTransitionError(`Cannot extend a case that is ${kase.status}`);
      const at = this.clock.now();
      const extension = await this.deadlines.extend(manager, kase, clock, at);
      await recordCaseEvent(manager, {
        caseId: kase.id,
        type: CaseEventType.DeadlineExtended,
        actor,
        agencyId: kase.agencyId,
        note: reason,
        visibleToCitizen: true,
        data: { clock: extension.clock, previousDueAt: extension.previousDueAt.toISOString(), dueAt: extension.dueAt.toISOString(), count: extension.extensionsUsed },
        at,
      });
      return kase;
    });
  }

  /** An internal note on the case's history, for staff only: no status, clock or notice changes. */
  addNote(caseId: string, actor: Actor, note: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      await recordCaseEvent(manager, {
        caseId: kase.id,
        type: CaseEventType.InternalNote,
        actor,
        agencyId: kase.agencyId,
        note,
        visibleToCitizen: false,
        at: this.clock.now(),
      });
      return kase;
    });
  }

  /** The citizen's rating of the answer: satisfied closes the case, not satisfied sends it back to the agency. */
  rate(caseId: string, satisfied: boolean, comment?: string): Promise<CaseEntity> {
    const citizen: Actor = { type: 'citizen' };
    return this.act(caseId, citizen, (manager, kase) =>
      satisfied
        ? this.transition(manager, kase, CaseAction.Close, citizen, { changes: { satisfied: true }, note: comment })
        : this.transition(manager, kase, CaseAction.Reopen, citizen, {
            changes: { satisfied: false, reopenCount: kase.reopenCount + 1 },
            note: comment,
          }),
    );
  }

  /**
   * Loads a case the actor may see. An agency officer sees only its agency's cases; any other case answers
   * "not found", so officers cannot learn which tracking codes exist elsewhere.
   */
  async findVisible(manager: EntityManager, caseId: string, actor: Actor, lock = false): Promise<CaseEntity> {
    const kase = lock ? await this.lock(manager, caseId) : await manager.findOneBy(CaseEntity, { id: caseId });
    if (!kase || !canSee(actor, kase)) throw new NotFoundError(`No case ${caseId}`);
    return kase;
  }

  private act(caseId: string, actor: Actor, work: (manager: EntityManager, kase: CaseEntity) => Promise<CaseEntity>): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => work(manager, await this.findVisible(manager, caseId, actor, true)));
  }

  private lock(manager: EntityManager, caseId: string): Promise<CaseEntity | null> {
    return manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
  }

  private async toAgency(manager: EntityManager, kase: CaseEntity, agency: AgencyEntity, actor: Actor, options: TransitionOptions): Promise<CaseEntity> {
    const previousAgencyId = kase.agencyId;
    const routed = await this.transition(manager, kase, CaseAction.Route, actor, {
      ...options,
      eventType: CaseEventType.Routed,
      changes: { agencyId: agency.id },
      data: { ...options.data, agencyCode: agency.code, previousAgencyId },
    });
    await this.notifications.queue(manager, {
      caseId: kase.id,
      template: MailTemplate.AgencyNewCase,
      recipient: agency.email,
      params: {
        trackingCode: kase.trackingCode,
        title: kase.title,
        agencyName: agency.name,
        kindLabel: KIND_LABELS[kase.kind].vi,
        staffUrl: this.staffUrl(kase),
      },
      dedupeKey: `agency-new-case:${kase.id}:${agency.id}:${kase.version}`,
    });
    return routed;
  }

  private async transition(manager: EntityManager, kase: CaseEntity, action: TransitionName, actor: Actor, options: TransitionOptions): Promise<CaseEntity> {
    const from = kase.status;
    const to = planTransition(action, from, actor);
    const at = this.clock.now();
    const stamp = STAMPED_AT[to];
    const changes = { ...options.changes, status: to, ...(stamp ? { [stamp]: at } : {}) };
    await manager.update(CaseEntity, { id: kase.id }, { ...changes, version: kase.version + 1 });
    Object.assign(kase, changes, { version: kase.version + 1 });
    await recordCaseEvent(manager, {
      caseId: kase.id,
      type: options.eventType ?? CaseEventType.StatusChanged,
      actor,
      fromStatus: from,
      toStatus: to,
      agencyId: kase.agencyId,
      note: options.note ?? null,
      visibleToCitizen: options.visibleToCitizen ?? true,
      data: { action, ...options.data },
      at,
    });
    await this.audit.caseStatusChanged(manager, { actor, caseId: kase.id, from, to, action });
    await this.deadlines.onStatus(manager, kase, from, to, at);
    return kase;
  }

  /** Every reporter of a duplicate merged into `kase` reads the answer under their own tracking code. */
  private async notifyMergedReporters(manager: EntityManager, kase: CaseEntity, answer: string): Promise<void> {
    const duplicates = await manager.find(CaseEntity, { where: { mergedIntoId: kase.id } });
    const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
    for (const duplicate of duplicates) {
      const recipient = await citizenEmail(manager, duplicate);
      if (!recipient) continue;
      await this.notifications.queue(manager, {
        caseId: duplicate.id,
        template: MailTemplate.CaseAnswered,
        recipient,
        params: { trackingCode: duplicate.trackingCode, title: duplicate.title, agencyName: agency?.name, answer, trackUrl: this.trackUrl(duplicate) },
        dedupeKey: `answered:${duplicate.id}:via:${kase.id}:${kase.reopenCount}`,
      });
    }
  }

  private trackUrl(kase: CaseEntity): string {
    return `${this.config.http.publicBaseUrl}/track/${kase.trackingCode}`;
  }

  private staffUrl(kase: CaseEntity): string {
    return `${this.config.http.publicBaseUrl}/staff/cases/${kase.id}`;
  }
}

/** Citizens reach a case only through its tracking code and key, checked before any call here. */
export function canSee(actor: Actor, kase: Pick<CaseEntity, 'agencyId'>): boolean {
  const ownAgencies = agencyScope(actor);
  return ownAgencies === null || (kase.agencyId !== null && ownAgencies.includes(kase.agencyId));
}
