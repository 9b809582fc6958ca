import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@hotline/audit';
import { AppConfig, Clock } from '@hotline/config';
import {
  Actor,
  AGENCY_ROLES,
  CaseAction,
  CaseEventType,
  CaseStatus,
  ErrorCode,
  isPushedToPakn,
  JobName,
  KIND_LABELS,
  Role,
  roleMay,
  TERMINAL_STATUSES,
} from '@hotline/contracts';
import { AgencyEntity, AnswerApprovalRuleEntity, CaseEntity, CasePublicationEntity, UserEntity } from '@hotline/database';
import { DeadlineEngineService, StatusChange } from '@hotline/deadlines';
import { CaseLinks, MailTemplate, NotificationChannels, NotificationRequest, NotificationService } from '@hotline/notifications';
import {
  enqueueInTransaction,
  enqueueManyInTransaction,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolationError,
  UnknownReferenceError,
} from '@hotline/platform';
import { canSee } from '../access/can-see';
import { citizenContacts } from '../identity/citizen-email';
import { ReferenceDataService } from '../reference/reference-data.service';
import { IdentityGrantScopeService } from '../identity/identity-grant-scope.service';
import { assertNotToAccused, decideRoute } from '../routing/route-decision';
import { planTransition, TransitionName } from '../state-machine/case-state-machine';
import { recordCaseEvent, recordCaseEvents } from '@hotline/database';

interface TransitionStep {
  kase: CaseEntity;
  action: TransitionName;
  options: TransitionOptions;
}

interface TransitionOptions {
  changes?: Partial<CaseEntity>;
  note?: string | null;
  visibleToCitizen?: boolean;
  eventType?: CaseEventType;
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
    private readonly links: CaseLinks,
    private readonly deadlines: DeadlineEngineService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly identityGrants: IdentityGrantScopeService,
    private readonly channels: NotificationChannels,
  ) {}

  /** The worker's first step: route as `decideRoute` says (a rule, or a denunciation's manager of the accused), else to triage. */
  async autoRoute(caseId: string): Promise<CaseEntity | null> {
    const [routed] = await this.autoRouteMany([caseId]);
    return routed;
  }

  /**
   * `autoRoute` for many cases in one transaction with a fixed number of statements, whatever their number: the
   * worker coalesces the jobs it runs at once. Each result is the routed case, or null for a case that is not (or no
   * longer) `received`, or that appears earlier in `caseIds`.
   */
  async autoRouteMany(caseIds: readonly string[]): Promise<(CaseEntity | null)[]> {
    const routed = await this.dataSource.transaction(async (manager) => {
      // Locked in id order, so batches running at once (in this process or another) cannot deadlock.
      const locked = await manager.find(CaseEntity, {
        where: { id: In([...new Set(caseIds)]) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const received = locked.filter((kase) => kase.status === CaseStatus.Received);
      if (received.length === 0) return new Map<string, CaseEntity>();
      const snapshot = await this.reference.get();
      const agencies = new Map<CaseEntity, AgencyEntity>();
      const steps = received.map((kase): TransitionStep => {
        const decision = decideRoute(snapshot, kase);
        if (!decision.agency) return { kase, action: 'triage', options: { eventType: CaseEventType.SentToTriage } };
        agencies.set(kase, decision.agency);
        return { kase, action: CaseAction.Route, options: this.routeOptions(kase, decision.agency, { data: decision.data }) };
      });
      // Clocks that start at receipt run from the moment of receipt, not from when the worker got to the case.
      const receipt = received.map((kase) => ({ kase, from: null, to: CaseStatus.Received, at: kase.receivedAt }));
      await this.transitionMany(manager, { type: 'system' }, steps, receipt);
      const contacts = await citizenContacts(manager, received);
      const receipts = received.flatMap((kase, i): NotificationRequest[] => {
        const route = this.channels.forCitizen(contacts[i]);
        if (!route) return [];
        const params = { trackingCode: kase.trackingCode, title: kase.title };
        return [{ caseId: kase.id, template: MailTemplate.CaseReceipt, ...route, params, dedupeKey: `receipt:${kase.id}` }];
      });
      const agencyNotices = [...agencies].map(([kase, agency]) => this.agencyNewCaseNotice(kase, agency));
      await this.notifications.queueMany(manager, [...agencyNotices, ...receipts]);
      // A case the rules could not place gets the learned suggestions (and, above the secretariat's threshold, a route).
      const triaged = steps.filter((step) => step.action === 'triage');
      await enqueueManyInTransaction(
        manager,
        triaged.map(({ kase }) => ({ name: JobName.SuggestRoute, data: { caseId: kase.id } })),
      );
      return new Map(received.map((kase) => [kase.id, kase]));
    });
    const answered = new Set<string>();
    return caseIds.map((id) => {
      if (answered.has(id)) return null;
      answered.add(id);
      return routed.get(id) ?? null;
    });
  }

  /**
   * Sends the case to an agency. With `rerouteNeedsReason` (a bulk action, where no person looks at each case before
   * it moves), a case already at an agency moves only with a reason.
   */
  async route(caseId: string, actor: Actor, agencyCode: string, note?: string, rerouteNeedsReason = false): Promise<CaseEntity> {
    const agency = await this.reference.agencyByCode(agencyCode);
    if (!agency || !agency.active) throw new UnknownReferenceError('agencyCode', 'agency', agencyCode);
    return this.act(caseId, actor, async (manager, kase) => {
      if (rerouteNeedsReason && kase.agencyId !== null && !note?.trim()) {
        throw new RuleViolationError(
          ErrorCode.RerouteReasonRequired,
          'reason',
          'A case already at an agency is rerouted only with a reason',
        );
      }
      assertNotToAccused(await this.reference.get(), kase, agency);
      const routed = await this.toAgency(manager, kase, agency, actor, { note });
      await enqueueManyInTransaction(manager, [{ name: JobName.LearnFromDecisions, data: { caseId, version: routed.version } }]);
      return routed;
    });
  }

  accept(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.Accept, actor, { note }));
  }

  start(caseId: string, actor: Actor, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.Start, actor, { note }));
  }

  returnToSecretariat(caseId: string, actor: Actor, reason: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
      const returned = await this.transition(manager, kase, CaseAction.Return, actor, {
        changes: { agencyId: null, assigneeUserId: null, returnCount: kase.returnCount + 1 },
        note: reason,
        visibleToCitizen: false,
        data: { returnedBy: agency?.code },
      });
      await this.identityGrants.lapseOutsideAgency(manager, returned, actor);
      await this.notifications.queue(manager, {
        caseId: kase.id,
        template: MailTemplate.CaseReturned,
        recipient: this.config.mail.secretariatEmail,
        params: {
          trackingCode: kase.trackingCode,
          title: kase.title,
          agencyName: agency?.name,
          reason,
          staffUrl: this.links.staff(kase.id),
        },
        dedupeKey: `returned:${kase.id}:${kase.returnCount + 1}`,
      });
      // The return teaches the routing model (against that agency), then the case gets fresh suggestions.
      await enqueueManyInTransaction(manager, [
        { name: JobName.LearnFromDecisions, data: { caseId, version: returned.version } },
        { name: JobName.SuggestRoute, data: { caseId } },
      ]);
      return returned;
    });
  }

  /**
   * The agency's answer. An officer's answer to a case of a kind its agency has put under approval
   * (answer_approval_rules) becomes a draft for the agency head: nothing reaches the citizen until `approve`.
   */
  answer(caseId: string, actor: Actor, answer: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      if (await this.needsApproval(manager, kase, actor)) {
        const drafted = await this.transition(manager, kase, 'submit_for_approval', actor, {
          changes: { answerDraft: answer },
          eventType: CaseEventType.AnswerDrafted,
          note: answer,
          visibleToCitizen: false,
        });
        const agency = (await this.reference.get()).agencyById.get(kase.agencyId!);
        if (agency) {
          await this.notifications.queue(manager, {
            caseId: kase.id,
            template: MailTemplate.AnswerAwaitingApproval,
            recipient: agency.headEmail ?? agency.email,
            params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency.name, staffUrl: this.links.staff(kase.id) },
            dedupeKey: `answer-awaiting-approval:${kase.id}:${drafted.version}`,
          });
        }
        return drafted;
      }
      return this.release(manager, kase, CaseAction.Answer, actor, answer, {});
    });
  }

  /** The agency head approves the draft, as written or as `edited`: it is the agency's answer and goes to the citizen. */
  approve(caseId: string, actor: Actor, edited?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      const answer = edited ?? kase.answerDraft;
      if (!answer) throw new InvalidInputError('answer', 'The case has no draft answer to approve');
      const waitedSince = await this.lastDraftedAt(manager, kase.id);
      return this.release(manager, kase, CaseAction.Approve, actor, answer, {
        approved: true,
        edited: edited !== undefined && edited !== kase.answerDraft,
        waitedSince: waitedSince?.toISOString(),
      });
    });
  }

  /** The agency head sends the draft back to the officer with a comment; the draft stays for the officer to rework. */
  sendBack(caseId: string, actor: Actor, comment: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) =>
      this.transition(manager, kase, CaseAction.SendBack, actor, {
        eventType: CaseEventType.AnswerSentBack,
        note: comment,
        visibleToCitizen: false,
      }),
    );
  }

  /**
   * The secretariat returns to the agency an answer that does not address the case, while it is not yet on the public
   * page (docs/answers.md); the answer becomes the agency's draft again.
   */
  returnAnswer(caseId: string, actor: Actor, reason: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      if (await manager.existsBy(CasePublicationEntity, { caseId: kase.id })) {
        throw new RuleViolationError(ErrorCode.AnswerAlreadyPublished, 'id', 'The answer is already published: it cannot be returned');
      }
      return this.transition(manager, kase, CaseAction.ReturnAnswer, actor, {
        changes: { answerDraft: kase.answer },
        eventType: CaseEventType.AnswerReturned,
        note: reason,
        visibleToCitizen: false,
      });
    });
  }

  /** An officer's answer needs approval when their agency put the case's kind under approval; a head's never does. */
  private async needsApproval(manager: EntityManager, kase: CaseEntity, actor: Actor): Promise<boolean> {
    if (actor.type !== 'staff' || actor.role !== Role.AgencyOfficer || !kase.agencyId) return false;
    return manager.existsBy(AnswerApprovalRuleEntity, { agencyId: kase.agencyId, kind: kase.kind });
  }

  private async lastDraftedAt(manager: EntityManager, caseId: string): Promise<Date | null> {
    const [row]: { at: Date }[] = await manager.query(
      `SELECT created_at AS at FROM case_events WHERE case_id = $1 AND type = $2 ORDER BY id DESC LIMIT 1`,
      [caseId, CaseEventType.AnswerDrafted],
    );
    return row?.at ?? null;
  }

  /** The answer reaches the citizen: the transition to `answered`, its event, the citizen's notice and the followers'. */
  private async release(
    manager: EntityManager,
    kase: CaseEntity,
    action: CaseAction.Answer | CaseAction.Approve,
    actor: Actor,
    answer: string,
    data: Record<string, unknown>,
  ): Promise<CaseEntity> {
    const answered = await this.transition(manager, kase, action, actor, {
      changes: { answer, answerDraft: null },
      eventType: CaseEventType.Answered,
      note: answer,
      data,
    });
    // By the citizen's channel (email, Zalo or SMS: NotificationChannels.forCitizen, the one rule).
    const [contact] = await citizenContacts(manager, [kase]);
    const route = this.channels.forCitizen(contact);
    if (route) {
      const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
      await this.notifications.queue(manager, {
        caseId: kase.id,
        template: MailTemplate.CaseAnswered,
        ...route,
        params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency?.name, answer },
        // The version too: an answer the secretariat returned is corrected and sent again.
        dedupeKey: `answered:${kase.id}:${kase.reopenCount}:${kase.version}`,
      });
    }
    await this.notifyMergedReporters(manager, kase, answer);
    // The national PAKN system learns of the answer to a case it was sent (docs/channels.md), once per answer, and
    // only once the answer reaches the citizen (after the agency head's approval where one is asked).
    if (this.config.pakn && isPushedToPakn(kase)) {
      await enqueueInTransaction(manager, { name: JobName.PaknPushAnswer, data: { caseId: kase.id, round: kase.reopenCount + 1 } });
    }
    return answered;
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
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.Close, actor, { note }));
  }

  reject(caseId: string, actor: Actor, reason: string): Promise<CaseEntity> {
    return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, CaseAction.Reject, actor, { note: reason }));
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
        data: {
          clock: extension.clock,
          previousDueAt: extension.previousDueAt.toISOString(),
          dueAt: extension.dueAt.toISOString(),
          count: extension.extensionsUsed,
        },
        at,
      });
      return kase;
    });
  }

  /**
   * Gives the case to one officer of the agency handling it (`userId`), or takes it back from its officer (null). The
   * status and the clocks do not change; the history (staff only) and the audit log record who did it.
   */
  assign(caseId: string, actor: Actor, userId: string | null, note?: string): Promise<CaseEntity> {
    return this.act(caseId, actor, async (manager, kase) => {
      if (TERMINAL_STATUSES.includes(kase.status)) throw new InvalidTransitionError(`Cannot assign a case that is ${kase.status}`);
      if (userId !== null) await this.checkAssignee(manager, kase, userId);
      const previous = kase.assigneeUserId;
      if (previous === userId) return kase;
      await updateCases(manager, [{ kase, changes: { assigneeUserId: userId } }]);
      Object.assign(kase, { assigneeUserId: userId, version: kase.version + 1 });
      const data = { assigneeId: userId, previousAssigneeId: previous };
      await recordCaseEvent(manager, {
        caseId: kase.id,
        type: userId ? CaseEventType.Assigned : CaseEventType.Unassigned,
        actor,
        agencyId: kase.agencyId,
        note: note ?? null,
        visibleToCitizen: false,
        data,
        at: this.clock.now(),
      });
      await this.audit.caseAssigned(manager, { actor, caseId: kase.id, ...data });
      return kase;
    });
  }

  /** The staff who may be given this case: the active officers and heads of the agency handling it, by name. */
  async assignees(caseId: string, actor: Actor): Promise<UserEntity[]> {
    const kase = await this.findVisible(this.dataSource.manager, caseId, actor);
    if (!kase.agencyId) return [];
    return this.dataSource.manager.find(UserEntity, {
      where: { agencyId: kase.agencyId, active: true, role: In([...AGENCY_ROLES]) },
      order: { fullName: 'ASC', id: 'ASC' },
    });
  }

  private async checkAssignee(manager: EntityManager, kase: CaseEntity, userId: string): Promise<void> {
    if (!kase.agencyId) {
      throw new RuleViolationError(ErrorCode.AssigneeOutsideAgency, 'userId', 'The case is at no agency yet: route it before assigning it');
    }
    const user = await manager.findOneBy(UserEntity, { id: userId });
    if (!user || !user.active || !AGENCY_ROLES.includes(user.role) || user.agencyId !== kase.agencyId) {
      throw new RuleViolationError(
        ErrorCode.AssigneeOutsideAgency,
        'userId',
        'The assignee must be an active officer of the agency handling the case',
      );
    }
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

  private async toAgency(
    manager: EntityManager,
    kase: CaseEntity,
    agency: AgencyEntity,
    actor: Actor,
    options: TransitionOptions,
  ): Promise<CaseEntity> {
    const routed = await this.transition(manager, kase, CaseAction.Route, actor, this.routeOptions(kase, agency, options));
    await this.identityGrants.lapseOutsideAgency(manager, routed, actor);
    await this.notifications.queue(manager, this.agencyNewCaseNotice(routed, agency));
    return routed;
  }

  private routeOptions(kase: CaseEntity, agency: AgencyEntity, options: TransitionOptions): TransitionOptions {
    return {
      ...options,
      eventType: CaseEventType.Routed,
      // An officer of the agency the case leaves no longer handles it.
      changes: { agencyId: agency.id, ...(agency.id === kase.agencyId ? {} : { assigneeUserId: null }) },
      data: { ...options.data, agencyCode: agency.code, previousAgencyId: kase.agencyId },
    };
  }

  /** The agency's notice of a case just routed to it (`kase` as the transition left it). */
  private agencyNewCaseNotice(kase: CaseEntity, agency: AgencyEntity): NotificationRequest {
    return {
      caseId: kase.id,
      template: MailTemplate.AgencyNewCase,
      recipient: agency.email,
      params: {
        trackingCode: kase.trackingCode,
        title: kase.title,
        agencyName: agency.name,
        kindLabel: KIND_LABELS[kase.kind].vi,
        staffUrl: this.links.staff(kase.id),
      },
      dedupeKey: `agency-new-case:${kase.id}:${agency.id}:${kase.version}`,
    };
  }

  private async transition(
    manager: EntityManager,
    kase: CaseEntity,
    action: TransitionName,
    actor: Actor,
    options: TransitionOptions,
  ): Promise<CaseEntity> {
    await this.transitionMany(manager, actor, [{ kase, action, options }]);
    return kase;
  }

  /**
   * Applies transitions to locked cases, one statement per kind of write whatever their number: the case rows (one
   * UPDATE per set of columns changed), their events, their audit rows, then one pass over their clocks, which first
   * applies `clocksBefore` (status changes that precede these transitions, such as the receipt).
   */
  private async transitionMany(
    manager: EntityManager,
    actor: Actor,
    steps: readonly TransitionStep[],
    clocksBefore: readonly StatusChange[] = [],
  ): Promise<void> {
    const at = this.clock.now();
    const planned = steps.map(({ kase, action, options }) => {
      const from = kase.status;
      const to = planTransition(action, from, actor);
      const stamp = STAMPED_AT[to];
      const changes: Partial<CaseEntity> = { ...options.changes, status: to, ...(stamp ? { [stamp]: at } : {}) };
      return { kase, action, options, from, to, changes };
    });
    // The clocks first, so that the cases' summary columns go into the same UPDATE as their status: one new row
    // version of each case (every index of `cases` takes an entry per version) instead of two.
    const summaries = await this.deadlines.applyStatuses(manager, [
      ...clocksBefore,
      ...planned.map(({ kase, from, to, changes }) => ({ kase: { ...kase, ...changes }, from, to, at })),
    ]);
    for (const p of planned) Object.assign(p.changes, summaries.get(p.kase.id));
    await updateCases(manager, planned);
    for (const p of planned) Object.assign(p.kase, p.changes, { version: p.kase.version + 1 });
    await recordCaseEvents(
      manager,
      planned.map(({ kase, action, options, from, to }) => ({
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
      })),
    );
    await this.audit.caseStatusesChanged(
      manager,
      planned.map(({ kase, action, from, to }) => ({ actor, caseId: kase.id, from, to, action })),
    );
  }

  /** Every reporter of a duplicate merged into `kase` reads the answer under their own tracking code. */
  private async notifyMergedReporters(manager: EntityManager, kase: CaseEntity, answer: string): Promise<void> {
    const duplicates = await manager.find(CaseEntity, { where: { mergedIntoId: kase.id } });
    const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
    for (const duplicate of duplicates) {
      const [contact] = await citizenContacts(manager, [duplicate]);
      const route = this.channels.forCitizen(contact);
      if (!route) continue;
      await this.notifications.queue(manager, {
        caseId: duplicate.id,
        template: MailTemplate.CaseAnswered,
        ...route,
        params: { trackingCode: duplicate.trackingCode, title: duplicate.title, agencyName: agency?.name, answer },
        dedupeKey: `answered:${duplicate.id}:via:${kase.id}:${kase.reopenCount}`,
      });
    }
  }
}

/** Whether this actor may assign this case now (drives the `assign` entry of the case's available actions). */
export const mayAssign = (actor: Actor, kase: Pick<CaseEntity, 'agencyId' | 'status'>): boolean =>
  actor.type === 'staff' && roleMay('assign', actor.role) && kase.agencyId !== null && !TERMINAL_STATUSES.includes(kase.status);

/**
 * Writes each case's changes (plus the version and update stamp), with one UPDATE per set of columns changed.
 * The columns and their types come from the entity's metadata.
 */
async function updateCases(manager: EntityManager, writes: readonly { kase: CaseEntity; changes: Partial<CaseEntity> }[]): Promise<void> {
  const metadata = manager.connection.getMetadata(CaseEntity);
  const groups = new Map<string, { keys: (keyof CaseEntity)[]; writes: (typeof writes)[number][] }>();
  for (const write of writes) {
    const keys = (Object.keys(write.changes) as (keyof CaseEntity)[]).sort();
    const signature = keys.join(',');
    if (!groups.has(signature)) groups.set(signature, { keys, writes: [] });
    groups.get(signature)!.writes.push(write);
  }
  for (const { keys, writes: group } of groups.values()) {
    const columns = keys.map((key) => {
      const column = metadata.findColumnWithPropertyName(key);
      if (!column || typeof column.type !== 'string') throw new Error(`cases has no plainly typed column for ${key}`);
      return { key, name: column.databaseName, type: column.type };
    });
    await manager.query(
      `UPDATE cases c SET ${columns.map((col, i) => `"${col.name}" = v.c${i}`).join(', ')}, version = c.version + 1, updated_at = now()
         FROM unnest($1::uuid[]${columns.map((col, i) => `, $${i + 2}::${col.type}[]`).join('')}) AS v(id${columns.map((_, i) => `, c${i}`).join('')})
        WHERE c.id = v.id`,
      [group.map((w) => w.kase.id), ...columns.map((col) => group.map((w) => w.changes[col.key] ?? null))],
    );
  }
}
