import { Badge, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { components } from '../api/schema';
import { formatDate, refName } from '../lib/format';
import { DeadlineBadge } from './DeadlineBadge';
import { RiskBadge } from './RiskBadge';
import { Empty } from './States';
import { StatusBadge } from './StatusBadge';
import { useCards } from './TableScroll';
import { CaseLink } from './CaseLink';
import { ShortcutsButton, ShortcutsHelp, useListKeyboard } from './ListKeyboard';

export type CaseListItem = components['schemas']['CaseListItemDto'];

/** The rows a user ticked (the secretariat's bulk actions), kept by the page across pages of the list. */
export interface RowSelection {
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

interface CaseTableProps {
  items: CaseListItem[];
  actions?: (item: CaseListItem) => React.ReactNode;
  selection?: RowSelection;
  /** A column with each case's deadline risk (the inbox and the search, which can sort by it). */
  risk?: boolean;
}

/**
 * A staff list of cases: a table (cards on a phone) with the keys of `useListKeyboard`, a checkbox per row when
 * the page offers bulk actions, and the deadline risk when asked.
 */
/** People who co-signed the case ("me too"): a priority signal for triage, shown only when there are some. */
function CoSignersBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <Badge size="sm" variant="light" color="grape" data-testid="co-signers-badge">
      {t('coSigners.badge', { count })}
    </Badge>
  );
}

export function CaseTable({ items, actions, selection, risk }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const cards = useCards();
  const toggle = (id: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (!next.delete(id)) next.add(id);
    selection.onChange(next);
  };
  const keys = useListKeyboard(items, {
    onOpen: (c) => void navigate(`/staff/cases/${c.id}`),
    onToggle: selection ? (c) => toggle(c.id) : undefined,
  });
  const help = <ShortcutsHelp opened={keys.help.opened} onClose={keys.help.close} selectable={!!selection} />;
  if (items.length === 0) return <Empty />;
  const allSelected = !!selection && items.every((c) => selection.selected.has(c.id));
  const someSelected = !!selection && items.some((c) => selection.selected.has(c.id));
  const selectAll = () => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const c of items) {
      if (allSelected) next.delete(c.id);
      else next.add(c.id);
    }
    selection.onChange(next);
  };
  const rowCheckbox = (c: CaseListItem) =>
    selection && (
      <Checkbox
        aria-label={t('bulk.select', { code: c.trackingCode })}
        checked={selection.selected.has(c.id)}
        onChange={() => toggle(c.id)}
        data-testid="row-select"
      />
    );
  const assignee = (c: CaseListItem) =>
    c.assignee && (
      <Text size="xs" c="dimmed" data-testid="row-assignee">
        {t('cases.assignedTo', { name: c.assignee.name })}
      </Text>
    );
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
              <Group gap="xs">
                {rowCheckbox(c)}
                <CaseLink kase={c} fw={600} />
              </Group>
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
            {assignee(c)}
            <Group gap="xs" mt="xs" wrap="wrap">
              <StatusBadge status={c.status} />
              <DeadlineBadge workingDaysLeft={c.workingDaysLeft} dueAt={c.dueAt} status={c.status} />
              {risk && <RiskBadge probability={c.risk} named />}
              <CoSignersBadge count={c.coSigners} />
            </Group>
            {actions && (
              <Stack mt="sm" gap="xs">
                {actions(c)}
              </Stack>
            )}
          </Card>
        ))}
        {help}
      </Stack>
    );
  }
  return (
    <div className="table-scroll">
      <Group justify="flex-end">
        <ShortcutsButton onClick={keys.help.open} />
      </Group>
      {help}
      <Table
        striped
        highlightOnHover
        miw={(actions ? 860 : 700) + (risk ? 110 : 0)}
        verticalSpacing="xs"
        role="grid"
        aria-label={t('shortcuts.listLabel')}
        className="case-grid"
        {...keys.containerProps}
      >
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t('bulk.selectPage')}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={selectAll}
                />
              </Table.Th>
            )}
            <Table.Th>{t('cases.code')}</Table.Th>
            <Table.Th>{t('cases.title')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('cases.due')}</Table.Th>
            {risk && <Table.Th>{t('learning.risk')}</Table.Th>}
            <Table.Th>{t('field.agency')}</Table.Th>
            <Table.Th>{t('cases.received')}</Table.Th>
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr
              key={c.id}
              {...keys.rowProps(c.id)}
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
              {selection && <Table.Td>{rowCheckbox(c)}</Table.Td>}
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
                <CoSignersBadge count={c.coSigners} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DeadlineBadge workingDaysLeft={c.workingDaysLeft} dueAt={c.dueAt} status={c.status} />
              </Table.Td>
              {risk && (
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="row-risk">
                  <RiskBadge probability={c.risk} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{refName(c.agency, lang)}</Text>
                {assignee(c)}
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
