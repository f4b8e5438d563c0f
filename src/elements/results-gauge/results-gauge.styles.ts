import { css } from 'lit';

export const styles = css`
  :host {
    --_track: var(--cap-gauge-track, light-dark(#e3e3ea, #3a3a48));
    container-type: inline-size;
    min-width: 0;
    /* Reserved (the loader reserves the same before the code arrives). */
    min-height: 18.5rem;
  }
  :host([show-sector]) {
    min-height: 20.5rem;
  }
  figure {
    margin: 0;
    text-align: center;
  }
  .dial {
    display: block;
    width: 100%;
    max-width: 26rem;
    height: auto;
    margin: 0 auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .band,
  .fill {
    fill: var(--_text-muted);
  }
  .level-1 {
    --_level: var(--_level-1);
  }
  .level-2 {
    --_level: var(--_level-2);
  }
  .level-3 {
    --_level: var(--_level-3);
  }
  .level-4 {
    --_level: var(--_level-4);
  }
  .band.level-1,
  .band.level-2,
  .band.level-3,
  .band.level-4,
  .fill.level-1,
  .fill.level-2,
  .fill.level-3,
  .fill.level-4 {
    fill: var(--_level);
  }
  .score {
    font-size: 34px;
    font-weight: 700;
    fill: var(--_text);
  }
  .out-of {
    font-size: 12px;
    fill: var(--_text-muted);
  }
  .level {
    margin: 0.5em 0 0;
    font-size: 1.15em;
  }
  .level-text {
    color: var(--_text);
    text-decoration: underline;
    text-decoration-color: var(--_level, currentColor);
    text-decoration-thickness: 0.2em;
    text-underline-offset: 0.25em;
  }
  .empty,
  .sector {
    margin: 0.5em auto 0;
    max-width: 36rem;
    color: var(--_text-muted);
  }
  .sector {
    text-align: start;
  }
  .sector ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .source {
    margin: 0.35em 0 0;
    font-size: 0.9em;
  }
  .dimensions {
    margin-top: calc(var(--_space) * 1.25);
  }
  .dimension-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
    counter-reset: dimension;
  }
  .dimension-list li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.15rem 1rem;
    align-items: baseline;
    counter-increment: dimension;
  }
  .radar-layout .dimension-name::before {
    content: counter(dimension) '. ';
    font-weight: 700;
  }
  .dimension-name {
    overflow-wrap: anywhere;
  }
  .dimension-value {
    font-weight: 600;
    text-align: end;
  }
  .bar {
    grid-column: 1 / -1;
    display: block;
    width: 100%;
    height: 0.6rem;
    border-radius: 999px;
    overflow: hidden;
  }
  .bar-track {
    fill: var(--_track);
  }
  .bar-fill {
    fill: var(--cap-color-bar, var(--_level, var(--_primary)));
  }
  .radar {
    display: block;
    width: 100%;
    max-width: 22rem;
    height: auto;
    margin: 0 auto var(--_space);
  }
  .ring {
    fill: none;
    stroke: var(--_track);
    stroke-width: 1;
  }
  .axis {
    stroke: var(--_track);
  }
  .axis-number {
    font-size: 13px;
    font-weight: 700;
    fill: var(--_text);
  }
  .area {
    fill: var(--cap-color-bar, var(--_primary));
    fill-opacity: 0.25;
    stroke: var(--cap-color-bar, var(--_primary));
    stroke-width: 2.5;
  }
  .dot {
    fill: var(--cap-color-bar, var(--_primary));
  }
  @container (max-width: 22rem) {
    .dimension-list li {
      grid-template-columns: 1fr;
    }
    .dimension-value {
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .track,
    .bar-track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .dial .band {
      fill: GrayText;
    }
    .dial .fill,
    .bar-fill,
    .dot {
      fill: Highlight;
    }
    .score,
    .out-of,
    .axis-number {
      fill: CanvasText;
    }
    .ring,
    .axis {
      stroke: GrayText;
    }
    .area {
      fill: Highlight;
      stroke: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      break-inside: avoid;
    }
    .track,
    .bar-track {
      fill: #fff;
      stroke: #000;
      stroke-width: 0.75px;
    }
    .dial .band {
      fill: #999;
    }
    .dial .band.level-2,
    .dial .band.level-4 {
      fill: #555;
    }
    .dial .fill,
    .bar-fill,
    .dot {
      fill: #000;
    }
    .score,
    .out-of,
    .axis-number {
      fill: #000;
    }
    .area {
      fill: #000;
      fill-opacity: 0.15;
      stroke: #000;
    }
    .ring,
    .axis {
      stroke: #777;
    }
    .empty,
    .sector,
    .level-text {
      color: #000;
    }
  }
`;
