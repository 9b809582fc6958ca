import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDateTime } from '../lib/format';

type Entry = components['schemas']['TrackingViewDto']['timeline'][number];

/**
 * A case's history as its citizen sees it (the tracking view's timeline): each step's status or event, when, and who —
 * "you" for the citizen's own steps, else the agency. One component for the tracking page and "my cases".
 */
export function CitizenTimeline({ timeline }: { timeline: readonly Entry[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Timeline active={timeline.length} bulletSize={14} lineWidth={2}>
      {timeline.map((entry, i) => (
        <Timeline.Item
          key={i}
          data-testid="timeline-entry"
          title={
            entry.status
              ? lang === 'en'
                ? entry.statusLabelEn
                : entry.statusLabel
              : t(`event.${entry.type}`, { defaultValue: t('event.status_changed') })
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(entry.at, lang)}
            {entry.byCitizen ? ` · ${t('track.you')}` : entry.agency ? ` · ${entry.agency}` : ''}
          </Text>
          {entry.note && (
            <Text size="sm" className="pre-wrap">
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
