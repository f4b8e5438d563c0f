/**
 * The search near a place over the structures' positions in typed arrays. Structures come from
 * many files with optional fields, so they have many object shapes, and reading `lat` on 20,000 of
 * them is a slow lookup each time: the positions are read from the arrays instead, and only the
 * structures within a band of latitude around the place are looked at (filters, distance). The
 * result is the one `findStructures` gives.
 */
import { distanceKm, type LatLon } from '../geo/distance.js';
import type { Structure } from '../structures/model.js';
import { matches, type Filters, type FoundStructure, type Origin } from '../structures/search.js';

export interface Positions {
  /** The structures the positions were read from, in their order. */
  structures: readonly Structure[];
  lat: Float64Array;
  lon: Float64Array;
}

/**
 * Kilometres per degree of latitude, rounded down: two points further apart in latitude than
 * `radius / KM_PER_DEGREE` degrees are further apart than `radius` (a great circle is never
 * shorter than the difference of latitudes along a meridian, 111.195 km per degree).
 */
const KM_PER_DEGREE = 111.19;

/** The positions of `structures`, a step every 2,048 structures (for idle moments). */
export function* readPositionsInSteps(structures: readonly Structure[]): Generator<undefined, Positions, undefined> {
  const positions: Positions = { structures, lat: new Float64Array(structures.length), lon: new Float64Array(structures.length) };
  for (let i = 0; i < structures.length; i++) {
    const s = structures[i]!;
    positions.lat[i] = s.lat;
    positions.lon[i] = s.lon;
    if ((i & 2047) === 2047) yield;
  }
  return positions;
}

/**
 * The structures within `radiusKm` of `origin` that pass the filters, nearest first; at the same
 * distance, by `tie` (given the two structures' indices), else in the structures' order.
 * Undefined when none is within reach: the caller then asks `findStructures`, which finds the
 * nearest ones beyond the radius.
 */
export function findNear(
  positions: Positions,
  options: { origin: Origin; radiusKm: number; filters: Filters; isOpen?: ((s: Structure) => boolean | undefined) | undefined; tie?: (a: number, b: number) => number },
): FoundStructure[] | undefined {
  const { origin, radiusKm, filters, isOpen, tie } = options;
  const { structures, lat, lon } = positions;
  const band = radiusKm / KM_PER_DEGREE;
  const point: LatLon = { lat: 0, lon: 0 };
  const kept: { index: number; km: number }[] = [];
  for (let i = 0; i < lat.length; i++) {
    if (Math.abs(lat[i]! - origin.lat) > band) continue;
    point.lat = lat[i]!;
    point.lon = lon[i]!;
    const km = distanceKm(origin, point);
    if (km <= radiusKm && matches(structures[i]!, filters, isOpen)) kept.push({ index: i, km });
  }
  if (kept.length === 0) return undefined;
  kept.sort((a, b) => a.km - b.km || (tie ? tie(a.index, b.index) : 0) || a.index - b.index);
  return kept.map(({ index, km }) => ({ structure: structures[index]!, distanceKm: km }));
}
