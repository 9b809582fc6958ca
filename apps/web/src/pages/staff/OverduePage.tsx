import { Accordion, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { CaseLink } from '../../components/CaseLink';

/** GET /deadlines/overdue: overdue cases (each once, with its overdue clocks), grouped by agency, the most overdue agency first. */
export function OverduePage() {
  const { t, i18n } = useTranslation();
  const board = useAsync(() => unwrap(api.GET('/api/v1/deadlines/overdue')), []);
  return (
    <Stack>
      <Title order={2}>{t('overdue.heading')}</Title>
      <ErrorAlert error={board.error} />
      {board.loading && <Loading />}
      {board.data && board.data.length === 0 && <Empty>{t('overdue.empty')}</Empty>}
      {board.data && board.data.length > 0 && (
        <Accordion multiple variant="separated" defaultValue={board.data.slice(0, 3).map((g) => g.agency?.code ?? '-')}>
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
                <div className="table-scroll">
                  <Table miw={600}>
                    <Table.Tbody>
                      {g.cases.map((c) => (
                        <Table.Tr key={c.id}>
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
                          <Table.Td>
                            <Stack gap={4}>
                              {c.clocks.map((k) => (
                                <div key={k.clock}>
                                  <Text size="xs">{t(`clock.${k.clock}`, k.clock)}</Text>
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
                </div>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
