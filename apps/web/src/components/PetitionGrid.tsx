import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, CASE_TEXT_HINTS, type FieldError, fieldMessage, unwrap } from '../api/client';
import { RefSelect, type RefItem } from './RefSelect';
import { TableScroll } from './TableScroll';
import { ErrorAlert } from './States';

export interface GridRow {
  title: string;
  description: string;
  categoryCode: string | null;
  citizenName: string;
  phone: string;
}

/** The grid's columns, in Tab/Enter order, named as the API names the fields (errors come back as petitions.i.<field>). */
export const COLUMNS = ['title', 'description', 'categoryCode', 'citizenName', 'phone'] as const;
type Column = (typeof COLUMNS)[number];
const LABEL: Record<Column, string> = {
  title: 'colTitle',
  description: 'colDescription',
  categoryCode: 'colCategory',
  citizenName: 'colName',
  phone: 'colPhone',
};
const WIDTH: Record<Column, number> = { title: 180, description: 220, categoryCode: 250, citizenName: 140, phone: 120 };

export const blankRow = (): GridRow => ({ title: '', description: '', categoryCode: null, citizenName: '', phone: '' });
export const isBlank = (r: GridRow) =>
  !r.title.trim() && !r.description.trim() && !r.categoryCode && !r.citizenName.trim() && !r.phone.trim();
/** There is always one empty row at the end: typing in it makes the next one. */
export const withTrailingRow = (rows: GridRow[]): GridRow[] =>
  rows.length === 0 || !isBlank(rows[rows.length - 1]) ? [...rows, blankRow()] : rows;

/** The batch as the API takes it: blank rows left out, optional cells only when filled. `index[i]` is the grid row of petition i. */
export function toBatch(rows: GridRow[]) {
  const index: number[] = [];
  const petitions = rows.flatMap((r, i) => {
    if (isBlank(r)) return [];
    index.push(i);
    return [
      {
        title: r.title.trim(),
        description: r.description.trim(),
        ...(r.categoryCode ? { categoryCode: r.categoryCode } : {}),
        ...(r.citizenName.trim() ? { citizenName: r.citizenName.trim() } : {}),
        ...(r.phone.trim() ? { phone: r.phone.trim().replace(/[ .-]/g, '') } : {}),
      },
    ];
  });
  return { petitions, index };
}

/** The API's `petitions.3.phone` problems, by grid row and field (a field outside the grid's columns is kept under `row`). */
export function errorsByCell(details: FieldError[], index: number[]): Record<number, Record<string, string>> {
  const out: Record<number, Record<string, string>> = {};
  for (const d of details) {
    const m = /^petitions\.(\d+)\.(.+)$/.exec(d.field);
    if (!m) continue;
    const row = index[Number(m[1])] ?? Number(m[1]);
    const field = (COLUMNS as readonly string[]).includes(m[2]) ? m[2] : 'row';
    const cell = (out[row] ??= {});
    const message = fieldMessage(d, CASE_TEXT_HINTS);
    cell[field] = cell[field] ? `${cell[field]}; ${message}` : message;
  }
  return out;
}

/**
 * Petitions of a meeting keyed in fast: Tab or Enter moves to the next cell (Enter in the last cell goes to the next
 * row), a new empty row appears at the end, Ctrl+Enter sends the batch. The API takes all rows or none; its problems
 * are shown under their cells.
 */
export function PetitionGrid({
  meetingId,
  categories,
  onAdded,
}: {
  meetingId: string;
  categories: RefItem[] | undefined;
  onAdded: (count: number) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<GridRow[]>([blankRow()]);
  const [errors, setErrors] = useState<Record<number, Record<string, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    box.current?.querySelector<HTMLElement>(`[data-cell="${pendingFocus.current}"]`)?.focus();
    pendingFocus.current = null;
  });

  const setCell = (row: number, col: Column, value: string | null) => {
    setRows((rs) => withTrailingRow(rs.map((r, i) => (i === row ? { ...r, [col]: value ?? (col === 'categoryCode' ? null : '') } : r))));
    if (errors[row]?.[col]) setErrors((e) => ({ ...e, [row]: { ...e[row], [col]: '' } }));
  };
  const removeRow = (row: number) => {
    setRows((rs) => withTrailingRow(rs.filter((_, i) => i !== row)));
    setErrors({});
  };

  const count = rows.filter((r) => !isBlank(r)).length;

  const submit = async () => {
    const { petitions, index } = toBatch(rows);
    setMessage(undefined);
    setError(undefined);
    if (petitions.length === 0) return setMessage({ ok: false, text: t('meeting.nothing') });
    setBusy(true);
    try {
      const result = await unwrap(
        api.POST('/api/v1/voter-meetings/{id}/petitions', { params: { path: { id: meetingId } }, body: { petitions } }),
      );
      setRows([blankRow()]);
      setErrors({});
      setMessage({ ok: true, text: t('meeting.added', { count: result.petitions.length }) });
      onAdded(result.petitions.length);
      pendingFocus.current = '0-0';
    } catch (e) {
      if (e instanceof ApiError && e.details.some((d) => d.field.startsWith('petitions'))) {
        const byCell = errorsByCell(e.details, index);
        setErrors(byCell);
        setMessage({ ok: false, text: t('meeting.rejected') });
        const first = Math.min(...Object.keys(byCell).map(Number));
        const col = COLUMNS.findIndex((c) => byCell[first]?.[c]);
        pendingFocus.current = `${first}-${Math.max(col, 0)}`;
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void submit();
      return;
    }
    const cell = (e.target as HTMLElement).getAttribute?.('data-cell');
    if (!cell || e.defaultPrevented || e.shiftKey) return;
    e.preventDefault();
    const [row, col] = cell.split('-').map(Number);
    const next = col + 1 < COLUMNS.length ? `${row}-${col + 1}` : `${row + 1}-0`;
    const target = box.current?.querySelector<HTMLElement>(`[data-cell="${next}"]`);
    if (target) target.focus();
    else pendingFocus.current = next;
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('meeting.gridHint')}
      </Text>
      <TableScroll label={t('meeting.gridHeading')} boxRef={box} onKeyDown={onKeyDown} testId="petition-grid">
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} style={{ minWidth: 960 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} miw={WIDTH[c]}>
                  {t(`meeting.${LABEL[c]}`)}
                  {c === 'title' || c === 'description' ? ' *' : ''}
                </Table.Th>
              ))}
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const rowErrors = errors[i] ?? {};
              const aria = (c: Column) => `${t(`meeting.${LABEL[c]}`)} ${i + 1}`;
              return (
                <Table.Tr key={i} data-row={i} bg={Object.values(rowErrors).some(Boolean) ? 'red.0' : undefined}>
                  <Table.Td ta="center">
                    <Text size="xs" c="dimmed">
                      {i + 1}
                    </Text>
                  </Table.Td>
                  {COLUMNS.map((c, j) =>
                    c === 'categoryCode' ? (
                      <Table.Td key={c} valign="top">
                        <RefSelect
                          size="xs"
                          aria-label={aria(c)}
                          placeholder={t('field.categoryPlaceholder')}
                          items={categories}
                          value={r.categoryCode}
                          onChange={(x) => setCell(i, c, x)}
                          error={rowErrors[c] || undefined}
                          data-cell={`${i}-${j}`}
                        />
                      </Table.Td>
                    ) : (
                      <Table.Td key={c} valign="top">
                        <TextInput
                          size="xs"
                          aria-label={aria(c)}
                          value={r[c]}
                          type={c === 'phone' ? 'tel' : 'text'}
                          onChange={(e) => setCell(i, c, e.currentTarget.value)}
                          error={rowErrors[c] || undefined}
                          data-cell={`${i}-${j}`}
                        />
                      </Table.Td>
                    ),
                  )}
                  <Table.Td valign="top">
                    {!isBlank(r) && (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('meeting.removeRow', { row: i + 1 })}
                        onClick={() => removeRow(i)}
                        tabIndex={-1}
                      >
                        ×
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {Object.entries(errors).map(
          ([row, e]) =>
            e.row && (
              <Text key={row} size="xs" c="red" role="alert">
                {t('meeting.row', { row: Number(row) + 1 })}: {e.row}
              </Text>
            ),
        )}
      </TableScroll>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'} data-testid="grid-message">
          {message.text}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={() => void submit()} loading={busy} disabled={count === 0}>
          {t('meeting.submit', { count })}
        </Button>
      </Group>
    </Stack>
  );
}
