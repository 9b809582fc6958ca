import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDate, refName } from '../lib/format';
import { DeadlineBadge } from './DeadlineBadge';
import { Empty } from './States';
import { StatusBadge } from './StatusBadge';
import { CaseLink } from './CaseLink';

export type CaseListItem = components['schemas']['CaseListItemDto'];

/** Below this width a list is a column of cards: a table would hide its columns off screen. */
export const CARDS_BELOW = '(max-width: 48em)';

export function CaseTable({ items, actions }: { items: CaseListItem[]; actions?: (item: CaseListItem) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cards = useMediaQuery(CARDS_BELOW, false, { getInitialValueInEffect: false });
  if (items.length === 0) return <Empty />;
  const subtitle = (c: CaseListItem) =>
    [t(`kind.${c.kind}`), refName(c.category, lang), refName(c.area, lang), c.priority === 'urgent' ? t('field.priorityUrgent') : '']
      .filter(Boolean)
      .join(' · ');
  if (cards) {
    return (
      <Stack gap="sm">
        {items.map((c) => (
          <Card key={c.id} withBorder padding="sm" data-testid="case-card" component="article" aria-label={`${c.trackingCode} ${c.title}`}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <CaseLink kase={c} fw={600} />
              <Text size="sm" c="dimmed">
                {formatDate(c.receivedAt, lang)}
              </Text>
            </Group>
            <Text fw={500} mt={4}>
              {c.title}
            </Text>
            <Text size="sm" c="dimmed">
              {subtitle(c)}
            </Text>
            {c.agency && <Text size="sm">{refName(c.agency, lang)}</Text>}
            <Group gap="xs" mt="xs" wrap="wrap">
              <StatusBadge status={c.status} />
              <DeadlineBadge workingDaysLeft={c.workingDaysLeft} dueAt={c.dueAt} status={c.status} />
            </Group>
            {actions && (
              <Stack mt="sm" gap="xs">
                {actions(c)}
              </Stack>
            )}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <div className="table-scroll">
      <Table striped highlightOnHover miw={actions ? 860 : 700} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.code')}</Table.Th>
            <Table.Th>{t('cases.title')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('cases.due')}</Table.Th>
            <Table.Th>{t('field.agency')}</Table.Th>
            <Table.Th>{t('cases.received')}</Table.Th>
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr
              key={c.id}
              data-overdue={c.overdue || undefined}
              data-urgent={c.priority === 'urgent' || undefined}
              style={
                c.overdue
                  ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-7)' }
                  : c.priority === 'urgent'
                    ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-orange-6)' }
                    : undefined
              }
            >
              <Table.Td>
                <CaseLink kase={c} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {subtitle(c)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DeadlineBadge workingDaysLeft={c.workingDaysLeft} dueAt={c.dueAt} status={c.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{refName(c.agency, lang)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(c.receivedAt, lang)}</Text>
              </Table.Td>
              {actions && <Table.Td>{actions(c)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
