import { BarChart, CompositeChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { formatDate, localDate } from '../../lib/format';
import { monthBuckets, type Period, PERIOD_PRESETS, type PeriodPreset, presetPeriod, previousPeriod } from '@hotline/contracts';
import { useAsync } from '../../lib/use-async';
import { TableScroll } from '../../components/TableScroll';
import { DateField } from '../../components/DateField';
import { roleMay } from '@hotline/contracts';
import { useAuth } from '../../auth';
import { HotspotMap } from '../../map/HotspotMap';

type Group = components['schemas']['SummaryGroupDto'];
type Rate = components['schemas']['RateDto'];

const DEFAULT_PRESET = 'sixMonths' satisfies PeriodPreset;
const RANKED = 12;

const summary = ({ from, to }: Period, groupBy?: 'agency' | 'category') =>
  unwrap(api.GET('/api/v1/reports/summary', { params: { query: { from, to, ...(groupBy ? { groupBy: [groupBy] } : {}) } } }));

/** The period in the address (`?period=lastQuarter`, or `?period=custom&from=&to=`), so a drill-down's way back keeps it. */
function usePeriod(): {
  preset: PeriodPreset;
  period: Period;
  setPreset: (p: PeriodPreset) => void;
  setBound: (k: 'from' | 'to', v: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const asked = params.get('period') as PeriodPreset | null;
  const preset: PeriodPreset = asked && (PERIOD_PRESETS as readonly string[]).includes(asked) ? asked : DEFAULT_PRESET;
  const fallback = presetPeriod(preset === 'custom' ? DEFAULT_PRESET : preset, today);
  const period = preset === 'custom' ? { from: params.get('from') || fallback.from, to: params.get('to') || fallback.to } : fallback;
  const setPreset = (p: PeriodPreset) =>
    setParams(p === 'custom' ? { period: p, from: period.from, to: period.to } : { period: p }, { replace: true });
  const setBound = (k: 'from' | 'to', v: string) => setParams({ period: 'custom', ...period, [k]: v }, { replace: true });
  return { preset, period, setPreset, setBound };
}

/** Splits a name into lines of at most `max` characters at spaces, so a long name wraps instead of running over its neighbour. */
function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A category-axis label, wrapped onto as many lines as it needs and centred on its bar group. */
function WrappedTick({ x, y, payload, max }: { x?: number; y?: number; payload?: { value: string }; max: number }) {
  const lines = wrapWords(String(payload?.value ?? ''), max);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill="var(--mantine-color-gray-8)" data-testid="axis-label">
      {lines.map((line, i) => (
        <tspan key={i} x={(x ?? 0) - 6} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A titled card with a horizontal bar chart: one bar group per agency or category, every group labelled (no tick is
 * skipped) and the chart as tall as its groups and their wrapped names need.
 */
function RankingChart({
  testId,
  title,
  data,
  dataKey,
  withLegend,
  series,
  empty,
}: {
  empty?: string;
  testId: string;
  title: string;
  data: Record<string, unknown>[];
  dataKey: string;
  withLegend?: boolean;
  series: { name: string; color: string }[];
}) {
  const phone = useMediaQuery('(max-width: 30em)');
  const axisWidth = phone ? 120 : 190;
  const max = Math.floor(axisWidth / 7);
  const lines = Math.max(1, ...data.map((d) => wrapWords(String(d[dataKey]), max).length));
  const rowHeight = Math.max(20 + 12 * series.length, 15 * lines + 12);
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {data.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <BarChart
          h={data.length * rowHeight + (withLegend ? 80 : 40)}
          data={data}
          dataKey={dataKey}
          orientation="vertical"
          yAxisProps={{ width: axisWidth, interval: 0, tick: <WrappedTick max={max} /> }}
          xAxisProps={{ allowDecimals: false }}
          withLegend={withLegend}
          series={series}
        />
      )}
    </Card>
  );
}

function Figure({
  testId,
  label,
  value,
  hint,
  previous,
}: {
  testId: string;
  label: string;
  value: string | number;
  hint?: string;
  previous: string;
}) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="gray.7" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid="figure-value">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="gray.7">
          {hint}
        </Text>
      )}
      <Text size="xs" c="gray.7" data-testid="figure-previous">
        {previous}
      </Text>
    </Card>
  );
}

/** The document types a nullable percent loosely; it is a number or null. */
const percentOf = (r: { percent?: unknown }) => (typeof r.percent === 'number' ? r.percent : null);
const pct = (r: { percent?: unknown }) => (typeof r.percent === 'number' ? `${r.percent}%` : '—');

/** The council's view of a period it picks, compared with the period of equal length before it; each group links to its cases. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const en = lang === 'en';
  const { preset, period, setPreset, setBound } = usePeriod();
  const phone = useMediaQuery('(max-width: 30em)');
  const { from, to } = period;
  const previous = previousPeriod(period);
  const buckets = monthBuckets(period);
  const data = useAsync(async () => {
    // The trend is one request: every month of the period with the same days of the previous one.
    const [total, byAgency, byCategory, before, beforeByAgency, beforeByCategory, { months }] = await Promise.all([
      summary(period),
      summary(period, 'agency'),
      summary(period, 'category'),
      summary(previous),
      summary(previous, 'agency'),
      summary(previous, 'category'),
      unwrap(api.GET('/api/v1/reports/trend', { params: { query: { from, to } } })),
    ]);
    return {
      total,
      byAgency,
      byCategory,
      before,
      beforeByAgency,
      beforeByCategory,
      trend: months,
      trendBefore: months.map((m) => m.previous),
    };
  }, [from, to]);
  const { user } = useAuth();
  const mayMap = roleMay('hotspotMap', user?.role);
  const hotspots = useAsync(
    () => (mayMap ? unwrap(api.GET('/api/v1/reports/hotspots', { params: { query: { from, to } } })) : Promise.resolve(null)),
    [from, to, mayMap],
  );
  const sessions = useAsync(() => unwrap(api.GET('/api/v1/council/sessions')).catch(() => []), []);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const number = new Intl.NumberFormat(en ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(en ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const name = (g: Group, dim: 'agency' | 'category') => {
    const key = g.key[dim] as { name: string; nameEn: string } | null | undefined;
    return key ? (en ? key.nameEn : key.name) : t(`unset.${dim}`);
  };
  const code = (g: Group, dim: 'agency' | 'category') => (g.key[dim] as { code: string } | null | undefined)?.code;
  const codeKey = (g: Group, dim: 'agency' | 'category') => code(g, dim) ?? '-';
  const save = (p: Promise<void>) => p.catch(setError);
  const countDelta = (now: number, before: number) =>
    t('dashboard.previousCount', { value: number.format(before), delta: signed.format(now - before) });
  const rateDelta = (now: Rate, before: Rate) => {
    const [a, b] = [percentOf(now), percentOf(before)];
    if (b === null) return t('dashboard.previousNone');
    return t('dashboard.previousRate', {
      value: `${number.format(b)}%`,
      delta: a === null ? '—' : signed.format(Math.round((a - b) * 10) / 10),
    });
  };

  const picker = (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('dashboard.periodPicker')}
        data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) }))}
        value={preset}
        onChange={(v) => v && setPreset(v as PeriodPreset)}
        allowDeselect={false}
        style={{ flex: '1 1 200px', maxWidth: 260 }}
      />
      {preset === 'custom' && (
        <>
          <DateField
            label={t('field.from')}
            value={from}
            onChange={(v) => v && setBound('from', v)}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
          <DateField
            label={t('field.to')}
            value={to}
            onChange={(v) => v && setBound('to', v)}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
        </>
      )}
    </Group>
  );
  const heading = (
    <>
      <Title order={2}>{t('dashboard.heading')}</Title>
      {picker}
      <Text c="gray.7" data-testid="dashboard-period">
        {t('dashboard.period', { from: formatDate(from, lang), to: formatDate(to, lang) })}.{' '}
        {t('dashboard.comparedWith', { from: formatDate(previous.from, lang), to: formatDate(previous.to, lang) })}
      </Text>
    </>
  );
  if (data.loading && !data.data)
    return (
      <Stack>
        {heading}
        <Loading />
      </Stack>
    );
  if (!data.data)
    return (
      <Stack>
        {heading}
        <ErrorAlert error={data.error} />
      </Stack>
    );
  const { total, byAgency, byCategory, before, beforeByAgency, beforeByCategory, trend, trendBefore } = data.data;
  const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const trendData = buckets.map((b, i) => ({
    month: monthLabel(b.month),
    [t('dashboard.received')]: trend[i].total.received,
    [t('dashboard.receivedBefore')]: trendBefore[i].total.received,
    [t('dashboard.answered')]: trend[i].total.answered,
    // No answer in the month: no rate, drawn as a gap rather than as 0% on time.
    [t('dashboard.onTimePct')]: percentOf(trend[i].total.answeredOnTime),
  }));
  const gaps = buckets.filter((_, i) => percentOf(trend[i].total.answeredOnTime) === null).map((b) => monthLabel(b.month));
  const beforeReceived = (groups: Group[], dim: 'agency' | 'category') => new Map(groups.map((g) => [codeKey(g, dim), g.received]));
  const agencyBefore = beforeReceived(beforeByAgency.groups, 'agency');
  const categoryBefore = beforeReceived(beforeByCategory.groups, 'category');
  const agencies = [...byAgency.groups].sort((a, b) => b.received - a.received);
  const agencyData = agencies.slice(0, RANKED).map((g) => ({
    agency: name(g, 'agency'),
    [t('dashboard.received')]: g.received,
    [t('dashboard.receivedBefore')]: agencyBefore.get(codeKey(g, 'agency')) ?? 0,
    [t('dashboard.answered')]: g.answered,
  }));
  const overdueData = [...byAgency.groups]
    .filter((g) => g.overdueOpen > 0)
    .sort((a, b) => b.overdueOpen - a.overdueOpen)
    .slice(0, RANKED)
    .map((g) => ({ agency: name(g, 'agency'), [t('dashboard.overdueOpen')]: g.overdueOpen }));
  const categoryData = [...byCategory.groups]
    .sort((a, b) => b.received - a.received)
    .slice(0, RANKED)
    .map((g) => ({
      category: name(g, 'category'),
      [t('dashboard.received')]: g.received,
      [t('dashboard.receivedBefore')]: categoryBefore.get(codeKey(g, 'category')) ?? 0,
    }));

  return (
    <Stack>
      {heading}
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        <Figure
          testId="figure-received"
          label={t('dashboard.received')}
          value={total.total.received}
          previous={countDelta(total.total.received, before.total.received)}
        />
        <Figure
          testId="figure-answered"
          label={t('dashboard.answered')}
          value={total.total.answered}
          previous={countDelta(total.total.answered, before.total.answered)}
        />
        <Figure
          testId="figure-on-time"
          label={t('dashboard.onTime')}
          value={pct(total.total.answeredOnTime)}
          hint={`${total.total.answeredOnTime.count}/${total.total.answeredOnTime.of}`}
          previous={rateDelta(total.total.answeredOnTime, before.total.answeredOnTime)}
        />
        <Figure
          testId="figure-overdue"
          label={t('dashboard.overdueOpen')}
          value={total.total.overdueOpen}
          previous={countDelta(total.total.overdueOpen, before.total.overdueOpen)}
        />
        <Figure
          testId="figure-satisfaction"
          label={t('dashboard.satisfaction')}
          value={pct(total.total.satisfaction)}
          hint={`${total.total.satisfaction.count}/${total.total.satisfaction.of}`}
          previous={rateDelta(total.total.satisfaction, before.total.satisfaction)}
        />
      </SimpleGrid>
      <Card withBorder data-testid="chart-trend" data-months={trendData.length}>
        <Title order={3} size="h4" mb="sm">
          {t('dashboard.trend')}
        </Title>
        <CompositeChart
          h={280}
          data={trendData}
          dataKey="month"
          withLegend
          withRightYAxis
          connectNulls={false}
          rightYAxisProps={{ domain: [0, 100] }}
          yAxisProps={{ allowDecimals: false }}
          // Every month labelled (recharts skips labels that would touch): on a phone as mm/yy, slanted; the tooltip
          // names the whole month.
          xAxisProps={{
            interval: 0,
            angle: phone ? -50 : 0,
            height: phone ? 44 : 30,
            tick: { textAnchor: phone ? 'end' : 'middle', fontSize: phone ? 11 : 12 },
            tickFormatter: (month: string) => (phone ? `${month.slice(0, 3)}${month.slice(5)}` : month),
          }}
          series={[
            { name: t('dashboard.received'), color: 'blue.6', type: 'bar' },
            { name: t('dashboard.receivedBefore'), color: 'gray.5', type: 'bar' },
            { name: t('dashboard.answered'), color: 'teal.6', type: 'bar' },
            { name: t('dashboard.onTimePct'), color: 'red.7', type: 'line', yAxisId: 'right' },
          ]}
        />
        {gaps.length > 0 && (
          <Text size="sm" c="gray.7" mt="xs" data-testid="trend-gaps">
            {t('dashboard.noAnswers', { months: gaps.join(', ') })}
          </Text>
        )}
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
            { name: t('dashboard.receivedBefore'), color: 'gray.5' },
            { name: t('dashboard.answered'), color: 'teal.6' },
          ]}
        />
        <RankingChart
          testId="chart-overdue"
          title={t('dashboard.overdueByAgency')}
          data={overdueData}
          dataKey="agency"
          empty={t('overdue.empty')}
          series={[{ name: t('dashboard.overdueOpen'), color: 'red.7' }]}
        />
        <RankingChart
          testId="chart-category"
          title={t('dashboard.byCategory')}
          data={categoryData}
          dataKey="category"
          withLegend
          series={[
            { name: t('dashboard.received'), color: 'grape.6' },
            { name: t('dashboard.receivedBefore'), color: 'gray.5' },
          ]}
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
              <Text size="sm" c="gray.7">
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
        <TableScroll label={t('dashboard.byAgency')}>
          <Table striped miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('disclosure.agency')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.received')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.receivedBefore')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.answered')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.onTime')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.overdueOpen')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('dashboard.drill')}</VisuallyHidden>
                </Table.Th>
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
                    <Table.Td ta="right">{agencyBefore.get(codeKey(g, 'agency')) ?? 0}</Table.Td>
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
                        <Anchor component={Link} to={`/staff/cases?${base}`} style={{ whiteSpace: 'nowrap' }}>
                          {t('dashboard.drill')}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>
      {mayMap && <ErrorAlert error={hotspots.error} />}
      {hotspots.data && <HotspotMap data={hotspots.data} title={t('hotspots.dashboardTitle')} />}
    </Stack>
  );
}
