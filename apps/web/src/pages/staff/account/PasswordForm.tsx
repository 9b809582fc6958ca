import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/States';
import { ApiError, api, unwrap } from '../../../api/client';

/** The same rule as the API (PASSWORD_RULE): 10 to 200 characters, a letter and a digit or symbol. */
export const PASSWORD_RULE = /^(?=.*\p{L})(?=.*[\p{N}\p{P}\p{S}]).{10,200}$/u;

/** POST /api/v1/auth/password; the API's field errors are shown next to the fields. */
export function PasswordForm({ onDone, currentLabel }: { onDone: () => void; currentLabel?: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const local: Record<string, string> = {};
    if (!PASSWORD_RULE.test(values.newPassword)) local.newPassword = t('account.passwordRule');
    else if (values.newPassword !== values.confirm) local.confirm = t('account.mismatch');
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }),
      );
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      else setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <PasswordInput
          label={currentLabel ?? t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(e) => setValues({ ...values, currentPassword: e.currentTarget.value })}
          error={errors.currentPassword}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule')}
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={(e) => setValues({ ...values, newPassword: e.currentTarget.value })}
          error={errors.newPassword}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          value={values.confirm}
          onChange={(e) => setValues({ ...values, confirm: e.currentTarget.value })}
          error={errors.confirm}
        />
        <Button type="submit" loading={busy}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
