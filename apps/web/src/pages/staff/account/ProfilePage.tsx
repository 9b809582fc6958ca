import { Alert, Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth';
import { Empty, ErrorAlert, Loading } from '../../../components/States';
import { formatDateTime } from '../../../lib/format';
import { useAsync } from '../../../lib/use-async';
import { PasswordForm } from './PasswordForm';
import { TotpSetup } from './TotpSetup';
import { TableScroll } from '../../../components/TableScroll';

/** One's own account: change the password, turn on TOTP, see and end one's sessions. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { user, update } = useAuth();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const sessions = useAsync(() => unwrap(api.GET('/api/v1/auth/sessions')), []);
  const end = async (id: string) => {
    setError(undefined);
    try {
      await unwrap(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } }));
      setNotice(t('account.sessionEnded'));
      sessions.reload();
    } catch (e) {
      setError(e);
    }
  };
  if (!user) return null;
  return (
    <Stack maw={820}>
      <Title order={2}>{t('account.heading')}</Title>
      <Text>
        {user.fullName} · {user.email} · {t(`role.${user.role}`, user.role)}
      </Text>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('account.changePassword')}
        </Title>
        <PasswordForm
          onDone={() => {
            setNotice(t('account.passwordChanged'));
            sessions.reload();
          }}
        />
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('account.totpHeading')}
        </Title>
        {user.totpEnabled ? (
          <Badge color="green" variant="light">
            {t('account.totpOn')}
          </Badge>
        ) : (
          <TotpSetup
            onDone={() => {
              update({ user: { totpEnabled: true }, pending: { secondFactor: null } });
              setNotice(t('account.totpEnabled'));
            }}
          />
        )}
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('account.sessions')}
        </Title>
        {sessions.loading ? (
          <Loading />
        ) : !sessions.data ? (
          <ErrorAlert error={sessions.error} />
        ) : sessions.data.length === 0 ? (
          <Empty />
        ) : (
          <TableScroll label={t('account.sessions')}>
            <Table striped miw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.started')}</Table.Th>
                  <Table.Th>{t('account.lastSeen')}</Table.Th>
                  <Table.Th>{t('account.device')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.map((s) => (
                  <Table.Tr key={s.id} data-testid="session-row">
                    <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {s.ip ?? ''} {s.userAgent ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {s.current ? (
                        <Badge variant="light">{t('account.thisSession')}</Badge>
                      ) : (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void end(s.id)}>
                          {t('account.endSession')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
    </Stack>
  );
}
