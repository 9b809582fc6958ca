import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';

export type AgencySuggestion = components['schemas']['AgencySuggestionDto'];
type Reason = AgencySuggestion['reasons'][number];

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The words and fields that weighed most, as a person reads them: quoted words, named fields. */
export function ReasonsText({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  const text = reasons
    .slice(0, 4)
    .map((r) => t(`learning.reason.${r.group}`, { value: r.value }))
    .join(', ');
  return (
    <Text size="xs" c="gray.7">
      {t('learning.why', { reasons: text })}
    </Text>
  );
}

/**
 * The top agencies the routing model suggests, each with its confidence and why; with `onAccept`, one click on a
 * suggestion routes the case there (the page calls the ordinary route action).
 */
export function RoutingSuggestions({
  suggestions,
  onAccept,
  busy,
}: {
  suggestions: AgencySuggestion[];
  onAccept?: (suggestion: AgencySuggestion) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  if (suggestions.length === 0) {
    return (
      <Text size="xs" c="gray.7">
        {t('learning.none')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="routing-suggestions">
      {suggestions.map((s, i) => (
        <Stack key={s.agency.code} gap={0}>
          <Group gap={6} wrap="nowrap">
            {onAccept ? (
              <Button
                size="compact-xs"
                variant={i === 0 ? 'filled' : 'light'}
                loading={busy}
                aria-label={t('learning.accept', { agency: s.agency.name, confidence: percent(s.confidence) })}
                onClick={() => onAccept(s)}
                h="auto"
                py={2}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                {s.agency.name} · {percent(s.confidence)}
              </Button>
            ) : (
              <Text size="sm" fw={i === 0 ? 600 : 400}>
                {s.agency.name} · {percent(s.confidence)}
              </Text>
            )}
          </Group>
          {i === 0 && <ReasonsText reasons={s.reasons} />}
        </Stack>
      ))}
    </Stack>
  );
}
