import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { cityData } from '@hotline/database';
import { AreaLocator } from './area-locator';
import { Boundary, boundaryProblems } from './boundary';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const polygon = (ring: number[][]): Boundary => ({ type: 'Polygon', coordinates: [ring] });
const codes = (geometry: unknown, parent: Boundary | null = null) => boundaryProblems(geometry, 'g', parent).map((p) => p.code);

describe('boundaryProblems', () => {
  const parent = polygon(square(0, 0, 10));

  it('accepts a closed, simple polygon within its parent, and a MultiPolygon', () => {
    expect(codes(polygon(square(1, 1, 2)), parent)).toEqual([]);
    expect(codes({ type: 'MultiPolygon', coordinates: [[square(1, 1, 2)], [square(5, 5, 2)]] }, parent)).toEqual([]);
  });

  it.each([
    ['a point', { type: 'Point', coordinates: [1, 1] }, 'invalid_geometry'],
    ['no coordinates', { type: 'Polygon' }, 'invalid_geometry'],
    ['a text position', polygon([['1', 1] as unknown as number[], [2, 1], [2, 2], ['1', 1] as unknown as number[]]), 'invalid_geometry'],
    [
      'a latitude of 95',
      polygon([
        [1, 1],
        [2, 1],
        [2, 95],
        [1, 1],
      ]),
      'coordinate_out_of_range',
    ],
    [
      'three positions',
      polygon([
        [1, 1],
        [2, 1],
        [1, 1],
      ]),
      'ring_too_short',
    ],
    [
      'an open ring',
      polygon([
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 2],
      ]),
      'ring_not_closed',
    ],
    [
      'a bow tie',
      polygon([
        [1, 1],
        [3, 3],
        [3, 1],
        [1, 3],
        [1, 1],
      ]),
      'self_intersection',
    ],
    ['a square across the parent edge', polygon(square(8, 8, 4)), 'boundary_outside_parent'],
  ])('refuses %s', (_name, geometry, code) => {
    expect(codes(geometry, parent)).toEqual([code]);
  });

  it('names the field it was given', () => {
    expect(boundaryProblems(null, 'features[3].geometry', null)).toEqual([expect.objectContaining({ field: 'features[3].geometry' })]);
  });
});

describe("the demo city's approximate boundaries", () => {
  const boundaries = cityData.APPROXIMATE_BOUNDARIES as Record<string, Boundary>;
  const units = cityData.AREAS.filter((a) => a.parentCode !== null);

  it('give every area one, each valid and within the city', () => {
    expect(Object.keys(boundaries).sort()).toEqual(cityData.AREAS.map((a) => a.code).sort());
    expect(codes(boundaries.HN)).toEqual([]);
    for (const a of units) expect([a.code, codes(boundaries[a.code], boundaries.HN)]).toEqual([a.code, []]);
  });

  it('do not overlap: no point of a grid over the city lies inside two wards', () => {
    for (let lng = 105.3; lng < 106.0; lng += 0.0025)
      for (let lat = 20.6; lat < 21.4; lat += 0.0025) {
        const inside = units.filter((a) => booleanPointInPolygon([lng, lat], boundaries[a.code], { ignoreBoundary: true }));
        if (inside.length > 1) throw new Error(`[${lng}, ${lat}] lies in ${inside.map((a) => a.code).join(' and ')}`);
      }
  });
});

describe('AreaLocator', () => {
  const city = { id: 'city', parentId: null, active: true, boundary: polygon(square(0, 0, 10)) };
  const ward = { id: 'ward', parentId: 'city', active: true, boundary: polygon(square(1, 1, 2)) };
  const retired = { id: 'retired', parentId: 'city', active: false, boundary: polygon(square(5, 5, 2)) };

  it('places a point in the most specific area that holds it', () => {
    const locator = new AreaLocator([city, ward, retired]);
    expect(locator.place(2, 2)).toEqual({ outside: false, areaId: 'ward' });
    expect(locator.place(6, 6)).toEqual({ outside: false, areaId: 'city' });
  });

  it('finds a point outside every top-level boundary outside the city', () => {
    expect(new AreaLocator([city, ward]).place(20, 2)).toEqual({ outside: true });
  });

  it('decides nothing without boundaries', () => {
    expect(new AreaLocator([{ ...city, boundary: null }]).place(20, 2)).toEqual({ outside: false, areaId: null });
  });
});
