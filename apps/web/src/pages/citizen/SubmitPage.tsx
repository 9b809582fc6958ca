import { Anchor, Container, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, formData, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CaseForm } from '../../components/CaseForm';
import { ErrorAlert, errorMessage } from '../../components/States';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import { toCaseBody, type CaseFormValues } from '../../lib/validation';

export const RECEIPT_KEY = 'hotline.receipt';

type Attachment = components['schemas']['AttachmentDto'];

/** Attachments go through the citizen's multipart intake: POST /cases/track/:code/attachments?key=, field "file". */
export async function uploadCitizenFiles(code: string, key: string, files: File[]): Promise<Attachment[]> {
  if (files.length === 0) return [];
  return unwrap(
    api.POST('/api/v1/cases/track/{trackingCode}/attachments', {
      params: { path: { trackingCode: code }, query: { key } },
      body: { file: files },
      bodySerializer: formData,
    }),
  );
}

export function SubmitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useAsync(referenceData, []);
  const notice = useAsync(() => unwrap(api.GET('/api/v1/privacy/notice')), []);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: CaseFormValues) => {
    setSubmitting(true);
    setServerErrors({});
    setError(undefined);
    try {
      const receipt = await unwrap(api.POST('/api/v1/cases', { body: toCaseBody(values) }));
      let uploadError: string | undefined;
      let stored: Attachment[] = [];
      try {
        stored = await uploadCitizenFiles(receipt.trackingCode, receipt.accessKey, values.files);
      } catch (e) {
        uploadError = errorMessage(e, t);
      }
      const photos = stored.filter((f) => f.thumbnail).map((f) => ({ id: f.id, fileName: f.fileName }));
      const state = { code: receipt.trackingCode, key: receipt.accessKey, pin: receipt.pin, files: stored.length, photos, uploadError };
      sessionStorage.setItem(RECEIPT_KEY, JSON.stringify(state));
      navigate(`/submitted/${receipt.trackingCode}`, { state });
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setServerErrors(e.fieldErrors);
      else setError(e);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="xs">
        {t('submit.heading')}
      </Title>
      <Text c="dimmed" mb="xs">
        {t('submit.intro')}
      </Text>
      <Anchor component={Link} to="/my-cases" size="sm" mb="md" display="inline-block" data-testid="my-cases-link">
        {t('myCases.link')}
      </Anchor>
      <ErrorAlert error={reference.error} />
      <CaseForm
        categories={reference.data?.categories}
        areas={reference.data?.areas}
        agencies={reference.data?.agencies}
        notice={notice.data}
        serverErrors={serverErrors}
        submitting={submitting}
        submitError={error}
        onSubmit={(v) => void submit(v)}
      />
    </Container>
  );
}
