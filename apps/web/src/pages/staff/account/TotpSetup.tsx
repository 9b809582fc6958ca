import { Alert, Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import QRCode from 'qrcode';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/States';
import { ApiError, api, unwrap } from '../../../api/client';

/** POST /auth/totp/setup shows the secret and a QR code of its otpauth:// URI; POST /auth/totp/enable {code} turns it on. */
export function TotpSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string; qr: string }>();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const answer = await unwrap(api.POST('/api/v1/auth/totp/setup'));
      const qr = await QRCode.toDataURL(answer.otpauthUri, { margin: 1, width: 220, errorCorrectionLevel: 'M' });
      setSetup({ ...answer, qr });
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  const enable = async (event: React.FormEvent) => {
    event.preventDefault();
    setCodeError(undefined);
    setError(undefined);
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('account.codeRule'));
      return;
    }
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/auth/totp/enable', { body: { code } }));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.code) setCodeError(e.fieldErrors.code);
      else setError(errorMessage(e, t));
      setCode('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!setup ? (
        <Group>
          <Button onClick={() => void start()} loading={busy}>
            {t('account.startTotp')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={(e) => void enable(e)} noValidate>
          <Stack>
            <Text>{t('account.scan')}</Text>
            <Image src={setup.qr} alt={t('account.qrAlt')} w={220} h={220} fit="contain" data-testid="totp-qr" />
            <Text size="sm">{t('account.orType')}</Text>
            <Code block data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
              {setup.secret}
            </Code>
            <TextInput
              label={t('account.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              w={200}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
              error={codeError}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('account.enableTotp')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
