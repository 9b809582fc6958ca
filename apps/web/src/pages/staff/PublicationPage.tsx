import { applyMasks, PERSONAL_DATA_KINDS, PersonalDataKind } from '@hotline/contracts';
import { Alert, Button, Card, Checkbox, Grid, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorAlert, Loading } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

type Field = 'title' | 'answer';
type Proposal = components['schemas']['TextProposalDto'];
const FIELDS: Field[] = ['title', 'answer'];

/**
 * Redaction review before publication: the detector's findings in the title and the answer, each a mask staff keep or
 * drop; the text to publish follows the kept masks until staff edit it by hand; a decision on every attachment.
 */
export function PublicationPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'vi' | 'en';
  const { id = '' } = useParams();
  const [tick, setTick] = useState(0);
  const review = useAsync(() => unwrap(api.GET('/api/v1/cases/{id}/publication', { params: { path: { id } } })), [id, tick]);
  const [kept, setKept] = useState<Record<Field, boolean[]>>({ title: [], answer: [] });
  const [texts, setTexts] = useState<Record<Field, string>>({ title: '', answer: '' });
  const [edited, setEdited] = useState<Record<Field, boolean>>({ title: false, answer: false });
  const [decisions, setDecisions] = useState<Record<string, boolean | undefined>>({});
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const data = review.data;
    if (!data) return;
    setKept({ title: data.title.found.map(() => true), answer: data.answer.found.map(() => true) });
    setTexts({ title: data.publication?.title ?? data.title.proposed, answer: data.publication?.answer ?? data.answer.proposed });
    setEdited({ title: false, answer: false });
    setDecisions(Object.fromEntries(data.attachments.map((a) => [a.id, a.published])));
  }, [review.data]);

  if (review.loading && !review.data) return <Loading />;
  if (!review.data) return <ErrorAlert error={review.error} />;
  const data = review.data;
  const proposalOf = (field: Field): Proposal => data[field];
  const keptSpans = (field: Field, keep = kept[field]) =>
    proposalOf(field).found.filter((_, i) => keep[i] !== false) as { kind: PersonalDataKind; start: number; end: number }[];

  const sliceOf = (field: Field, span: { start: number; end: number }) => proposalOf(field).original.slice(span.start, span.end);
  const toggle = (field: Field, index: number, value: boolean) => {
    const next = { ...kept, [field]: kept[field].map((k, i) => (i === index ? value : k)) };
    setKept(next);
    if (!edited[field]) setTexts((x) => ({ ...x, [field]: applyMasks(proposalOf(field).original, keptSpans(field, next[field])) }));
  };

  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        api.PUT('/api/v1/cases/{id}/publication', {
          params: { path: { id } },
          body: {
            title: texts.title,
            answer: texts.answer,
            masks: FIELDS.flatMap((field) => keptSpans(field).map((span) => ({ ...span, field }))),
            attachments: data.attachments.map((a) => ({ id: a.id, publish: decisions[a.id] ?? false })),
          },
        }),
      );
      setDone(true);
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const undecided = data.attachments.some((a) => decisions[a.id] === undefined);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('publication.heading')}</Title>
        <Button component={Link} to={`/staff/cases/${id}`} variant="subtle">
          {t('publication.back')}
        </Button>
      </Group>
      {done && (
        <Alert color="teal" role="status">
          {t('publication.done')}
        </Alert>
      )}
      {!data.publishable && <Alert color="yellow">{t('publication.notPublishable')}</Alert>}
      {data.publication && (
        <Text size="sm" c="dimmed">
          {t('publication.current', { at: formatDateTime(data.publication.publishedAt, lang), by: data.publication.publishedBy ?? '—' })}
        </Text>
      )}
      <Text size="sm">{t('publication.help')}</Text>
      {FIELDS.map((field) => (
        <Card withBorder key={field} data-testid={`redaction-${field}`}>
          <Title order={3} size="h4" mb="xs">
            {t(`publication.${field}`)}
          </Title>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Text size="sm" fw={600}>
                {t('publication.original')}
              </Text>
              <Text size="sm" className="pre-wrap">
                {proposalOf(field).original}
              </Text>
              <Text size="sm" fw={600} mt="sm">
                {t('publication.found')}
              </Text>
              {proposalOf(field).found.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('publication.none')}
                </Text>
              ) : (
                <Stack gap={4}>
                  {proposalOf(field).found.map((span, i) => (
                    <Checkbox
                      key={`${span.start}-${span.end}`}
                      checked={kept[field][i] !== false}
                      onChange={(e) => toggle(field, i, e.currentTarget.checked)}
                      label={`${PERSONAL_DATA_KINDS[span.kind as PersonalDataKind][lang]}: ${sliceOf(field, span)}`}
                    />
                  ))}
                </Stack>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label={t('publication.toPublish')}
                autosize
                minRows={field === 'title' ? 1 : 4}
                value={texts[field]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTexts((x) => ({ ...x, [field]: value }));
                  setEdited((x) => ({ ...x, [field]: true }));
                }}
              />
            </Grid.Col>
          </Grid>
        </Card>
      ))}
      {data.attachments.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('publication.attachments')}
          </Title>
          <Stack gap="xs">
            {data.attachments.map((a) => (
              <Radio.Group
                key={a.id}
                label={a.fileName}
                value={decisions[a.id] === undefined ? null : decisions[a.id] ? 'publish' : 'withhold'}
                onChange={(v) => setDecisions((d) => ({ ...d, [a.id]: v === 'publish' }))}
              >
                <Group mt={4}>
                  <Radio value="publish" label={t('publication.publishFile')} />
                  <Radio value="withhold" label={t('publication.withholdFile')} />
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        </Card>
      )}
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={() => void publish()} loading={busy} disabled={!data.publishable || undecided}>
          {t('publication.publish')}
        </Button>
      </Group>
    </Stack>
  );
}
