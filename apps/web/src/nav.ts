import { Role, STAFF_PAGES, StaffPage } from '@hotline/contracts';

/** A staff page's place in the menu; which roles see which pages is STAFF_PAGES in libs/contracts. */
export interface NavItem {
  to: string;
  label: string;
}

const NAV_ITEMS: Record<StaffPage, NavItem> = {
  [StaffPage.Operator]: { to: '/staff/operator', label: 'nav.operator' },
  [StaffPage.Inbox]: { to: '/staff/cases', label: 'nav.inbox' },
  [StaffPage.Cases]: { to: '/staff/cases', label: 'nav.cases' },
  [StaffPage.Triage]: { to: '/staff/triage', label: 'nav.triage' },
  [StaffPage.Approvals]: { to: '/staff/approvals', label: 'nav.approvals' },
  [StaffPage.Overdue]: { to: '/staff/overdue', label: 'nav.overdue' },
  [StaffPage.Dashboard]: { to: '/staff/dashboard', label: 'nav.dashboard' },
  [StaffPage.Meetings]: { to: '/staff/meetings', label: 'navChannels.meetings' },
  [StaffPage.Receptions]: { to: '/staff/receptions', label: 'navReception.receptions' },
  [StaffPage.Admin]: { to: '/staff/admin', label: 'nav.admin' },
  [StaffPage.Privacy]: { to: '/staff/privacy', label: 'nav.privacy' },
};

const isRole = (role: string | undefined): role is Role => (Object.values(Role) as string[]).includes(role ?? '');

export const navFor = (role: string | undefined): NavItem[] => (isRole(role) ? STAFF_PAGES[role].map((page) => NAV_ITEMS[page]) : []);
export const homeFor = (role: string | undefined): string => navFor(role)[0]?.to ?? '/login';
