import { area, curveMonotoneX, line } from 'd3-shape';
import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import type { Spread } from '../../core/network-overview.js';

/**
 * The overview's charts: SVG drawn from the figures (paths with d3-shape), hidden from assistive
 * technology — each chart is followed by a table with the same figures, which is what a screen
 * reader reads and what prints. Labels are text nodes (Lit bindings), never markup.
 */

const WIDTH = 640;
const LABEL = 250;
const BAR = 22;
const GAP = 8;

const shorten = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A chart's frame: an SVG of the chart's own height, scaled to the width. */
function frame(height: number, content: SVGTemplateResult | SVGTemplateResult[], className: string): TemplateResult {
  return html`<svg class=${`chart ${className}`} part="chart" viewBox=${`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
    ${content}
  </svg>`;
}

export interface Bar {
  label: string;
  value: number;
  /** The value as written next to the bar. */
  text: string;
  /** `level-1`…`level-4` or empty. */
  tone?: string;
}

/** Horizontal bars, one per item, from 0 to `max` (default: the largest value). */
export function barChart(bars: readonly Bar[], max = Math.max(1, ...bars.map((b) => b.value))): TemplateResult {
  const span = WIDTH - LABEL - 70;
  const height = bars.length * (BAR + GAP) + GAP;
  return frame(
    height,
    bars.map((bar, i) => {
      const y = GAP + i * (BAR + GAP);
      const width = Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * span);
      return svg`<text class="label" x=${LABEL - 8} y=${y + BAR / 2} text-anchor="end" dominant-baseline="middle">${shorten(bar.label)}</text>
        <rect class=${`bar ${bar.tone ?? ''}`} x=${LABEL} y=${y} width=${width} height=${BAR}></rect>
        <text class="value" x=${LABEL + width + 6} y=${y + BAR / 2} dominant-baseline="middle">${bar.text}</text>`;
    }),
    'bars',
  );
}

/** Counts over time: an area under a line, with the first and last periods written under it. */
export function timelineChart(points: readonly { label: string; count: number }[]): TemplateResult {
  const height = 170;
  const top = 14;
  const bottom = height - 26;
  const left = 40;
  const right = WIDTH - 10;
  const max = Math.max(1, ...points.map((p) => p.count));
  const x = (i: number) => (points.length < 2 ? (left + right) / 2 : left + ((right - left) * i) / (points.length - 1));
  const y = (count: number) => bottom - ((bottom - top) * count) / max;
  const xy = points.map((p, i) => [x(i), y(p.count)] as [number, number]);
  const fill = area<[number, number]>()
    .x((p) => p[0])
    .y0(bottom)
    .y1((p) => p[1])
    .curve(curveMonotoneX);
  const stroke = line<[number, number]>().curve(curveMonotoneX);
  const first = points[0];
  const last = points[points.length - 1];
  return frame(
    height,
    [
      svg`<line class="axis" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
        <text class="tick" x=${left - 6} y=${top} text-anchor="end" dominant-baseline="middle">${max}</text>
        <text class="tick" x=${left - 6} y=${bottom} text-anchor="end" dominant-baseline="middle">0</text>`,
      svg`<path class="area" d=${fill(xy) ?? ''}></path><path class="line" d=${stroke(xy) ?? ''}></path>`,
      ...xy.map(([cx, cy]) => svg`<circle class="dot" cx=${cx} cy=${cy} r=${points.length > 60 ? 1.5 : 3}></circle>`),
      first ? svg`<text class="tick" x=${left} y=${height - 6}>${first.label}</text>` : svg``,
      last && last !== first ? svg`<text class="tick" x=${right} y=${height - 6} text-anchor="end">${last.label}</text>` : svg``,
    ],
    'timeline',
  );
}

/** One box plot per dimension on a 0–100 scale: whiskers min–max, box Q1–Q3, a line at the median. */
export function spreadChart(spreads: readonly (Spread & { label: string })[]): TemplateResult {
  const span = WIDTH - LABEL - 20;
  const at = (score: number) => LABEL + (span * score) / 100;
  const height = spreads.length * (BAR + GAP) + GAP + 20;
  const axis = [0, 25, 50, 75, 100].map(
    (tick) => svg`<line class="grid" x1=${at(tick)} x2=${at(tick)} y1=${GAP} y2=${height - 20}></line>
      <text class="tick" x=${at(tick)} y=${height - 6} text-anchor="middle">${tick}</text>`,
  );
  return frame(
    height,
    [
      ...axis,
      ...spreads.map((s, i) => {
        const y = GAP + i * (BAR + GAP);
        const mid = y + BAR / 2;
        return svg`<text class="label" x=${LABEL - 8} y=${mid} text-anchor="end" dominant-baseline="middle">${shorten(s.label)}</text>
          ${s.count === 0
            ? svg``
            : svg`<line class="whisker" x1=${at(s.min)} x2=${at(s.max)} y1=${mid} y2=${mid}></line>
              <rect class="box" x=${at(s.q1)} y=${y + 3} width=${Math.max(1, at(s.q3) - at(s.q1))} height=${BAR - 6}></rect>
              <line class="median" x1=${at(s.median)} x2=${at(s.median)} y1=${y} y2=${y + BAR}></line>`}`;
      }),
    ],
    'spread',
  );
}
