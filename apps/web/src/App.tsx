import { lazy, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { pendingStep, useAuth } from './auth';
import { Loading } from './components/States';
import { Layout } from './Layout';
import { homeFor } from './nav';
import { DisclosurePage } from './pages/citizen/DisclosurePage';
import { ReceiptPage } from './pages/citizen/ReceiptPage';
import { SubmitPage } from './pages/citizen/SubmitPage';
import { PrivacyPage, PrivacyRequestPage } from './pages/citizen/PrivacyPage';
import { TrackPage } from './pages/citizen/TrackPage';
import { MyCasesPage } from './pages/citizen/MyCasesPage';
import { UnfollowPage } from './pages/citizen/UnfollowPage';

/**
 * A page of a lazily loaded group: each group (a module of pages) is one chunk, fetched on the first visit of one of
 * its pages (Layout shows Loading meanwhile). The citizen's pages stay in the entry chunk.
 */
const page = <K extends string, G extends Record<K, React.ComponentType>>(group: () => Promise<G>, name: K) =>
  lazy(() => group().then((pages) => ({ default: pages[name] })));
const staff = () => import('./routes/staff');
// The dashboard's charts (recharts) and the admin's tabs are their own chunks: most staff never open them.
const dashboard = () => import('./pages/staff/DashboardPage');
const admin = () => import('./pages/staff/AdminPage');

const ProfilePage = page(staff, 'ProfilePage');
const ChooseNewPasswordPage = page(staff, 'ChooseNewPasswordPage');
const EnrolTotpPage = page(staff, 'EnrolTotpPage');
const ApprovalsPage = page(staff, 'ApprovalsPage');
const CaseListPage = page(staff, 'CaseListPage');
const CasePage = page(staff, 'CasePage');
const LoginPage = page(staff, 'LoginPage');
const MeetingPage = page(staff, 'MeetingPage');
const MeetingsPage = page(staff, 'MeetingsPage');
const OperatorPage = page(staff, 'OperatorPage');
const OverduePage = page(staff, 'OverduePage');
const PrivacyOfficePage = page(staff, 'PrivacyOfficePage');
const PublicationPage = page(staff, 'PublicationPage');
const ReceptionsPage = page(staff, 'ReceptionsPage');
const TriagePage = page(staff, 'TriagePage');
const DashboardPage = page(dashboard, 'DashboardPage');
const AdminPage = page(admin, 'AdminPage');

function Staff({ children }: { children: React.ReactNode }) {
  const { user, ready, pending, restore } = useAuth();
  const location = useLocation();
  useEffect(restore, [restore]);
  if (!user && !ready) return <Loading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const step = pendingStep(pending);
  if (step) return <Navigate to={step} replace />;
  return <>{children}</>;
}

function StaffHome() {
  const { user } = useAuth();
  return <Navigate to={homeFor(user?.role)} replace />;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SubmitPage />} />
        <Route path="submitted/:code" element={<ReceiptPage />} />
        <Route path="track" element={<TrackPage />} />
        <Route path="track/:code" element={<TrackPage />} />
        <Route path="my-cases" element={<MyCasesPage />} />
        <Route path="unfollow/:token" element={<UnfollowPage />} />
        <Route path="public" element={<DisclosurePage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="privacy/requests/:id" element={<PrivacyRequestPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="welcome/password" element={<ChooseNewPasswordPage />} />
        <Route path="welcome/totp" element={<EnrolTotpPage />} />
        <Route
          path="staff/profile"
          element={
            <Staff>
              <ProfilePage />
            </Staff>
          }
        />
        <Route
          path="staff"
          element={
            <Staff>
              <StaffHome />
            </Staff>
          }
        />
        <Route
          path="staff/operator"
          element={
            <Staff>
              <OperatorPage />
            </Staff>
          }
        />
        <Route
          path="staff/cases"
          element={
            <Staff>
              <CaseListPage />
            </Staff>
          }
        />
        <Route
          path="staff/cases/:id"
          element={
            <Staff>
              <CasePage />
            </Staff>
          }
        />
        <Route
          path="staff/cases/:id/publication"
          element={
            <Staff>
              <PublicationPage />
            </Staff>
          }
        />
        <Route
          path="staff/approvals"
          element={
            <Staff>
              <ApprovalsPage />
            </Staff>
          }
        />
        <Route
          path="staff/triage"
          element={
            <Staff>
              <TriagePage />
            </Staff>
          }
        />
        <Route
          path="staff/overdue"
          element={
            <Staff>
              <OverduePage />
            </Staff>
          }
        />
        <Route
          path="staff/dashboard"
          element={
            <Staff>
              <DashboardPage />
            </Staff>
          }
        />
        <Route
          path="staff/admin"
          element={
            <Staff>
              <AdminPage />
            </Staff>
          }
        />
        <Route
          path="staff/meetings"
          element={
            <Staff>
              <MeetingsPage />
            </Staff>
          }
        />
        <Route
          path="staff/receptions"
          element={
            <Staff>
              <ReceptionsPage />
            </Staff>
          }
        />
        <Route
          path="staff/meetings/:id"
          element={
            <Staff>
              <MeetingPage />
            </Staff>
          }
        />
        <Route
          path="staff/privacy"
          element={
            <Staff>
              <PrivacyOfficePage />
            </Staff>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
