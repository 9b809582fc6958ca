import { roleMay } from '@hotline/contracts';
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { ImportBox } from '../../components/ImportBox';
import { PetitionGrid } from '../../components/PetitionGrid';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../lib/format';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import { loadSessions } from './MeetingsPage';
import { CaseLink } from '../../components/CaseLink';
import { TableScroll } from '../../components/TableScroll';

/** One voter meeting: what was recorded, its petitions followed as a group, and (for recorders) the grid and the import. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const canRecord = roleMay('recordMeetings', user?.role);
  const [tick, setTick] = useState(0);
  const detail = useAsync(() => unwrap(api.GET('/api/v1/voter-meetings/{id}', { params: { path: { id } } })), [id, tick]);
  const reference = useAsync(referenceData, []);
  const sessions = useAsync(loadSessions, []);
  const reload = () => setTick((n) => n + 1);

  if (detail.loading && !detail.data) return <Loading />;
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  // The document leaves nullable strings and the status counts untyped.
  const m = detail.data as Omit<typeof detail.data, 'councilSessionId' | 'notes' | 'byStatus'> & {
    councilSessionId: string | null;
    notes: string | null;
    byStatus: Record<string, number>;
  };
  const session = m.councilSessionId ? sessions.data?.find((s) => s.id === m.councilSessionId) : undefined;

  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/staff/meetings" size="sm">
          ← {t('meeting.back')}
        </Anchor>
        <Title order={2}>{m.place}</Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light">{formatDate(`${m.heldOn}T12:00:00+07:00`, i18n.language)}</Badge>
          <Badge variant="light" color="gray">
            {m.areaName}
          </Badge>
          <Badge variant="light" color="teal">
            {t('meetings.count', { count: m.petitionCount })}
          </Badge>
          {m.councilSessionId && (
            <Badge variant="outline">{t('meeting.session', { name: session?.name ?? m.councilSessionId.slice(0, 8) })}</Badge>
          )}
        </Group>
        {m.membersPresent.length > 0 && (
          <Text size="sm" mt={4}>
            {t('meetings.members')}: {m.membersPresent.join(', ')}
          </Text>
        )}
        {m.notes && (
          <Text size="sm" c="dimmed" className="pre-wrap">
            {m.notes}
          </Text>
        )}
      </div>

      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4">
            {t('meeting.petitionsHeading')}
          </Title>
          <Group gap={4}>
            {Object.entries(m.byStatus).map(([status, n]) => (
              <Group key={status} gap={2}>
                <StatusBadge status={status} />
                <Text size="xs">{n}</Text>
              </Group>
            ))}
          </Group>
        </Group>
        {m.petitions.length === 0 ? (
          <Empty>{t('meeting.noPetitions')}</Empty>
        ) : (
          <TableScroll label={t('meeting.petitionsHeading')}>
            <Table striped data-testid="meeting-petitions" style={{ minWidth: 560 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meeting.code')}</Table.Th>
                  <Table.Th>{t('meeting.title')}</Table.Th>
                  <Table.Th>{t('meeting.status')}</Table.Th>
                  <Table.Th>{t('meeting.agency')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.petitions.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <CaseLink kase={p} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.title}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`kind.${p.kind}`, p.kind)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.agencyName ?? '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>

      {canRecord && (
        <>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('meeting.gridHeading')}
            </Title>
            <PetitionGrid meetingId={m.id} categories={reference.data?.categories} onAdded={reload} />
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('meeting.importHeading')}
            </Title>
            <ImportBox meetingId={m.id} onFinished={reload} />
          </Card>
        </>
      )}
    </Stack>
  );
}
