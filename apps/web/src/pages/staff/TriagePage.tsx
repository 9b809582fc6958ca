import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiFetch, unwrap } from '../../api/client';
import { CaseTable, type CaseListItem } from '../../components/CaseTable';
import { RefSelect } from '../../components/RefSelect';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';

/** The secretariat's queue: cases no rule placed and cases an agency returned, each rerouted from its row. */
export function TriagePage() {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  const list = useAsync(() => unwrap(api.GET('/api/v1/cases', { params: { query: { status: 'triage,returned', pageSize: 100 } as never } })), [tick]);
  const reference = useAsync(referenceData, []);
  const [choice, setChoice] = useState<Record<string, string | null>>({});
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();

  const route = async (item: CaseListItem) => {
    const agencyCode = choice[item.id];
    if (!agencyCode) return;
    setError(undefined);
    try {
      await apiFetch(`/api/v1/cases/${item.id}/route`, { method: 'POST', body: JSON.stringify({ agencyCode }) });
      const agency = reference.data?.agencies.find((a) => a.code === agencyCode);
      setMessage(t('triage.routed', { code: item.trackingCode, agency: agency?.name ?? agencyCode }));
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Stack>
      <Title order={2}>{t('triage.heading')}</Title>
      {message && <Alert color="teal" role="status">{message}</Alert>}
      <ErrorAlert error={error ?? list.error} />
      {list.loading ? <Loading /> : list.data && list.data.items.length === 0 ? <Empty>{t('triage.empty')}</Empty> : list.data && (
        <CaseTable
          items={list.data.items}
          actions={(item) => (
            <Group gap={4} wrap="nowrap">
              <RefSelect aria-label={`${t('case.agency')} ${item.trackingCode}`} placeholder={t('case.agency')} items={reference.data?.agencies} value={choice[item.id] ?? null} onChange={(v) => setChoice((c) => ({ ...c, [item.id]: v }))} w={220} size="xs" />
              <Button size="xs" disabled={!choice[item.id]} onClick={() => void route(item)}>{t('triage.route')}</Button>
            </Group>
          )}
        />
      )}
    </Stack>
  );
}
