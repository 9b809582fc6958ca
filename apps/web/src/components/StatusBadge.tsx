import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  received: 'gray', triage: 'grape', routed: 'blue', accepted: 'cyan', returned: 'grape', in_progress: 'indigo',
  awaiting_info: 'yellow', answered: 'teal', reopened: 'orange', closed: 'green', merged: 'gray', rejected: 'dark', withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status] ?? 'gray'} variant="light">{t(`status.${status}`, status)}</Badge>;
}
