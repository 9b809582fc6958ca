import { CaseKind } from '@hotline/contracts';

export interface RoutingRuleCandidate {
  id: string;
  kind: CaseKind | null;
  categoryId: string | null;
  areaId: string | null;
  agencyId: string;
  priority: number;
}

export interface RoutingSubject {
  kind: CaseKind;
  /** The case's category then its ancestors, nearest first. Empty when the case has no category. */
  categoryChain: readonly string[];
  /** The case's area then its ancestors, nearest first. */
  areaChain: readonly string[];
}

type Score = [criteria: number, priority: number, categoryCloseness: number, areaCloseness: number];

/**
 * A denunciation follows denunciation rules only (Luật Tố cáo 2018, Arts. 12–15): an ordinary rule, even one naming
 * no kind, never places it, so a denunciation about a ward's officials does not go to that ward by its category×area
 * rule. Other kinds never match a denunciation rule either.
 */
function governs(rule: RoutingRuleCandidate, kind: CaseKind): boolean {
  return kind === CaseKind.Denunciation ? rule.kind === CaseKind.Denunciation : rule.kind === null || rule.kind === kind;
}

function score(rule: RoutingRuleCandidate, subject: RoutingSubject): Score | null {
  if (!governs(rule, subject.kind)) return null;
  const categoryIndex = rule.categoryId === null ? -1 : subject.categoryChain.indexOf(rule.categoryId);
  if (rule.categoryId !== null && categoryIndex < 0) return null;
  const areaIndex = rule.areaId === null ? -1 : subject.areaChain.indexOf(rule.areaId);
  if (rule.areaId !== null && areaIndex < 0) return null;
  const criteria = Number(rule.kind !== null) + Number(rule.categoryId !== null) + Number(rule.areaId !== null);
  // A rule on the case's own category beats one on a parent category; a criterion left open counts as farthest.
  const closeness = (index: number) => (index < 0 ? -1000 : -index);
  return [criteria, rule.priority, closeness(categoryIndex), closeness(areaIndex)];
}

function compare(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The most specific matching rule: the one naming the most criteria (kind, category, area); among those, the
 * highest priority; then the one whose category and area are nearest the case's own in their trees. A denunciation
 * is matched against denunciation rules only (see `governs`). Null when none matches.
 */
export function pickRoutingRule(rules: readonly RoutingRuleCandidate[], subject: RoutingSubject): RoutingRuleCandidate | null {
  let best: { rule: RoutingRuleCandidate; score: Score } | null = null;
  for (const rule of rules) {
    const s = score(rule, subject);
    if (s && (!best || compare(s, best.score) > 0)) best = { rule, score: s };
  }
  return best?.rule ?? null;
}
