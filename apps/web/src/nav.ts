/** Which staff pages each role sees, in menu order; the first is the role's home. */
export interface NavItem {
  to: string;
  label: string;
}

const OPERATOR: NavItem = { to: '/staff/operator', label: 'nav.operator' };
const INBOX: NavItem = { to: '/staff/cases', label: 'nav.inbox' };
const CASES: NavItem = { to: '/staff/cases', label: 'nav.cases' };
const TRIAGE: NavItem = { to: '/staff/triage', label: 'nav.triage' };
const OVERDUE: NavItem = { to: '/staff/overdue', label: 'nav.overdue' };
const DASHBOARD: NavItem = { to: '/staff/dashboard', label: 'nav.dashboard' };
const MEETINGS: NavItem = { to: '/staff/meetings', label: 'navChannels.meetings' };
const ADMIN: NavItem = { to: '/staff/admin', label: 'nav.admin' };

export const NAV_BY_ROLE: Record<string, NavItem[]> = {
  operator: [OPERATOR, MEETINGS, CASES],
  agency_officer: [INBOX, OVERDUE, DASHBOARD],
  agency_head: [INBOX, OVERDUE, DASHBOARD],
  secretariat: [TRIAGE, CASES, MEETINGS, OVERDUE, DASHBOARD, ADMIN],
  council_member: [DASHBOARD, CASES, OVERDUE, MEETINGS],
  admin: [ADMIN, TRIAGE, CASES, OVERDUE, DASHBOARD, OPERATOR, MEETINGS],
};

export const navFor = (role: string | undefined): NavItem[] => (role ? (NAV_BY_ROLE[role] ?? []) : []);
export const homeFor = (role: string | undefined): string => navFor(role)[0]?.to ?? '/login';
export const isAgencyRole = (role: string | undefined) => role === 'agency_officer' || role === 'agency_head';

/** Who records voter meetings and keys in their petitions (council members only read them). */
export const MEETING_RECORDERS = ['operator', 'secretariat', 'admin'];
/** Who may merge a duplicate into another case. */
export const MERGERS = ['secretariat', 'admin'];
/** Who may ask for similar cases. */
export const SIMILAR_READERS = ['operator', 'secretariat', 'admin'];
