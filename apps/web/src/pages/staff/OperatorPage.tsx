import { OPEN_STATUSES, OPERATOR_CHANNELS } from '@hotline/contracts';
import { Alert, Card, Checkbox, CopyButton, Grid, Group, Button, Kbd, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { KINDS } from '../../components/CaseForm';
import { SimilarList, type SimilarCase } from '../../components/Duplicates';
import { CaseSubjectFields } from '../../components/CaseSubjectFields';
import { ErrorAlert } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../lib/format';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import { isDenunciation, VN_PHONE } from '../../lib/validation';
import { CaseLink } from '../../components/CaseLink';
import { RoutingSuggestions } from '../../components/RoutingSuggestions';
import { type LatLng, LocationPicker } from '../../map/LocationPicker';

const blank = {
  phone: '',
  name: '',
  kind: 'feedback',
  categoryCode: null as string | null,
  areaCode: null as string | null,
  location: null as LatLng | null,
  accusedAgencyCode: null as string | null,
  title: '',
  description: '',
  urgent: false,
  channel: 'hotline',
  // What the caller said after the operator read the short notice: both start unticked.
  consentHandling: false,
  consentContact: false,
};

/** The longest word of the title: enough to find open cases about the same thing while the operator types. */
const keyword = (title: string) =>
  title
    .split(/\s+/)
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)[0] ?? '';

type MiniCase = { id: string; trackingCode: string; title: string; status: string; receivedAt: string };

function MiniList({ items, action }: { items: MiniCase[]; action?: (c: MiniCase) => React.ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={6}>
      {items.map((c) => (
        <div key={c.id}>
          <Group gap={6} wrap="nowrap">
            <CaseLink kase={c} size="sm" tabIndex={-1} />
            <StatusBadge status={c.status} />
          </Group>
          <Text size="sm" lineClamp={2}>
            {c.title}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDate(c.receivedAt, i18n.language)}
          </Text>
          {action?.(c)}
        </div>
      ))}
    </Stack>
  );
}

/** Keyboard first: the phone field has the focus, Tab walks the form in order, Ctrl+Enter saves and starts the next call. */
export function OperatorPage() {
  const { t } = useTranslation();
  const reference = useAsync(referenceData, []);
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ code: string; pin: string; duplicates: SimilarCase[] }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const set = (key: keyof typeof blank, value: unknown) => setV((s) => ({ ...s, [key]: value }));
  const [added, setAdded] = useState<{ code: string; coSigners: number }>();

  /**
   * The caller raises a matter an open case already holds: they are added to it (co-signer; follower too when they
   * agreed to be contacted, on a public case) instead of a new case, with the consent ticked below.
   */
  const addCaller = async (kase: MiniCase) => {
    const found: Record<string, string> = {};
    if (!VN_PHONE.test(v.phone.trim())) found['citizen.phone'] = t('callers.needsPhone');
    if (!v.consentHandling) found['consent.handling'] = t('callers.needsPhone');
    setErrors(found);
    if (Object.keys(found).length) return;
    setError(undefined);
    try {
      const done = await unwrap(
        api.POST('/api/v1/hotline/cases/{id}/callers', {
          params: { path: { id: kase.id } },
          body: { phone: v.phone.trim(), coSign: true, follow: v.consentContact, consent: v.consentHandling },
        }),
      );
      setAdded({ code: done.trackingCode, coSigners: done.coSigners });
      setSaved(undefined);
      setV(blank);
      phoneRef.current?.focus();
    } catch (e) {
      setError(e);
    }
  };

  const [phone] = useDebouncedValue(v.phone.replace(/[ .-]/g, ''), 300);
  const earlier = useAsync(
    async () =>
      VN_PHONE.test(phone) ? (await unwrap(api.GET('/api/v1/cases', { params: { query: { phone, pageSize: 10 } } }))).items : null,
    [phone],
  );
  const [word] = useDebouncedValue(keyword(v.title), 400);
  const similar = useAsync(
    async () =>
      v.areaCode && word
        ? (
            await unwrap(
              api.GET('/api/v1/cases', { params: { query: { area: v.areaCode, q: word, status: [...OPEN_STATUSES], pageSize: 5 } } }),
            )
          ).items
        : null,
    [v.areaCode, word],
  );

  // The agencies the routing model suggests for what is typed so far (nothing is stored): a hint for the operator.
  const [draft] = useDebouncedValue(`${v.title} ${v.description}`.trim(), 500);
  const suggestions = useAsync(
    async () =>
      draft.length >= 5
        ? (
            await unwrap(
              api.POST('/api/v1/routing-suggestions/preview', {
                body: {
                  text: draft,
                  kind: v.kind as 'feedback',
                  channel: v.channel as 'hotline',
                  ...(v.categoryCode ? { categoryCode: v.categoryCode } : {}),
                  ...(v.areaCode ? { areaCode: v.areaCode } : {}),
                },
              }),
            )
          ).suggestions
        : null,
    [draft, v.kind, v.channel, v.categoryCode, v.areaCode],
  );

  const save = async () => {
    const found: Record<string, string> = {};
    if (v.phone.trim() && !VN_PHONE.test(v.phone.trim())) found['citizen.phone'] = t('validation.phone');
    if (v.title.trim().length < 5) found.title = t('validation.titleLength');
    if (v.description.trim().length < 10) found.description = t('validation.descriptionLength');
    if (!v.consentHandling) found['consent.handling'] = t('consent.operatorRequired');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const anonymous = !v.name.trim();
      const receipt = await unwrap(
        api.POST('/api/v1/hotline/cases', {
          body: {
            kind: v.kind as 'feedback',
            title: v.title.trim(),
            description: v.description.trim(),
            ...(v.categoryCode ? { categoryCode: v.categoryCode } : {}),
            ...(v.areaCode ? { areaCode: v.areaCode } : {}),
            ...(v.location ? { location: v.location } : {}),
            ...(isDenunciation(v.kind) && v.accusedAgencyCode ? { accusedAgencyCode: v.accusedAgencyCode } : {}),
            anonymous,
            public: false,
            ...(anonymous ? {} : { citizen: { name: v.name.trim(), ...(v.phone.trim() ? { phone: v.phone.trim() } : {}) } }),
            channel: v.channel as 'hotline',
            priority: v.urgent ? 'urgent' : 'normal',
            consent: { handling: v.consentHandling, contact: v.consentContact, publication: false },
          },
        }),
      );
      setSaved({ code: receipt.trackingCode, pin: receipt.pin, duplicates: receipt.possibleDuplicates ?? [] });
      setAdded(undefined);
      setV(blank);
      phoneRef.current?.focus();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('operator.heading')}</Title>
        <Text size="sm" c="dimmed">
          <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> — {t('operator.shortcut')}
        </Text>
      </Group>
      {saved && (
        <Alert color="teal" role="status" data-testid="operator-saved">
          <Group gap="xs">
            <Text>{t('operator.saved', { code: saved.code, pin: saved.pin })}</Text>
            <CopyButton value={t('operator.readOut', { code: saved.code, pin: saved.pin })}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="light" onClick={copy}>
                  {copied ? t('operator.copied') : t('operator.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              size="compact-xs"
              variant="light"
              component="a"
              href={`/api/v1/cases/track/${saved.code}/receipt.pdf?key=${saved.pin}`}
              target="_blank"
            >
              {t('receipt.print')}
            </Button>
          </Group>
        </Alert>
      )}
      {added && (
        <Alert color="teal" role="status" data-testid="caller-added">
          {t('callers.added', { code: added.code, count: added.coSigners })}
        </Alert>
      )}
      {saved && saved.duplicates.length > 0 && (
        <Alert color="orange" variant="light" title={t('duplicates.possible')} data-testid="possible-duplicates">
          <SimilarList items={saved.duplicates} />
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            onKeyDown={onKeyDown}
            aria-label={t('operator.heading')}
          >
            <Stack gap="sm">
              <Group grow align="flex-start">
                <TextInput
                  ref={phoneRef}
                  label={t('field.phone')}
                  type="tel"
                  autoFocus
                  value={v.phone}
                  onChange={(e) => set('phone', e.currentTarget.value)}
                  error={errors['citizen.phone']}
                />
                <TextInput
                  label={t('operator.caller')}
                  value={v.name}
                  onChange={(e) => set('name', e.currentTarget.value)}
                  error={errors['citizen.name']}
                />
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={t('field.kind')}
                  data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                  value={v.kind}
                  onChange={(x) => set('kind', x ?? 'feedback')}
                  allowDeselect={false}
                />
                <Select
                  label={t('field.channel')}
                  data={OPERATOR_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                  value={v.channel}
                  onChange={(x) => set('channel', x ?? 'hotline')}
                  allowDeselect={false}
                />
              </Group>
              <CaseSubjectFields
                values={v}
                set={set}
                error={(field) => errors[field]}
                categories={reference.data?.categories}
                areas={reference.data?.areas}
                agencies={reference.data?.agencies}
                descriptionRows={3}
              />
              <LocationPicker
                value={v.location}
                error={errors.location}
                onChange={(location, placement) => {
                  set('location', location);
                  if (placement?.areaCode) set('areaCode', placement.areaCode);
                }}
              />
              <Checkbox label={t('field.priorityUrgent')} checked={v.urgent} onChange={(e) => set('urgent', e.currentTarget.checked)} />
              <Checkbox
                label={t('consent.operatorHandling')}
                checked={v.consentHandling}
                onChange={(e) => set('consentHandling', e.currentTarget.checked)}
                error={errors['consent.handling']}
                aria-invalid={!!errors['consent.handling']}
              />
              <Checkbox
                label={t('consent.operatorContact')}
                checked={v.consentContact}
                onChange={(e) => set('consentContact', e.currentTarget.checked)}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  {t('operator.button')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Card withBorder aria-live="polite" data-testid="earlier-cases">
              <Title order={3} size="h5" mb="xs">
                {t('operator.earlier')}
              </Title>
              {earlier.data === null || earlier.data === undefined ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : earlier.data.length ? (
                <MiniList items={earlier.data} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('operator.noEarlier')}
                </Text>
              )}
            </Card>
            <Card withBorder aria-live="polite" data-testid="similar-cases">
              <Title order={3} size="h5" mb="xs">
                {t('operator.similar')}
              </Title>
              {similar.data === null || similar.data === undefined ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : similar.data.length ? (
                <MiniList
                  items={similar.data}
                  action={(c) => (
                    <Button size="compact-xs" variant="light" mt={4} onClick={() => void addCaller(c)} data-testid="add-caller">
                      {t('callers.add')}
                    </Button>
                  )}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('operator.noSimilar')}
                </Text>
              )}
            </Card>
            <Card withBorder aria-live="polite" data-testid="operator-suggestions">
              <Title order={3} size="h5" mb="xs">
                {t('learning.operatorHint')}
              </Title>
              {suggestions.data ? (
                <RoutingSuggestions suggestions={suggestions.data} />
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
