import { Button, Card, Group, Select, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { useAsync } from '../lib/use-async';
import { ErrorAlert } from './States';

interface AssignPanelProps {
  caseId: string;
  assignee?: { id: string; name: string };
  onDone: (message: string) => void;
}

/** The agency head's (or the secretariat's) choice of the one officer of the agency who handles the case. */
export function AssignPanel({ caseId, assignee, onDone }: AssignPanelProps) {
  const { t } = useTranslation();
  const candidates = useAsync(() => unwrap(api.GET('/api/v1/cases/{id}/assignees', { params: { path: { id: caseId } } })), [caseId]);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const act = async (userId: string | null) => {
    setBusy(true);
    setError(undefined);
    try {
      if (userId) {
        await unwrap(api.POST('/api/v1/cases/{id}/assign', { params: { path: { id: caseId } }, body: { userId } }));
        onDone(t('case.assigned', { name: candidates.data?.find((c) => c.id === userId)?.name ?? '' }));
      } else {
        await unwrap(api.POST('/api/v1/cases/{id}/unassign', { params: { path: { id: caseId } }, body: {} }));
        onDone(t('case.unassigned'));
      }
      setChoice(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('case.assignee')}
      </Title>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('case.assignTo')}
          placeholder={assignee?.name ?? t('case.nobody')}
          data={(candidates.data ?? []).filter((c) => c.id !== assignee?.id).map((c) => ({ value: c.id, label: c.name }))}
          value={choice}
          onChange={setChoice}
          searchable
          style={{ flex: '1 1 200px' }}
        />
        <Button disabled={!choice} loading={busy} onClick={() => void act(choice)}>
          {t('case.assign')}
        </Button>
        {assignee && (
          <Button variant="subtle" color="orange" loading={busy} onClick={() => void act(null)}>
            {t('case.unassign')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error ?? candidates.error} />
    </Card>
  );
}
