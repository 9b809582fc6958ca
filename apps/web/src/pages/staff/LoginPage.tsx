import { Alert, Button, Card, Container, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/States';
import { useLocation, useNavigate } from 'react-router';
import { LoginError } from '../../api/session';
import { pendingStep, useAuth } from '../../auth';
import { homeFor } from '../../nav';

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [askTotp, setAskTotp] = useState(false);
  const [totpError, setTotpError] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setTotpError(undefined);
    try {
      const { user, pending } = await signIn(email.trim(), password, totp.trim() || undefined);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(pendingStep(pending) ?? from ?? homeFor(user.role), { replace: true });
    } catch (e) {
      if (e instanceof LoginError && e.status === 429) setError(t('login.locked', { seconds: e.retryAfterSeconds ?? 900 }));
      else if (e instanceof LoginError && e.wantsTotp) {
        // The password was right; the account asks for its second-factor code (or the one sent was refused).
        setTotpError(askTotp && totp.trim() ? t('login.totpWrong') : undefined);
        setAskTotp(true);
        setTotp('');
      } else if (e instanceof LoginError && (e.status === 401 || e.status === 400)) setError(t('login.failed'));
      else setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Container size={420} px={0}>
      <Card withBorder padding="lg">
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={2}>{t('login.heading')}</Title>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              autoFocus
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            {askTotp && (
              <TextInput
                label={t('login.totp')}
                description={t('login.totpHint')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, ''))}
                error={totpError}
              />
            )}
            <Button type="submit" loading={busy}>
              {t('login.button')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Container>
  );
}
