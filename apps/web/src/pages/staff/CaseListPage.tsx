import { ALL_STATUSES, CaseKind, isAgencyRole, OPEN_STATUSES, Role, roleMay } from '@hotline/contracts';
import { Button, Checkbox, Group, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { BulkActions } from '../../components/BulkActions';
import { CaseTable } from '../../components/CaseTable';
import { RefSelect } from '../../components/RefSelect';
import { ErrorAlert, Loading } from '../../components/States';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import { DateField } from '../../components/DateField';

/** The list's "open" filter: every open status, as the query's comma-separated list. */
export const OPEN_FILTER = OPEN_STATUSES.join(',');
const FILTERS = ['status', 'kind', 'agency', 'category', 'area', 'assignee', 'q', 'overdue', 'from', 'to', 'sort', 'order'] as const;
/** The list's orders: `sort` and `order` of GET /cases, newest first by default. */
const SORTS = [
  { value: 'received:desc', label: 'cases.sort.newest' },
  { value: 'received:asc', label: 'cases.sort.oldest' },
  { value: 'dueAt:asc', label: 'cases.sort.dueSoonest' },
  { value: 'status:asc', label: 'cases.sort.status' },
  { value: 'agency:asc', label: 'cases.sort.agency' },
  { value: 'risk:desc', label: 'cases.sort.risk' },
  { value: 'coSigners:desc', label: 'coSigners.sort' },
] as const;

/**
 * The staff case list: an agency's inbox, or the search across agencies; the filters live in the address, so a list
 * can be linked and exported.
 */
export function CaseListPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const reference = useAsync(referenceData, []);
  const agency = !!user && isAgencyRole(user.role as Role);
  // Who holds a case inside an agency: its officers see "my cases", the secretariat sees which cases nobody holds.
  const assigneeFilter = agency || roleMay('assign', user?.role);
  const bulk = roleMay('bulkRoute', user?.role);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reload, setReload] = useState(0);
  const codes = useRef(new Map<string, string>());
  // An agency's inbox opened bare shows the open cases (finished ones are filtered out, visibly, in the status filter);
  // any filter in the address, such as a drill-down's, is taken as it is.
  const inboxDefault = agency && !FILTERS.some((f) => params.has(f));
  const filters = {
    ...(inboxDefault ? { status: OPEN_FILTER } : {}),
    ...Object.fromEntries(FILTERS.map((f) => [f, params.get(f)]).filter(([, v]) => v)),
  } as Record<string, string>;
  // The API's default order: newest and riskiest first, the others ascending.
  const sort = filters.sort ?? 'received';
  const sortValue = `${sort}:${filters.order ?? (sort === 'received' || sort === 'risk' || sort === 'coSigners' ? 'desc' : 'asc')}`;
  const page = Number(params.get('page') ?? 1);
  const list = useAsync(
    () => unwrap(api.GET('/api/v1/cases', { params: { query: { ...filters, page, pageSize: 25 } } })),
    [params.toString(), reload],
  );
  for (const c of list.data?.items ?? []) codes.current.set(c.id, c.trackingCode);
  const setFilter = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    // Cleared in an inbox: kept empty in the address, so the open-cases default does not come back.
    if (value || (inboxDefault && name === 'status')) next.set(name, value ?? '');
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  const setSort = (value: string | null) => {
    const [sort, order] = (value ?? 'received:desc').split(':');
    const next = new URLSearchParams(params);
    next.set('sort', sort);
    next.set('order', order);
    next.delete('page');
    setParams(next);
  };
  const exportCsv = () => {
    const query = new URLSearchParams(filters).toString();
    void download(`/api/v1/cases/export.csv${query ? `?${query}` : ''}`, 'ho-so.csv');
  };
  return (
    <Stack>
      <Title order={2}>{agency ? t('cases.inboxHeading') : t('cases.heading')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('q', q.trim() || null);
        }}
        aria-label={t('common.filter')}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('field.query')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: '2 1 200px' }}
            data-list-search
            aria-keyshortcuts="/"
          />
          <Select
            label={t('field.status')}
            placeholder={t('cases.allStatuses')}
            clearable
            value={filters.status ?? null}
            onChange={(v) => setFilter('status', v)}
            data={[{ value: OPEN_FILTER, label: t('cases.open') }, ...ALL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            style={{ flex: '1 1 160px' }}
          />
          <Select
            label={t('field.kind')}
            clearable
            value={params.get('kind')}
            onChange={(v) => setFilter('kind', v)}
            data={Object.values(CaseKind).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            style={{ flex: '1 1 130px' }}
          />
          {!agency && (
            <RefSelect
              label={t('field.agency')}
              items={reference.data?.agencies}
              value={params.get('agency')}
              onChange={(v) => setFilter('agency', v)}
              style={{ flex: '1 1 180px' }}
            />
          )}
          {assigneeFilter && (
            <Select
              label={t('cases.assignee')}
              placeholder={t('cases.anyAssignee')}
              clearable
              value={params.get('assignee')}
              onChange={(v) => setFilter('assignee', v)}
              data={[...(agency ? [{ value: 'me', label: t('cases.mine') }] : []), { value: 'none', label: t('cases.unassigned') }]}
              style={{ flex: '1 1 150px' }}
            />
          )}
          <RefSelect
            label={t('field.category')}
            items={reference.data?.categories}
            value={params.get('category')}
            onChange={(v) => setFilter('category', v)}
            style={{ flex: '1 1 180px' }}
          />
          <RefSelect
            label={t('field.area')}
            items={reference.data?.areas}
            value={params.get('area')}
            onChange={(v) => setFilter('area', v)}
            style={{ flex: '1 1 160px' }}
          />
          <DateField
            label={t('field.from')}
            value={params.get('from') ?? ''}
            onChange={(v) => setFilter('from', v || null)}
            style={{ flex: '1 1 170px' }}
          />
          <DateField
            label={t('field.to')}
            value={params.get('to') ?? ''}
            onChange={(v) => setFilter('to', v || null)}
            style={{ flex: '1 1 170px' }}
          />
          <Select
            label={t('cases.sortBy')}
            value={sortValue}
            onChange={setSort}
            allowDeselect={false}
            data={SORTS.map((o) => ({ value: o.value, label: t(o.label) }))}
            style={{ flex: '1 1 230px' }}
            miw={230}
          />
          <Checkbox
            label={t('field.overdueOnly')}
            checked={params.get('overdue') === 'true'}
            onChange={(e) => setFilter('overdue', e.currentTarget.checked ? 'true' : null)}
            mb={8}
          />
          <Button type="submit">{t('common.search')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              setParams(new URLSearchParams());
            }}
          >
            {t('common.clear')}
          </Button>
        </Group>
      </form>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {list.data ? t('common.total', { count: list.data.total }) + (list.data.totalExact ? '' : '+') : ''}
        </Text>
        <Button variant="light" onClick={exportCsv}>
          {t('cases.export')}
        </Button>
      </Group>
      {bulk && (
        <BulkActions
          selected={selected}
          onChange={setSelected}
          codeOf={(id) => codes.current.get(id) ?? id}
          onDone={() => setReload((n) => n + 1)}
        />
      )}
      <ErrorAlert error={list.error} />
      {list.loading ? (
        <Loading />
      ) : (
        list.data && <CaseTable items={list.data.items} selection={bulk ? { selected, onChange: setSelected } : undefined} risk />
      )}
      {list.data && list.data.total > list.data.pageSize && (
        <Pagination
          total={Math.ceil(list.data.total / list.data.pageSize)}
          value={page}
          onChange={(p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          }}
        />
      )}
    </Stack>
  );
}
