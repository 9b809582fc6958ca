import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type AreaBoundaries = components['schemas']['AreaBoundariesDto'];
export type AreaFeature = AreaBoundaries['features'][number];
export type Placement = components['schemas']['PlacementDto'];

/** What every map of the platform draws on: the configured tiles (none: offline) and the areas' boundaries. */
export interface MapBase {
  tileUrl: string | null;
  attribution: string | null;
  boundaries: AreaBoundaries;
}

let cache: Promise<MapBase> | null = null;

/** The tile configuration and the boundaries, fetched once per page load (again after a failure); both are cacheable. */
export function mapBase(): Promise<MapBase> {
  if (!cache) {
    const loading = Promise.all([unwrap(api.GET('/api/v1/map/config')), unwrap(api.GET('/api/v1/areas/boundaries'))]).then(
      ([config, boundaries]) => ({ ...config, boundaries }),
    );
    loading.catch(() => (cache = null));
    cache = loading;
  }
  return cache;
}

/** Where the API would place a case at this point (GET /api/v1/map/locate: the intake's own rule). */
export function locate(lat: number, lng: number): Promise<Placement> {
  return unwrap(api.GET('/api/v1/map/locate', { params: { query: { lat, lng } } }));
}

type Ring = number[][];
const polygonsOf = (f: AreaFeature): Ring[][] =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];

/** Even-odd ray casting over every ring: in a polygon and not in one of its holes. */
function contains(f: AreaFeature, lng: number, lat: number): boolean {
  let inside = false;
  for (const rings of polygonsOf(f))
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** A point to put a pin or a label on for an area: the centre of its largest polygon's box when inside, else a vertex average. */
export function labelPoint(f: AreaFeature): { lat: number; lng: number } {
  const outer = polygonsOf(f)
    .map((rings) => rings[0])
    .sort((a, b) => b.length - a.length)[0];
  const lngs = outer.map((p) => p[0]);
  const lats = outer.map((p) => p[1]);
  const centre = { lng: (Math.min(...lngs) + Math.max(...lngs)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
  if (contains(f, centre.lng, centre.lat)) return centre;
  return { lng: lngs.reduce((s, x) => s + x, 0) / lngs.length, lat: lats.reduce((s, x) => s + x, 0) / lats.length };
}

/** Top-level areas first, so the wards are drawn over (and clicked before) their city. */
const byDepth = (features: readonly AreaFeature[]) =>
  [...features].sort((a, b) => Number(!!a.properties.parentCode) - Number(!!b.properties.parentCode));

/**
 * The areas' boundaries as a layer: outlines over tiles, or filled shapes when there are no tiles (the map offline);
 * `interactive: false` for a backdrop that takes no clicks or hovers. Each path carries `area-<CODE>` as a class,
 * for styling and for tests.
 */
export function areaLayer(boundaries: AreaBoundaries, options: { filled: boolean; interactive?: boolean }): L.GeoJSON {
  return L.geoJSON({ type: 'FeatureCollection', features: byDepth(boundaries.features) } as GeoJSON.FeatureCollection, {
    interactive: options.interactive ?? true,
    style: (feature) => {
      const root = !feature?.properties?.parentCode;
      return {
        className: `area-${feature?.properties?.code}`,
        color: root ? '#1c7ed6' : '#495057',
        weight: root ? 2 : 1,
        fillColor: root ? '#e7f5ff' : '#fff9db',
        fillOpacity: options.filled ? (root ? 0.6 : 0.8) : 0,
      };
    },
  });
}

/** The configured tile layer (MAP_TILE_URL) with its attribution, on any map of the platform; none configured: none. */
export function addTiles(map: L.Map, base: Pick<MapBase, 'tileUrl' | 'attribution'>): void {
  if (!base.tileUrl) return;
  map.attributionControl?.setPrefix(false);
  L.tileLayer(base.tileUrl, { attribution: base.attribution ?? undefined, maxZoom: 19 }).addTo(map);
}

export interface BaseMapLabels {
  zoomIn: string;
  zoomOut: string;
  /** Said in the attribution when the boundaries are drawn approximations. */
  approximate: string;
}

/**
 * A Leaflet map of the city: the tiles when configured, the areas' boundaries always, fitted to the top-level areas.
 * Controls are labelled in the page's language; the container is keyboard-focusable (arrows pan, +/− zoom).
 */
export function createBaseMap(element: HTMLElement, base: MapBase, labels: BaseMapLabels): { map: L.Map; areas: L.GeoJSON } {
  const map = L.map(element, { zoomControl: false, keyboard: true, attributionControl: true });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  addTiles(map, base);
  const areas = areaLayer(base.boundaries, { filled: !base.tileUrl }).addTo(map);
  if (base.boundaries.features.some((f) => f.properties.approximate)) map.attributionControl.addAttribution(labels.approximate);
  const roots = base.boundaries.features.filter((f) => !f.properties.parentCode);
  const extent = L.geoJSON({
    type: 'FeatureCollection',
    features: roots.length ? roots : base.boundaries.features,
  } as GeoJSON.FeatureCollection);
  const bounds = extent.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds);
  else map.setView([21.0285, 105.8542], 12);
  return { map, areas };
}
