import { BBox, bboxOf, Boundary, boundaryContains } from './boundary';

export interface LocatableArea {
  id: string;
  parentId: string | null;
  active: boolean;
  boundary: Boundary | null;
}

export type Placement =
  /** The most specific active area whose boundary holds the point (null: no area with a boundary holds it). */
  | { outside: false; areaId: string | null }
  /** Top-level areas have boundaries and none holds the point: it is outside the city. */
  | { outside: true };

interface Indexed {
  id: string;
  depth: number;
  boundary: Boundary;
  box: BBox;
}

/**
 * Finds the area a point lies in, from the areas' boundaries (point in polygon, @turf/boolean-point-in-polygon, after a
 * bounding-box test). The deepest area that holds the point wins: a ward over its city. A point outside every
 * top-level boundary is outside the city, once any top-level area has one; with no boundaries at all nothing is
 * decided. Built once per reference snapshot (areas change rarely).
 */
export class AreaLocator {
  private readonly indexed: Indexed[];
  private readonly roots: Indexed[];

  constructor(areas: readonly LocatableArea[]) {
    const byId = new Map(areas.map((a) => [a.id, a]));
    const depth = (a: LocatableArea): number => {
      let d = 0;
      for (let p = a.parentId; p && d < 32; p = byId.get(p)?.parentId ?? null) d++;
      return d;
    };
    this.indexed = areas
      .filter((a): a is LocatableArea & { boundary: Boundary } => a.active && a.boundary !== null)
      .map((a) => ({ id: a.id, depth: depth(a), boundary: a.boundary, box: bboxOf(a.boundary) }))
      .sort((a, b) => b.depth - a.depth);
    this.roots = this.indexed.filter((a) => a.depth === 0);
  }

  place(lng: number, lat: number): Placement {
    if (this.roots.length > 0 && !this.roots.some((r) => boundaryContains(r.boundary, lng, lat, r.box))) return { outside: true };
    const hit = this.indexed.find((a) => boundaryContains(a.boundary, lng, lat, a.box));
    return { outside: false, areaId: hit?.id ?? null };
  }
}

const locators = new WeakMap<readonly LocatableArea[], AreaLocator>();

/** The locator of a list of areas, built once per list (the reference snapshot's). */
export function locatorOf(areas: readonly LocatableArea[]): AreaLocator {
  let locator = locators.get(areas);
  if (!locator) locators.set(areas, (locator = new AreaLocator(areas)));
  return locator;
}
