import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanWithin } from '@turf/boolean-within';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ErrorCode } from '@hotline/contracts';
import type { FieldProblem } from '@hotline/platform';

/** An area's boundary as stored (areas.boundary): a GeoJSON Polygon or MultiPolygon in WGS 84, [lng, lat]. */
export type Boundary = Polygon | MultiPolygon;

/** Bounding box [minLng, minLat, maxLng, maxLat]. */
export type BBox = readonly [number, number, number, number];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The rings of each polygon of a boundary (a Polygon is one polygon). */
const polygonsOf = (b: Boundary): Position[][][] => (b.type === 'Polygon' ? [b.coordinates] : b.coordinates);

export function bboxOf(b: Boundary): BBox {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(b))
    for (const [x, y] of polygon[0]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return [minX, minY, maxX, maxY];
}

/** Whether the point lies in the boundary (on its edge counts as in). */
export function boundaryContains(b: Boundary, lng: number, lat: number, box: BBox = bboxOf(b)): boolean {
  if (lng < box[0] || lng > box[2] || lat < box[1] || lat > box[3]) return false;
  return booleanPointInPolygon([lng, lat], b);
}

const problem = (field: string, code: ErrorCode, message: string): FieldProblem => ({ field, code, message });

/**
 * What is wrong with a geometry offered as an area's boundary, each problem naming `field` (the geometry's place in
 * the request): not a Polygon or MultiPolygon, a position that is not [lng, lat] within range, a ring with fewer than
 * 4 positions or not closed, edges that cross (@turf/kinks), or a shape not within the parent's boundary
 * (@turf/boolean-within) when the parent has one. The first problem found per geometry is reported: later checks
 * need the earlier ones to hold.
 */
export function boundaryProblems(geometry: unknown, field: string, parent: Boundary | null): FieldProblem[] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    return [problem(field, ErrorCode.InvalidGeometry, 'A boundary is a GeoJSON Polygon or MultiPolygon')];
  }
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (
    !Array.isArray(polygons) ||
    polygons.length === 0 ||
    !polygons.every((p) => Array.isArray(p) && p.length > 0 && p.every(Array.isArray))
  ) {
    return [problem(field, ErrorCode.InvalidGeometry, 'The coordinates must be arrays of linear rings (arrays of [lng, lat] positions)')];
  }
  for (const rings of polygons as unknown[][][]) {
    for (const ring of rings) {
      for (const position of ring) {
        if (!Array.isArray(position) || position.length < 2 || !isNumber(position[0]) || !isNumber(position[1])) {
          return [problem(field, ErrorCode.InvalidGeometry, 'Every position is [lng, lat] in numbers')];
        }
        if (Math.abs(position[0]) > 180 || Math.abs(position[1]) > 90) {
          return [
            problem(field, ErrorCode.CoordinateOutOfRange, `The position [${position[0]}, ${position[1]}] is not a longitude and latitude`),
          ];
        }
      }
      if (ring.length < 4) return [problem(field, ErrorCode.RingTooShort, 'A linear ring has at least 4 positions')];
      const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return [problem(field, ErrorCode.RingNotClosed, 'A linear ring ends at the position it starts from')];
      }
    }
  }
  const boundary = { type: g.type, coordinates: g.coordinates } as Boundary;
  if (kinks(boundary).features.length > 0) {
    return [problem(field, ErrorCode.SelfIntersection, 'The boundary crosses itself')];
  }
  if (parent && !booleanWithin(boundary, parent)) {
    return [problem(field, ErrorCode.BoundaryOutsideParent, "The boundary is not within its parent area's boundary")];
  }
  return [];
}
