import { CaseKind, ErrorCode } from '@hotline/contracts';
import type { AgencyEntity, CaseEntity } from '@hotline/database';
import { RuleViolationError } from '@hotline/platform';
import { ReferenceDataService, ReferenceSnapshot } from '../reference/reference-data.service';
import { pickRoutingRule } from './pick-routing-rule';

type RoutedCase = Pick<CaseEntity, 'kind' | 'categoryId' | 'areaId' | 'accusedAgencyId'>;

/** Where the worker places a received case: an agency (by a rule, or as the accused body's manager), or triage. */
export type RouteDecision = { agency: AgencyEntity; data: { ruleId: string } | { managerOfAccused: string } } | { agency: null };

/**
 * The one routing rule of the platform. A denunciation that names the accused agency goes to the level that manages
 * that agency (its parent in the agency tree; Luật Tố cáo 2018, Arts. 12–15), or to triage when none is configured;
 * any other case (a denunciation naming no one included) goes by the most specific rule (`pickRoutingRule`, where a
 * denunciation matches denunciation rules only), or to triage when none matches.
 */
export function decideRoute(snapshot: ReferenceSnapshot, kase: RoutedCase): RouteDecision {
  if (kase.kind === CaseKind.Denunciation && kase.accusedAgencyId) {
    const accused = snapshot.agencyById.get(kase.accusedAgencyId);
    const manager = accused?.parentId ? snapshot.agencyById.get(accused.parentId) : undefined;
    return manager?.active ? { agency: manager, data: { managerOfAccused: kase.accusedAgencyId } } : { agency: null };
  }
  const rule = pickRoutingRule(snapshot.rules, {
    kind: kase.kind,
    categoryChain: ReferenceDataService.chain(snapshot.categoryById, kase.categoryId),
    areaChain: ReferenceDataService.chain(snapshot.areaById, kase.areaId),
  });
  const agency = rule ? snapshot.agencyById.get(rule.agencyId) : undefined;
  return rule && agency ? { agency, data: { ruleId: rule.id } } : { agency: null };
}

/** True when `agencyId` is the accused agency itself or one of its units (below it in the agency tree). */
export function isAccusedOrUnit(snapshot: ReferenceSnapshot, agencyId: string, accusedAgencyId: string): boolean {
  return ReferenceDataService.chain(snapshot.agencyById, agencyId).includes(accusedAgencyId);
}

/**
 * Whether a case may be handed to an agency at all: a denunciation never goes, by hand or by suggestion, to the body it
 * accuses or to one of that body's units. The routes (assertNotToAccused) and the routing suggestions read this.
 */
export function mayReceive(snapshot: ReferenceSnapshot, kase: Pick<CaseEntity, 'kind' | 'accusedAgencyId'>, agencyId: string): boolean {
  return kase.kind !== CaseKind.Denunciation || !kase.accusedAgencyId || !isAccusedOrUnit(snapshot, agencyId, kase.accusedAgencyId);
}

/** A route by hand to an agency the case may not go to (mayReceive) is refused, naming the accused body. */
export function assertNotToAccused(
  snapshot: ReferenceSnapshot,
  kase: Pick<CaseEntity, 'kind' | 'accusedAgencyId'>,
  agency: AgencyEntity,
): void {
  if (mayReceive(snapshot, kase, agency.id) || !kase.accusedAgencyId) return;
  throw new RuleViolationError(
    ErrorCode.DenunciationRoutedToAccused,
    'agencyCode',
    `This denunciation accuses ${snapshot.agencyById.get(kase.accusedAgencyId)?.name ?? 'that agency'}: it cannot go to that agency or its units, only to the level that manages it (Luật Tố cáo 2018, Arts. 12–15)`,
  );
}
