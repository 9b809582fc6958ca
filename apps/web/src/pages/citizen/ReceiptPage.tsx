import { ActionIcon, Alert, Button, Card, Container, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Thumbnail } from '../../components/Thumbnail';
import { RECEIPT_KEY } from './SubmitPage';

interface Receipt {
  code: string;
  key: string;
  pin?: string;
  files: number;
  /** The uploaded images, shown by their thumbnails. */
  photos?: { id: string; fileName: string }[];
  uploadError?: string;
}

function CopyIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  );
}

/**
 * A code on one line under its label, its copy button beside the label: the code has the card's whole width, also on
 * a 360 px phone (a 24-character key in the UI font is about as wide as the card there, so no button fits beside it).
 */
function Code({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const copyLabel = t('receipt.copy', { what: label.toLocaleLowerCase('vi') });
  return (
    <div>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('receipt.copied') : copyLabel}>
              <ActionIcon variant="light" size="md" onClick={copy} aria-label={copyLabel}>
                {copied ? '✓' : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text fw={700} fz={{ base: 'sm', xs: 'xl' }} className="mono code-value" data-testid={testId}>
        {value}
      </Text>
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
  const pin = receipt?.code === code ? receipt.pin : undefined;
  return (
    <Container size="sm" px={0}>
      <Card withBorder padding="lg">
        <Stack>
          <Title order={2}>{t('receipt.heading')}</Title>
          <Code label={t('receipt.code')} value={code} testId="tracking-code" />
          {key && <Code label={t('receipt.key')} value={key} testId="access-key" />}
          {pin && <Code label={t('receipt.pin')} value={pin} testId="tracking-pin" />}
          <Alert color="yellow">{t('receipt.keep')}</Alert>
          {receipt && receipt.files > 0 && <Text>{t('receipt.files', { count: receipt.files })}</Text>}
          {key && receipt?.photos && receipt.photos.length > 0 && (
            <Group gap="xs" data-testid="receipt-photos">
              {receipt.photos.map((p) => (
                <Thumbnail
                  key={p.id}
                  fileName={p.fileName}
                  src={`/api/v1/cases/track/${encodeURIComponent(code)}/attachments/${p.id}/thumbnail?key=${encodeURIComponent(key)}`}
                />
              ))}
            </Group>
          )}
          {receipt?.uploadError && (
            <Alert color="red" role="alert">
              {t('submit.uploadFailed', { message: receipt.uploadError })}
            </Alert>
          )}
          <Group>
            <Button component={Link} to={`/track/${code}?key=${encodeURIComponent(key)}`}>
              {t('receipt.track')}
            </Button>
            {key && (
              <Button
                component="a"
                href={`/api/v1/cases/track/${code}/receipt.pdf?key=${encodeURIComponent(key)}`}
                target="_blank"
                variant="light"
              >
                {t('receipt.print')}
              </Button>
            )}
            <Button component={Link} to="/" variant="light">
              {t('receipt.another')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Container>
  );
}
