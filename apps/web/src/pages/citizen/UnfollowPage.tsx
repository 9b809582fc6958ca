import { Alert, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/States';
import { useAsync } from '../../lib/use-async';

/** The page a follower's unsubscribe link opens: it stops their notices about that case at once. */
export function UnfollowPage() {
  const { t } = useTranslation();
  const { token } = useParams();
  const done = useAsync(() => unwrap(api.POST('/api/v1/followers/unsubscribe', { body: { token: token ?? '' } })), [token]);
  return (
    <Container size="sm" px={0}>
      <Title order={2} mb="md">
        {t('unfollow.heading')}
      </Title>
      {done.loading && <Loading />}
      {done.data && (
        <Alert color="teal" role="status" data-testid="unfollow-done">
          {t('unfollow.done', { code: done.data.trackingCode })}
        </Alert>
      )}
      <ErrorAlert error={done.error} />
    </Container>
  );
}
