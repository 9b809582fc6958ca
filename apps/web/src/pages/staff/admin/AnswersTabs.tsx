import { CaseKind, roleMay, TEMPLATE_FIELD_NAMES } from '@hotline/contracts';
import { Button, Checkbox, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useAuth } from '../../../auth';
import { RefSelect } from '../../../components/RefSelect';
import { Empty, ErrorAlert, Loading } from '../../../components/States';
import { referenceData } from '../../../lib/reference';
import { useAsync } from '../../../lib/use-async';
import { TableScroll } from '../../../components/TableScroll';

type Template = components['schemas']['AnswerTemplateDto'];
const KINDS = Object.values(CaseKind);
const blank = {
  name: '',
  kind: null as CaseKind | null,
  categoryCode: null as string | null,
  body: '',
  legalBasis: '',
  requiresLegalBasis: true,
  requiresDate: true,
  requiresAttachment: false,
};

/** The secretariat's answer templates: per kind and category, with the fixed fields; officers pick them in the answer form. */
export function TemplatesTab() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canEdit = roleMay('manageTemplates', user?.role);
  const [tick, setTick] = useState(0);
  const list = useAsync(() => unwrap(api.GET('/api/v1/answer-templates')), [tick]);
  const reference = useAsync(referenceData, []);
  const [form, setForm] = useState(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();

  const edit = (tpl: Template) => {
    setEditing(tpl.id);
    setForm({
      name: tpl.name,
      kind: (tpl.kind as CaseKind | undefined) ?? null,
      categoryCode: tpl.category?.code ?? null,
      body: tpl.body,
      legalBasis: tpl.legalBasis ?? '',
      requiresLegalBasis: tpl.requiresLegalBasis,
      requiresDate: tpl.requiresDate,
      requiresAttachment: tpl.requiresAttachment,
    });
  };
  const save = async () => {
    setError(undefined);
    setFieldErrors({});
    const body = {
      name: form.name,
      body: form.body,
      requiresLegalBasis: form.requiresLegalBasis,
      requiresDate: form.requiresDate,
      requiresAttachment: form.requiresAttachment,
      ...(form.kind ? { kind: form.kind } : {}),
      ...(form.categoryCode ? { categoryCode: form.categoryCode } : {}),
      ...(form.legalBasis ? { legalBasis: form.legalBasis } : {}),
    };
    try {
      if (editing) await unwrap(api.PATCH('/api/v1/answer-templates/{id}', { params: { path: { id: editing } }, body }));
      else await unwrap(api.POST('/api/v1/answer-templates', { body }));
      setForm(blank);
      setEditing(null);
      setTick((n) => n + 1);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setFieldErrors(e.fieldErrors);
      else setError(e);
    }
  };
  const remove = async (id: string) => {
    await unwrap(api.DELETE('/api/v1/answer-templates/{id}', { params: { path: { id } } })).catch(setError);
    setTick((n) => n + 1);
  };

  return (
    <Stack>
      <ErrorAlert error={error ?? list.error} />
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs">
            <Group align="flex-start" grow>
              <TextInput
                label={t('admin.templateName')}
                required
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
                error={fieldErrors.name}
              />
              <Select
                label={t('field.kind')}
                placeholder={t('admin.anyKind')}
                data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={form.kind}
                onChange={(v) => setForm({ ...form, kind: v as CaseKind | null })}
                clearable
              />
              <RefSelect
                label={t('field.category')}
                placeholder={t('admin.anyCategory')}
                items={reference.data?.categories}
                value={form.categoryCode}
                onChange={(v) => setForm({ ...form, categoryCode: v })}
                error={fieldErrors.categoryCode}
                clearable
              />
            </Group>
            <Textarea
              label={t('admin.templateBody')}
              description={t('admin.templateFields', { fields: TEMPLATE_FIELD_NAMES.map((f) => `{{${f}}}`).join(' ') })}
              required
              autosize
              minRows={4}
              value={form.body}
              onChange={(e) => setForm({ ...form, body: e.currentTarget.value })}
              error={fieldErrors.body}
            />
            <TextInput
              label={t('admin.legalBasis')}
              value={form.legalBasis}
              onChange={(e) => setForm({ ...form, legalBasis: e.currentTarget.value })}
              error={fieldErrors.legalBasis}
            />
            <Group>
              <Checkbox
                label={t('admin.requiresLegalBasis')}
                checked={form.requiresLegalBasis}
                onChange={(e) => setForm({ ...form, requiresLegalBasis: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('admin.requiresDate')}
                checked={form.requiresDate}
                onChange={(e) => setForm({ ...form, requiresDate: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('admin.requiresAttachment')}
                checked={form.requiresAttachment}
                onChange={(e) => setForm({ ...form, requiresAttachment: e.currentTarget.checked })}
              />
            </Group>
            <Group>
              <Button type="submit">{editing ? t('admin.saveTemplate') : t('admin.addTemplate')}</Button>
              {editing && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setEditing(null);
                    setForm(blank);
                  }}
                >
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
      {list.loading ? (
        <Loading />
      ) : !list.data?.length ? (
        <Empty>{t('admin.noTemplates')}</Empty>
      ) : (
        <TableScroll label={t('admin.templates')}>
          <Table striped miw={700}>
            <Table.Tbody>
              {list.data.map((tpl) => (
                <Table.Tr key={tpl.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {tpl.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {tpl.kind ? t(`kind.${tpl.kind}`) : t('admin.anyKind')} · {tpl.category?.name ?? t('admin.anyCategory')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" className="pre-wrap" lineClamp={3}>
                      {tpl.body}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => edit(tpl)}>
                          {t('admin.edit')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(tpl.id)}>
                          {t('admin.deleteTemplate')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

/** Which agencies' answers, per kind, wait for the head's approval: set by administrators, read by the secretariat. */
export function ApprovalTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  const rules = useAsync(() => unwrap(api.GET('/api/v1/admin/answer-approval')), [tick]);
  const reference = useAsync(referenceData, []);
  const [agency, setAgency] = useState<string | null>(null);
  const [kind, setKind] = useState<CaseKind | null>(null);
  const [error, setError] = useState<unknown>();
  const set = async (agencyCode: string, k: CaseKind, required: boolean) => {
    setError(undefined);
    try {
      await unwrap(api.PUT('/api/v1/admin/answer-approval', { body: { agencyCode, kind: k, required } }));
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack>
      <Text size="sm">{t('admin.approvalHelp')}</Text>
      <ErrorAlert error={error ?? rules.error} />
      {canEdit && (
        <Group align="flex-end">
          <RefSelect label={t('field.agency')} items={reference.data?.agencies} value={agency} onChange={setAgency} w={320} />
          <Select
            label={t('field.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as CaseKind | null)}
            w={200}
          />
          <Button disabled={!agency || !kind} onClick={() => agency && kind && void set(agency, kind, true)}>
            {t('admin.approvalAdd')}
          </Button>
        </Group>
      )}
      {rules.loading ? (
        <Loading />
      ) : !rules.data?.length ? (
        <Empty>{t('admin.noApprovalRules')}</Empty>
      ) : (
        <TableScroll label={t('admin.approval')}>
          <Table striped>
            <Table.Tbody>
              {rules.data.map((r) => (
                <Table.Tr key={`${r.agency.code}-${r.kind}`}>
                  <Table.Td>{r.agency.name}</Table.Td>
                  <Table.Td>{t(`kind.${r.kind}`)}</Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void set(r.agency.code, r.kind as CaseKind, false)}
                      >
                        {t('admin.approvalRemove')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
