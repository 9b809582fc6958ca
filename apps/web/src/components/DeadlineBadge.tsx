import { type CaseStatus, isSettledStatus, STATUS_TRAITS } from '@hotline/contracts';
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

export interface DeadlineBadgeProps {
  /** Working days to the due day: 0 due today, negative overdue (as the API gives it). */
  workingDaysLeft?: number | null;
  dueAt?: string | null;
  /** The case's status: an answered or finished case owes nothing, so no badge says it has no deadline. */
  status?: string;
}

/** The due date in working days: red when overdue, orange today or within two days, grey otherwise. */
export function DeadlineBadge({ workingDaysLeft, dueAt, status }: DeadlineBadgeProps) {
  const { t, i18n } = useTranslation();
  const settled = !!status && status in STATUS_TRAITS && isSettledStatus(status as CaseStatus);
  if (workingDaysLeft === undefined || workingDaysLeft === null || !dueAt) {
    if (settled) return null;
    return (
      <Badge color="gray" variant="outline">
        {t('deadline.none')}
      </Badge>
    );
  }
  const [label, color] =
    workingDaysLeft < 0
      ? [t('deadline.overdue', { count: -workingDaysLeft }), 'red']
      : workingDaysLeft === 0
        ? [t('deadline.today'), 'orange']
        : [t('deadline.left', { count: workingDaysLeft }), workingDaysLeft <= 2 ? 'yellow' : 'teal'];
  return (
    <Tooltip label={t('deadline.due', { at: formatDateTime(dueAt, i18n.language) })}>
      <Badge color={color} variant={workingDaysLeft < 0 ? 'filled' : 'light'} data-testid="deadline-badge">
        {label}
      </Badge>
    </Tooltip>
  );
}
