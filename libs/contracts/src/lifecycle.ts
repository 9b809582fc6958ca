import { CaseStatus } from './case.enums';

/**
 * Where a case stands: `open` (an agency or the secretariat owes it work), `answered` (the agency answered; the citizen
 * may accept or reopen) or `finished` (nothing runs any more: no clock, no agency owes anything).
 */
export type CasePhase = 'open' | 'answered' | 'finished';

export interface StatusTraits {
  phase: CasePhase;
  /** On the secretariat's triage list: no rule could place the case, or an agency sent it back. */
  triage: boolean;
  /** The agency has taken the case on: it may answer it or ask the citizen for more. */
  answerable: boolean;
  /** The case carries the agency's answer (answered, or closed after it): what a public case publishes. */
  hasAnswer: boolean;
}

/**
 * The one classification of the lifecycle's statuses; every group below is derived from it. Adding a status to
 * `CaseStatus` fails to compile here (and at the labels) until it is classified; the state machine's spec checks
 * that the groups agree with its transitions.
 */
export const STATUS_TRAITS = {
  [CaseStatus.Received]: { phase: 'open', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.Triage]: { phase: 'open', triage: true, answerable: false, hasAnswer: false },
  [CaseStatus.Routed]: { phase: 'open', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.Accepted]: { phase: 'open', triage: false, answerable: true, hasAnswer: false },
  [CaseStatus.Returned]: { phase: 'open', triage: true, answerable: false, hasAnswer: false },
  [CaseStatus.InProgress]: { phase: 'open', triage: false, answerable: true, hasAnswer: false },
  [CaseStatus.AwaitingInfo]: { phase: 'open', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.AwaitingApproval]: { phase: 'open', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.Answered]: { phase: 'answered', triage: false, answerable: false, hasAnswer: true },
  [CaseStatus.Reopened]: { phase: 'open', triage: false, answerable: true, hasAnswer: false },
  [CaseStatus.Closed]: { phase: 'finished', triage: false, answerable: false, hasAnswer: true },
  [CaseStatus.Merged]: { phase: 'finished', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.Rejected]: { phase: 'finished', triage: false, answerable: false, hasAnswer: false },
  [CaseStatus.Withdrawn]: { phase: 'finished', triage: false, answerable: false, hasAnswer: false },
} as const satisfies Record<CaseStatus, StatusTraits>;

export const ALL_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);

const statusesWhere = (test: (traits: StatusTraits) => boolean): readonly CaseStatus[] =>
  Object.freeze(ALL_STATUSES.filter((status) => test(STATUS_TRAITS[status])));

/** Not yet answered nor finished: someone owes the case work (the "open" filter, the merge candidates, overdue counts). */
export const OPEN_STATUSES = statusesWhere((s) => s.phase === 'open');

/** Statuses in which the case is finished: no clock runs and no agency owes anything. */
export const TERMINAL_STATUSES = statusesWhere((s) => s.phase === 'finished');

/** Answered or finished: the agency owes nothing more (Open311 `closed`, settled council targets, reports' "not open"). */
export const SETTLED_STATUSES = statusesWhere((s) => s.phase !== 'open');

/** Not finished: the case can still move (a citizen may still withdraw it, files may still be added). */
export const UNFINISHED_STATUSES = statusesWhere((s) => s.phase !== 'finished');

/** The secretariat's triage list: cases no rule could place and cases an agency sent back. */
export const TRIAGE_STATUSES = statusesWhere((s) => s.triage);

/** The agency has taken the case on: it may answer, or ask the citizen for more information. */
export const ANSWERABLE_STATUSES = statusesWhere((s) => s.answerable);

/** A duplicate may be merged into another case until it is answered. */
export const MERGEABLE_STATUSES = OPEN_STATUSES;

/** The case carries the agency's answer: what the disclosure page and the council's figures count as answered. */
export const ANSWERED_STATUSES = statusesWhere((s) => s.hasAnswer);

export const isOpenStatus = (status: CaseStatus): boolean => STATUS_TRAITS[status].phase === 'open';
export const isTerminalStatus = (status: CaseStatus): boolean => STATUS_TRAITS[status].phase === 'finished';
export const isSettledStatus = (status: CaseStatus): boolean => STATUS_TRAITS[status].phase !== 'open';

/** A group as an SQL list of literals (`'closed','merged'`), for statements that cannot take it as a parameter. */
export const sqlStatusList = (statuses: readonly CaseStatus[]): string => statuses.map((s) => `'${s}'`).join(',');
