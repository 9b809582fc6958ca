import { CaseKind } from '@hotline/contracts';

/** What the deadline-risk model knows of an open case at one instant. */
export interface RiskInput {
  kind: CaseKind | string;
  /** Open cases the agency holds at that instant. */
  agencyBacklog: number;
  /** The agency's past answers: how many, how many late. */
  agencyAnswered: number;
  agencyLate: number;
  /** Hours from that instant to the due date (negative once past it). */
  hoursLeft: number;
  /** Hours from routing to the due date: the time the case was given. */
  hoursAllowed: number;
}

const KINDS = Object.values(CaseKind) as string[];

/** The strength (in answers) of the base rate that an agency's own late rate is shrunk towards. */
const PRIOR_ANSWERS = 10;

/** The dense feature vector of one instant of one case; `baseRate` is the whole history's late rate. */
export function riskFeatures(input: RiskInput, baseRate: number): number[] {
  const lateRate = (input.agencyLate + PRIOR_ANSWERS * baseRate) / (input.agencyAnswered + PRIOR_ANSWERS);
  const fractionLeft = input.hoursAllowed > 0 ? Math.max(-1, Math.min(1, input.hoursLeft / input.hoursAllowed)) : 0;
  return [
    logit(lateRate),
    Math.log1p(Math.max(0, input.agencyBacklog)) / 3,
    fractionLeft,
    input.hoursLeft < 0 ? 1 : 0,
    Math.max(-30, Math.min(30, input.hoursLeft / 24)) / 30,
    ...KINDS.map((kind) => (kind === input.kind ? 1 : 0)),
  ];
}

function logit(p: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
}
