import { Alert, Anchor, Badge, Button, Card, Checkbox, Container, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ConsentPurpose, ContactKind, PrivacyRequestKind } from '@hotline/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { ContactCodeRequest, OneTimeCodeInput, useContactCode } from '../../components/ContactCodeRequest';
import { ErrorAlert, Loading } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { useAction } from '../../lib/use-action';

const KINDS = Object.values(PrivacyRequestKind);
const OPTIONAL_PURPOSES = [ConsentPurpose.Publication, ConsentPurpose.Contact];

/**
 * The data subject's request (docs/personal-data.md): they prove control of the email or the phone of their cases with
 * a one-time code (by mail, or by SMS through the notifications), then ask to see, correct, withdraw a consent, erase or
 * restrict. Without an SMS channel the API answers sms_unavailable, whose translation tells them to call: staff file for them.
 */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const proof = useContactCode(ContactKind.Email);
  const { codeSent } = proof;
  const [kind, setKind] = useState<PrivacyRequestKind>(PrivacyRequestKind.Access);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [purposes, setPurposes] = useState<ConsentPurpose[]>([]);
  // The field is marked; the message is the code's translation (ErrorAlert), never the server's English. A legal
  // hold is no wrong value: the choice is fine, the law says not yet, and the alert says why.
  const action = useAction((e) => !(e instanceof ApiError && e.code === 'legal_hold'));
  const { busy, error, fieldErrors, run } = action;
  const [filed, setFiled] = useState<{ id: string; accessKey: string; acknowledgeDueAt: string; completeDueAt: string }>();

  const file = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const correction =
        kind === PrivacyRequestKind.Correction
          ? { ...(name.trim() ? { name: name.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}) }
          : undefined;
      const body = await unwrap(
        api.POST('/api/v1/privacy/requests', {
          body: {
            kind,
            contactKind: proof.kind,
            contact: proof.contact,
            code: proof.code,
            ...(correction ? { correction } : {}),
            ...(kind === PrivacyRequestKind.ConsentWithdrawal ? { purposes } : {}),
          },
        }),
      );
      setFiled({
        id: body.id,
        accessKey: body.accessKey,
        acknowledgeDueAt: String(body.acknowledgeDueAt),
        completeDueAt: String(body.completeDueAt),
      });
    });
  };

  if (filed) {
    const link = `/privacy/requests/${filed.id}?key=${encodeURIComponent(filed.accessKey)}`;
    return (
      <Container size="sm" px={0}>
        <Title order={2} mb="md">
          {t('privacy.heading')}
        </Title>
        <Alert color="green" data-testid="privacy-filed">
          {t('privacy.filed', {
            ack: formatDateTime(filed.acknowledgeDueAt, i18n.language),
            due: formatDateTime(filed.completeDueAt, i18n.language),
          })}
        </Alert>
        <Text mt="md">{t('privacy.keepKey')}</Text>
        <Anchor component={Link} to={link} data-testid="privacy-follow">
          {window.location.origin}
          {link}
        </Anchor>
      </Container>
    );
  }

  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="xs">
        {t('privacy.heading')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('privacy.intro')}
      </Text>
      <Stack>
        <ContactCodeRequest
          purpose={{ kind: 'privacy' }}
          messages="privacy"
          kinds={[ContactKind.Email, ContactKind.Phone]}
          {...proof.request}
          action={action}
          kindLabelled
          inline
        />
        {codeSent && (
          <Alert color="blue" data-testid="privacy-code-sent">
            {proof.kind === ContactKind.Phone ? t('privacy.codeSentSms') : t('privacy.codeSent')}
          </Alert>
        )}
        {codeSent && (
          <form onSubmit={file} noValidate aria-label={t('privacy.submit')}>
            <Stack>
              <OneTimeCodeInput label={t('privacy.code')} {...proof.codeInput} error={fieldErrors.code} />
              <Select
                label={t('privacy.kind')}
                data={KINDS.map((k) => ({ value: k, label: t(`privacy.kinds.${k}`) }))}
                value={kind}
                onChange={(v) => setKind((v as PrivacyRequestKind) ?? PrivacyRequestKind.Access)}
                allowDeselect={false}
                error={fieldErrors.kind}
              />
              {kind === PrivacyRequestKind.Correction && (
                <>
                  <TextInput label={t('privacy.newName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
                  <TextInput label={t('privacy.newPhone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
                </>
              )}
              {kind === PrivacyRequestKind.ConsentWithdrawal && (
                <Checkbox.Group label={t('privacy.purposes')} value={purposes} onChange={(v) => setPurposes(v as ConsentPurpose[])}>
                  <Group mt="xs">
                    {OPTIONAL_PURPOSES.map((p) => (
                      <Checkbox key={p} value={p} label={t(`privacy.purposeLabels.${p}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
              <Group>
                <Button type="submit" loading={busy}>
                  {t('privacy.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <ErrorAlert error={error} data-testid="privacy-error" />
      </Stack>
    </Container>
  );
}

/** The citizen follows their request with the key handed out when it was filed, and downloads the export once completed. */
export function PrivacyRequestPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const key = params.get('key') ?? '';
  const view = useAsync(
    () => unwrap(api.GET('/api/v1/privacy/requests/{id}', { params: { path: { id: id! }, query: { key } } })),
    [id, key],
  );
  const base = `/api/v1/privacy/requests/${id}/export?key=${encodeURIComponent(key)}`;
  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="md">
        {t('privacy.heading')}
      </Title>
      {view.loading && <Loading />}
      <ErrorAlert error={view.error} />
      {view.data && (
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>{t(`privacy.kinds.${view.data.kind}`)}</Text>
            <Group>
              <Text>{t('privacy.status')}:</Text>
              <Badge data-testid="privacy-status">{t(`privacy.statuses.${view.data.status}`)}</Badge>
            </Group>
            <Text size="sm">
              {t('privacy.filed', {
                ack: formatDateTime(String(view.data.acknowledgeDueAt), i18n.language),
                due: formatDateTime(String(view.data.completeDueAt), i18n.language),
              })}
            </Text>
            {view.data.refusalReason && <Alert color="orange">{view.data.refusalReason}</Alert>}
            {view.data.kind === 'access' && view.data.status === 'completed' && (
              <Group>
                <Anchor href={base} target="_blank" data-testid="privacy-download-json">
                  {t('privacy.download')}
                </Anchor>
                <Anchor href={`${base}&format=pdf`} target="_blank">
                  {t('privacy.downloadPdf')}
                </Anchor>
              </Group>
            )}
          </Stack>
        </Card>
      )}
    </Container>
  );
}
