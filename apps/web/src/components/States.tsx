import { Alert, type AlertProps, Center, Loader, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** What a user reads for an error: the translation of the API's code, never the server's message; a network failure says so. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`, { defaultValue: t('errors.internal_error') });
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.internal_error');
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t('common.loading')}</Text>
    </Center>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" py="md" ta="center">
      {children ?? t('common.empty')}
    </Text>
  );
}

export function ErrorAlert({ error, ...props }: { error: unknown } & Omit<AlertProps, 'children' | 'title'>) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={t('common.errorTitle')} {...props}>
      {errorMessage(error, t)}
    </Alert>
  );
}
