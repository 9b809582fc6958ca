import { Actor, agencyScope } from '@hotline/contracts';

/**
 * Whether a staff member may reach a case: agency roles only the cases their agencies hold, other roles every case.
 * Citizens reach a case only through its tracking code and key, checked before any call here.
 */
export function canSee(actor: Actor, kase: { agencyId: string | null }): boolean {
  const ownAgencies = agencyScope(actor);
  return ownAgencies === null || (kase.agencyId !== null && ownAgencies.includes(kase.agencyId));
}
