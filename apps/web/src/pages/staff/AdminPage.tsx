import { Role } from '@hotline/contracts';
import { Badge, Button, Group, NumberInput, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { useAsync } from '../../lib/use-async';
import { sentence } from '../../lib/text';
import { ApprovalTab, TemplatesTab } from './admin/AnswersTabs';
import { RoutingTab, TreeTab } from './admin/ReferenceTabs';
import { LearningTab } from './admin/LearningTab';
import { UsersTab } from './admin/UsersTab';
import { TableScroll } from '../../components/TableScroll';
import { DateField } from '../../components/DateField';
import { dayMonthYear } from '../../lib/format';

type DayKind = components['schemas']['CalendarDayDto']['kind'];
const DAY_KINDS: Record<DayKind, true> = { holiday: true, compensation: true, swapped_day_off: true, make_up_working_day: true };

function Rules() {
  const { t } = useTranslation();
  const rules = useAsync(() => unwrap(api.GET('/api/v1/admin/deadline-rules')), []);
  if (rules.loading) return <Loading />;
  if (!rules.data) return <ErrorAlert error={rules.error} />;
  return (
    <TableScroll label={t('admin.deadlines')}>
      <Table striped miw={700}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.kind')}</Table.Th>
            <Table.Th>{t('admin.clock')}</Table.Th>
            <Table.Th>{t('admin.length')}</Table.Th>
            <Table.Th>{t('admin.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.data.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.kind ? t(`kind.${r.kind}`) : t('admin.anyKind')}</Table.Td>
              <Table.Td>{sentence(t(`clock.${r.clock}`, r.clock))}</Table.Td>
              <Table.Td>
                {t(`admin.units.${r.unit}`, { count: Number(r.length) })}
                {r.urgentLength ? ` (${t('field.priorityUrgent')}: ${r.urgentLength})` : ''}
                {r.extensionMaxCount ? ` + ${t('admin.extensions', { count: r.extensionMaxCount, length: r.extensionLength })}` : ''}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.source}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function Calendar({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [tick, setTick] = useState(0);
  const days = useAsync(() => unwrap(api.GET('/api/v1/admin/calendar', { params: { query: { year } } })), [year, tick]);
  const blank = { date: '', kind: 'holiday' as DayKind, name: '' };
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const save = async () => {
    setError(undefined);
    setFieldErrors({});
    try {
      await unwrap(
        api.PUT('/api/v1/admin/calendar/{date}', {
          params: { path: { date: form.date } },
          body: { kind: form.kind, name: form.name, working: form.kind === 'make_up_working_day' },
        }),
      );
      setForm(blank);
      setTick((n) => n + 1);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setFieldErrors(e.fieldErrors);
      else setError(e);
    }
  };
  const remove = async (date: string) => {
    await unwrap(api.DELETE('/api/v1/admin/calendar/{date}', { params: { path: { date } } })).catch(setError);
    setTick((n) => n + 1);
  };
  const list = days.data?.days ?? [];
  return (
    <Stack>
      <NumberInput label={t('admin.year')} value={year} onChange={(v) => setYear(Number(v) || year)} min={2000} max={2100} w={140} />
      <ErrorAlert error={error ?? days.error} />
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Group align="flex-start">
            <DateField
              label={t('admin.date')}
              value={form.date}
              onChange={(date) => setForm({ ...form, date })}
              error={fieldErrors.date}
              w={170}
            />
            <Select
              label={t('admin.type')}
              data={(Object.keys(DAY_KINDS) as DayKind[]).map((d) => ({ value: d, label: t(`admin.dayType.${d}`) }))}
              value={form.kind}
              onChange={(v) => setForm({ ...form, kind: (v as DayKind | null) ?? 'holiday' })}
              error={fieldErrors.kind}
              w={200}
            />
            <TextInput
              label={t('admin.name')}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              error={fieldErrors.name}
              style={{ flex: 1 }}
            />
            <Button type="submit" mt={24}>
              {t('admin.addDay')}
            </Button>
          </Group>
        </form>
      )}
      {days.loading ? (
        <Loading />
      ) : list.length === 0 ? (
        <Empty />
      ) : (
        <TableScroll label={t('admin.calendar')}>
          <Table striped miw={560}>
            <Table.Tbody>
              {list.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Td className="mono">{dayMonthYear(d.date)}</Table.Td>
                  <Table.Td>
                    <Badge color={d.working ? 'blue' : 'red'} variant="light">
                      {t(`admin.dayType.${d.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(d.date)}>
                        {t('admin.deleteDay')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

/** Reference data, routing and deadline rules, the calendar and (administrators only) users; the secretariat reads. */
export function AdminPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const admin = user?.role === Role.Admin;
  const tabs = [
    'agencies',
    'areas',
    'categories',
    'routing',
    'learning',
    'deadlines',
    'calendar',
    'templates',
    'approval',
    ...(admin ? ['users'] : []),
  ];
  return (
    <Stack>
      <Title order={2}>{t('admin.heading')}</Title>
      <Tabs defaultValue="agencies" keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`admin.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="agencies" pt="md">
          <TreeTab kind="agencies" canEdit={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="areas" pt="md">
          <TreeTab kind="areas" canEdit={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <TreeTab kind="categories" canEdit={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="routing" pt="md">
          <RoutingTab canEdit={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="learning" pt="md">
          <LearningTab />
        </Tabs.Panel>
        <Tabs.Panel value="deadlines" pt="md">
          <Rules />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="approval" pt="md">
          <ApprovalTab canEdit={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <Calendar canEdit={admin} />
        </Tabs.Panel>
        {admin && (
          <Tabs.Panel value="users" pt="md">
            <UsersTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
