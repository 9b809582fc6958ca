import { CaseStatus } from './case.enums';
import {
  ALL_STATUSES,
  ANSWERABLE_STATUSES,
  OPEN_STATUSES,
  ANSWERED_STATUSES,
  SETTLED_STATUSES,
  STATUS_TRAITS,
  TERMINAL_STATUSES,
  TRIAGE_STATUSES,
  UNFINISHED_STATUSES,
} from './lifecycle';

const sorted = (statuses: readonly CaseStatus[]) => [...statuses].sort();

describe('the lifecycle status groups', () => {
  it('split every status into exactly one of open, answered and finished', () => {
    const answered = ALL_STATUSES.filter((s) => STATUS_TRAITS[s].phase === 'answered');
    expect(sorted([...OPEN_STATUSES, ...answered, ...TERMINAL_STATUSES])).toEqual(sorted(Object.values(CaseStatus)));
    expect(answered).toEqual([CaseStatus.Answered]);
  });

  it('make settled the complement of open and unfinished the complement of finished', () => {
    expect(sorted([...OPEN_STATUSES, ...SETTLED_STATUSES])).toEqual(sorted(ALL_STATUSES));
    expect(OPEN_STATUSES.filter((s) => SETTLED_STATUSES.includes(s))).toEqual([]);
    expect(sorted([...UNFINISHED_STATUSES, ...TERMINAL_STATUSES])).toEqual(sorted(ALL_STATUSES));
    expect(UNFINISHED_STATUSES.filter((s) => TERMINAL_STATUSES.includes(s))).toEqual([]);
  });

  it('keep the triage list and the answerable statuses among the open ones, and never both', () => {
    expect(TRIAGE_STATUSES.every((s) => OPEN_STATUSES.includes(s))).toBe(true);
    expect(ANSWERABLE_STATUSES.every((s) => OPEN_STATUSES.includes(s))).toBe(true);
    expect(TRIAGE_STATUSES.filter((s) => ANSWERABLE_STATUSES.includes(s))).toEqual([]);
  });

  it('count as answered only the answered and closed cases, never merged, rejected or withdrawn ones', () => {
    expect(sorted(ANSWERED_STATUSES)).toEqual(sorted([CaseStatus.Answered, CaseStatus.Closed]));
  });
});
