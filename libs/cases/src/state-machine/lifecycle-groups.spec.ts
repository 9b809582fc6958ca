import {
  ALL_STATUSES,
  ANSWERABLE_STATUSES,
  CaseAction,
  CaseStatus,
  MERGEABLE_STATUSES,
  OPEN_STATUSES,
  SETTLED_STATUSES,
  TERMINAL_STATUSES,
  TRIAGE_STATUSES,
  UNFINISHED_STATUSES,
} from '@hotline/contracts';
import { TRANSITIONS, TransitionName } from './case-state-machine';

const sorted = <T extends string>(values: Iterable<T>) => [...new Set(values)].sort();
const rules = Object.entries(TRANSITIONS) as [TransitionName, (typeof TRANSITIONS)[TransitionName]][];
const leavingFrom = (status: CaseStatus) => rules.filter(([, rule]) => rule.from.includes(status)).map(([name]) => name);

/** The status groups of libs/contracts, checked against the state machine's table: the two must tell the same story. */
describe('the lifecycle groups agree with the state machine', () => {
  it('finished statuses are exactly those the machine never leaves', () => {
    expect(sorted(TERMINAL_STATUSES)).toEqual(sorted(ALL_STATUSES.filter((s) => leavingFrom(s).length === 0)));
  });

  it('the answered phase is where Answer and Approve lead; from it only closing, reopening, withdrawing or the secretariat’s return go on', () => {
    expect(sorted(SETTLED_STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s)))).toEqual([TRANSITIONS[CaseAction.Answer].to]);
    expect(TRANSITIONS[CaseAction.Approve].to).toBe(TRANSITIONS[CaseAction.Answer].to);
    expect(sorted(leavingFrom(CaseStatus.Answered))).toEqual(
      sorted([CaseAction.Close, CaseAction.Reopen, CaseAction.Withdraw, CaseAction.ReturnAnswer]),
    );
  });

  it('an answer waiting for approval is open, and only the head’s approval, sending back, merging or withdrawing leave it', () => {
    expect(OPEN_STATUSES).toContain(TRANSITIONS.submit_for_approval.to);
    expect(sorted(leavingFrom(CaseStatus.AwaitingApproval))).toEqual(
      sorted([CaseAction.Approve, CaseAction.SendBack, CaseAction.Merge, CaseAction.Withdraw]),
    );
  });

  it('answerable statuses are those from which the machine allows Answer', () => {
    expect(sorted(ANSWERABLE_STATUSES)).toEqual(sorted(ALL_STATUSES.filter((s) => leavingFrom(s).includes(CaseAction.Answer))));
  });

  it('mergeable statuses are those from which the machine allows Merge, the open ones', () => {
    expect(sorted(MERGEABLE_STATUSES)).toEqual(sorted(ALL_STATUSES.filter((s) => leavingFrom(s).includes(CaseAction.Merge))));
    expect(sorted(MERGEABLE_STATUSES)).toEqual(sorted(OPEN_STATUSES));
  });

  it('a case can be withdrawn exactly while it is unfinished', () => {
    expect(sorted(UNFINISHED_STATUSES)).toEqual(sorted(ALL_STATUSES.filter((s) => leavingFrom(s).includes(CaseAction.Withdraw))));
  });

  it('the triage list holds the statuses that sending to triage and returning lead to, from which the secretariat routes', () => {
    expect(sorted(TRIAGE_STATUSES)).toEqual(sorted([TRANSITIONS.triage.to, TRANSITIONS[CaseAction.Return].to]));
    expect(TRIAGE_STATUSES.every((s) => leavingFrom(s).includes(CaseAction.Route))).toBe(true);
  });

  it('open statuses are the unfinished ones Answer does not lead to', () => {
    expect(sorted(OPEN_STATUSES)).toEqual(sorted(UNFINISHED_STATUSES.filter((s) => s !== TRANSITIONS[CaseAction.Answer].to)));
  });
});
