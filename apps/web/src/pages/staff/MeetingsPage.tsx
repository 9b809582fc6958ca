import { roleMay } from '@hotline/contracts';
import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { useAuth } from '../../auth';
import { RefSelect } from '../../components/RefSelect';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { formatDate, localDate } from '../../lib/format';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import type { components } from '../../api/schema';
import { TableScroll } from '../../components/TableScroll';
import { DateField } from '../../components/DateField';

export type SessionOption = components['schemas']['CouncilSessionDto'];

/** Council sessions for the picker; an operator may not list them (403), then the picker says so. */
export const loadSessions = (): Promise<SessionOption[] | null> =>
  unwrap(api.GET('/api/v1/council/sessions')).then(
    (s) => s,
    () => null,
  );

const blank = () => ({
  heldOn: localDate(new Date()),
  place: '',
  areaCode: null as string | null,
  members: [] as string[],
  sessionId: null as string | null,
  notes: '',
});

function MeetingForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useAsync(referenceData, []);
  const sessions = useAsync(loadSessions, []);
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ReturnType<typeof blank>>(key: K, value: ReturnType<typeof blank>[K]) =>
    setV((s) => ({ ...s, [key]: value }));

  const save = async () => {
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.heldOn)) found.heldOn = t('meetings.validation.heldOn');
    if (v.place.trim().length < 2 || v.place.trim().length > 300) found.place = t('meetings.validation.place');
    if (!v.areaCode) found.areaCode = t('meetings.validation.area');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const meeting = await unwrap(
        api.POST('/api/v1/voter-meetings', {
          body: {
            heldOn: v.heldOn,
            place: v.place.trim(),
            areaCode: v.areaCode!,
            membersPresent: v.members.map((m) => m.trim()).filter(Boolean),
            ...(v.sessionId ? { councilSessionId: v.sessionId } : {}),
            ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
          },
        }),
      );
      navigate(`/staff/meetings/${meeting.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const sessionData = (sessions.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.sessionDate})` }));
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-label={t('meetings.record')}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('meetings.record')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <DateField
              label={t('meetings.heldOn')}
              required
              value={v.heldOn}
              onChange={(x) => set('heldOn', x)}
              error={errors.heldOn}
              miw={160}
            />
            <RefSelect
              label={t('meetings.area')}
              placeholder={t('field.areaPlaceholder')}
              required
              items={reference.data?.areas}
              value={v.areaCode}
              onChange={(x) => set('areaCode', x)}
              error={errors.areaCode}
              miw={200}
            />
          </Group>
          <TextInput
            label={t('meetings.place')}
            required
            value={v.place}
            onChange={(e) => set('place', e.currentTarget.value)}
            error={errors.place}
            autoFocus
          />
          <TagsInput
            label={t('meetings.members')}
            description={t('meetings.membersHint')}
            value={v.members}
            onChange={(x) => set('members', x)}
            error={errors.membersPresent}
            clearable
          />
          {sessions.data === null ? (
            <Text size="sm" c="dimmed">
              {t('meetings.session')}: {t('meetings.sessionUnavailable')}
            </Text>
          ) : (
            <Select
              label={t('meetings.session')}
              placeholder={t('meetings.sessionNone')}
              data={sessionData}
              value={v.sessionId}
              onChange={(x) => set('sessionId', x)}
              clearable
              searchable
              error={errors.councilSessionId}
            />
          )}
          <Textarea
            label={t('meetings.notes')}
            autosize
            minRows={2}
            value={v.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={errors.notes}
          />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('meetings.save')}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Voter meetings, newest first; operators, the council office and admins record them, council members read them. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const canRecord = roleMay('recordMeetings', user?.role);
  const [recording, setRecording] = useState(false);
  const list = useAsync(() => unwrap(api.GET('/api/v1/voter-meetings')), []);

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('meetings.heading')}</Title>
          <Text size="sm" c="dimmed">
            {t('meetings.intro')}
          </Text>
        </div>
        {canRecord ? (
          !recording && <Button onClick={() => setRecording(true)}>{t('meetings.record')}</Button>
        ) : (
          <Badge color="gray">{t('meetings.readOnly')}</Badge>
        )}
      </Group>
      {recording && <MeetingForm onCancel={() => setRecording(false)} />}
      <ErrorAlert error={list.error} />
      {list.loading ? (
        <Loading />
      ) : list.data && list.data.length === 0 ? (
        <Empty>{t('meetings.empty')}</Empty>
      ) : (
        list.data && (
          <TableScroll label={t('meetings.heading')}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meetings.heldOn')}</Table.Th>
                  <Table.Th>{t('meetings.place')}</Table.Th>
                  <Table.Th>{t('meetings.area')}</Table.Th>
                  <Table.Th>{t('meetings.petitions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/staff/meetings/${m.id}`}>
                        {formatDate(`${m.heldOn}T12:00:00+07:00`, i18n.language)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {m.place}
                      </Text>
                      {m.membersPresent.length > 0 && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {m.membersPresent.join(', ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.areaName}</Table.Td>
                    <Table.Td>{t('meetings.count', { count: m.petitionCount })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )
      )}
    </Stack>
  );
}
