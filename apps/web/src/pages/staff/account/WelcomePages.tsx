import { Alert, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { pendingStep, useAuth } from '../../../auth';
import { homeFor } from '../../../nav';
import { PasswordForm } from './PasswordForm';
import { TotpSetup } from './TotpSetup';

function Shell({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <Container size={480} px={0}>
      <Card withBorder padding="lg">
        <Stack>
          <Title order={2}>{title}</Title>
          <Alert color="blue">{intro}</Alert>
          {children}
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" onClick={() => void signOut().then(() => navigate('/login'))}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Container>
  );
}

/** After a sign-in with a temporary password: nothing else is open until a new one is chosen. */
export function ChooseNewPasswordPage() {
  const { t } = useTranslation();
  const { user, pending, update } = useAuth();
  const navigate = useNavigate();
  if (!user) return <Navigate to="/login" replace />;
  const step = pendingStep(pending);
  if (step !== '/welcome/password') return <Navigate to={step ?? homeFor(user.role)} replace />;
  return (
    <Shell title={t('account.chooseHeading')} intro={t('account.chooseIntro')}>
      <PasswordForm
        currentLabel={t('account.temporaryPassword')}
        onDone={() => {
          update({ pending: { mustChangePassword: false } });
          navigate(homeFor(user.role), { replace: true });
        }}
      />
    </Shell>
  );
}

/** When the role must use a second factor and the user has none: set up TOTP before anything else. */
export function EnrolTotpPage() {
  const { t } = useTranslation();
  const { user, pending, update } = useAuth();
  const navigate = useNavigate();
  if (!user) return <Navigate to="/login" replace />;
  const step = pendingStep(pending);
  if (step !== '/welcome/totp') return <Navigate to={step ?? homeFor(user.role)} replace />;
  return (
    <Shell title={t('account.enrolHeading')} intro={t('account.enrolIntro')}>
      <TotpSetup
        onDone={() => {
          update({ pending: { secondFactor: null }, user: { totpEnabled: true } });
          const next = pendingStep({ ...pending, secondFactor: null });
          navigate(next ?? homeFor(user.role), { replace: true });
        }}
      />
      <Text size="xs" c="dimmed">
        {t('account.apps')}
      </Text>
    </Shell>
  );
}
