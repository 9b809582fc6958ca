import {
  Actor,
  ANSWERABLE_STATUSES,
  CaseAction,
  CaseStatus,
  ErrorCode,
  MERGEABLE_STATUSES,
  Role,
  UNFINISHED_STATUSES,
} from '@hotline/contracts';
import { ForbiddenError, InvalidTransitionError } from '@hotline/platform';

type Performer = Role | 'citizen' | 'system';

interface TransitionRule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  by: readonly Performer[];
}

/**
 * The lifecycle of docs/architecture.md, One state machine, in one table. `route` to an agency gives `routed`; the system's routing with no
 * matching rule uses `triage`. Admins may do what the secretariat does. The status groups it uses come from
 * libs/contracts (lifecycle.ts); its spec checks that the groups agree with this table.
 */
export const TRANSITIONS: Readonly<Record<CaseAction | 'triage' | 'submit_for_approval', TransitionRule>> = {
  triage: { from: [CaseStatus.Received], to: CaseStatus.Triage, by: ['system'] },
  [CaseAction.Route]: {
    from: [CaseStatus.Received, CaseStatus.Triage, CaseStatus.Returned, CaseStatus.Routed],
    to: CaseStatus.Routed,
    by: ['system', Role.Secretariat, Role.Admin],
  },
  [CaseAction.Accept]: { from: [CaseStatus.Routed], to: CaseStatus.Accepted, by: [Role.AgencyOfficer, Role.AgencyHead, Role.Admin] },
  [CaseAction.Return]: {
    from: [CaseStatus.Routed, CaseStatus.Accepted],
    to: CaseStatus.Returned,
    by: [Role.AgencyOfficer, Role.AgencyHead, Role.Admin],
  },
  [CaseAction.Start]: {
    from: [CaseStatus.Accepted, CaseStatus.Reopened],
    to: CaseStatus.InProgress,
    by: [Role.AgencyOfficer, Role.AgencyHead, Role.Admin],
  },
  [CaseAction.RequestInfo]: {
    from: ANSWERABLE_STATUSES,
    to: CaseStatus.AwaitingInfo,
    by: [Role.AgencyOfficer, Role.AgencyHead, Role.Admin],
  },
  [CaseAction.ProvideInfo]: {
    from: [CaseStatus.AwaitingInfo],
    to: CaseStatus.InProgress,
    by: ['citizen', Role.Operator, Role.AgencyOfficer, Role.AgencyHead, Role.Secretariat, Role.Admin],
  },
  [CaseAction.Answer]: { from: ANSWERABLE_STATUSES, to: CaseStatus.Answered, by: [Role.AgencyOfficer, Role.AgencyHead, Role.Admin] },
  // An officer's answer where the agency's answers of that kind need approval (answer_approval_rules): a draft for the head.
  submit_for_approval: { from: ANSWERABLE_STATUSES, to: CaseStatus.AwaitingApproval, by: [Role.AgencyOfficer] },
  [CaseAction.Approve]: { from: [CaseStatus.AwaitingApproval], to: CaseStatus.Answered, by: [Role.AgencyHead, Role.Admin] },
  [CaseAction.SendBack]: { from: [CaseStatus.AwaitingApproval], to: CaseStatus.InProgress, by: [Role.AgencyHead, Role.Admin] },
  // Checked by the workflow too: only while the answer is not on the public page (QĐ 31/2021/QĐ-TTg, docs/answers.md).
  [CaseAction.ReturnAnswer]: { from: [CaseStatus.Answered], to: CaseStatus.InProgress, by: [Role.Secretariat, Role.Admin] },
  [CaseAction.Close]: { from: [CaseStatus.Answered], to: CaseStatus.Closed, by: ['citizen', 'system', Role.Secretariat, Role.Admin] },
  [CaseAction.Reopen]: { from: [CaseStatus.Answered], to: CaseStatus.Reopened, by: ['citizen', Role.Secretariat, Role.Admin] },
  [CaseAction.Merge]: { from: MERGEABLE_STATUSES, to: CaseStatus.Merged, by: [Role.Secretariat, Role.Admin] },
  [CaseAction.Reject]: {
    from: [CaseStatus.Received, CaseStatus.Triage, CaseStatus.Returned],
    to: CaseStatus.Rejected,
    by: [Role.Secretariat, Role.Admin],
  },
  [CaseAction.Withdraw]: {
    from: UNFINISHED_STATUSES,
    to: CaseStatus.Withdrawn,
    by: ['citizen', Role.Operator, Role.Secretariat, Role.Admin],
  },
};

export type TransitionName = keyof typeof TRANSITIONS;

const performerOf = (actor: Actor): Performer => (actor.type === 'staff' ? actor.role : actor.type);

/** Checks that `actor` may do `action` on a case in `current` status and returns the status it leads to. */
export function planTransition(action: TransitionName, current: CaseStatus, actor: Actor): CaseStatus {
  const rule = TRANSITIONS[action];
  if (!rule.by.includes(performerOf(actor))) {
    const approval = action === CaseAction.Approve || action === CaseAction.SendBack;
    throw new ForbiddenError(
      `A ${performerOf(actor)} may not ${action} a case`,
      approval ? [{ field: 'action', message: 'Approving an answer is for the agency head' }] : undefined,
      approval ? ErrorCode.ApprovalNotAllowed : undefined,
    );
  }
  if (!rule.from.includes(current)) {
    throw new InvalidTransitionError(`Cannot ${action} a case that is ${current}`);
  }
  return rule.to;
}

/** Actions a given performer may take from a status: drives the buttons staff see. */
export function availableActions(current: CaseStatus, actor: Actor): CaseAction[] {
  return (Object.values(CaseAction) as CaseAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(current) && rule.by.includes(performerOf(actor));
  });
}
