import { CaseKind } from '@hotline/contracts';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Select,
  Spoiler,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, type CaseFormValues, type FormErrors, isDenunciation, validateCase } from '../lib/validation';
import { LocationPicker } from '../map/LocationPicker';
import { CaseSubjectFields } from './CaseSubjectFields';
import { PhotoLocation } from './PhotoLocation';
import type { RefItem } from './RefSelect';
import { ErrorAlert } from './States';

export const KINDS = Object.values(CaseKind);

export const emptyCase = (): CaseFormValues => ({
  kind: 'feedback',
  categoryCode: null,
  areaCode: null,
  accusedAgencyCode: null,
  title: '',
  description: '',
  address: '',
  location: null,
  anonymous: false,
  public: false,
  name: '',
  phone: '',
  email: '',
  preferredChannel: '',
  website: '',
  files: [],
  consentHandling: false,
  consentContact: false,
  noticeVersion: null,
});

interface Props {
  categories: RefItem[] | undefined;
  areas: RefItem[] | undefined;
  /** For a denunciation's accused agency. */
  agencies: RefItem[] | undefined;
  /** Field messages from the server (`details[].field` → message), shown next to the fields. */
  serverErrors?: Record<string, string>;
  submitting?: boolean;
  /** A refusal of the whole submission (429, 503, network), shown next to the button. */
  submitError?: unknown;
  onSubmit: (values: CaseFormValues) => void;
  /** The privacy notice shown above the consent boxes (GET /api/v1/privacy/notice); its version goes with the consent. */
  notice?: { version: number; textVi: string; textEn: string };
}

/** The citizen's form: client-side checks first, then the server's messages next to the same fields. */
export function CaseForm({ categories, areas, agencies, serverErrors = {}, submitting, submitError, onSubmit, notice }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<CaseFormValues>(emptyCase);
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (notice) setValues((v) => ({ ...v, noticeVersion: notice.version }));
  }, [notice]);
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const message = (field: string) => {
    const own = errors[field];
    return own ? t(own.key, own.params) : serverErrors[field];
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateCase(values);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onSubmit(values);
  };
  const hasErrors = Object.keys(errors).length > 0 || Object.keys(serverErrors).length > 0;
  // After each attempt (and each answer of the server naming fields) the first invalid field takes the focus, on screen.
  useEffect(() => {
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    first.focus({ preventScroll: true });
    first.scrollIntoView?.({ block: 'center' });
  }, [attempt, serverErrors]);

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('submit.heading')}>
      <Stack gap="md">
        <Select
          label={t('field.kind')}
          required
          data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={values.kind}
          onChange={(v) => set('kind', v ?? '')}
          error={message('kind')}
          allowDeselect={false}
        />
        <CaseSubjectFields
          values={values}
          set={set}
          error={message}
          categories={categories}
          areas={areas}
          agencies={agencies}
          titleMaxLength={200}
          descriptionRows={4}
        />
        <LocationPicker
          value={values.location}
          error={message('location')}
          onChange={(location, placement) => {
            set('location', location);
            if (placement?.areaCode) set('areaCode', placement.areaCode);
          }}
        />
        <TextInput
          label={t('field.address')}
          value={values.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          error={message('address')}
        />
        <FileInput
          label={t('field.attachments')}
          description={t('field.attachmentsHint')}
          multiple
          clearable
          accept={ATTACHMENT_TYPES.join(',')}
          value={values.files}
          onChange={(files) => set('files', files)}
          error={message('files')}
        />
        <PhotoLocation files={values.files} value={values.location} onChange={(point) => set('location', point)} />
        <Title order={2} size="h4">
          {t('submit.contact')}
        </Title>
        <Checkbox label={t('field.anonymous')} checked={values.anonymous} onChange={(e) => set('anonymous', e.currentTarget.checked)} />
        {!values.anonymous && (
          <>
            <TextInput
              label={t('field.name')}
              required
              autoComplete="name"
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={message('citizen.name')}
            />
            <TextInput
              label={t('field.phone')}
              type="tel"
              autoComplete="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={message('citizen.phone')}
            />
            <TextInput
              label={t('field.email')}
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={message('citizen.email')}
            />
            <Select
              label={t('notices.preferred')}
              data={[
                { value: '', label: t('notices.preferredAuto') },
                { value: 'email', label: t('notices.channel.email') },
                { value: 'sms', label: t('notices.channel.sms') },
                { value: 'zalo', label: t('notices.channel.zalo') },
              ]}
              value={values.preferredChannel}
              onChange={(value) => set('preferredChannel', (value ?? '') as CaseFormValues['preferredChannel'])}
              allowDeselect={false}
              error={message('citizen.preferredChannel')}
            />
          </>
        )}
        {!isDenunciation(values.kind) && (
          <Checkbox label={t('field.public')} checked={values.public} onChange={(e) => set('public', e.currentTarget.checked)} />
        )}
        <Title order={2} size="h4">
          {t('consent.heading')}
        </Title>
        {notice && (
          <Spoiler maxHeight={60} showLabel="…" hideLabel="▲">
            <Text size="sm" c="dimmed" data-testid="privacy-notice">
              {t('consent.notice', { version: notice.version })}: {i18n.language === 'en' ? notice.textEn : notice.textVi}
            </Text>
          </Spoiler>
        )}
        {/* Silence is not consent: both boxes start unticked. */}
        <Checkbox
          label={t('consent.handling')}
          checked={values.consentHandling}
          onChange={(e) => set('consentHandling', e.currentTarget.checked)}
          error={message('consent.handling')}
          aria-invalid={!!message('consent.handling')}
        />
        {!values.anonymous && (
          <Checkbox
            label={t('consent.contact')}
            checked={values.consentContact}
            onChange={(e) => set('consentContact', e.currentTarget.checked)}
          />
        )}
        <Anchor href="/privacy" size="sm">
          {t('consent.rightsLink')}
        </Anchor>
        {/* Honeypot: people never see or reach it; bots that fill every field are answered but not stored. */}
        <VisuallyHidden aria-hidden="true">
          <label>
            {t('field.website')}
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(e) => set('website', e.currentTarget.value)}
            />
          </label>
        </VisuallyHidden>
        <Stack gap="xs">
          {hasErrors && (
            <Alert color="red" role="alert" data-testid="submit-error">
              {t('validation.fixAbove')}
            </Alert>
          )}
          {!hasErrors && <ErrorAlert error={submitError} data-testid="submit-error" />}
          <Group>
            <Button type="submit" loading={submitting} size="md">
              {t('submit.button')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </form>
  );
}
