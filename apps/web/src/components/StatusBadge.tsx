import { CaseStatus } from '@hotline/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CaseStatus, string> = {
  [CaseStatus.Received]: 'gray',
  [CaseStatus.Triage]: 'grape',
  [CaseStatus.Routed]: 'blue',
  [CaseStatus.Accepted]: 'cyan',
  [CaseStatus.Returned]: 'grape',
  [CaseStatus.InProgress]: 'indigo',
  [CaseStatus.AwaitingInfo]: 'yellow',
  [CaseStatus.AwaitingApproval]: 'violet',
  [CaseStatus.Answered]: 'teal',
  [CaseStatus.Reopened]: 'orange',
  [CaseStatus.Closed]: 'green',
  [CaseStatus.Merged]: 'gray',
  [CaseStatus.Rejected]: 'dark',
  [CaseStatus.Withdrawn]: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status as CaseStatus] ?? 'gray'} variant="light">
      {t(`status.${status}`, status)}
    </Badge>
  );
}
