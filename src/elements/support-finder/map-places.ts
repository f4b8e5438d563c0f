import { css, nothing, svg, type ReactiveControllerHost } from 'lit';
import type { ZoomTransform } from 'd3-zoom';
import type { Commune } from '../../core/geo/communes.js';
import { project } from './map-geometry.js';
import { whenIdle } from '../shared/idle.js';

/**
 * Place names on the offline map (`tiles="none"`), which is otherwise an outline with pins: the
 * largest communes in view, more as one zooms in, none overlapping another or a cluster. They come
 * from the largest communes of the bundled commune index (its head part, a lazy chunk the place
 * search shares), loaded on an idle moment after the map is first drawn: no request leaves the
 * page's origin.
 *
 * They are hidden from assistive technology: they only help the eye find its way, the map's
 * clusters and markers already have their own names (« 12 structures », a structure's name), and
 * the list beside the map is the primary interface. Dozens of town names read out in the map would
 * be noise between those.
 */

export interface PlaceLabel {
  name: string;
  /** The commune's point, in pixels of the map. */
  x: number;
  y: number;
  /** From the point to the label's start (right of the point) or end (left of it). */
  dx: number;
  anchor: 'start' | 'end';
}

/** A rectangle in pixels: x, y (top left), width, height. */
type Box = [number, number, number, number];

const FONT_PX = 12;
/** Average width of a character of the label font, in ems (a generous estimate: no overlap). */
const CHAR_EM = 0.58;
const GAP = 5;
/** Where a label may start (right, positive) or end (left, negative) from its point, in pixels. */
const OFFSETS = [GAP, -GAP, 3 * GAP, -3 * GAP];

/**
 * How many names, and from how many inhabitants, at a map zoom: the whole of France shows its
 * largest cities, a département its towns. At most one name per 9,000 px² of map, so a 320 px
 * wide map shows fewer.
 */
function limits(zoom: number, width: number, height: number): { count: number; minPopulation: number } {
  const byArea = Math.floor((width * height) / 9000);
  if (zoom < 6) return { count: Math.min(8, byArea), minPopulation: 150_000 };
  if (zoom < 7) return { count: Math.min(12, byArea), minPopulation: 60_000 };
  if (zoom < 8) return { count: Math.min(16, byArea), minPopulation: 30_000 };
  return { count: Math.min(24, byArea), minPopulation: 0 };
}

const overlaps = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/**
 * The labels to draw: communes by decreasing population, inside the map, kept when their box
 * overlaps no label already kept and no obstacle (clusters, markers, the search origin).
 * `communes` are sorted by decreasing population.
 */
export function placeLabels(
  communes: readonly Commune[],
  transform: Pick<ZoomTransform, 'applyX' | 'applyY'>,
  size: { width: number; height: number },
  zoom: number,
  obstacles: readonly Box[] = [],
): PlaceLabel[] {
  const { count, minPopulation } = limits(zoom, size.width, size.height);
  const kept: PlaceLabel[] = [];
  const boxes: Box[] = [];
  for (const c of communes) {
    if (kept.length >= count || c.population < minPopulation) break;
    const [px, py] = project([c.lon, c.lat]);
    const x = transform.applyX(px);
    const y = transform.applyY(py);
    if (x < 2 || y < FONT_PX || x > size.width - 2 || y > size.height - 4) continue;
    const width = c.name.length * FONT_PX * CHAR_EM;
    // Right of the point, else left of it, else past a pin or a cluster standing on it.
    for (const offset of OFFSETS) {
      const left = offset > 0 ? x + offset : x + offset - width;
      const box: Box = [left - 1, y - FONT_PX * 0.7, width + 2, FONT_PX * 1.4];
      if (left < 2 || left + width > size.width - 2) continue;
      if (boxes.some((b) => overlaps(b, box)) || obstacles.some((b) => overlaps(b, box))) continue;
      boxes.push(box, [x - 3, y - 3, 6, 6]);
      kept.push({ name: c.name, x, y, dx: offset, anchor: offset > 0 ? 'start' : 'end' });
      break;
    }
  }
  return kept;
}

/** Loads the largest communes once, when asked, and redraws the map when they arrive. */
export class MapPlaces {
  private communes: readonly Commune[] = [];
  private asked = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The communes loaded so far, by decreasing population (none before the first `want`). */
  get largest(): readonly Commune[] {
    return this.communes;
  }

  /** Loads them on the next idle moment (a failed download leaves the map without names). */
  want(): void {
    if (this.asked) return;
    this.asked = true;
    whenIdle(() => {
      void import('../../data/communes.js')
        .then((m) => m.loadLargestCommunes())
        .then(
          (communes) => {
            this.communes = [...communes].sort((a, b) => b.population - a.population);
            this.host.requestUpdate();
          },
          () => {
            this.asked = false;
          },
        );
    });
  }

  /**
   * The names layer of an offline map (nothing over tiles, which carry their own names), around
   * the clusters and markers drawn at `points` ([lon, lat] each).
   */
  render(offline: boolean, transform: ZoomTransform, size: { width: number; height: number }, zoom: number, points: readonly [number, number][]): unknown {
    if (!offline) return nothing;
    this.want();
    if (!this.communes.length) return nothing;
    const obstacles = points.map(([lon, lat]): Box => {
      const [px, py] = project([lon, lat]);
      const x = transform.applyX(px);
      const y = transform.applyY(py);
      // A marker's pin above its point, or most of a cluster's circle.
      return [x - 12, y - 25, 24, 37];
    });
    const labels = placeLabels(this.communes, transform, size, zoom, obstacles);
    if (!labels.length) return nothing;
    return svg`<g class="places" aria-hidden="true">${labels.map(
      (l) => svg`<circle class="place-dot" cx=${l.x} cy=${l.y} r="2"></circle><text
        class="place-name"
        x=${l.x + l.dx}
        y=${l.y}
        dy="0.35em"
        text-anchor=${l.anchor}
      >${l.name}</text>`,
    )}</g>`;
  }
}

/**
 * Dark text with a light halo (and the reverse in dark mode): legible on the land, on the sea and
 * across the outline's borders; the contrast is the text's against its halo.
 */
export const placeStyles = css`
  .places {
    pointer-events: none;
  }
  .place-name {
    font-size: ${FONT_PX}px;
    fill: var(--cap-map-label, light-dark(#2b2b2b, #f0f0f0));
    stroke: var(--cap-map-label-halo, light-dark(#ffffff, #1a1a1a));
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .place-dot {
    fill: var(--cap-map-label, light-dark(#2b2b2b, #f0f0f0));
  }
  @media (forced-colors: active) {
    .place-name {
      fill: CanvasText;
      stroke: Canvas;
    }
    .place-dot {
      fill: CanvasText;
    }
  }
`;
