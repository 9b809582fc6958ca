export enum Role {
  Operator = 'operator',
  AgencyOfficer = 'agency_officer',
  Secretariat = 'secretariat',
  CouncilMember = 'council_member',
  Admin = 'admin',
}

/** Who performs an action: a staff member, the citizen who filed the case, or the platform itself. */
export type Actor =
  | { type: 'staff'; userId: string; role: Role; agencyId: string | null }
  | { type: 'citizen' }
  | { type: 'system' };

export const SYSTEM_ACTOR: Actor = { type: 'system' };
export const CITIZEN_ACTOR: Actor = { type: 'citizen' };
