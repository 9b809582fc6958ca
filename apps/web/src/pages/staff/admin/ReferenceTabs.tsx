import { CaseKind } from '@hotline/contracts';
import { Badge, Button, Checkbox, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { RefSelect } from '../../../components/RefSelect';
import { BoundaryImport } from './BoundaryImport';
import { Empty, ErrorAlert, Loading } from '../../../components/States';
import { clearReferenceCache } from '../../../lib/reference';
import { useAsync } from '../../../lib/use-async';
import type { components } from '../../../api/schema';
import { TableScroll } from '../../../components/TableScroll';

export type TreeKind = 'agencies' | 'areas' | 'categories';

type Schemas = components['schemas'];
/** A row of any of the three trees: what they share, and the fields only agencies or areas have. */
export type TreeRow = Schemas['AdminCategoryDto'] &
  Partial<Pick<Schemas['AdminAgencyDto'], 'email' | 'headEmail'> & Pick<Schemas['AdminAreaDto'], 'level' | 'boundary'>>;
export type RuleRow = Schemas['RoutingRuleDto'];

const LEVELS = ['city', 'ward', 'commune'];

/** The administered lists, through the typed client. */
const LISTS = {
  agencies: () => unwrap(api.GET('/api/v1/admin/agencies')),
  areas: () => unwrap(api.GET('/api/v1/admin/areas')),
  categories: () => unwrap(api.GET('/api/v1/admin/categories')),
  'routing-rules': () => unwrap(api.GET('/api/v1/admin/routing-rules')),
};

export function adminList(kind: TreeKind): Promise<TreeRow[]>;
export function adminList(kind: 'routing-rules'): Promise<RuleRow[]>;
export function adminList(kind: TreeKind | 'routing-rules'): Promise<TreeRow[] | RuleRow[]> {
  return LISTS[kind]();
}

type Level = Schemas['AdminAreaDto']['level'];

/** Creates (POST) or updates (PATCH) a row of a tree with its kind's own body; field errors come back keyed by field. */
async function saveTree(
  kind: TreeKind,
  id: string | undefined,
  v: {
    code: string;
    name: string;
    nameEn: string;
    parentCode: string | null;
    active: boolean;
    level: string;
    email: string;
    headEmail: string;
  },
): Promise<void> {
  const names = { name: v.name, nameEn: v.nameEn, parentCode: v.parentCode || null };
  const agency = { email: v.email, headEmail: v.headEmail.trim() ? v.headEmail : null };
  const level = v.level as Level;
  if (id) {
    const path = { params: { path: { id } } };
    const patch = { ...names, active: v.active };
    if (kind === 'agencies') await unwrap(api.PATCH('/api/v1/admin/agencies/{id}', { ...path, body: { ...patch, ...agency } }));
    else if (kind === 'areas') await unwrap(api.PATCH('/api/v1/admin/areas/{id}', { ...path, body: { ...patch, level } }));
    else await unwrap(api.PATCH('/api/v1/admin/categories/{id}', { ...path, body: patch }));
  } else {
    const create = { ...names, code: v.code.trim() };
    if (kind === 'agencies') await unwrap(api.POST('/api/v1/admin/agencies', { body: { ...create, ...agency } }));
    else if (kind === 'areas') await unwrap(api.POST('/api/v1/admin/areas', { body: { ...create, level } }));
    else await unwrap(api.POST('/api/v1/admin/categories', { body: create }));
  }
  clearReferenceCache();
}

function useForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof T, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (send: () => Promise<void>) => {
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      await send();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      else setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { values, set, errors, error, busy, submit };
}

function TreeForm({ kind, row, rows, onDone }: { kind: TreeKind; row?: TreeRow; rows: TreeRow[]; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    code: row?.code ?? '',
    name: row?.name ?? '',
    nameEn: row?.nameEn ?? '',
    parentCode: row?.parentCode ?? null,
    active: row?.active ?? true,
    level: row?.level ?? 'ward',
    email: row?.email ?? '',
    headEmail: row?.headEmail ?? '',
  });
  const v = form.values;
  const send = async () => {
    await saveTree(kind, row?.id, v);
    onDone();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(send);
      }}
      noValidate
    >
      <Stack>
        <ErrorAlert error={form.error} />
        <TextInput
          label={t('admin.code')}
          description={row ? t('admin.codeFixed') : t('admin.codeRule')}
          required
          disabled={Boolean(row)}
          value={v.code}
          onChange={(e) => form.set('code', e.currentTarget.value.toUpperCase())}
          error={form.errors.code}
          className="mono"
        />
        <TextInput
          label={t('admin.name')}
          required
          value={v.name}
          onChange={(e) => form.set('name', e.currentTarget.value)}
          error={form.errors.name}
        />
        <TextInput
          label={t('admin.nameEn')}
          required
          value={v.nameEn}
          onChange={(e) => form.set('nameEn', e.currentTarget.value)}
          error={form.errors.nameEn}
        />
        {kind === 'areas' && (
          <Select
            label={t('admin.level')}
            data={LEVELS.map((l) => ({ value: l, label: t(`admin.levels.${l}`) }))}
            value={v.level}
            onChange={(val) => form.set('level', val ?? 'ward')}
            error={form.errors.level}
            allowDeselect={false}
          />
        )}
        {kind === 'agencies' && (
          <>
            <TextInput
              label={t('admin.email')}
              type="email"
              required
              value={v.email}
              onChange={(e) => form.set('email', e.currentTarget.value)}
              error={form.errors.email}
            />
            <TextInput
              label={t('admin.headEmail')}
              type="email"
              value={v.headEmail}
              onChange={(e) => form.set('headEmail', e.currentTarget.value)}
              error={form.errors.headEmail}
            />
          </>
        )}
        <RefSelect
          label={t('admin.parent')}
          items={rows.filter((r) => r.code !== row?.code)}
          value={v.parentCode}
          onChange={(val) => form.set('parentCode', val)}
          error={form.errors.parentCode}
        />
        {row && (
          <Checkbox
            label={t('admin.active')}
            checked={v.active}
            onChange={(e) => form.set('active', e.currentTarget.checked)}
            error={form.errors.active}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Agencies, areas or categories: every row (retired ones too); an administrator adds and edits. */
export function TreeTab({ kind, canEdit }: { kind: TreeKind; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const list = useAsync(() => adminList(kind), [kind]);
  const [editing, setEditing] = useState<TreeRow | 'new' | null>(null);
  const [q, setQ] = useState('');
  if (list.loading && !list.data) return <Loading />;
  if (!list.data) return <ErrorAlert error={list.error} />;
  const rows = list.data;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const needle = q.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => `${r.code} ${r.name} ${r.nameEn}`.toLowerCase().includes(needle)) : rows;
  const name = (r?: TreeRow) => (r ? (i18n.language === 'en' ? r.nameEn : r.name) : '');
  return (
    <Stack>
      <Group justify="space-between">
        <TextInput
          aria-label={t('common.search')}
          placeholder={t('common.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
        {canEdit && <Button onClick={() => setEditing('new')}>{t(`admin.add.${kind}`)}</Button>}
      </Group>
      {kind === 'areas' && canEdit && <BoundaryImport areas={rows} onDone={list.reload} />}
      {shown.length === 0 ? (
        <Empty />
      ) : (
        <TableScroll label={t(`admin.${kind}`)}>
          <Table striped miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.code')}</Table.Th>
                <Table.Th>{t('admin.name')}</Table.Th>
                <Table.Th>{t('admin.parent')}</Table.Th>
                {kind === 'areas' && <Table.Th>{t('admin.level')}</Table.Th>}
                {kind === 'areas' && <Table.Th>{t('boundaryColumn')}</Table.Th>}
                {kind === 'agencies' && <Table.Th>{t('admin.email')}</Table.Th>}
                <Table.Th>{t('admin.status')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr key={r.id} data-testid={`row-${r.code}`}>
                  <Table.Td className="mono">{r.code}</Table.Td>
                  <Table.Td>
                    {name(r)}
                    {i18n.language !== 'en' && (
                      <Text size="xs" c="dimmed">
                        {r.nameEn}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.parentCode ? name(byCode.get(r.parentCode)) || r.parentCode : ''}</Table.Td>
                  {kind === 'areas' && <Table.Td>{t(`admin.levels.${r.level}`, r.level ?? '')}</Table.Td>}
                  {kind === 'areas' && (
                    <Table.Td>
                      <Badge variant="light" color={r.boundary === 'imported' ? 'green' : r.boundary === 'approximate' ? 'yellow' : 'gray'}>
                        {t(`boundaryStatus.${r.boundary ?? 'none'}`)}
                      </Badge>
                    </Table.Td>
                  )}
                  {kind === 'agencies' && (
                    <Table.Td>
                      <Text size="sm">{r.email}</Text>
                    </Table.Td>
                  )}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={r.active ? 'green' : 'gray'}>
                      {r.active ? t('admin.activeBadge') : t('admin.retired')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)} aria-label={`${t('admin.edit')} ${r.code}`}>
                        {t('admin.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t(`admin.add.${kind}`) : `${t('admin.edit')} ${editing?.code ?? ''}`}
        size="lg"
      >
        {editing !== null && (
          <TreeForm
            kind={kind}
            rows={rows}
            row={editing === 'new' ? undefined : editing}
            onDone={() => {
              setEditing(null);
              list.reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function RuleForm({
  rule,
  refs,
  onDone,
}: {
  rule?: RuleRow;
  refs: { agencies: TreeRow[]; areas: TreeRow[]; categories: TreeRow[] };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    kind: rule?.kind ?? null,
    categoryCode: rule?.categoryCode ?? null,
    areaCode: rule?.areaCode ?? null,
    agencyCode: rule?.agencyCode ?? null,
    priority: rule?.priority ?? 0,
    active: rule?.active ?? true,
  });
  const v = form.values;
  const send = async () => {
    const body = {
      kind: v.kind as CaseKind | null,
      categoryCode: v.categoryCode,
      areaCode: v.areaCode,
      agencyCode: v.agencyCode ?? '',
      priority: v.priority,
    };
    if (rule) {
      await unwrap(
        api.PATCH('/api/v1/admin/routing-rules/{id}', { params: { path: { id: rule.id } }, body: { ...body, active: v.active } }),
      );
    } else await unwrap(api.POST('/api/v1/admin/routing-rules', { body }));
    clearReferenceCache();
    onDone();
  };
  const live = (rows: TreeRow[]) => rows.filter((r) => r.active);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(send);
      }}
      noValidate
    >
      <Stack>
        <ErrorAlert error={form.error} />
        <Text size="sm" c="dimmed">
          {t('admin.ruleHelp')}
        </Text>
        <Select
          label={t('field.kind')}
          placeholder={t('admin.anyKind')}
          clearable
          data={Object.values(CaseKind).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={v.kind}
          onChange={(val) => form.set('kind', val)}
          error={form.errors.kind}
        />
        <RefSelect
          label={t('field.category')}
          placeholder={t('admin.anyCategory')}
          items={live(refs.categories)}
          value={v.categoryCode}
          onChange={(val) => form.set('categoryCode', val)}
          error={form.errors.categoryCode}
        />
        <RefSelect
          label={t('field.area')}
          placeholder={t('admin.anyArea')}
          items={live(refs.areas)}
          value={v.areaCode}
          onChange={(val) => form.set('areaCode', val)}
          error={form.errors.areaCode}
        />
        <RefSelect
          label={t('field.agency')}
          required
          clearable={false}
          items={live(refs.agencies)}
          value={v.agencyCode}
          onChange={(val) => form.set('agencyCode', val)}
          error={form.errors.agencyCode}
        />
        <NumberInput
          label={t('admin.priority')}
          description={t('admin.priorityHelp')}
          value={v.priority}
          onChange={(val) => form.set('priority', typeof val === 'number' ? val : Number(val) || 0)}
          min={-1000}
          max={1000}
          allowDecimal={false}
          error={form.errors.priority}
          w={200}
        />
        {rule && (
          <Checkbox
            label={t('admin.active')}
            checked={v.active}
            onChange={(e) => form.set('active', e.currentTarget.checked)}
            error={form.errors.active}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Routing rules: (kind?, category?, area?) → agency; the most specific match wins, then the priority. */
export function RoutingTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const data = useAsync(
    () =>
      Promise.all([adminList('routing-rules'), adminList('agencies'), adminList('areas'), adminList('categories')]).then(
        ([rules, agencies, areas, categories]) => ({ rules, refs: { agencies, areas, categories } }),
      ),
    [],
  );
  const [editing, setEditing] = useState<RuleRow | 'new' | null>(null);
  const [agencyFilter, setAgencyFilter] = useState<string | null>(null);
  if (data.loading && !data.data) return <Loading />;
  if (!data.data) return <ErrorAlert error={data.error} />;
  const { rules, refs } = data.data;
  const names = (rows: TreeRow[]) => new Map(rows.map((r) => [r.code, i18n.language === 'en' ? r.nameEn : r.name]));
  const [agencyNames, areaNames, categoryNames] = [names(refs.agencies), names(refs.areas), names(refs.categories)];
  const shown = agencyFilter ? rules.filter((r) => r.agencyCode === agencyFilter) : rules;
  const any = (label: 'anyKind' | 'anyCategory' | 'anyArea') => (
    <Text span c="dimmed" size="sm">
      {t(`admin.${label}`)}
    </Text>
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <RefSelect label={t('field.agency')} items={refs.agencies} value={agencyFilter} onChange={setAgencyFilter} w={300} />
        {canEdit && <Button onClick={() => setEditing('new')}>{t('admin.add.rules')}</Button>}
      </Group>
      {shown.length === 0 ? (
        <Empty />
      ) : (
        <TableScroll label={t('admin.routing')}>
          <Table striped miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.kind')}</Table.Th>
                <Table.Th>{t('field.category')}</Table.Th>
                <Table.Th>{t('field.area')}</Table.Th>
                <Table.Th>{t('field.agency')}</Table.Th>
                <Table.Th>{t('admin.priority')}</Table.Th>
                <Table.Th>{t('admin.status')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr
                  key={r.id}
                  data-testid="rule-row"
                  data-category={r.categoryCode ?? ''}
                  data-area={r.areaCode ?? ''}
                  data-kind={r.kind ?? ''}
                >
                  <Table.Td>{r.kind ? t(`kind.${r.kind}`) : any('anyKind')}</Table.Td>
                  <Table.Td>{r.categoryCode ? (categoryNames.get(r.categoryCode) ?? r.categoryCode) : any('anyCategory')}</Table.Td>
                  <Table.Td>{r.areaCode ? (areaNames.get(r.areaCode) ?? r.areaCode) : any('anyArea')}</Table.Td>
                  <Table.Td>{agencyNames.get(r.agencyCode) ?? r.agencyCode}</Table.Td>
                  <Table.Td>{r.priority}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={r.active ? 'green' : 'gray'}>
                      {r.active ? t('admin.activeBadge') : t('admin.retired')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)}>
                        {t('admin.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('admin.add.rules') : t('admin.editRule')}
        size="lg"
      >
        {editing !== null && (
          <RuleForm
            refs={refs}
            rule={editing === 'new' ? undefined : editing}
            onDone={() => {
              setEditing(null);
              data.reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
