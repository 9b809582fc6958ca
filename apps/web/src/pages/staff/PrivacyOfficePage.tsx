import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { BREACH_DATA_CATEGORIES, BREACH_DATA_CATEGORY_LABELS, type BreachDataCategory } from '@hotline/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { TableScroll } from '../../components/TableScroll';

/** The data protection officer's desk (admin): data-subject requests, the record of processing, the breach register. */
export function PrivacyOfficePage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('consent.heading')}</Title>
      <Tabs defaultValue="requests" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="requests">{t('dpo.requests')}</Tabs.Tab>
          <Tabs.Tab value="record">{t('dpo.record')}</Tabs.Tab>
          <Tabs.Tab value="breaches">{t('dpo.breaches')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests" pt="md">
          <RequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <RecordTab />
        </Tabs.Panel>
        <Tabs.Panel value="breaches" pt="md">
          <BreachesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function RequestsTab() {
  const { t, i18n } = useTranslation();
  const [overdue, setOverdue] = useState(false);
  const [error, setError] = useState<unknown>();
  const list = useAsync(
    () => unwrap(api.GET('/api/v1/admin/privacy-requests', { params: { query: overdue ? { overdue: true } : {} } })),
    [overdue],
  );
  const act = async (id: string, action: 'acknowledge' | 'complete') => {
    setError(undefined);
    try {
      if (action === 'acknowledge') await unwrap(api.POST('/api/v1/admin/privacy-requests/{id}/acknowledge', { params: { path: { id } } }));
      else await unwrap(api.POST('/api/v1/admin/privacy-requests/{id}/complete', { params: { path: { id } } }));
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack>
      <Switch label={t('dpo.overdueOnly')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
      <ErrorAlert error={list.error ?? error} />
      {list.loading && <Loading />}
      {list.data?.length === 0 && <Empty>{t('dpo.none')}</Empty>}
      {!!list.data?.length && (
        <TableScroll label={t('nav.privacy')} testId="dpo-requests-box">
          <Table data-testid="dpo-requests" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.kind')}</Table.Th>
                <Table.Th>{t('dpo.contact')}</Table.Th>
                <Table.Th>{t('dpo.received')}</Table.Th>
                <Table.Th>{t('dpo.due')}</Table.Th>
                <Table.Th>{t('privacy.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{t(`privacy.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td>{r.contact}</Table.Td>
                  <Table.Td>{formatDateTime(String(r.receivedAt), i18n.language)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(String(r.completeDueAt), i18n.language)} {r.overdue && <Badge color="red">{t('dpo.overdue')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {t(`privacy.statuses.${r.status}`)}
                    {r.refusalReason && (
                      <Text size="xs" c="orange">
                        {r.refusalReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!r.completedAt && (
                      <Group gap="xs">
                        {!r.acknowledgedAt && (
                          <Button size="xs" variant="light" onClick={() => void act(r.id, 'acknowledge')}>
                            {t('dpo.acknowledge')}
                          </Button>
                        )}
                        <Button size="xs" onClick={() => void act(r.id, 'complete')}>
                          {t('dpo.complete')}
                        </Button>
                      </Group>
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

function RecordTab() {
  const { t } = useTranslation();
  const audienceText = (a: { audience: string; access: string }) =>
    `${t(`role.${a.audience}`, { defaultValue: a.audience })} (${t(`dpo.access.${a.access}`, { defaultValue: a.access })})`;
  const record = useAsync(() => unwrap(api.GET('/api/v1/admin/processing-record')), []);
  if (record.loading) return <Loading />;
  if (!record.data) return <ErrorAlert error={record.error} />;
  const r = record.data;
  return (
    <Stack data-testid="processing-record">
      <Text c="dimmed">{t('dpo.recordIntro')}</Text>
      <Text>
        {r.controller} — {r.dpoEmail}
      </Text>
      <Title order={3} size="h5">
        {t('dpo.purposes')}
      </Title>
      <TableScroll label={t('dpo.purposes')}>
        <Table>
          <Table.Tbody>
            {r.purposes.map((p) => (
              <Table.Tr key={p.code}>
                <Table.Td>{p.label}</Table.Td>
                <Table.Td>{p.legalBasis}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} size="h5">
        {t('dpo.categories')}
      </Title>
      <TableScroll label={t('dpo.categories')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dpo.categories')}</Table.Th>
              <Table.Th>{t('dpo.audiences')}</Table.Th>
              <Table.Th>{t('dpo.retention')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.categories.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td>
                  {c.label} {c.sensitive ? <Badge color="red">{t('dpo.sensitive')}</Badge> : null}
                </Table.Td>
                <Table.Td>{c.audiences.map((a) => audienceText(a)).join(', ')}</Table.Td>
                <Table.Td>{c.retention}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} size="h5">
        {t('dpo.processors')}
      </Title>
      <TableScroll label={t('dpo.processors')}>
        <Table>
          <Table.Tbody>
            {r.processors.map((p) => (
              <Table.Tr key={p.name}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.purpose}</Table.Td>
                <Table.Td>{p.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} size="h5">
        {t('dpo.transfers')}
      </Title>
      <TableScroll label={t('dpo.transfers')}>
        <Table>
          <Table.Tbody>
            {r.transfers.map((x) => (
              <Table.Tr key={x.recipient}>
                <Table.Td>{x.recipient}</Table.Td>
                <Table.Td>{x.what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} size="h5">
        {t('dpo.otherData')}
      </Title>
      <TableScroll label={t('dpo.otherData')}>
        <Table data-testid="record-other-data">
          <Table.Tbody>
            {r.otherData.map((o) => (
              <Table.Tr key={o.label}>
                <Table.Td>{o.label}</Table.Td>
                <Table.Td>{o.retention}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} size="h5">
        {t('dpo.restriction')}
      </Title>
      <TableScroll label={t('dpo.restriction')}>
        <Table data-testid="record-restriction">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dpo.restrictionContinues')}</Table.Th>
              <Table.Th>{t('dpo.restrictionStops')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td valign="top">
                {r.restriction.continues.map((line) => (
                  <Text key={line} size="sm">
                    • {line}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td valign="top">
                {r.restriction.stops.map((line) => (
                  <Text key={line} size="sm">
                    • {line}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function BreachesTab() {
  const { t, i18n } = useTranslation();
  const list = useAsync(() => unwrap(api.GET('/api/v1/admin/breaches')), []);
  const [summary, setSummary] = useState('');
  const [discoveredOn, setDiscoveredOn] = useState('');
  const [discoveredTime, setDiscoveredTime] = useState('');
  const time = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/.exec(discoveredTime.trim());
  const timeError = discoveredTime.trim() && !time ? t('dpo.timeInvalid') : '';
  // Hà Nội time (UTC+7, no daylight saving) as the instant the API takes; '' until both parts are whole.
  const discoveredAt =
    discoveredOn && time ? new Date(`${discoveredOn}T${time[1].padStart(2, '0')}:${time[2]}:00+07:00`).toISOString() : '';
  const [categories, setCategories] = useState<BreachDataCategory[]>([]);
  const [codes, setCodes] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<string>();
  const detail = useAsync(
    async () => (open ? unwrap(api.GET('/api/v1/admin/breaches/{id}', { params: { path: { id: open } } })) : null),
    [open],
  );

  const record = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setFieldErrors({});
    try {
      const trackingCodes = codes
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean);
      await unwrap(
        api.POST('/api/v1/breaches', {
          body: {
            summary,
            discoveredAt,
            dataCategories: categories,
            ...(trackingCodes.length ? { trackingCodes } : {}),
          },
        }),
      );
      setSummary('');
      setCodes('');
      setCategories([]);
      list.reload();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setFieldErrors(e.fieldErrors);
      setError(e);
    }
  };
  const markNotified = async (id: string) => {
    await unwrap(
      api.POST('/api/v1/admin/breaches/{id}/entries', {
        params: { path: { id } },
        body: { type: 'authority_notified', note: t('dpo.notified') },
      }),
    ).catch(setError);
    list.reload();
    detail.reload();
  };

  return (
    <Stack>
      <Card withBorder>
        <form onSubmit={(e) => void record(e)} noValidate aria-label={t('dpo.record_breach')}>
          <Stack>
            <Textarea
              label={t('dpo.breachSummary')}
              required
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              error={fieldErrors.summary}
            />
            {/* dd/mm/yyyy and 24-hour time, Hà Nội: Chromium draws datetime-local as mm/dd/yyyy, hh:mm AM/PM. */}
            <Group grow align="flex-start">
              <DateField
                label={t('dpo.discoveredOn')}
                required
                value={discoveredOn}
                onChange={setDiscoveredOn}
                error={fieldErrors.discoveredAt}
              />
              <TextInput
                label={t('dpo.discoveredTime')}
                placeholder="14:30"
                required
                inputMode="numeric"
                value={discoveredTime}
                onChange={(e) => setDiscoveredTime(e.currentTarget.value)}
                error={timeError || undefined}
              />
            </Group>
            <MultiSelect
              label={t('dpo.dataCategories')}
              required
              data={BREACH_DATA_CATEGORIES.map((c) => ({
                value: c,
                label: BREACH_DATA_CATEGORY_LABELS[c][i18n.language === 'en' ? 'en' : 'vi'],
              }))}
              value={categories}
              onChange={(picked) => setCategories(BREACH_DATA_CATEGORIES.filter((c) => picked.includes(c)))}
              error={fieldErrors.dataCategories}
            />
            <TextInput
              label={t('dpo.trackingCodes')}
              value={codes}
              onChange={(e) => setCodes(e.currentTarget.value)}
              error={fieldErrors.trackingCodes}
            />
            <Group>
              <Button type="submit">{t('dpo.record_breach')}</Button>
            </Group>
            <ErrorAlert error={error} />
          </Stack>
        </form>
      </Card>
      {list.loading && <Loading />}
      <TableScroll label={t('dpo.breaches')}>
        <Table data-testid="breach-register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dpo.breachSummary')}</Table.Th>
              <Table.Th>{t('dpo.source')}</Table.Th>
              <Table.Th>{t('dpo.notifyDue')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((b) => (
              <Table.Tr key={b.id} onClick={() => setOpen(b.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{b.summary}</Table.Td>
                <Table.Td>{t(`dpo.sources.${b.source}`)}</Table.Td>
                <Table.Td>
                  {formatDateTime(String(b.notifyDueAt), i18n.language)} {b.overdue && <Badge color="red">{t('dpo.overdue')}</Badge>}
                  {b.authorityNotified && <Badge color="green">{t('dpo.notified')}</Badge>}
                </Table.Td>
                <Table.Td>
                  {!b.authorityNotified && (
                    <Button size="xs" variant="light" onClick={() => void markNotified(b.id)}>
                      {t('dpo.markNotified')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {detail.data && (
        <Card withBorder data-testid="breach-detail">
          <Title order={3} size="h5">
            {t('dpo.affected')}
          </Title>
          {detail.data.affected?.map((p) => (
            <Text key={p.trackingCode} size="sm">
              {p.trackingCode}: {[p.name, p.phone, p.email].filter(Boolean).join(', ')}
            </Text>
          ))}
          <Title order={3} size="h5" mt="sm">
            {t('dpo.drafts')}
          </Title>
          {detail.data.drafts?.map((d, i) => (
            <Alert key={i} color="gray" mt="xs" title={d.recipient ?? d.to}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {d.text}
              </Text>
            </Alert>
          ))}
        </Card>
      )}
    </Stack>
  );
}
