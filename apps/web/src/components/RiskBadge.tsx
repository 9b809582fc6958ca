import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** From this probability a forecast is red; from the secretariat's morning list's threshold (50%), orange. */
const HIGH = 0.8;
const LIKELY = 0.5;

/**
 * The deadline risk (probability 0..1 of missing the answer due date) as a percentage; nothing when the case is not
 * scored. `named`: where no column header says what the percentage is (the board, the phone's cards), the badge says it.
 */
export function RiskBadge({ probability, named }: { probability?: number | null; named?: boolean }) {
  const { t } = useTranslation();
  if (probability === undefined || probability === null) return null;
  const percent = Math.round(probability * 100);
  const [color, variant] = probability >= HIGH ? ['red', 'filled'] : probability >= LIKELY ? ['orange', 'light'] : ['gray', 'light'];
  return (
    <Tooltip label={t('learning.riskHint', { percent })}>
      <Badge color={color} variant={variant} data-testid="risk-badge">
        {named ? t('learning.riskNamed', { percent }) : `${percent}%`}
      </Badge>
    </Tooltip>
  );
}
