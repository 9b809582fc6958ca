import { Alert, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { CaseStatus, MAX_SUGGESTION_CASES, roleMay } from '@hotline/contracts';
import { useAuth } from '../../auth';
import { BulkActions } from '../../components/BulkActions';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { CaseTable, type CaseListItem } from '../../components/CaseTable';
import { RefSelect } from '../../components/RefSelect';
import { percent, RoutingSuggestions, type AgencySuggestion } from '../../components/RoutingSuggestions';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';

/** A triage row's suggested agencies (fetched for the whole page at once); one click routes the case to one. */
function RowSuggestions({
  suggestions,
  onAccept,
  busy,
}: {
  suggestions: AgencySuggestion[] | undefined;
  onAccept: (s: AgencySuggestion) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (!suggestions) return null;
  return (
    <Stack gap={2} maw={280}>
      <Text size="xs" fw={600}>
        {t('learning.suggestions')}
      </Text>
      <RoutingSuggestions suggestions={suggestions} onAccept={onAccept} busy={busy} />
    </Stack>
  );
}

/**
 * The secretariat's queue: cases no rule placed and cases an agency returned, each rerouted from its row, or routed
 * to a suggested agency in one click.
 */
export function TriagePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const bulk = roleMay('bulkRoute', user?.role);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [tick, setTick] = useState(0);
  // A page is at most as long as one suggestions request may ask for: the page's suggestions come in one request.
  const list = useAsync(
    () =>
      unwrap(
        api.GET('/api/v1/cases', {
          params: { query: { status: [CaseStatus.Triage, CaseStatus.Returned], sort: 'coSigners', pageSize: MAX_SUGGESTION_CASES } },
        }),
      ),
    [tick],
  );
  const caseIds = list.data?.items.map((c) => c.id).join(',') ?? '';
  const suggestions = useAsync(async () => {
    if (!caseIds) return new Map<string, AgencySuggestion[]>();
    const { items } = await unwrap(api.GET('/api/v1/routing-suggestions', { params: { query: { caseIds: caseIds.split(',') } } }));
    return new Map(items.map((item) => [item.caseId, item.suggestions]));
  }, [caseIds]);
  const reference = useAsync(referenceData, []);
  // One agency picker for the page, in the route dialog: a picker per row (100 Mantine Selects) made the page slow.
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  const [agencyError, setAgencyError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();

  // Rerouting says to whom and why (the agency and the history read it), in a dialog before the case moves.
  const [asking, setAsking] = useState<CaseListItem | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const agencyName = (code: string) => reference.data?.agencies.find((a) => a.code === code)?.name ?? code;
  const ask = (item: CaseListItem) => {
    setAsking(item);
    setAgencyCode(null);
    setAgencyError(undefined);
    setReason('');
    setReasonError(undefined);
  };
  const route = async () => {
    const item = asking;
    if (!item) return;
    setAgencyError(agencyCode ? undefined : t('validation.agency'));
    setReasonError(reason.trim().length < 5 ? t('validation.reason') : undefined);
    if (!agencyCode || reason.trim().length < 5) return;
    setError(undefined);
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/cases/{id}/route', { params: { path: { id: item.id } }, body: { agencyCode, note: reason.trim() } }));
      setMessage(t('triage.routed', { code: item.trackingCode, agency: agencyName(agencyCode) }));
      setAsking(null);
      setTick((n) => n + 1);
    } catch (e) {
      setAsking(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // Accepting a suggestion is the same route action; the note says it followed the suggestion.
  const accept = async (item: CaseListItem, s: AgencySuggestion) => {
    setError(undefined);
    setBusy(true);
    try {
      const note = t('learning.acceptNote', { confidence: percent(s.confidence) });
      await unwrap(api.POST('/api/v1/cases/{id}/route', { params: { path: { id: item.id } }, body: { agencyCode: s.agency.code, note } }));
      setMessage(t('triage.routed', { code: item.trackingCode, agency: s.agency.name }));
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Modal
        opened={!!asking}
        onClose={() => setAsking(null)}
        title={t('triage.reasonTitle', { code: asking?.trackingCode ?? '' })}
        centered
      >
        <form
          // The dialog's own messages (Vietnamese, beside the field), not the browser's bubble.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void route();
          }}
        >
          <Stack gap="sm">
            <RefSelect
              label={t('case.agency')}
              items={reference.data?.agencies}
              value={agencyCode}
              onChange={(v) => {
                setAgencyCode(v);
                if (v) setAgencyError(undefined);
              }}
              error={agencyError}
              required
              data-autofocus
            />
            {agencyCode && <Text size="sm">{t('triage.reasonTo', { agency: agencyName(agencyCode) })}</Text>}
            <Textarea
              label={t('triage.reason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('triage.route')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Title order={2}>{t('triage.heading')}</Title>
      {message && (
        <Alert color="teal" role="status">
          {message}
        </Alert>
      )}
      {bulk && (
        <BulkActions
          selected={selected}
          onChange={setSelected}
          codeOf={(id) => list.data?.items.find((c) => c.id === id)?.trackingCode ?? id}
          onDone={() => setTick((n) => n + 1)}
        />
      )}
      <ErrorAlert error={error ?? list.error} />
      {list.loading ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Empty>{t('triage.empty')}</Empty>
      ) : (
        list.data && (
          <CaseTable
            items={list.data.items}
            selection={bulk ? { selected, onChange: setSelected } : undefined}
            actions={(item) => (
              <Stack gap="xs">
                <RowSuggestions suggestions={suggestions.data?.get(item.id)} busy={busy} onAccept={(s) => void accept(item, s)} />
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => ask(item)}
                    aria-label={t('triage.reasonTitle', { code: item.trackingCode })}
                  >
                    {t('triage.route')}
                  </Button>
                </Group>
              </Stack>
            )}
          />
        )
      )}
    </Stack>
  );
}
