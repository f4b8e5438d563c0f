import { css } from 'lit';

export const styles = css`
  :host {
    --_chart: var(--cap-color-chart, var(--_primary));
    --_grid: light-dark(#d5d5de, #4a4a58);
    min-width: 0;
    /* Reserved (the loader reserves the same before the code arrives). */
    min-height: 16rem;
    padding: var(--_space);
  }
  .title {
    font-size: 1.3em;
    margin: 0 0 0.75em;
  }
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .source {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  .source.dragging {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .source label,
  .filters label,
  .contact-filters label {
    font-weight: 600;
  }
  .hint,
  .note,
  .source-line {
    color: var(--_text-muted);
    margin: 0;
  }
  .note {
    margin: 0.25em 0 0.75em;
  }
  .status:empty {
    display: none;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    min-height: 2.75rem;
    padding: 0.25em 0.5em;
    max-width: 100%;
  }
  input[type='file'] {
    border: 0;
    padding-inline: 0;
  }
  .filters,
  .contact-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin: var(--_space) 0;
    /* A fieldset is as wide as its content by default: it would not shrink to a narrow screen. */
    min-inline-size: 0;
  }
  .contact-filters {
    border: 0;
    padding: 0;
  }
  .filters label,
  .contact-filters label {
    display: grid;
    /* A select is as wide as its longest option: let the column, not the option, set the width. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    min-width: 0;
    max-width: 100%;
  }
  .filters select,
  .contact-filters select {
    width: 100%;
  }
  /* WebKit counts a long option's text as overflow of its select, which would widen the page on a
     narrow screen: the label clips it, with room for the focus ring (3 px + 2 px offset). */
  .filters label:has(select),
  .contact-filters label:has(select) {
    overflow: hidden;
    padding: 5px;
    margin: -5px;
  }
  .bad {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin-block: var(--_space);
    overflow-wrap: anywhere;
  }
  .bad ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  .block {
    margin-block: calc(var(--_space) * 1.5);
    break-inside: avoid;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 48rem;
    height: auto;
    font-size: 13px;
    overflow: visible;
  }
  .chart text {
    fill: var(--_text);
  }
  .chart .tick {
    fill: var(--_text-muted);
    font-size: 12px;
  }
  .bar,
  .box {
    fill: var(--_chart);
  }
  .bar.level-1 {
    fill: var(--_level-1);
  }
  .bar.level-2 {
    fill: var(--_level-2);
  }
  .bar.level-3 {
    fill: var(--_level-3);
  }
  .bar.level-4 {
    fill: var(--_level-4);
  }
  .box {
    fill-opacity: 0.35;
    stroke: var(--_chart);
    stroke-width: 1.5;
  }
  .median {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .whisker,
  .line,
  .axis {
    stroke: var(--_chart);
    stroke-width: 2;
    fill: none;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_grid);
  }
  .area {
    fill: var(--_chart);
    fill-opacity: 0.15;
  }
  .dot {
    fill: var(--_chart);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5em;
    font-size: 0.95em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.75em 0.3em 0;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--_text-muted);
  }
  tbody th {
    font-weight: 600;
  }
  td.level-1,
  td.level-2,
  td.level-3,
  td.level-4 {
    font-weight: 600;
  }
  /* The table scrolls sideways in its region: columns keep a readable width rather than
     wrapping an address letter by letter (break-word does not shrink a column, anywhere would). */
  .contact-table .message {
    white-space: pre-line;
    min-width: 16em;
    overflow-wrap: break-word;
  }
  .wrap {
    min-width: 12em;
    overflow-wrap: break-word;
  }
  .nowrap {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .source-line {
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .bar,
    .box,
    .dot {
      fill: CanvasText;
    }
    .line,
    .whisker,
    .median,
    .axis,
    .grid {
      stroke: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
  }
  @media print {
    :host {
      padding: 0;
    }
    .source,
    .filters select,
    .contact-filters,
    .actions,
    .status {
      display: none;
    }
    .filters input {
      border: 0;
    }
    .table-wrap {
      overflow: visible;
    }
    .block {
      break-inside: avoid;
    }
  }
`;
