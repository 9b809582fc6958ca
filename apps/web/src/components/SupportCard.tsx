import { Alert, Badge, Button, Card, Checkbox, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { ContactKind } from '@hotline/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ContactCodeRequest, OneTimeCodeInput, useContactCode } from './ContactCodeRequest';
import { ErrorAlert } from './States';
import { useAction } from '../lib/use-action';

/**
 * On a public case (issue #24 item 7): how many co-signed, and a form to follow it (told when answered, by email, SMS
 * or Zalo) and/or co-sign it ("me too"), with a contact confirmed by a one-time code.
 */
export function SupportCard({ trackingCode, coSigners, onChange }: { trackingCode: string; coSigners: number; onChange: () => void }) {
  const { t } = useTranslation();
  const [follow, setFollow] = useState(false);
  const [coSign, setCoSign] = useState(true);
  const proof = useContactCode(ContactKind.Phone);
  const { kind, codeSent } = proof;
  const [channel, setChannel] = useState<'sms' | 'zalo'>('sms');
  const [result, setResult] = useState<{ following: boolean; coSigned: boolean }>();
  const action = useAction();
  const { busy, error, fieldErrors, run } = action;
  const path = { trackingCode };

  const confirm = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const done = await unwrap(
        api.POST('/api/v1/cases/track/{trackingCode}/supporters', {
          params: { path },
          body: {
            contactKind: kind,
            contact: proof.contact,
            code: proof.code,
            follow,
            coSign,
            ...(follow ? { channel: kind === ContactKind.Email ? 'email' : channel } : {}),
          },
        }),
      );
      setResult(done);
      onChange();
    });
  };

  return (
    <Card withBorder data-testid="support-card">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('support.heading')}</Title>
        <Badge variant="light" size="lg" data-testid="co-signers">
          {t('support.count', { count: coSigners })}
        </Badge>
      </Group>
      {result ? (
        <Alert color="teal" role="status" data-testid="support-done">
          {t('support.done')} {result.coSigned ? t('support.coSigned') : ''} {result.following ? t('support.following') : ''}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('support.intro')}
          </Text>
          <Checkbox label={t('support.coSign')} checked={coSign} onChange={(e) => setCoSign(e.currentTarget.checked)} />
          <Checkbox label={t('support.follow')} checked={follow} onChange={(e) => setFollow(e.currentTarget.checked)} />
          <ContactCodeRequest
            purpose={{ kind: 'supporter', trackingCode }}
            messages="myCases"
            kinds={[ContactKind.Phone, ContactKind.Email]}
            {...proof.request}
            action={action}
            disabled={!follow && !coSign}
          >
            {follow && kind === ContactKind.Phone && (
              <SegmentedControl
                aria-label={t('support.channel')}
                value={channel}
                onChange={(v) => setChannel(v as 'sms' | 'zalo')}
                data={[
                  { value: 'sms', label: t('support.sms') },
                  { value: 'zalo', label: t('support.zalo') },
                ]}
              />
            )}
          </ContactCodeRequest>
          {!follow && !coSign && <Text size="sm">{t('support.chooseOne')}</Text>}
          {codeSent && (
            <form onSubmit={confirm} noValidate aria-label={t('support.confirm')}>
              <Group align="end">
                <OneTimeCodeInput label={t('myCases.code')} {...proof.codeInput} error={fieldErrors.code ?? fieldErrors.channel} inline />
                <Button type="submit" loading={busy}>
                  {t('support.confirm')}
                </Button>
              </Group>
            </form>
          )}
          <ErrorAlert error={error} data-testid="support-error" />
        </Stack>
      )}
    </Card>
  );
}
