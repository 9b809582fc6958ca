import { Alert, Button, Card, Container, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { RECEIPT_KEY } from './SubmitPage';

interface Receipt {
  code: string;
  key: string;
  files: number;
  uploadError?: string;
}

function Code({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">{label}</Text>
      <Group gap="xs" wrap="nowrap">
        <Text fw={700} size="xl" className="mono" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>{value}</Text>
        <CopyButton value={value}>{({ copied, copy }) => <Button size="compact-xs" variant="subtle" onClick={copy}>{copied ? '✓' : 'Copy'}</Button>}</CopyButton>
      </Group>
    </div>
  );
}

export function ReceiptPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const location = useLocation();
  const stored = sessionStorage.getItem(RECEIPT_KEY);
  const receipt = (location.state as Receipt | null) ?? (stored ? (JSON.parse(stored) as Receipt) : null);
  const key = receipt?.code === code ? receipt.key : '';
  return (
    <Container size="sm" px={0}>
      <Card withBorder padding="lg">
        <Stack>
          <Title order={2}>{t('receipt.heading')}</Title>
          <Code label={t('receipt.code')} value={code} testId="tracking-code" />
          {key && <Code label={t('receipt.key')} value={key} testId="access-key" />}
          <Alert color="yellow">{t('receipt.keep')}</Alert>
          {receipt && receipt.files > 0 && <Text>{t('receipt.files', { count: receipt.files })}</Text>}
          {receipt?.uploadError && <Alert color="red" role="alert">{t('submit.uploadFailed', { message: receipt.uploadError })}</Alert>}
          <Group>
            <Button component={Link} to={`/track/${code}?key=${encodeURIComponent(key)}`}>{t('receipt.track')}</Button>
            <Button component={Link} to="/" variant="light">{t('receipt.another')}</Button>
          </Group>
        </Stack>
      </Card>
    </Container>
  );
}
