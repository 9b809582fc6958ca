import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefSelect } from '../components/RefSelect';
import { useAsync } from '../lib/use-async';
import { createBaseMap, labelPoint, locate, mapBase, type Placement } from './base-map';

export interface LatLng {
  lat: number;
  lng: number;
}

interface Props {
  value: LatLng | null;
  /** A pin dropped, moved or removed; with where the API places it (null while unknown or removed). */
  onChange: (location: LatLng | null, placement: Placement | null) => void;
  /** A message from the server about `location`. */
  error?: string;
}

const round = (x: number) => Number(x.toFixed(6));

/**
 * Where it happened, on a map: a tap or click drops or moves the pin, "my location" asks the browser, a search over the
 * city's own wards and communes moves the pin to one of them, and keyboard users pan the focused map with the arrows
 * and drop the pin at its centre. The ward the API places the pin in is named below the map and handed to the form.
 */
export function LocationPicker({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const base = useAsync(mapBase, []);
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const pin = useRef<L.CircleMarker | null>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [ready, setReady] = useState(false);
  const [geoState, setGeoState] = useState<'idle' | 'locating' | 'failed'>('idle');
  const instructionsId = useId();
  const statusId = useId();
  const en = i18n.language === 'en';

  const choose = async (point: LatLng | null) => {
    if (!point) {
      setPlacement(null);
      onChange(null, null);
      return;
    }
    const location = { lat: round(point.lat), lng: round(point.lng) };
    onChange(location, null);
    const placed = await locate(location.lat, location.lng).catch(() => null);
    setPlacement(placed);
    onChange(location, placed);
  };
  const chooseRef = useRef(choose);
  chooseRef.current = choose;

  useEffect(() => {
    if (!base.data || !element.current || map.current) return;
    const created = createBaseMap(element.current, base.data, {
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      approximate: t('map.approximate'),
    });
    created.map.on('click', (e: L.LeafletMouseEvent) => void chooseRef.current(e.latlng));
    map.current = created.map;
    setReady(true);
    return () => {
      created.map.remove();
      map.current = null;
      setReady(false);
      pin.current = null;
    };
  }, [base.data, t]);

  // The pin follows the value (a reset form removes it).
  useEffect(() => {
    if (!map.current) return;
    if (!value) {
      pin.current?.remove();
      pin.current = null;
      return;
    }
    pin.current ??= L.circleMarker(value, {
      radius: 9,
      color: '#c92a2a',
      weight: 3,
      fillColor: '#fa5252',
      fillOpacity: 0.9,
      className: 'location-pin',
    }).addTo(map.current);
    pin.current.setLatLng(value);
  }, [value, ready]);

  const myLocation = () => {
    if (!navigator.geolocation) return setGeoState('failed');
    setGeoState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeoState('idle');
        const point = { lat: position.coords.latitude, lng: position.coords.longitude };
        map.current?.setView(point, Math.max(map.current.getZoom(), 15));
        void choose(point);
      },
      () => setGeoState('failed'),
      { enableHighAccuracy: true, timeout: 15000 },
    );
  };

  const features = base.data?.boundaries.features ?? [];
  const areaName = (code: string | null | undefined) => {
    const f = features.find((x) => x.properties.code === code);
    return f ? (en ? f.properties.nameEn : f.properties.name) : null;
  };
  const goTo = (code: string | null) => {
    const f = features.find((x) => x.properties.code === code);
    if (!f) return;
    const point = labelPoint(f);
    map.current?.fitBounds(L.geoJSON(f.geometry as GeoJSON.Geometry).getBounds());
    void choose(point);
  };

  const status = !value
    ? t('map.none')
    : placement?.outside
      ? t('map.outside')
      : `${t('map.chosen', { lat: value.lat.toFixed(5), lng: value.lng.toFixed(5) })} — ${
          placement ? (areaName(placement.areaCode) ? t('map.inArea', { area: areaName(placement.areaCode) }) : t('map.noArea')) : '…'
        }`;
  const invalid = !!error || !!placement?.outside;

  return (
    <Stack gap="xs" data-testid="location-picker">
      <Title order={2} size="h4">
        {t('map.heading')}
      </Title>
      <Text size="sm" c="dimmed" id={instructionsId}>
        {t('map.instructions')}
      </Text>
      {base.error ? (
        <Alert color="yellow">{t('map.unavailable')}</Alert>
      ) : (
        <>
          <RefSelect
            label={t('map.search')}
            placeholder={t('map.searchPlaceholder')}
            items={features.map((f) => f.properties)}
            value={null}
            onChange={goTo}
          />
          <Box
            ref={element}
            role="application"
            aria-label={t('map.label')}
            aria-describedby={`${instructionsId} ${statusId}`}
            data-testid="location-map"
            style={{ height: 320, width: '100%', borderRadius: 4, border: `1px solid ${invalid ? '#fa5252' : '#ced4da'}` }}
          />
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={myLocation} loading={geoState === 'locating'}>
              {t('map.myLocation')}
            </Button>
            <Button variant="default" size="xs" onClick={() => map.current && void choose(map.current.getCenter())} disabled={!ready}>
              {t('map.pinCentre')}
            </Button>
            {value && (
              <Button variant="subtle" size="xs" onClick={() => void choose(null)}>
                {t('map.clear')}
              </Button>
            )}
          </Group>
        </>
      )}
      <Text size="sm" id={statusId} role="status" aria-live="polite" c={invalid ? 'red.8' : undefined} data-testid="location-status">
        {error && !placement?.outside ? error : status}
      </Text>
      {geoState === 'failed' && (
        <Text size="sm" c="red.8" role="alert">
          {t('map.geolocationFailed')}
        </Text>
      )}
    </Stack>
  );
}
