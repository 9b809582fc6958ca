import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { referenceData } from '../lib/reference';
import { useAsync } from '../lib/use-async';
import { RefSelect } from './RefSelect';
import { ErrorAlert } from './States';

type BulkCaseResult = components['schemas']['BulkCaseResultDto'];

interface BulkActionsProps {
  selected: ReadonlySet<string>;
  /** The tracking code of a selected case, to name the ones an action left out. */
  codeOf: (id: string) => string;
  onChange: (next: ReadonlySet<string>) => void;
  /** After an action changed cases: the page reloads its list. */
  onDone: () => void;
}

/**
 * The secretariat's actions on the ticked cases: route (or reroute) them to one agency with a reason, as a single
 * reroute asks, or export them with the list's CSV. Each case the API could not move is named with the reason.
 */
export function BulkActions({ selected, codeOf, onChange, onDone }: BulkActionsProps) {
  const { t } = useTranslation();
  const reference = useAsync(referenceData, []);
  const [open, setOpen] = useState(false);
  const [agency, setAgency] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<{ agency: string; count: number; failed: BulkCaseResult[] }>();
  const ids = [...selected];
  const agencyName = (code: string) => reference.data?.agencies.find((a) => a.code === code)?.name ?? code;

  const route = async () => {
    if (!agency) return;
    if (reason.trim().length < 5) return setReasonError(t('validation.reason'));
    setBusy(true);
    setError(undefined);
    try {
      const { results } = await unwrap(
        api.POST('/api/v1/cases/bulk-route', { body: { caseIds: ids, agencyCode: agency, reason: reason.trim() } }),
      );
      const failed = results.filter((r) => !r.ok);
      setOutcome({ agency: agencyName(agency), count: results.length, failed });
      onChange(new Set(failed.map((r) => r.id)));
      setOpen(false);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      {outcome && (
        <Alert color={outcome.failed.length ? 'orange' : 'teal'} role="status" data-testid="bulk-outcome">
          <Text size="sm">
            {t('bulk.done', { ok: outcome.count - outcome.failed.length, count: outcome.count, agency: outcome.agency })}
          </Text>
          {outcome.failed.length > 0 && (
            <>
              <Text size="sm">{t('bulk.failed')}</Text>
              <List size="sm">
                {outcome.failed.map((r) => (
                  <List.Item key={r.id}>
                    {codeOf(r.id)}: {t(`errors.${r.code ?? 'bad_request'}`)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      {ids.length > 0 && (
        <Group gap="sm" data-testid="bulk-bar">
          <Text size="sm" fw={600}>
            {t('bulk.selected', { count: ids.length })}
          </Text>
          <Button
            size="xs"
            onClick={() => {
              setOpen(true);
              setReasonError(undefined);
              setOutcome(undefined);
            }}
          >
            {t('bulk.route')}
          </Button>
          <Button size="xs" variant="light" onClick={() => void download(`/api/v1/cases/export.csv?ids=${ids.join(',')}`, 'ho-so.csv')}>
            {t('bulk.export')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => onChange(new Set())}>
            {t('bulk.clear')}
          </Button>
        </Group>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('bulk.title', { count: ids.length })} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void route();
          }}
        >
          <Stack gap="sm">
            <RefSelect
              label={t('case.agency')}
              items={reference.data?.agencies}
              value={agency}
              onChange={setAgency}
              required
              data-autofocus
            />
            <Textarea
              label={t('bulk.reason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
            />
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={!agency}>
                {t('bulk.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
