import { css, nothing, svg } from 'lit';
import type { PlacesLayer } from './map-places.js';
import type { ZoomTransform } from 'd3-zoom';
import type { Commune } from '../../core/geo/communes.js';
import { project } from './map-geometry.js';

/**
 * The offline map's place names (see map-places.ts): which communes to name in the view, and the
 * SVG that names them. A lazy chunk, loaded with the largest communes.
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

export const FONT_PX = 12;
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

/** The names layer over these communes, its styles adopted by the map's shadow root. */
export function placesLayer(communes: readonly Commune[], root: HTMLElement | DocumentFragment): PlacesLayer {
  const largest = [...communes].sort((a, b) => b.population - a.population);
  adoptPlaceStyles(root);
  return (...args) => drawPlaces(largest, ...args);
}

/**
 * The names layer: the largest communes in view, around the clusters and markers drawn at
 * `points` ([lon, lat] each). `communes` are sorted by decreasing population.
 */
function drawPlaces(
  communes: readonly Commune[],
  transform: ZoomTransform,
  size: { width: number; height: number },
  zoom: number,
  points: readonly [number, number][],
): unknown {
  const obstacles = points.map(([lon, lat]): Box => {
    const [px, py] = project([lon, lat]);
    const x = transform.applyX(px);
    const y = transform.applyY(py);
    // A marker's pin above its point, or most of a cluster's circle.
    return [x - 12, y - 25, 24, 37];
  });
  const labels = placeLabels(communes, transform, size, zoom, obstacles);
  if (!labels.length) return nothing;
  // Presentation attributes where the styles below cannot be adopted; the styles win where they are.
  return svg`<g class="places" aria-hidden="true" font-size=${FONT_PX} fill="#2b2b2b" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.map(
    (l) => svg`<circle class="place-dot" cx=${l.x} cy=${l.y} r="2"></circle><text
      class="place-name"
      x=${l.x + l.dx}
      y=${l.y}
      dy="0.35em"
      text-anchor=${l.anchor}
    >${l.name}</text>`,
  )}</g>`;
}

/**
 * Dark text with a light halo (and the reverse in dark mode): legible on the land, on the sea and
 * across the outline's borders; the contrast is the text's against its halo.
 */
const placeStyles = css`
  .places {
    pointer-events: none;
  }
  .place-name {
    font-size: 12px;
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

/** Adds the names' styles to the map's shadow root (constructable style sheets: no inline style, any CSP). */
function adoptPlaceStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = placeStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
