import type { PolicyAction, PolicySubject } from './policy';
import { Role } from './roles';

/** The staff pages of the web UI's menu. */
export enum StaffPage {
  Operator = 'operator',
  Inbox = 'inbox',
  Cases = 'cases',
  Triage = 'triage',
  /** The agency head's queue of draft answers awaiting approval. */
  Approvals = 'approvals',
  Overdue = 'overdue',
  Dashboard = 'dashboard',
  Meetings = 'meetings',
  Receptions = 'receptions',
  Admin = 'admin',
  /** The data protection officer's desk: requests, record of processing, breach register (docs/personal-data.md). */
  Privacy = 'privacy',
}

/** Which staff pages each role sees, in menu order; the first is the role's home. */
export const STAFF_PAGES: Record<Role, readonly StaffPage[]> = {
  [Role.Operator]: [StaffPage.Operator, StaffPage.Receptions, StaffPage.Meetings, StaffPage.Cases],
  [Role.AgencyOfficer]: [StaffPage.Inbox, StaffPage.Overdue, StaffPage.Dashboard],
  [Role.AgencyHead]: [StaffPage.Inbox, StaffPage.Approvals, StaffPage.Overdue, StaffPage.Dashboard],
  [Role.Secretariat]: [
    StaffPage.Triage,
    StaffPage.Cases,
    StaffPage.Receptions,
    StaffPage.Meetings,
    StaffPage.Overdue,
    StaffPage.Dashboard,
    StaffPage.Admin,
  ],
  [Role.CouncilMember]: [StaffPage.Dashboard, StaffPage.Cases, StaffPage.Overdue, StaffPage.Meetings],
  [Role.Admin]: [
    StaffPage.Admin,
    StaffPage.Triage,
    StaffPage.Cases,
    StaffPage.Overdue,
    StaffPage.Dashboard,
    StaffPage.Operator,
    StaffPage.Meetings,
    StaffPage.Privacy,
    StaffPage.Receptions,
  ],
};

interface RoleGate {
  /** The route's policy the action calls: the auth policy's spec checks that `roles` is exactly who it allows. */
  policy: readonly [PolicyAction, PolicySubject];
  roles: Readonly<Record<Role, boolean>>;
}

/** The table of every role, true for the `allowed` ones. */
const offeredTo = (...allowed: Role[]): Readonly<Record<Role, boolean>> =>
  Object.fromEntries(Object.values(Role).map((role) => [role, allowed.includes(role)])) as Record<Role, boolean>;

/**
 * The actions the web UI offers only to some roles (the API decides again on every request). Transitions are not here:
 * the API lists a case's `availableActions` from the state machine.
 */
export const ROLE_GATES = {
  /** Extend a running clock. */
  extend: {
    policy: ['extend', 'Case'],
    roles: offeredTo(Role.AgencyOfficer, Role.AgencyHead, Role.Secretariat, Role.Admin),
  },
  /** Add an internal note to a case. */
  note: {
    policy: ['note', 'Case'],
    roles: offeredTo(Role.Operator, Role.AgencyOfficer, Role.AgencyHead, Role.Secretariat, Role.Admin),
  },
  /** Ask for the open cases similar to one. */
  findSimilar: {
    policy: ['findSimilar', 'Case'],
    roles: offeredTo(Role.Operator, Role.Secretariat, Role.Admin),
  },
  /** Give a case to one officer of its agency (the agency head, the secretariat). */
  assign: {
    policy: ['assign', 'Case'],
    roles: offeredTo(Role.AgencyHead, Role.Secretariat, Role.Admin),
  },
  /** Route or reroute many selected cases at once. */
  bulkRoute: {
    policy: ['route', 'Case'],
    roles: offeredTo(Role.Secretariat, Role.Admin),
  },
  /** Review a case's redaction and publish it on the public page. */
  publish: {
    policy: ['publish', 'Publication'],
    roles: offeredTo(Role.Secretariat, Role.Admin),
  },
  /** Manage the answer templates. */
  manageTemplates: {
    policy: ['create', 'AnswerTemplate'],
    roles: offeredTo(Role.Secretariat, Role.Admin),
  },
  /** Record voter meetings and key in their petitions (council members only read them). */
  recordMeetings: {
    policy: ['create', 'VoterMeeting'],
    roles: offeredTo(Role.Operator, Role.Secretariat, Role.Admin),
  },
  /** The hotspot map of council-wide figures (the statutory reports' readers; an agency's own figures have no map). */
  hotspotMap: {
    policy: ['read', 'StatutoryReport'],
    roles: offeredTo(Role.Secretariat, Role.CouncilMember, Role.Admin),
  },
} as const satisfies Record<string, RoleGate>;

export type RoleGateName = keyof typeof ROLE_GATES;

/** Whether the web UI offers `gate` to a user of `role` (none when signed out or the role is unknown). */
export const roleMay = (gate: RoleGateName, role: string | undefined): boolean =>
  role !== undefined && (ROLE_GATES[gate].roles as Readonly<Record<string, boolean>>)[role] === true;
