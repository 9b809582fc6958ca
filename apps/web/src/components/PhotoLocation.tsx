import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, formData } from '../api/client';

export interface GeoPoint {
  lat: number;
  lng: number;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Asks the server where the chosen photos were taken (POST /api/v1/photos/location reads their EXIF, stores nothing)
 * and offers the first position found as the case's location; the citizen decides. A photo the server cannot read
 * offers nothing here: the upload after the submission reports it.
 */
export function PhotoLocation({
  files,
  value,
  onChange,
}: {
  files: File[];
  value?: GeoPoint | null;
  onChange: (point: GeoPoint | null) => void;
}) {
  const { t } = useTranslation();
  const [found, setFound] = useState<GeoPoint | null>(null);
  useEffect(() => {
    let cancelled = false;
    setFound(null);
    void (async () => {
      for (const file of files.filter((f) => PHOTO_TYPES.includes(f.type))) {
        const { data } = await api
          .POST('/api/v1/photos/location', { body: { file }, bodySerializer: formData })
          .catch(() => ({ data: undefined }));
        if (cancelled) return;
        if (data?.location) return setFound(data.location);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [files]);

  const digits = (point: GeoPoint) => ({ lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) });
  if (value) {
    return (
      <Group gap="xs" data-testid="photo-location-chosen">
        <Text size="sm">{t('photo.chosen', digits(value))}</Text>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
          {t('photo.remove')}
        </Button>
      </Group>
    );
  }
  if (!found) return null;
  return (
    <Alert title={t('photo.hasLocation')} data-testid="photo-location">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('photo.coordinates', digits(found))}</Text>
        <Button size="compact-sm" onClick={() => onChange(found)}>
          {t('photo.use')}
        </Button>
      </Group>
    </Alert>
  );
}
