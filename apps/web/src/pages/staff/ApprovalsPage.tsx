import { Button, Stack, Title } from '@mantine/core';
import { CaseStatus } from '@hotline/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CaseTable } from '../../components/CaseTable';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { useAsync } from '../../lib/use-async';

/** The agency head's queue: officers' answers waiting for approval, each opened to approve, edit or send back. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useAsync(
    () => unwrap(api.GET('/api/v1/cases', { params: { query: { status: [CaseStatus.AwaitingApproval], pageSize: 100 } } })),
    [],
  );
  return (
    <Stack>
      <Title order={2}>{t('approvals.heading')}</Title>
      <ErrorAlert error={list.error} />
      {list.loading ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Empty>{t('approvals.empty')}</Empty>
      ) : (
        list.data && (
          <CaseTable
            items={list.data.items}
            actions={(item) => (
              <Button size="xs" onClick={() => navigate(`/staff/cases/${item.id}`)}>
                {t('approvals.open')}
              </Button>
            )}
          />
        )
      )}
    </Stack>
  );
}
