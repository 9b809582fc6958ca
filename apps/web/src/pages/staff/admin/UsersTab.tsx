import { isAgencyRole, Role } from '@hotline/contracts';
import { Alert, Badge, Button, Checkbox, Code, Group, Modal, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth';
import { RefSelect } from '../../../components/RefSelect';
import { Empty, ErrorAlert, Loading } from '../../../components/States';
import { formatDateTime } from '../../../lib/format';
import { useAsync } from '../../../lib/use-async';
import { adminList, type TreeRow } from './ReferenceTabs';
import type { components } from '../../../api/schema';
import { TableScroll } from '../../../components/TableScroll';

type User = components['schemas']['UserDto'];

export const ROLES = Object.values(Role);
const needsAgency = (role: string | null) => role !== null && isAgencyRole(role as Role);
const PAGE_SIZE = 25;

/** An administrator's one-click actions on an account, through the typed client. */
const USER_ACTIONS = {
  'reset-password': (id: string) => unwrap(api.POST('/api/v1/admin/users/{id}/reset-password', { params: { path: { id } } })),
  'reset-totp': (id: string) => unwrap(api.POST('/api/v1/admin/users/{id}/reset-totp', { params: { path: { id } } })),
  'revoke-sessions': (id: string) => unwrap(api.POST('/api/v1/admin/users/{id}/revoke-sessions', { params: { path: { id } } })),
};
type UserAction = keyof typeof USER_ACTIONS;

/** A one-time password shown once, with a note that it will not be shown again. */
function OneTimePassword({ email, password }: { email: string; password: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('users.temporaryTitle', { email })} role="status">
      <Stack gap={4}>
        <Code fz="lg" data-testid="temporary-password">
          {password}
        </Code>
        <Text size="sm">{t('users.temporaryNote')}</Text>
      </Stack>
    </Alert>
  );
}

function UserForm({
  user,
  agencies,
  onDone,
}: {
  user?: User;
  agencies: TreeRow[];
  onDone: (result: { temporaryPassword?: string; email: string }) => void;
}) {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const agencyCode = (id: string | null) => agencies.find((a) => a.id === id)?.code ?? null;
  const [values, setValues] = useState({
    email: user?.email ?? '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? 'operator',
    agency: agencyCode(user?.agencyId ?? null),
    active: user?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; password?: string }>();
  const set = (key: keyof typeof values, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  const agencyId = agencies.find((a) => a.code === values.agency)?.id ?? null;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    setError(undefined);
    if (needsAgency(values.role) && !agencyId) {
      setErrors({ agencyId: t('users.agencyRequired') });
      return;
    }
    setBusy(true);
    try {
      if (user) {
        await unwrap(
          api.PATCH('/api/v1/admin/users/{id}', {
            params: { path: { id: user.id } },
            body: { fullName: values.fullName, role: values.role, agencyId, active: values.active },
          }),
        );
        onDone({ email: user.email });
      } else {
        const body = { email: values.email.trim(), fullName: values.fullName.trim(), role: values.role, ...(agencyId ? { agencyId } : {}) };
        const created = await unwrap(api.POST('/api/v1/admin/users', { body }));
        onDone({ email: created.user.email, temporaryPassword: created.temporaryPassword });
      }
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const act = async (path: UserAction, text: (r: { temporaryPassword?: string; sessionsEnded: number }) => string) => {
    setError(undefined);
    setNotice(undefined);
    try {
      const result: { temporaryPassword?: string; sessionsEnded: number } = await USER_ACTIONS[path](user!.id);
      setNotice({ text: text(result), password: result.temporaryPassword });
    } catch (e) {
      setError(e);
    }
  };
  const self = user?.id === me?.id;
  return (
    <Stack>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t('field.email')}
            type="email"
            required
            disabled={Boolean(user)}
            value={values.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={errors.email}
          />
          <TextInput
            label={t('users.fullName')}
            required
            value={values.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={errors.fullName}
          />
          <Select
            label={t('users.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={values.role}
            allowDeselect={false}
            onChange={(v) => set('role', v ?? 'operator')}
            error={errors.role}
            disabled={self}
          />
          <RefSelect
            label={t('field.agency')}
            required={needsAgency(values.role)}
            items={agencies.filter((a) => a.active || a.code === values.agency)}
            value={values.agency}
            onChange={(v) => set('agency', v)}
            error={errors.agencyId}
            description={needsAgency(values.role) ? t('users.agencyRequired') : undefined}
          />
          {user && (
            <Checkbox
              label={t('users.activeLabel')}
              checked={values.active}
              disabled={self}
              onChange={(e) => set('active', e.currentTarget.checked)}
              error={errors.active}
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {user ? t('common.save') : t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {user && (
        <Stack gap="xs">
          <Text fw={500}>{t('users.resets')}</Text>
          <Group>
            <Button variant="light" color="orange" onClick={() => void act('reset-password', () => t('users.passwordReset'))}>
              {t('users.resetPassword')}
            </Button>
            <Button
              variant="light"
              color="orange"
              disabled={!user.totpEnabled}
              onClick={() => void act('reset-totp', (r) => t('users.totpReset', { count: r.sessionsEnded }))}
            >
              {t('users.resetTotp')}
            </Button>
            <Button
              variant="light"
              color="red"
              onClick={() => void act('revoke-sessions', (r) => t('users.sessionsEnded', { count: r.sessionsEnded }))}
            >
              {t('users.revokeSessions')}
            </Button>
          </Group>
          {notice && (
            <Alert color="green" role="status">
              {notice.text}
            </Alert>
          )}
          {notice?.password && <OneTimePassword email={user.email} password={notice.password} />}
        </Stack>
      )}
    </Stack>
  );
}

/** Staff accounts: filter, create (a temporary password shown once), change role, agency or active; resets. */
export function UsersTab() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<{ role: string | null; agency: string | null; q: string }>({ role: null, agency: null, q: '' });
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const agencies = useAsync(() => adminList('agencies'), []);
  const agencyId = agencies.data?.find((a) => a.code === filters.agency)?.id;
  const listQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(filters.role ? { role: filters.role as Role } : {}),
    ...(agencyId ? { agencyId } : {}),
    ...(query ? { q: query } : {}),
  };
  const users = useAsync(() => unwrap(api.GET('/api/v1/admin/users', { params: { query: listQuery } })), [JSON.stringify(listQuery)]);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [created, setCreated] = useState<{ email: string; temporaryPassword?: string }>();
  const agencyName = (id: string | null) => {
    const a = agencies.data?.find((x) => x.id === id);
    return a ? (i18n.language === 'en' ? a.nameEn : a.name) : '';
  };
  const done = (result: { email: string; temporaryPassword?: string }) => {
    if (editing === 'new') setCreated(result);
    setEditing(null);
    users.reload();
  };
  return (
    <Stack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setQuery(filters.q.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('users.search')}
            value={filters.q}
            onChange={(e) => setFilters({ ...filters, q: e.currentTarget.value })}
            w={240}
          />
          <Select
            label={t('users.role')}
            clearable
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={filters.role}
            onChange={(v) => {
              setPage(1);
              setFilters({ ...filters, role: v });
            }}
            w={200}
          />
          <RefSelect
            label={t('field.agency')}
            items={agencies.data}
            value={filters.agency}
            onChange={(v) => {
              setPage(1);
              setFilters({ ...filters, agency: v });
            }}
            w={260}
          />
          <Button type="submit" variant="light">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setCreated(undefined);
              setEditing('new');
            }}
            ml="auto"
          >
            {t('users.new')}
          </Button>
        </Group>
      </form>
      {created?.temporaryPassword && <OneTimePassword email={created.email} password={created.temporaryPassword} />}
      <ErrorAlert error={agencies.error} />
      {users.loading && !users.data ? (
        <Loading />
      ) : !users.data ? (
        <ErrorAlert error={users.error} />
      ) : users.data.items.length === 0 ? (
        <Empty />
      ) : (
        <>
          <TableScroll label={t('admin.users')}>
            <Table striped miw={820}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.email')}</Table.Th>
                  <Table.Th>{t('users.fullName')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('field.agency')}</Table.Th>
                  <Table.Th>{t('admin.status')}</Table.Th>
                  <Table.Th>{t('users.lastLogin')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((u) => (
                  <Table.Tr key={u.id} data-testid={`user-${u.email}`}>
                    <Table.Td>
                      <Text size="sm">{u.email}</Text>
                    </Table.Td>
                    <Table.Td>{u.fullName}</Table.Td>
                    <Table.Td>{t(`role.${u.role}`, u.role)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{agencyName(u.agencyId)}</Text>
                    </Table.Td>
                    <Table.Td miw={170}>
                      <Group gap={4}>
                        <Badge variant="light" color={u.active ? 'green' : 'gray'}>
                          {u.active ? t('admin.activeBadge') : t('users.inactive')}
                        </Badge>
                        {u.totpEnabled && (
                          <Badge variant="light" color="blue">
                            TOTP
                          </Badge>
                        )}
                        {u.mustChangePassword && (
                          <Badge variant="light" color="yellow">
                            {t('users.mustChange')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(u.lastLoginAt, i18n.language)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)} aria-label={`${t('admin.edit')} ${u.email}`}>
                        {t('admin.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('users.total', { count: users.data.total })}
            </Text>
            {users.data.total > PAGE_SIZE && <Pagination total={Math.ceil(users.data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
          </Group>
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
          users.reload();
        }}
        title={editing === 'new' ? t('users.new') : `${t('admin.edit')} ${editing?.email ?? ''}`}
        size="lg"
      >
        {editing !== null && agencies.data && (
          <UserForm user={editing === 'new' ? undefined : editing} agencies={agencies.data} onDone={done} />
        )}
      </Modal>
    </Stack>
  );
}
