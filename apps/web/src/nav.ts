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
const ADMIN: NavItem = { to: '/staff/admin', label: 'nav.admin' };

export const NAV_BY_ROLE: Record<string, NavItem[]> = {
  operator: [OPERATOR, CASES],
  agency_officer: [INBOX, OVERDUE, DASHBOARD],
  agency_head: [INBOX, OVERDUE, DASHBOARD],
  secretariat: [TRIAGE, CASES, OVERDUE, DASHBOARD, ADMIN],
  council_member: [DASHBOARD, CASES, OVERDUE],
  admin: [ADMIN, TRIAGE, CASES, OVERDUE, DASHBOARD, OPERATOR],
};

export const navFor = (role: string | undefined): NavItem[] => (role ? (NAV_BY_ROLE[role] ?? []) : []);
export const homeFor = (role: string | undefined): string => navFor(role)[0]?.to ?? '/login';
export const isAgencyRole = (role: string | undefined) => role === 'agency_officer' || role === 'agency_head';
