import { Alert, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { formatDate, refName } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { ErrorAlert, Loading } from './States';
import { StatusBadge } from './StatusBadge';
import { CaseLink } from './CaseLink';

export type SimilarCase = components['schemas']['SimilarCaseDto'];
const CODE = /^[A-Z]{1,8}-\d{4}-\d{6}$/i;

/** A short list of open cases that are probably the same matter: code, status, title, how alike, where. */
export function SimilarList({ items, action }: { items: SimilarCase[]; action?: (c: SimilarCase) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={8}>
      {items.map((c) => (
        <div key={c.id} data-testid="similar-item">
          <Group gap={6} wrap="nowrap">
            <CaseLink kase={c} size="sm" />
            <StatusBadge status={c.status} />
          </Group>
          <Text size="sm" lineClamp={2}>
            {c.title}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDate(c.receivedAt, i18n.language)} · {t('duplicates.score', { pct: Math.round(c.score * 100) })}
            {c.area ? ` · ${refName(c.area, i18n.language)}` : ''}
            {c.distanceMeters !== undefined ? ` · ${t('duplicates.distance', { m: Math.round(c.distanceMeters) })}` : ''}
          </Text>
          {action?.(c)}
        </div>
      ))}
    </Stack>
  );
}

/** Where a merged case went, and which duplicates were merged into this one. */
export function MergeLinks({
  mergedInto,
  mergedCases,
}: {
  mergedInto?: { id: string; trackingCode: string };
  mergedCases: { id: string; trackingCode: string }[];
}) {
  const { t } = useTranslation();
  if (!mergedInto && mergedCases.length === 0) return null;
  return (
    <Stack gap={4} data-testid="merge-links">
      {mergedInto && (
        <Alert color="gray" variant="light" p="xs">
          {t('duplicates.mergedInto')} <CaseLink kase={mergedInto} />
        </Alert>
      )}
      {mergedCases.length > 0 && (
        <Alert color="blue" variant="light" p="xs">
          {t('duplicates.mergedCases')}:{' '}
          {mergedCases.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <CaseLink kase={c} />
            </span>
          ))}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The staff case page's "similar cases" card; for the secretariat and admins, "merge into…" a similar case or any
 * case by tracking code, confirmed with a reason in a dialog.
 */
export function SimilarCasesPanel({
  caseId,
  trackingCode,
  canMerge,
  onMerged,
}: {
  caseId: string;
  trackingCode: string;
  canMerge: boolean;
  onMerged: (code: string) => void;
}) {
  const { t } = useTranslation();
  const similar = useAsync(
    async () => (await unwrap(api.GET('/api/v1/cases/{id}/similar', { params: { path: { id: caseId } } }))).items,
    [caseId],
  );
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const items = similar.data ?? [];
  const start = (into?: SimilarCase) => {
    setTarget(into?.id ?? null);
    setSearch(into ? `${into.trackingCode} — ${into.title}` : '');
    setReason('');
    setErrors({});
    setError(undefined);
    setOpen(true);
  };

  /** The chosen similar case, or a case found by the tracking code typed in the picker. */
  const resolveTarget = async (): Promise<{ id: string; trackingCode: string } | undefined> => {
    const chosen = items.find((c) => c.id === target);
    if (chosen) return chosen;
    const code = search.trim().split(/\s/)[0]?.toUpperCase() ?? '';
    if (!CODE.test(code)) return undefined;
    const found = await unwrap(api.GET('/api/v1/cases', { params: { query: { q: code, pageSize: 5 } } }));
    const hit = found.items.find((c) => c.trackingCode.toUpperCase() === code);
    if (!hit)
      throw new ApiError(404, t('duplicates.targetNotFound', { code }), [
        { field: 'intoCaseId', message: t('duplicates.targetNotFound', { code }) },
      ]);
    return hit;
  };

  const merge = async () => {
    const found: Record<string, string> = {};
    if (reason.trim().length < 5) found.reason = t('duplicates.reasonLength');
    setError(undefined);
    setBusy(true);
    try {
      const into = await resolveTarget();
      if (!into) found.intoCaseId = t('duplicates.targetRequired');
      else if (into.id === caseId) found.intoCaseId = t('duplicates.sameCase');
      setErrors(found);
      if (Object.keys(found).length || !into) return;
      await unwrap(
        api.POST('/api/v1/cases/{id}/merge', { params: { path: { id: caseId } }, body: { intoCaseId: into.id, reason: reason.trim() } }),
      );
      setOpen(false);
      onMerged(into.trackingCode);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors({ ...found, ...e.fieldErrors });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="similar-panel">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t('duplicates.similarHeading')}
        </Title>
        {canMerge && (
          <Button size="xs" variant="light" color="orange" onClick={() => start()}>
            {t('duplicates.mergeInto')}
          </Button>
        )}
      </Group>
      {similar.loading ? (
        <Loading />
      ) : similar.error ? (
        <ErrorAlert error={similar.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('duplicates.noSimilar')}
        </Text>
      ) : (
        <SimilarList
          items={items}
          action={
            canMerge
              ? (c) => (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="orange"
                    onClick={() => start(c)}
                    aria-label={`${t('duplicates.mergeInto')} ${c.trackingCode}`}
                  >
                    {t('duplicates.mergeInto')}
                  </Button>
                )
              : undefined
          }
        />
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('duplicates.mergeHeading', { code: trackingCode })} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void merge();
          }}
          noValidate
        >
          <Stack gap="sm">
            <Select
              label={t('duplicates.mergeTarget')}
              description={t('duplicates.mergeTargetHint')}
              searchable
              clearable
              data={items.map((c) => ({ value: c.id, label: `${c.trackingCode} — ${c.title}` }))}
              value={target}
              onChange={setTarget}
              searchValue={search}
              onSearchChange={setSearch}
              nothingFoundMessage={CODE.test(search.trim()) ? search.trim().toUpperCase() : t('common.noMatch')}
              error={errors.intoCaseId}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('duplicates.mergeReason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setErrors((x) => ({ ...x, reason: '' }));
              }}
              error={errors.reason || undefined}
            />
            <Alert color="orange" variant="light">
              {t('duplicates.mergeWarning', { code: trackingCode })}
            </Alert>
            <ErrorAlert error={error} />
            <Group>
              <Button type="submit" color="orange" loading={busy}>
                {t('duplicates.mergeConfirm')}
              </Button>
              <Button variant="subtle" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
