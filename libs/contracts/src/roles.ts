export enum Role {
  Operator = 'operator',
  AgencyOfficer = 'agency_officer',
  /** An agency's head: an officer's powers, over the agency and (when configured) its sub-units. */
  AgencyHead = 'agency_head',
  Secretariat = 'secretariat',
  CouncilMember = 'council_member',
  Admin = 'admin',
}

/** The roles that belong to one agency and see only its cases. */
export const AGENCY_ROLES: readonly Role[] = [Role.AgencyOfficer, Role.AgencyHead];

export const isAgencyRole = (role: Role): boolean => AGENCY_ROLES.includes(role);

/** A signed-in staff member. `agencyIds` is the agency and the sub-units whose cases the user may see (agency roles). */
export interface StaffActor {
  type: 'staff';
  userId: string;
  role: Role;
  agencyId: string | null;
  agencyIds?: readonly string[];
  sessionId?: string;
}

/** Who performs an action: a staff member, the citizen who filed the case, or the platform itself. */
export type Actor = StaffActor | { type: 'citizen' } | { type: 'system' };

/**
 * The agencies whose cases this actor may see, or null when the actor is not limited to agencies (secretariat,
 * operators, council members, admins, the platform). An agency user without an agency sees nothing.
 */
export function agencyScope(actor: Actor): readonly string[] | null {
  if (actor.type !== 'staff' || !isAgencyRole(actor.role)) return null;
  return actor.agencyIds ?? (actor.agencyId ? [actor.agencyId] : []);
}

export const SYSTEM_ACTOR: Actor = { type: 'system' };
export const CITIZEN_ACTOR: Actor = { type: 'citizen' };
