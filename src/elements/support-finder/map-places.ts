import type { ZoomTransform } from 'd3-zoom';
import { whenIdle } from '../shared/idle.js';

/**
 * Place names on the offline map (`tiles="none"`), which is otherwise an outline with pins: the
 * largest communes in view, more as one zooms in, none overlapping another or a marker. They come
 * from the largest communes of the bundled commune index (its head part, a lazy chunk the place
 * search shares), loaded with the code that places them (map-place-labels.ts) on an idle moment
 * after the map is first drawn: nothing more before the first list, and no request leaves the
 * page's origin.
 *
 * They are hidden from assistive technology: they only help the eye find its way, the map's
 * clusters and markers already have their own names (« 12 structures », a structure's name), and
 * the list beside the map is the primary interface. Dozens of town names read out in the map would
 * be noise between those.
 */
export type PlacesLayer = (
  transform: ZoomTransform,
  size: { width: number; height: number },
  zoom: number,
  points: readonly [number, number][],
) => unknown;

/** The names layer of a map whose shadow root is `root`, on the next idle moment. */
export const loadPlaces = (root: HTMLElement | DocumentFragment): Promise<PlacesLayer> =>
  new Promise((idle) => whenIdle(() => idle(undefined)))
    .then(() => Promise.all([import('./map-place-labels.js'), import('../../data/communes.js').then((m) => m.loadLargestCommunes())]))
    .then(([labels, communes]) => labels.placesLayer(communes, root));
