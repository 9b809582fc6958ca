import { answerWarnings, CaseStatus, isTerminalStatus, roleMay } from '@hotline/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, download, fieldMessage, formData, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth';
import { AssignPanel } from '../../components/AssignPanel';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { MergeLinks, SimilarCasesPanel } from '../../components/Duplicates';
import { RefSelect } from '../../components/RefSelect';
import { ErrorAlert, Loading } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime, refName } from '../../lib/format';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import { sentence } from '../../lib/text';
import { ATTACHMENT_TYPES } from '../../lib/validation';
import { TableScroll } from '../../components/TableScroll';
import { Thumbnail } from '../../components/Thumbnail';

type Action =
  | 'accept'
  | 'start'
  | 'return'
  | 'answer'
  | 'approve'
  | 'send_back'
  | 'return_answer'
  | 'publish'
  | 'extend'
  | 'request_info'
  | 'provide_info'
  | 'close'
  | 'reject'
  | 'route'
  | 'note';
/**
 * What each action sends: nothing, a reason (min 5), an answer (min 10; the head's approval starts from the draft), a
 * note, or an agency; `publish` opens the redaction review.
 */
const INPUT: Record<Action, 'none' | 'reason' | 'answer' | 'note' | 'agency' | 'page'> = {
  accept: 'none',
  start: 'none',
  provide_info: 'none',
  close: 'none',
  return: 'reason',
  extend: 'reason',
  request_info: 'reason',
  reject: 'reason',
  answer: 'answer',
  approve: 'answer',
  send_back: 'reason',
  return_answer: 'reason',
  publish: 'page',
  note: 'note',
  route: 'agency',
};
/** Each action through the typed client: its route and its body, as the API's document declares them (publishing has its own page). */
const SEND: Record<Exclude<Action, 'publish'>, (id: string, text: string, agencyCode: string, draft?: string) => Promise<unknown>> = {
  accept: (id) => unwrap(api.POST('/api/v1/cases/{id}/accept', { params: { path: { id } }, body: {} })),
  start: (id) => unwrap(api.POST('/api/v1/cases/{id}/start', { params: { path: { id } }, body: {} })),
  provide_info: (id) => unwrap(api.POST('/api/v1/cases/{id}/provide-info', { params: { path: { id } }, body: {} })),
  close: (id) => unwrap(api.POST('/api/v1/cases/{id}/close', { params: { path: { id } }, body: {} })),
  return: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/return', { params: { path: { id } }, body: { reason } })),
  extend: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/extend', { params: { path: { id } }, body: { reason } })),
  request_info: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/request-info', { params: { path: { id } }, body: { reason } })),
  reject: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/reject', { params: { path: { id } }, body: { reason } })),
  answer: (id, answer) => unwrap(api.POST('/api/v1/cases/{id}/answer', { params: { path: { id } }, body: { answer } })),
  // The head approves the draft as written (no body), or the text as edited.
  approve: (id, answer, _agency, draft) =>
    unwrap(api.POST('/api/v1/cases/{id}/approve', { params: { path: { id } }, body: answer === draft?.trim() ? {} : { answer } })),
  send_back: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/send-back', { params: { path: { id } }, body: { reason } })),
  return_answer: (id, reason) => unwrap(api.POST('/api/v1/cases/{id}/return-answer', { params: { path: { id } }, body: { reason } })),
  note: (id, note) => unwrap(api.POST('/api/v1/cases/{id}/notes', { params: { path: { id } }, body: { note } })),
  route: (id, note, agencyCode) => unwrap(api.POST('/api/v1/cases/{id}/route', { params: { path: { id } }, body: { agencyCode, note } })),
};
const ORDER: Action[] = [
  'accept',
  'start',
  'answer',
  'approve',
  'send_back',
  'return_answer',
  'publish',
  'extend',
  'request_info',
  'provide_info',
  'return',
  'route',
  'close',
  'reject',
  'note',
];

type Attachment = components['schemas']['AttachmentDto'];
type FilledTemplate = components['schemas']['FilledAnswerTemplateDto'];
/** The action dialog's field, when the API refuses it, says the rule the dialog checks before sending. */
const ACTION_HINTS = { reason: 'validation.reason', answer: 'validation.answer', note: 'validation.note' };

export function CasePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [tick, setTick] = useState(0);
  const detail = useAsync(async () => {
    const [kase, files] = await Promise.all([
      unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
      unwrap(api.GET('/api/v1/cases/{id}/attachments', { params: { path: { id } } })).catch((): Attachment[] => []),
    ]);
    return { kase, files };
  }, [id, tick]);
  const reference = useAsync(referenceData, []);
  const [open, setOpen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [agency, setAgency] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [template, setTemplate] = useState<FilledTemplate | null>(null);
  const templates = useAsync(
    async (): Promise<FilledTemplate[]> =>
      open === 'answer' ? unwrap(api.GET('/api/v1/cases/{id}/answer-templates', { params: { path: { id } } })) : [],
    [id, open],
  );
  // Following a link to another case (merged into / merged cases) keeps this component: forget the last case's message.
  useEffect(() => {
    setDone(undefined);
    setOpen(null);
  }, [id]);

  if (detail.loading && !detail.data) return <Loading />;
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  const { kase } = detail.data;
  const finished = isTerminalStatus(kase.status as CaseStatus);
  // The API lists what this user may do now (transitions and `extend`); only the internal note is a role's gate.
  const actions = ORDER.filter((a) => (a === 'note' ? roleMay('note', user?.role) : kase.availableActions.includes(a)));

  // Who took a step: the citizen and the system by their role (a citizen's comment is never under an agency's name),
  // staff by name and agency.
  const actorOf = (e: (typeof kase.events)[number]) =>
    e.actorType === 'citizen'
      ? t('case.actor.citizen')
      : e.actorType === 'system'
        ? t('case.actor.system')
        : [e.actorName ?? t('case.actor.staff'), e.agency && !e.actorName?.includes(e.agency) ? e.agency : ''].filter(Boolean).join(' · ');

  const choose = (action: Action) => {
    if (INPUT[action] === 'page') return navigate(`/staff/cases/${kase.id}/publication`);
    setOpen(open === action ? null : action);
    // The head approves the draft as written, or edits it first.
    setText(action === 'approve' ? (kase.answerDraft ?? '') : action === 'answer' ? (kase.answerDraft ?? '') : '');
    setTemplate(null);
    setFiles([]);
    setFieldError(undefined);
    setError(undefined);
    setDone(undefined);
  };

  const perform = async (action: Action, confirmed = false) => {
    const input = INPUT[action];
    const value = text.trim();
    if ((input === 'reason' || input === 'agency') && value.length < 5) return setFieldError(t('validation.reason'));
    if (input === 'answer' && value.length < 10) return setFieldError(t('validation.answer'));
    if (input === 'note' && value.length < 2) return setFieldError(t('validation.note'));
    // An answer goes to the citizen and cannot be taken back: it is sent only once confirmed.
    if (action === 'answer' && !confirmed) return setConfirming(true);
    setConfirming(false);
    setBusy(true);
    setError(undefined);
    try {
      if (action === 'answer' && files.length) {
        await unwrap(
          api.POST('/api/v1/cases/{id}/attachments', {
            params: { path: { id: kase.id } },
            body: { file: files },
            bodySerializer: formData,
          }),
        );
      }
      if (action !== 'publish') await SEND[action](kase.id, value, agency ?? '', kase.answerDraft ?? undefined);
      setOpen(null);
      if (action === 'return') {
        navigate('/staff/cases', { state: { message: t('case.returned') } });
        return;
      }
      setDone(t('case.done'));
      setTick((n) => n + 1);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setFieldError(fieldMessage(e.details[0], ACTION_HINTS));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const input = open ? INPUT[open] : 'none';
  // The same warnings the API reports (libs/contracts): what the picked template asks for, and unfilled fields.
  const staffFiles = detail.data.files.filter((f) => f.uploadedBy === 'staff').length + files.length;
  const warnings =
    open === 'answer' && text.trim().length > 0
      ? answerWarnings(
          text,
          template && { legalBasis: template.requiresLegalBasis, date: template.requiresDate, attachment: template.requiresAttachment },
          staffFiles,
        )
      : [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text className="mono" c="dimmed">
            {kase.trackingCode}
          </Text>
          <Title order={2}>{kase.title}</Title>
          <Group gap="xs" mt={4}>
            <StatusBadge status={kase.status} />
            <DeadlineBadge workingDaysLeft={kase.workingDaysLeft} dueAt={kase.dueAt} status={kase.status} />
            {kase.priority === 'urgent' && <Badge color="red">{t('field.priorityUrgent')}</Badge>}
          </Group>
        </div>
        <Button component="a" href={`/api/v1/cases/${kase.id}/sheet.pdf`} target="_blank" variant="light">
          {t('case.printSheet')}
        </Button>
      </Group>
      <MergeLinks mergedInto={kase.mergedInto} mergedCases={kase.mergedCases ?? []} />
      {done && (
        <Alert color="teal" role="status">
          {done}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">
                {t('case.details')}
              </Title>
              <Text size="sm">
                {t(`kind.${kase.kind}`)} · {t('field.category')}: {refName(kase.category, lang) || '—'} · {t('field.area')}:{' '}
                {refName(kase.area, lang) || '—'}
              </Text>
              <Text size="sm">
                {t('field.agency')}: {refName(kase.agency, lang) || '—'}
              </Text>
              {(kase.assignee || kase.availableActions.includes('assign')) && (
                <Text size="sm" data-testid="case-assignee">
                  {t('case.assignee')}: {kase.assignee?.name ?? t('case.nobody')}
                </Text>
              )}
              {kase.accusedAgency && (
                <Text size="sm">
                  {t('case.accusedAgency')}: {refName(kase.accusedAgency, lang)}
                </Text>
              )}
              {kase.address && (
                <Text size="sm">
                  {t('field.address')}: {kase.address}
                </Text>
              )}
              <Text mt="sm" className="pre-wrap">
                {kase.description}
              </Text>
              <Text size="sm" mt="sm" fw={600}>
                {t('case.citizen')}
              </Text>
              <Text size="sm">
                {kase.anonymous
                  ? t('case.anonymous')
                  : kase.citizen?.withheld
                    ? t('case.withheld')
                    : [kase.citizen?.name, kase.citizen?.phone, kase.citizen?.email].filter(Boolean).join(' · ')}
              </Text>
              {kase.answer && (
                <>
                  <Text size="sm" mt="sm" fw={600}>
                    {t('case.answer')}
                  </Text>
                  <Text size="sm" className="pre-wrap" data-testid="case-answer">
                    {kase.answer}
                  </Text>
                  {kase.publishedAt && (
                    <Badge mt={4} color="teal" variant="light">
                      {t('case.published', { at: formatDateTime(kase.publishedAt, lang) })}
                    </Badge>
                  )}
                </>
              )}
              {kase.answerDraft && (
                <>
                  <Text size="sm" mt="sm" fw={600}>
                    {t('case.draft')}
                  </Text>
                  <Text size="sm" className="pre-wrap" data-testid="case-draft">
                    {kase.answerDraft}
                  </Text>
                </>
              )}
            </Card>
            {detail.data.files.length > 0 && (
              <Card withBorder>
                <Title order={3} size="h4" mb="xs">
                  {t('case.files')}
                </Title>
                <List size="sm">
                  {detail.data.files.map((f) => (
                    <List.Item key={f.id}>
                      {f.thumbnail && <Thumbnail fileName={f.fileName} src={`/api/v1/cases/${kase.id}/attachments/${f.id}/thumbnail`} />}
                      <Anchor component="button" onClick={() => void download(`/api/v1/cases/${kase.id}/attachments/${f.id}`, f.fileName)}>
                        {f.fileName}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({Math.ceil(f.size / 1024)} KB, {f.uploadedBy})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Card>
            )}
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('case.history')}
              </Title>
              <Timeline active={kase.events.length} bulletSize={12} lineWidth={2}>
                {kase.events.map((e) => (
                  <Timeline.Item
                    key={e.id}
                    data-testid="history-entry"
                    title={e.toStatus ? t(`status.${e.toStatus}`) : t(`event.${e.type}`, { defaultValue: t('event.status_changed') })}
                  >
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.at, lang)} · {actorOf(e)}{' '}
                      {!e.visibleToCitizen && (
                        <Badge size="xs" color="gray">
                          {t('case.internal')}
                        </Badge>
                      )}
                    </Text>
                    {e.note && (
                      <Text size="sm" className="pre-wrap">
                        {e.note}
                      </Text>
                    )}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">
                {t('case.actions')}
              </Title>
              <Group gap="xs">
                {actions.map((a) => (
                  <Button
                    key={a}
                    size="sm"
                    variant={open === a ? 'filled' : 'light'}
                    color={a === 'return' || a === 'reject' ? 'orange' : undefined}
                    onClick={() => (INPUT[a] === 'none' ? void perform(a) : choose(a))}
                    loading={busy && open === null && INPUT[a] === 'none'}
                  >
                    {t(`case.action.${a}`)}
                  </Button>
                ))}
              </Group>
              {open && input !== 'none' && (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void perform(open);
                  }}
                >
                  <Stack mt="md" gap="xs">
                    {open === 'answer' && (templates.data?.length ?? 0) > 0 && (
                      <Select
                        label={t('case.template')}
                        placeholder={t('case.templatePlaceholder')}
                        data={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
                        value={template?.id ?? null}
                        onChange={(value) => {
                          const picked = templates.data?.find((tpl) => tpl.id === value) ?? null;
                          setTemplate(picked);
                          if (picked) setText(picked.filled);
                        }}
                        clearable
                      />
                    )}
                    {open === 'approve' && (
                      <Text size="sm" c="dimmed">
                        {t('case.approveHelp')}
                      </Text>
                    )}
                    {input === 'agency' && (
                      <RefSelect label={t('case.agency')} items={reference.data?.agencies} value={agency} onChange={setAgency} autoFocus />
                    )}
                    {input === 'agency' ? (
                      <Textarea
                        label={t('triage.reason')}
                        required
                        autosize
                        minRows={2}
                        value={text}
                        onChange={(e) => setText(e.currentTarget.value)}
                        error={fieldError}
                      />
                    ) : (
                      <Textarea
                        label={input === 'answer' ? t('case.answer') : input === 'note' ? t('case.note') : t('case.reason')}
                        autosize
                        minRows={3}
                        value={text}
                        onChange={(e) => setText(e.currentTarget.value)}
                        error={fieldError}
                        autoFocus
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                            e.preventDefault();
                            void perform(open);
                          }
                        }}
                      />
                    )}
                    {warnings.length > 0 && (
                      <Alert color="yellow" title={t('case.warningsTitle')} data-testid="answer-warnings">
                        <List size="sm">
                          {warnings.map((w) => (
                            <List.Item key={w}>{t(`case.warning.${w}`)}</List.Item>
                          ))}
                        </List>
                      </Alert>
                    )}
                    {open === 'answer' && (
                      <FileInput
                        label={t('case.answerFiles')}
                        multiple
                        clearable
                        accept={ATTACHMENT_TYPES.join(',')}
                        value={files}
                        onChange={setFiles}
                      />
                    )}
                    <Modal
                      opened={confirming && open === 'answer'}
                      onClose={() => setConfirming(false)}
                      title={t('case.confirmAnswerTitle')}
                      centered
                    >
                      <Text size="sm" mb="sm">
                        {t('case.confirmAnswer')}
                      </Text>
                      <Text size="sm" className="pre-wrap" mb="md" p="xs" bg="gray.0">
                        {text.trim()}
                      </Text>
                      <Group justify="flex-end">
                        <Button variant="default" onClick={() => setConfirming(false)}>
                          {t('case.keepEditing')}
                        </Button>
                        <Button loading={busy} onClick={() => void perform('answer', true)}>
                          {t('case.sendAnswer')}
                        </Button>
                      </Group>
                    </Modal>
                    <Group>
                      <Button type="submit" loading={busy}>
                        {t(`case.action.${open}`)}
                      </Button>
                      <Button variant="subtle" onClick={() => setOpen(null)}>
                        {t('common.cancel')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
              <ErrorAlert error={error} />
            </Card>
            {kase.availableActions.includes('assign') && (
              <AssignPanel
                caseId={kase.id}
                assignee={kase.assignee}
                onDone={(message) => {
                  setDone(message);
                  setTick((n) => n + 1);
                }}
              />
            )}
            {roleMay('findSimilar', user?.role) && !finished && (
              <SimilarCasesPanel
                key={`${kase.id}-${tick}`}
                caseId={kase.id}
                trackingCode={kase.trackingCode}
                canMerge={kase.availableActions.includes('merge')}
                onMerged={(code) => {
                  setDone(t('duplicates.merged', { code }));
                  setTick((n) => n + 1);
                }}
              />
            )}
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">
                {t('case.deadlines')}
              </Title>
              <TableScroll label={t('case.deadlines')} testId="deadlines">
                <Table>
                  <Table.Tbody>
                    {kase.deadlines.map((d) => (
                      <Table.Tr key={d.clock + d.startedAt}>
                        <Table.Td>
                          <Text size="sm" data-testid="clock-name" title={d.source}>
                            {sentence(t(`clock.${d.clock}`, d.clock))}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {d.status === 'running' ? (
                            <DeadlineBadge workingDaysLeft={d.workingDaysLeft} dueAt={d.dueAt} />
                          ) : (
                            <Badge variant="outline" color="gray">
                              {t(`deadlineStatus.${d.status}`, { defaultValue: t('deadlineStatus.met') })}
                            </Badge>
                          )}
                          <Text size="xs" c="dimmed">
                            {t('case.dueOn', { at: formatDateTime(d.dueAt, lang) })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                            {t('case.extensions', { used: d.extensions.length, allowed: d.extensionsAllowed })}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Card>
            {kase.notices && kase.notices.length > 0 && (
              <Card withBorder>
                <Title order={3} size="h4" mb="xs">
                  {t('notices.heading')}
                </Title>
                <Stack gap="xs" data-testid="notices">
                  {kase.notices.map((n) => (
                    <div key={`${n.template}-${n.createdAt}`}>
                      <Group gap="xs">
                        <Text size="sm">
                          {t(`notices.template.${n.template}`, n.template)} · {t(`notices.channel.${n.channel}`, n.channel)}
                        </Text>
                        <Badge variant="light" color={n.status === 'failed' ? 'red' : n.status === 'delivered' ? 'green' : 'gray'}>
                          {t(`notices.status.${n.status}`, n.status)}
                        </Badge>
                      </Group>
                      {n.status === 'failed' && n.lastError && (
                        <Text size="xs" c="red">
                          {n.lastError}
                        </Text>
                      )}
                    </div>
                  ))}
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
