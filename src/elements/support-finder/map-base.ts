/**
 * The rest of the offline base map, a lazy chunk of the map (about 14 KB gzip) loaded once the
 * first map is drawn: the countries around France and its overseas departments, so that a border
 * town shows land beyond the border rather than sea, and the French collectivities near them.
 */
import { collectivities, neighbours } from '../../data/map-neighbours.generated.js';
import { ringsPath } from './map-geometry.js';

export interface BaseMapPaths {
  /** Other countries, as one SVG path in world units. */
  neighbours: string;
  /** French land outside the departments' outline, drawn like France. */
  collectivities: string;
}

export function baseMapPaths(): BaseMapPaths {
  return { neighbours: ringsPath(neighbours), collectivities: ringsPath(collectivities) };
}
