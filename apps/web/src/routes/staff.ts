/** The staff pages, one chunk loaded on a staff page's first visit (App.tsx): a citizen never downloads them. */
export { ProfilePage } from '../pages/staff/account/ProfilePage';
export { ChooseNewPasswordPage, EnrolTotpPage } from '../pages/staff/account/WelcomePages';
export { ApprovalsPage } from '../pages/staff/ApprovalsPage';
export { CaseListPage } from '../pages/staff/CaseListPage';
export { CasePage } from '../pages/staff/CasePage';
export { LoginPage } from '../pages/staff/LoginPage';
export { MeetingPage } from '../pages/staff/MeetingPage';
export { MeetingsPage } from '../pages/staff/MeetingsPage';
export { OperatorPage } from '../pages/staff/OperatorPage';
export { OverduePage } from '../pages/staff/OverduePage';
export { PrivacyOfficePage } from '../pages/staff/PrivacyOfficePage';
export { PublicationPage } from '../pages/staff/PublicationPage';
export { ReceptionsPage } from '../pages/staff/ReceptionsPage';
export { TriagePage } from '../pages/staff/TriagePage';
