import { Alert, Anchor, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { ContactKind } from '@hotline/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CitizenTimeline } from '../../components/CitizenTimeline';
import { ContactCodeRequest, OneTimeCodeInput, useContactCode } from '../../components/ContactCodeRequest';
import { StatusBadge } from '../../components/StatusBadge';
import { ErrorAlert } from '../../components/States';
import { formatDate, refName } from '../../lib/format';
import { useAction } from '../../lib/use-action';

type MyCase = components['schemas']['MyCaseDto'];
type CaseView = components['schemas']['TrackingViewDto'];

/**
 * "My cases" (issue #24 item 6): a one-time code to the phone (SMS) or the email given with the cases opens, for a short
 * session held only in this page's memory, the list of all of them; each opens in the citizen's view.
 */
export function MyCasesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const proof = useContactCode(ContactKind.Phone);
  const { codeSent } = proof;
  const [token, setToken] = useState<string>();
  const [cases, setCases] = useState<MyCase[]>();
  const [opened, setOpened] = useState<CaseView>();
  // An expired session goes back to asking for a code.
  const action = useAction((e) => {
    if (e instanceof ApiError && e.status === 401) {
      setToken(undefined);
      setCases(undefined);
      setOpened(undefined);
      proof.askAgain();
    }
  });
  const { busy, error, fieldErrors, run } = action;

  const openSession = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const session = await unwrap(
        api.POST('/api/v1/my-cases/sessions', { body: { contactKind: proof.kind, contact: proof.contact, code: proof.code } }),
      );
      const list = await unwrap(api.GET('/api/v1/my-cases', { params: { header: { 'X-My-Cases-Token': session.token } } }));
      setToken(session.token);
      setCases(list.cases);
      proof.setCode('');
    });
  };

  const openCase = (trackingCode: string) =>
    void run(async () => {
      setOpened(
        await unwrap(
          api.GET('/api/v1/my-cases/{trackingCode}', {
            params: { path: { trackingCode }, header: { 'X-My-Cases-Token': token! } },
          }),
        ),
      );
    });

  const leave = () => {
    setToken(undefined);
    setCases(undefined);
    setOpened(undefined);
    proof.reset();
  };

  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="xs">
        {t('myCases.heading')}
      </Title>
      {!cases && (
        <Stack>
          <Text c="dimmed">{t('myCases.intro')}</Text>
          <ContactCodeRequest
            purpose={{ kind: 'my-cases' }}
            messages="myCases"
            kinds={[ContactKind.Phone, ContactKind.Email]}
            {...proof.request}
            action={action}
          />
          {codeSent && (
            <Alert color="blue" data-testid="my-cases-code-sent">
              {t('myCases.codeSent')}
            </Alert>
          )}
          {codeSent && (
            <form onSubmit={openSession} noValidate aria-label={t('myCases.open')}>
              <Group align="end">
                <OneTimeCodeInput label={t('myCases.code')} {...proof.codeInput} error={fieldErrors.code} inline />
                <Button type="submit" loading={busy}>
                  {t('myCases.open')}
                </Button>
              </Group>
            </form>
          )}
        </Stack>
      )}
      {cases && !opened && (
        <Stack data-testid="my-cases-list">
          <Group justify="space-between">
            <Text c="dimmed">{t('myCases.count', { count: cases.length })}</Text>
            <Button variant="subtle" size="xs" onClick={leave}>
              {t('myCases.signOut')}
            </Button>
          </Group>
          {cases.length === 0 && <Alert>{t('myCases.none')}</Alert>}
          {cases.map((c) => (
            <Card key={c.trackingCode} withBorder data-testid="my-case" padding="sm">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Anchor component="button" type="button" className="mono" onClick={() => openCase(c.trackingCode)}>
                  {c.trackingCode}
                </Anchor>
                <StatusBadge status={c.status} />
              </Group>
              <Text fw={500} mt={4} style={{ overflowWrap: 'anywhere' }}>
                {c.title}
              </Text>
              <Text size="sm" c="dimmed">
                {t('myCases.receivedAt', { at: formatDate(c.receivedAt, lang) })}
                {c.dueAt ? ` · ${t('myCases.dueAt', { at: formatDate(c.dueAt, lang) })}` : ''}
                {c.answeredAt ? ` · ${t('myCases.answeredAt', { at: formatDate(c.answeredAt, lang) })}` : ''}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {opened && (
        <Stack data-testid="my-case-view">
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setOpened(undefined)}>
              {t('myCases.back')}
            </Button>
          </Group>
          <Card withBorder>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text className="mono" c="dimmed">
                {opened.trackingCode}
              </Text>
              <StatusBadge status={opened.status} />
            </Group>
            <Title order={3} style={{ overflowWrap: 'anywhere' }}>
              {opened.title}
            </Title>
            <Text size="sm" mt="xs">
              {t(`kind.${opened.kind}`)} · {refName(opened.category, lang)} · {refName(opened.area, lang)}
            </Text>
            {opened.agency && (
              <Text size="sm">
                {t('field.agency')}: {refName(opened.agency, lang)}
              </Text>
            )}
          </Card>
          {opened.answer && (
            <Card withBorder bg="teal.0">
              <Title order={4}>{t('myCases.answer')}</Title>
              <Text className="pre-wrap" mt="xs">
                {opened.answer}
              </Text>
            </Card>
          )}
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('myCases.timeline')}
            </Title>
            <CitizenTimeline timeline={opened.timeline} />
          </Card>
        </Stack>
      )}
      <ErrorAlert error={error} data-testid="my-cases-error" />
    </Container>
  );
}
