import { Alert, Anchor, Badge, Button, Card, Container, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CitizenTimeline } from '../../components/CitizenTimeline';
import { StatusBadge } from '../../components/StatusBadge';
import { SupportCard } from '../../components/SupportCard';
import { ErrorAlert, Loading } from '../../components/States';
import { Thumbnail } from '../../components/Thumbnail';
import { formatDateTime, refName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

type Attachment = components['schemas']['AttachmentDto'];

export function TrackPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { code: routeCode } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(routeCode ?? '');
  const [key, setKey] = useState(params.get('key') ?? '');
  const [comment, setComment] = useState('');
  const [rated, setRated] = useState<'satisfied' | 'reopened' | null>(null);
  const [rateError, setRateError] = useState<unknown>();
  const [supported, setSupported] = useState(0);
  const activeKey = params.get('key') ?? '';

  const view = useAsync(async () => {
    if (!routeCode) return null;
    const query = activeKey ? { key: activeKey } : {};
    const [kase, files] = await Promise.all([
      unwrap(api.GET('/api/v1/cases/track/{trackingCode}', { params: { path: { trackingCode: routeCode }, query } })),
      unwrap(api.GET('/api/v1/cases/track/{trackingCode}/attachments', { params: { path: { trackingCode: routeCode }, query } })).catch(
        (): Attachment[] => [],
      ),
    ]);
    return { kase, files };
  }, [routeCode, activeKey, rated, supported]);

  const find = (event: React.FormEvent) => {
    event.preventDefault();
    setRated(null);
    navigate(`/track/${encodeURIComponent(code.trim().toUpperCase())}?key=${encodeURIComponent(key.trim())}`);
  };

  const rate = async (satisfied: boolean) => {
    setRateError(undefined);
    try {
      await unwrap(
        api.POST('/api/v1/cases/track/{trackingCode}/feedback', {
          params: { path: { trackingCode: routeCode! } },
          body: { satisfied, key: activeKey, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      );
      setRated(satisfied ? 'satisfied' : 'reopened');
    } catch (e) {
      setRateError(e);
    }
  };

  const kase = view.data?.kase;
  const notFound = view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 403);
  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="md">
        {t('track.heading')}
      </Title>
      <form onSubmit={find} aria-label={t('track.heading')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('field.trackingCode')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            required
            className="mono"
            style={{ flex: '1 1 160px' }}
          />
          <TextInput
            label={t('field.accessKey')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            // Wide enough for the 24-character key, a line of its own on a phone.
            style={{ flex: '1 1 270px' }}
          />
          <Button type="submit">{t('track.find')}</Button>
        </Group>
      </form>
      <Anchor component={Link} to="/my-cases" size="sm" mt="xs" display="inline-block" data-testid="my-cases-link">
        {t('myCases.link')}
      </Anchor>
      {routeCode && view.loading && <Loading />}
      {notFound ? (
        <Alert color="red" mt="md" role="alert">
          {t('track.notFound')}
        </Alert>
      ) : (
        <ErrorAlert error={view.error} />
      )}
      {kase && (
        <Stack mt="lg" gap="md">
          <Card withBorder>
            <Group justify="space-between" align="flex-start">
              <div>
                <Text className="mono" c="dimmed">
                  {kase.trackingCode}
                </Text>
                <Title order={3}>{kase.title}</Title>
              </div>
              <StatusBadge status={kase.status} />
            </Group>
            <Text size="sm" mt="xs">
              {t(`kind.${kase.kind}`)} · {refName(kase.category, lang)} · {refName(kase.area, lang)}
            </Text>
            {kase.agency && (
              <Text size="sm">
                {t('field.agency')}: {refName(kase.agency, lang)}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('track.receivedAt', { at: formatDateTime(kase.receivedAt, lang) })}
            </Text>
          </Card>
          {kase.answer && (
            <Card withBorder bg="teal.0" data-testid="answer">
              <Title order={4}>{t('track.answer')}</Title>
              <Text className="pre-wrap" mt="xs">
                {kase.answer}
              </Text>
              {kase.answeredAt && (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('track.answeredAt', { at: formatDateTime(kase.answeredAt, lang) })}
                </Text>
              )}
            </Card>
          )}
          {kase.public && (
            <SupportCard trackingCode={kase.trackingCode} coSigners={kase.coSigners} onChange={() => setSupported((n) => n + 1)} />
          )}
          {rated && (
            <Alert color={rated === 'satisfied' ? 'teal' : 'orange'} role="status">
              {rated === 'satisfied' ? t('track.thanks') : t('track.reopened')}
            </Alert>
          )}
          {kase.canRate && !rated && (
            <Card withBorder>
              <Title order={4} mb="xs">
                {t('track.rate')}
              </Title>
              <Textarea
                label={t('track.comment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                autosize
                minRows={2}
                mb="sm"
              />
              <Group>
                <Button color="teal" onClick={() => void rate(true)}>
                  {t('track.satisfied')}
                </Button>
                <Button color="orange" variant="light" onClick={() => void rate(false)}>
                  {t('track.notSatisfied')}
                </Button>
              </Group>
              <ErrorAlert error={rateError} />
            </Card>
          )}
          {view.data!.files.length > 0 && (
            <Card withBorder>
              <Title order={4} mb="xs">
                {t('track.files')}
              </Title>
              <List>
                {view.data!.files.map((f) => (
                  <List.Item key={f.id}>
                    {f.thumbnail && (
                      <Thumbnail
                        fileName={f.fileName}
                        src={`/api/v1/cases/track/${kase.trackingCode}/attachments/${f.id}/thumbnail?key=${encodeURIComponent(activeKey)}`}
                      />
                    )}
                    <Anchor href={`/api/v1/cases/track/${kase.trackingCode}/attachments/${f.id}?key=${encodeURIComponent(activeKey)}`}>
                      {f.fileName}
                    </Anchor>{' '}
                    <Badge size="xs" variant="outline">
                      {Math.ceil(f.size / 1024)} KB
                    </Badge>
                  </List.Item>
                ))}
              </List>
            </Card>
          )}
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('track.timeline')}
            </Title>
            <CitizenTimeline timeline={kase.timeline} />
          </Card>
        </Stack>
      )}
    </Container>
  );
}
