import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { formatDate, refName } from '../lib/format';
import { DeadlineBadge } from './DeadlineBadge';
import { Empty } from './States';
import { StatusBadge } from './StatusBadge';

export type CaseListItem = components['schemas']['CaseListItemDto'];

export function CaseTable({ items, actions }: { items: CaseListItem[]; actions?: (item: CaseListItem) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (items.length === 0) return <Empty />;
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
            <Table.Tr key={c.id} data-overdue={c.overdue || undefined} data-urgent={c.priority === 'urgent' || undefined}
              style={c.overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-7)' } : c.priority === 'urgent' ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-orange-6)' } : undefined}>
              <Table.Td><Anchor component={Link} to={`/staff/cases/${c.id}`} className="mono">{c.trackingCode}</Anchor></Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{c.title}</Text>
                <Text size="xs" c="dimmed">{t(`kind.${c.kind}`)} · {refName(c.category, lang)} · {refName(c.area, lang)}{c.priority === 'urgent' ? ` · ${t('field.priorityUrgent')}` : ''}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}><StatusBadge status={c.status} /></Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}><DeadlineBadge workingDaysLeft={c.workingDaysLeft} dueAt={c.dueAt} /></Table.Td>
              <Table.Td><Text size="sm">{refName(c.agency, lang)}</Text></Table.Td>
              <Table.Td><Text size="sm">{formatDate(c.receivedAt, lang)}</Text></Table.Td>
              {actions && <Table.Td>{actions(c)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
