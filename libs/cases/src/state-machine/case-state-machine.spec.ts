import { Actor, CaseAction, CaseStatus, Role } from '@hotline/contracts';
import { ForbiddenError, InvalidTransitionError } from '@hotline/platform';
import { availableActions, planTransition, TransitionName } from './case-state-machine';

const staff = (role: Role): Actor => ({ type: 'staff', userId: 'u', role, agencyId: role === Role.AgencyOfficer ? 'a' : null });
const officer = staff(Role.AgencyOfficer);
const secretariat = staff(Role.Secretariat);
const citizen: Actor = { type: 'citizen' };
const system: Actor = { type: 'system' };

describe('planTransition', () => {
  it.each([
    ['route', CaseStatus.Received, system, CaseStatus.Routed],
    ['triage', CaseStatus.Received, system, CaseStatus.Triage],
    ['route', CaseStatus.Triage, secretariat, CaseStatus.Routed],
    ['route', CaseStatus.Returned, secretariat, CaseStatus.Routed],
    ['route', CaseStatus.Routed, secretariat, CaseStatus.Routed],
    ['accept', CaseStatus.Routed, officer, CaseStatus.Accepted],
    ['return', CaseStatus.Routed, officer, CaseStatus.Returned],
    ['return', CaseStatus.Accepted, officer, CaseStatus.Returned],
    ['start', CaseStatus.Accepted, officer, CaseStatus.InProgress],
    ['request_info', CaseStatus.InProgress, officer, CaseStatus.AwaitingInfo],
    ['provide_info', CaseStatus.AwaitingInfo, citizen, CaseStatus.InProgress],
    ['answer', CaseStatus.Accepted, officer, CaseStatus.Answered],
    ['answer', CaseStatus.InProgress, officer, CaseStatus.Answered],
    ['answer', CaseStatus.Reopened, officer, CaseStatus.Answered],
    ['close', CaseStatus.Answered, citizen, CaseStatus.Closed],
    ['close', CaseStatus.Answered, system, CaseStatus.Closed],
    ['reopen', CaseStatus.Answered, citizen, CaseStatus.Reopened],
    ['merge', CaseStatus.Routed, secretariat, CaseStatus.Merged],
    ['reject', CaseStatus.Triage, secretariat, CaseStatus.Rejected],
    ['withdraw', CaseStatus.InProgress, citizen, CaseStatus.Withdrawn],
    ['submit_for_approval', CaseStatus.InProgress, officer, CaseStatus.AwaitingApproval],
    ['approve', CaseStatus.AwaitingApproval, staff(Role.AgencyHead), CaseStatus.Answered],
    ['send_back', CaseStatus.AwaitingApproval, staff(Role.AgencyHead), CaseStatus.InProgress],
    ['return_answer', CaseStatus.Answered, secretariat, CaseStatus.InProgress],
  ] as const)('%s from %s leads to the expected status', (action, from, actor, to) => {
    expect(planTransition(action as TransitionName, from, actor)).toBe(to);
  });

  it.each([
    ['accept', CaseStatus.Received],
    ['accept', CaseStatus.Accepted],
    ['answer', CaseStatus.Routed],
    ['answer', CaseStatus.Closed],
    ['return', CaseStatus.Answered],
    ['close', CaseStatus.InProgress],
    ['reopen', CaseStatus.Closed],
  ] as const)('refuses %s from %s with a conflict', (action, from) => {
    const actor = action === 'close' || action === 'reopen' ? citizen : officer;
    expect(() => planTransition(action as TransitionName, from, actor)).toThrow(InvalidTransitionError);
  });

  it.each([
    ['accept', secretariat],
    ['answer', staff(Role.Operator)],
    ['route', officer],
    ['route', citizen],
    ['reject', officer],
    ['answer', staff(Role.CouncilMember)],
  ] as const)('refuses %s by the wrong performer', (action, actor) => {
    expect(() => planTransition(action as TransitionName, CaseStatus.Routed, actor)).toThrow(ForbiddenError);
  });

  it.each(['approve', 'send_back'] as const)('refuses %s by an officer with approval_not_allowed', (action) => {
    expect(() => planTransition(action as TransitionName, CaseStatus.AwaitingApproval, officer)).toThrow(
      expect.objectContaining({ code: 'approval_not_allowed' }),
    );
  });

  it('checks the performer before the status, so a forbidden action never reveals the status', () => {
    expect(() => planTransition(CaseAction.Accept, CaseStatus.Closed, citizen)).toThrow(ForbiddenError);
  });
});

describe('availableActions', () => {
  it('offers an officer accept and return on a routed case', () => {
    expect(availableActions(CaseStatus.Routed, officer)).toEqual([CaseAction.Accept, CaseAction.Return]);
  });

  it('offers the secretariat rerouting, merge, reject and withdrawal on a returned case', () => {
    expect(availableActions(CaseStatus.Returned, secretariat)).toEqual([
      CaseAction.Route,
      CaseAction.Merge,
      CaseAction.Reject,
      CaseAction.Withdraw,
    ]);
  });

  it('offers nothing on a closed case', () => {
    expect(availableActions(CaseStatus.Closed, secretariat)).toEqual([]);
  });
});
