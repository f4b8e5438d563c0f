import { nothing, type ReactiveControllerHost } from 'lit';
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
type Draw = (transform: ZoomTransform, size: { width: number; height: number }, zoom: number, points: readonly [number, number][]) => unknown;

/** Loads the names layer once, when an offline map is drawn, and redraws the map when it arrives. */
export class MapPlaces {
  private draw: Draw | undefined;
  private asked = false;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {}

  /** A failed download leaves the map without names (asked again on a later draw). */
  private want(): void {
    if (this.asked) return;
    this.asked = true;
    whenIdle(() => {
      void Promise.all([import('./map-place-labels.js'), import('../../data/communes.js').then((m) => m.loadLargestCommunes())]).then(
        ([labels, communes]) => {
          const largest = [...communes].sort((a, b) => b.population - a.population);
          labels.adoptPlaceStyles(this.host.renderRoot);
          this.draw = (...args) => labels.drawPlaces(largest, ...args);
          this.host.requestUpdate();
        },
        () => {
          this.asked = false;
        },
      );
    });
  }

  /** The names layer of an offline map (nothing over tiles, which carry their own names). */
  render(offline: boolean, transform: ZoomTransform, size: { width: number; height: number }, zoom: number, points: readonly [number, number][]): unknown {
    if (!offline) return nothing;
    this.want();
    return this.draw?.(transform, size, zoom, points) ?? nothing;
  }
}
