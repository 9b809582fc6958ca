import { Accordion, Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { CaseLink } from '../../components/CaseLink';
import { ShortcutsButton, ShortcutsHelp, useListKeyboard } from '../../components/ListKeyboard';
import { RiskBadge } from '../../components/RiskBadge';
import { TableScroll } from '../../components/TableScroll';
import { sentence } from '../../lib/text';

/** The orders of the cases inside each agency (`sort` of GET /deadlines/overdue), kept in the address. */
const SORTS = [
  { value: 'overdue', label: 'overdue.sortOverdue' },
  { value: 'risk', label: 'overdue.sortRisk' },
] as const;
type BoardSort = (typeof SORTS)[number]['value'];

/**
 * GET /deadlines/overdue: overdue cases (each once, with its overdue clocks and its deadline risk), grouped by agency,
 * the most overdue agency first; inside each agency the most overdue or the riskiest case first.
 */
export function OverduePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const sort: BoardSort = params.get('sort') === 'risk' ? 'risk' : 'overdue';
  const board = useAsync(() => unwrap(api.GET('/api/v1/deadlines/overdue', { params: { query: { sort } } })), [sort]);
  const groupKey = (g: { agency?: { code: string } | null }) => g.agency?.code ?? '-';
  const [opened, setOpened] = useState<string[] | null>(null);
  const openGroups = opened ?? board.data?.slice(0, 3).map(groupKey) ?? [];
  // The keys walk the cases of the open groups, in the board's order.
  const rows = (board.data ?? []).filter((g) => openGroups.includes(groupKey(g))).flatMap((g) => g.cases);
  const keys = useListKeyboard(rows, { onOpen: (c) => void navigate(`/staff/cases/${c.id}`) });
  const atRisk = useAsync(() => unwrap(api.GET('/api/v1/deadlines/at-risk')), []);
  return (
    <Stack>
      <Title order={2}>{t('learning.atRiskHeading')}</Title>
      <ErrorAlert error={atRisk.error} />
      {atRisk.data && atRisk.data.length === 0 && <Empty>{t('learning.atRiskEmpty')}</Empty>}
      {atRisk.data && atRisk.data.length > 0 && (
        <TableScroll label={t('learning.atRiskHeading')}>
          <Table miw={600} data-testid="at-risk">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('learning.risk')}</Table.Th>
                <Table.Th>{t('case.agency')}</Table.Th>
                <Table.Th>{t('cases.due')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {atRisk.data.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td>
                    <RiskBadge probability={c.probability} />
                  </Table.Td>
                  <Table.Td>{c.agencyName}</Table.Td>
                  <Table.Td>{formatDateTime(c.dueAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <CaseLink kase={{ id: c.caseId, trackingCode: c.trackingCode }} size="sm" /> {c.title}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Group justify="space-between">
        <Title order={2}>{t('overdue.heading')}</Title>
        <Group align="flex-end">
          <Select
            label={t('overdue.sortBy')}
            value={sort}
            onChange={(v) => setParams(v === 'risk' ? { sort: 'risk' } : {})}
            allowDeselect={false}
            data={SORTS.map((o) => ({ value: o.value, label: t(o.label) }))}
            w={280}
          />
          <ShortcutsButton onClick={keys.help.open} />
        </Group>
      </Group>
      <ShortcutsHelp opened={keys.help.opened} onClose={keys.help.close} selectable={false} />
      <ErrorAlert error={board.error} />
      {board.loading && <Loading />}
      {board.data && board.data.length === 0 && <Empty>{t('overdue.empty')}</Empty>}
      {board.data && board.data.length > 0 && (
        <Accordion
          multiple
          variant="separated"
          value={openGroups}
          onChange={setOpened}
          role="group"
          aria-label={t('shortcuts.listLabel')}
          className="case-grid"
          {...keys.containerProps}
        >
          {board.data.map((g) => (
            <Accordion.Item key={g.agency?.code ?? '-'} value={g.agency?.code ?? '-'}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text fw={600}>{g.agency?.name ?? t('unset.agency')}</Text>
                  <Badge color="red">{t('overdue.count', { count: g.overdue })}</Badge>
                  {g.veryLate > 0 && (
                    <Badge color="dark">
                      {t('overdue.veryLate')}: {g.veryLate}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <TableScroll label={t('overdue.heading')}>
                  <Table miw={600}>
                    <Table.Tbody>
                      {g.cases.map((c) => (
                        <Table.Tr key={c.id} {...keys.rowProps(c.id)}>
                          <Table.Td>
                            <CaseLink kase={c} />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{c.title}</Text>
                            <Text size="xs" c="dimmed">
                              {t(`kind.${c.kind}`)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <StatusBadge status={c.status} />
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="row-risk">
                            <RiskBadge probability={c.risk} named />
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={4}>
                              {c.clocks.map((k) => (
                                <div key={k.clock}>
                                  <Text size="xs">{sentence(t(`clock.${k.clock}`, k.clock))}</Text>
                                  <Badge color={k.veryLate ? 'dark' : 'red'}>
                                    {t('deadline.overdue', { count: k.workingDaysOverdue })}
                                  </Badge>
                                  <Text size="xs" c="dimmed">
                                    {formatDateTime(k.dueAt, i18n.language)}
                                  </Text>
                                </div>
                              ))}
                            </Stack>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
