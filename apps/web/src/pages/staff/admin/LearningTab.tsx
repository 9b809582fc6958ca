import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { percent } from '../../../components/RoutingSuggestions';
import { ErrorAlert, Loading } from '../../../components/States';
import { formatDateTime } from '../../../lib/format';
import { useAsync } from '../../../lib/use-async';
import { TableScroll } from '../../../components/TableScroll';

/** The metrics a version stores, in the order shown; rates are shown as percentages. */
const METRICS = [
  'decisions',
  'holdoutTop1',
  'holdoutTop3',
  'holdoutCases',
  'temperature',
  'snapshots',
  'baseRate',
  'brierModel',
  'brierBaseRate',
];
const RATES = ['holdoutTop1', 'holdoutTop3', 'baseRate'];

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700} className="tabular">
        {value}
      </Text>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
    </Stack>
  );
}

/** Accuracy of the learned routing on the last 30 days of real decisions, how often staff overrode it, the threshold. */
export function LearningTab() {
  const { t, i18n } = useTranslation();
  const accuracy = useAsync(() => unwrap(api.GET('/api/v1/learning/accuracy')), []);
  const settings = useAsync(() => unwrap(api.GET('/api/v1/learning/settings')), []);
  const [threshold, setThreshold] = useState<number | string>('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const value = settings.data?.autoRouteThreshold;
    setThreshold(value == null ? '' : Math.round(value * 100));
  }, [settings.data]);

  const save = async () => {
    setError(undefined);
    setSaved(false);
    try {
      const autoRouteThreshold = threshold === '' ? null : Number(threshold) / 100;
      await unwrap(api.PUT('/api/v1/learning/settings', { body: { autoRouteThreshold } }));
      setSaved(true);
      settings.reload();
    } catch (e) {
      setError(e);
    }
  };

  const a = accuracy.data;
  return (
    <Stack>
      <ErrorAlert error={accuracy.error ?? settings.error ?? error} />
      {accuracy.loading && <Loading />}
      {a && (
        <>
          <Title order={3} size="h4">
            {t('learning.accuracyHeading')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label={t('learning.decisions')} value={a.decisions} />
            <Figure label={t('learning.withSuggestion')} value={a.withSuggestion} />
            <Figure label={t('learning.top1')} value={percent(a.top1)} />
            <Figure label={t('learning.top3')} value={percent(a.top3)} />
            <Figure label={t('learning.override')} value={percent(a.overrideRate)} />
            <Figure label={t('learning.autoRouted')} value={a.autoRouted} />
            <Figure label={t('learning.autoReturned')} value={a.autoRoutedReturned} />
          </SimpleGrid>
        </>
      )}
      <Group align="flex-end">
        <NumberInput
          label={t('learning.threshold')}
          description={t('learning.thresholdHelp')}
          placeholder={t('learning.thresholdOff')}
          min={50}
          max={100}
          value={threshold}
          onChange={setThreshold}
          w={420}
          maw="100%"
        />
        <Button onClick={() => void save()}>{t('common.save')}</Button>
      </Group>
      {saved && (
        <Text size="sm" c="teal.8" role="status">
          {t('learning.saved')}
        </Text>
      )}
      {a && (
        <>
          <Title order={3} size="h4">
            {t('learning.versions')}
          </Title>
          <TableScroll label={t('learning.versions')}>
            <Table miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('learning.version')}</Table.Th>
                  <Table.Th>{t('learning.model')}</Table.Th>
                  <Table.Th>{t('learning.mode')}</Table.Th>
                  <Table.Th>{t('learning.createdAt')}</Table.Th>
                  <Table.Th>{t('learning.examples')}</Table.Th>
                  <Table.Th>{t('learning.metrics')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.versions.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.id}</Table.Td>
                    <Table.Td>{v.kind === 'routing' ? t('learning.kindRouting') : t('learning.kindRisk')}</Table.Td>
                    <Table.Td>{v.mode === 'full' ? t('learning.modeFull') : t('learning.modeIncremental')}</Table.Td>
                    <Table.Td>{formatDateTime(v.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{v.examples}</Table.Td>
                    <Table.Td>
                      {Object.entries(v.metrics)
                        .filter(([k, x]) => typeof x === 'number' && METRICS.includes(k))
                        .map(([k, x]) => `${t(`learning.metric.${k}`)}: ${RATES.includes(k) ? percent(x) : Math.round(x * 1000) / 1000}`)
                        .join(' · ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
    </Stack>
  );
}
