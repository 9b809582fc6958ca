import 'leaflet/dist/leaflet.css';
import { Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { TableScroll } from '../components/TableScroll';
import { addTiles, areaLayer, mapBase } from './base-map';

export type HotspotCollection = components['schemas']['HotspotCollectionDto'];
type Feature = components['schemas']['HotspotFeatureDto'];
type Level = 'cell' | 'ward';

/** Colour classes, light to dark (sequential, readable on white and as grey); a class holds counts up to its bound. */
const PALETTE = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
const TOP = 10;

/** Upper bounds of the colour classes for counts up to `max`: evenly split, whole numbers, rising. */
export function colourBounds(max: number): number[] {
  const bounds: number[] = [];
  for (let i = 1; i <= PALETTE.length; i++) {
    const b = Math.max(1, Math.ceil((max * i) / PALETTE.length));
    if (bounds.length === 0 || b > bounds[bounds.length - 1]) bounds.push(b);
  }
  return bounds;
}

export function colourOf(count: number, bounds: number[]): string {
  const i = bounds.findIndex((b) => count <= b);
  return PALETTE[i === -1 ? PALETTE.length - 1 : i + PALETTE.length - bounds.length];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const placeOf = (f: Feature, t: Translate) =>
  f.properties.level === 'ward'
    ? (f.properties.name ?? f.properties.code ?? '')
    : t('hotspots.cell', { cell: f.properties.cell?.replace(/f+$/, '') });

/** What a shape's tooltip says: the place and its three counts. */
export const hotspotTooltip = (f: Feature, t: Translate, number: Intl.NumberFormat): string =>
  t('hotspots.tooltip', {
    place: placeOf(f, t),
    count: number.format(f.properties.count),
    open: number.format(f.properties.open),
    overdue: number.format(f.properties.overdue),
  });

/**
 * The hotspot map: areas or H3 cells coloured by the cases received there, a legend, a tooltip with the counts, and
 * the same figures as a table of the top places for those who do not use the map. Over the configured tiles
 * (MAP_TILE_URL, base-map.ts), or the shapes alone when none is set.
 */
export function HotspotMap({ data, title }: { data: HotspotCollection; title: string }) {
  const { t, i18n } = useTranslation();
  const [level, setLevel] = useState<Level>('cell');
  const mapEl = useRef<HTMLDivElement>(null);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const features = data.features.filter((f) => f.properties.level === level);
  const drawn = features.filter((f) => f.geometry);
  const bounds = colourBounds(Math.max(0, ...features.map((f) => f.properties.count)));

  useEffect(() => {
    const el = mapEl.current;
    if (!el) return;
    const map = L.map(el, { attributionControl: true, zoomControl: false, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    // Under the figures, as on every map of the platform: the configured tiles (none: no tiles) and the wards'
    // outlines, so a cell can be placed in its ward.
    let removed = false;
    mapBase()
      .then((base) => {
        if (removed) return;
        addTiles(map, base);
        areaLayer(base.boundaries, { filled: false, interactive: false }).addTo(map).bringToBack();
      })
      .catch(() => undefined);
    L.control.zoom({ zoomInTitle: t('hotspots.zoomIn'), zoomOutTitle: t('hotspots.zoomOut') }).addTo(map);
    const layer = L.geoJSON({ type: 'FeatureCollection', features: drawn } as GeoJSON.FeatureCollection, {
      style: (f) => ({
        color: '#555',
        weight: 1,
        fillColor: colourOf((f?.properties as Feature['properties']).count, bounds),
        fillOpacity: 0.75,
      }),
      onEachFeature: (f, l) => l.bindTooltip(hotspotTooltip(f as unknown as Feature, t, number), { sticky: true }),
    }).addTo(map);
    const box = layer.getBounds();
    if (box.isValid()) map.fitBounds(box, { padding: [8, 8], maxZoom: 14 });
    else map.setView([21.0285, 105.8542], 11);
    return () => {
      removed = true;
      map.remove();
    };
    // The figures, the level and the language decide what is drawn; the rest is derived from them.
  }, [data, level, i18n.language]);

  const top = [...features].sort((a, b) => b.properties.count - a.properties.count).slice(0, TOP);
  const summary = t('hotspots.summary', {
    total: number.format(data.total),
    located: number.format(data.located),
    places: features.length,
  });
  return (
    <Card withBorder data-testid="hotspot-map">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {title}
          </Title>
          <SegmentedControl
            aria-label={t('hotspots.level')}
            value={level}
            onChange={(v) => setLevel(v as Level)}
            data={[
              { value: 'cell', label: t('hotspots.byCell') },
              { value: 'ward', label: t('hotspots.byWard') },
            ]}
          />
        </Group>
        <Text size="sm" c="gray.7">
          {summary}
          {data.minCellCount > 0 && level === 'cell' ? ` ${t('hotspots.publicRule', { min: data.minCellCount })}` : ''}
        </Text>
        <figure aria-label={`${title}. ${summary}`} style={{ margin: 0 }}>
          <div ref={mapEl} style={{ height: 360, background: '#f4f6f8' }} />
        </figure>
        <Group gap="xs" aria-label={t('hotspots.legend')} role="list" data-testid="hotspot-legend">
          {bounds.map((b, i) => (
            <Group key={b} gap={4} role="listitem">
              <span
                aria-hidden
                style={{ display: 'inline-block', width: 14, height: 14, border: '1px solid #555', background: colourOf(b, bounds) }}
              />
              <Text size="xs">
                {i === 0
                  ? `≤ ${number.format(b)}`
                  : bounds[i - 1] + 1 === b
                    ? number.format(b)
                    : `${number.format(bounds[i - 1] + 1)}–${number.format(b)}`}
              </Text>
            </Group>
          ))}
          <Text size="xs" c="gray.7">
            {t('hotspots.legendUnit')}
          </Text>
        </Group>
        <TableScroll label={t('hotspots.tableLabel', { title })}>
          <Table striped miw={420} aria-label={t('hotspots.tableLabel', { title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{level === 'ward' ? t('hotspots.ward') : t('hotspots.place')}</Table.Th>
                <Table.Th ta="right">{t('hotspots.count')}</Table.Th>
                <Table.Th ta="right">{t('hotspots.open')}</Table.Th>
                <Table.Th ta="right">{t('hotspots.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {top.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>{t('hotspots.none')}</Table.Td>
                </Table.Tr>
              )}
              {top.map((f) => (
                <Table.Tr key={f.properties.cell ?? f.properties.code}>
                  <Table.Td>{placeOf(f, t)}</Table.Td>
                  <Table.Td ta="right">{number.format(f.properties.count)}</Table.Td>
                  <Table.Td ta="right">{number.format(f.properties.open)}</Table.Td>
                  <Table.Td ta="right">{number.format(f.properties.overdue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Card>
  );
}
