import { BarChart, CompositeChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorAlert, Loading } from '../../components/States';
import { formatDate, localDate } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

type Summary = components['schemas']['SummaryDto'];
type Group = components['schemas']['SummaryGroupDto'];

const MONTHS = 6;

function monthRanges(now: Date): { label: string; from: string; to: string }[] {
  const today = localDate(now);
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (MONTHS - 1 - i), 1));
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    const from = d.toISOString().slice(0, 10);
    const to = i === MONTHS - 1 ? today : end.toISOString().slice(0, 10);
    return { label: from.slice(0, 7), from, to };
  });
}

const summary = (from: string, to: string, groupBy?: string) =>
  unwrap(
    api.GET('/api/v1/reports/summary', { params: { query: { from, to, ...(groupBy ? { groupBy } : {}) } as never } }),
  ) as Promise<Summary>;

/** A titled card with a horizontal bar chart: one bar group per agency or category. */
function RankingChart({
  testId,
  title,
  data,
  dataKey,
  withLegend,
  series,
}: {
  testId: string;
  title: string;
  data: Record<string, unknown>[];
  dataKey: string;
  withLegend?: boolean;
  series: { name: string; color: string }[];
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <BarChart
        h={320}
        data={data}
        dataKey={dataKey}
        orientation="vertical"
        yAxisProps={{ width: 140 }}
        withLegend={withLegend}
        series={series}
      />
    </Card>
  );
}

function Figure({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** The document types a nullable percent loosely; it is a number or null. */
const pct = (r: { percent?: unknown }) => (typeof r.percent === 'number' ? `${r.percent}%` : '—');
const pctValue = (r: { percent?: unknown }) => (typeof r.percent === 'number' ? r.percent : 0);

/** The council's view: figures, monthly trend, by agency and category, overdue by agency; each group links to its cases. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const months = monthRanges(new Date());
  const from = months[0].from;
  const to = months[MONTHS - 1].to;
  const data = useAsync(async () => {
    const [total, byAgency, byCategory, ...trend] = await Promise.all([
      summary(from, to),
      summary(from, to, 'agency'),
      summary(from, to, 'category'),
      ...months.map((m) => summary(m.from, m.to)),
    ]);
    return { total, byAgency, byCategory, trend };
  }, [from, to]);
  const sessions = useAsync(() => unwrap(api.GET('/api/v1/council/sessions')).catch(() => []), []);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const name = (g: Group, dim: 'agency' | 'category') => {
    const key = g.key[dim] as { name: string; nameEn: string } | null | undefined;
    return key ? (en ? key.nameEn : key.name) : t('disclosure.unassigned');
  };
  const code = (g: Group, dim: 'agency' | 'category') => (g.key[dim] as { code: string } | null | undefined)?.code;
  const save = (p: Promise<void>) => p.catch(setError);

  if (data.loading) return <Loading />;
  if (!data.data) return <ErrorAlert error={data.error} />;
  const { total, byAgency, byCategory, trend } = data.data;
  const trendData = months.map((m, i) => ({
    month: m.label,
    [t('dashboard.received')]: trend[i].total.received,
    [t('dashboard.answered')]: trend[i].total.answered,
    [t('dashboard.onTimePct')]: pctValue(trend[i].total.answeredOnTime),
  }));
  const agencies = [...byAgency.groups].sort((a, b) => b.received - a.received);
  const agencyData = agencies
    .slice(0, 12)
    .map((g) => ({ agency: name(g, 'agency'), [t('dashboard.received')]: g.received, [t('dashboard.answered')]: g.answered }));
  const overdueData = [...byAgency.groups]
    .filter((g) => g.overdueOpen > 0)
    .sort((a, b) => b.overdueOpen - a.overdueOpen)
    .slice(0, 12)
    .map((g) => ({ agency: name(g, 'agency'), [t('dashboard.overdueOpen')]: g.overdueOpen }));
  const categoryData = [...byCategory.groups]
    .sort((a, b) => b.received - a.received)
    .slice(0, 12)
    .map((g) => ({ category: name(g, 'category'), [t('dashboard.received')]: g.received }));

  return (
    <Stack>
      <Title order={2}>{t('dashboard.heading')}</Title>
      <Text c="dimmed">{t('dashboard.period', { from: formatDate(from, i18n.language), to: formatDate(to, i18n.language) })}</Text>
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        <Figure label={t('dashboard.received')} value={total.total.received} />
        <Figure label={t('dashboard.answered')} value={total.total.answered} />
        <Figure
          label={t('dashboard.onTime')}
          value={pct(total.total.answeredOnTime)}
          hint={`${total.total.answeredOnTime.count}/${total.total.answeredOnTime.of}`}
        />
        <Figure label={t('dashboard.overdueOpen')} value={total.total.overdueOpen} />
        <Figure
          label={t('dashboard.satisfaction')}
          value={pct(total.total.satisfaction)}
          hint={`${total.total.satisfaction.count}/${total.total.satisfaction.of}`}
        />
      </SimpleGrid>
      <Card withBorder data-testid="chart-trend">
        <Title order={3} size="h4" mb="sm">
          {t('dashboard.trend')}
        </Title>
        <CompositeChart
          h={260}
          data={trendData}
          dataKey="month"
          withLegend
          withRightYAxis
          rightYAxisProps={{ domain: [0, 100] }}
          series={[
            { name: t('dashboard.received'), color: 'blue.6', type: 'bar' },
            { name: t('dashboard.answered'), color: 'teal.6', type: 'bar' },
            { name: t('dashboard.onTimePct'), color: 'red.7', type: 'line', yAxisId: 'right' },
          ]}
        />
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <RankingChart
          testId="chart-agency"
          title={t('dashboard.byAgency')}
          data={agencyData}
          dataKey="agency"
          withLegend
          series={[
            { name: t('dashboard.received'), color: 'blue.6' },
            { name: t('dashboard.answered'), color: 'teal.6' },
          ]}
        />
        <RankingChart
          testId="chart-overdue"
          title={t('dashboard.overdueByAgency')}
          data={overdueData}
          dataKey="agency"
          series={[{ name: t('dashboard.overdueOpen'), color: 'red.7' }]}
        />
        <RankingChart
          testId="chart-category"
          title={t('dashboard.byCategory')}
          data={categoryData}
          dataKey="category"
          series={[{ name: t('dashboard.received'), color: 'grape.6' }]}
        />
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('dashboard.downloads')}
          </Title>
          <Stack gap="xs">
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  void save(download(`/api/v1/reports/summary?from=${from}&to=${to}&groupBy=agency&format=csv`, 'tong-hop.csv'))
                }
              >
                {t('dashboard.csv')}
              </Button>
              <Button
                variant="light"
                onClick={() =>
                  void save(download(`/api/v1/reports/summary?from=${from}&to=${to}&groupBy=agency&format=xlsx`, 'tong-hop.xlsx'))
                }
              >
                {t('dashboard.xlsx')}
              </Button>
            </Group>
            {sessions.data && sessions.data.length > 0 ? (
              <Group align="flex-end">
                <Select
                  label={t('dashboard.session')}
                  data={sessions.data.map((s) => ({ value: s.id, label: `${s.number} — ${s.name}` }))}
                  value={sessionId}
                  onChange={setSessionId}
                  style={{ flex: 1 }}
                />
                <Button
                  disabled={!sessionId}
                  onClick={() => void save(download(`/api/v1/reports/council-sessions/${sessionId}?format=pdf`, 'bao-cao.pdf'))}
                >
                  {t('dashboard.sessionPdf')}
                </Button>
                <Button
                  disabled={!sessionId}
                  variant="light"
                  onClick={() => void save(download(`/api/v1/reports/council-sessions/${sessionId}?format=xlsx`, 'bao-cao.xlsx'))}
                >
                  {t('dashboard.sessionXlsx')}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('dashboard.noSessions')}
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('dashboard.byAgency')}
        </Title>
        <div className="table-scroll">
          <Table striped miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('disclosure.agency')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.received')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.answered')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.onTime')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.overdueOpen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agencies.map((g) => {
                const c = code(g, 'agency');
                const base = `from=${from}&to=${to}${c ? `&agency=${c}` : ''}`;
                return (
                  <Table.Tr key={c ?? '-'}>
                    <Table.Td>{name(g, 'agency')}</Table.Td>
                    <Table.Td ta="right">{g.received}</Table.Td>
                    <Table.Td ta="right">{g.answered}</Table.Td>
                    <Table.Td ta="right">{pct(g.answeredOnTime)}</Table.Td>
                    <Table.Td ta="right">
                      {g.overdueOpen > 0 && c ? (
                        <Anchor component={Link} to={`/staff/cases?${base}&overdue=true`}>
                          {g.overdueOpen}
                        </Anchor>
                      ) : (
                        g.overdueOpen
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c && (
                        <Anchor component={Link} to={`/staff/cases?${base}`}>
                          {t('dashboard.drill')}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      </Card>
    </Stack>
  );
}
