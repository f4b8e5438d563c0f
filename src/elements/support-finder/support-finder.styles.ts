import { css } from 'lit';

export const finderStyles = css`
  :host {
    container-type: inline-size;
    min-height: 30rem;
  }
  /* Upgraded, before its first render (a task later): the height of the reserved space and of the
     loading state, so that the page does not move in between. */
  :host(:state(pending)) {
    min-height: 100vh;
  }
  .finder {
    display: grid;
    gap: var(--_space);
  }
  label,
  .results-title {
    font-weight: 700;
  }
  .results-title {
    font-size: 1.2em;
    margin: 0 0 0.5em;
  }
  .credits {
    margin: 0;
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .hint,
  .muted,
  .item-themes,
  .more span {
    color: var(--_text-muted);
  }
  .hint {
    margin: 0.15rem 0 0.4rem;
    font-size: 0.9em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .combobox {
    position: relative;
    flex: 1 1 14rem;
    min-width: 0;
  }
  input[type='text'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: 0.45rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [role='option'][aria-selected='true'] .muted,
  [role='option']:hover .muted {
    color: inherit;
  }
  .place-message {
    margin: 0.35rem 0 0;
    min-height: 1.5em;
    font-weight: 600;
  }
  .notices p {
    margin: 0;
  }
  .demo-badge {
    display: inline-block;
    padding: 0.25rem 0.6rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .data-report {
    margin-top: 0.5rem;
    /* Field names of real files are long words (dispositif_programmes_nationaux). */
    overflow-wrap: anywhere;
  }
  /* While the data loads, a screen's height: what follows the list (the map on narrow screens, the
     page after the finder) is below the fold already and does not move when the list fills. */
  .results.waiting {
    min-height: 100vh;
  }
  .columns {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 52rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
      align-items: start;
    }
    .map-column {
      position: sticky;
      top: var(--_space);
    }
  }
  .filters {
    margin-bottom: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .filters summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
  }
  .filter-body {
    display: grid;
    gap: 0.75rem;
    margin-top: 0.5rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    margin: 0.15rem 0.9rem 0.15rem 0;
    font-weight: 400;
    min-height: 2rem;
  }
  .check input {
    width: 1.15rem;
    height: 1.15rem;
    accent-color: var(--_primary);
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .count {
    font-weight: 600;
  }
  .count.fallback {
    border-inline-start: 4px solid var(--_level-2);
    padding-inline-start: 0.5rem;
  }
  .result-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item.selected {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  .item p {
    margin: 0.2rem 0 0;
  }
  .item-title {
    margin: 0;
    font-size: 1.05em;
  }
  .item-button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .item-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.9rem;
  }
  .distance {
    font-weight: 700;
  }
  .status-open {
    color: var(--_level-3);
    font-weight: 600;
  }
  .status-closed,
  .status-appointment,
  .status-unknown {
    color: var(--_text-muted);
    font-weight: 600;
  }
  .warning {
    color: var(--_error);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .detail h2 {
    font-size: 1.3em;
    margin: 0.5rem 0;
    overflow-wrap: anywhere;
  }
  .detail h2:focus {
    outline: none;
  }
  .detail h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .detail h3 {
    font-size: 1.05em;
    margin: 1rem 0 0.35rem;
  }
  .detail dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
    gap: 0.35rem 1rem;
    margin: 0.75rem 0;
  }
  .detail dt {
    font-weight: 700;
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail a {
    color: var(--_primary);
  }
  .detail a.button {
    color: var(--_primary);
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .week {
    border-collapse: collapse;
    width: 100%;
  }
  .week th,
  .week td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .raw-hours code {
    overflow-wrap: anywhere;
  }
  @container (max-width: 26rem) {
    .detail dl {
      grid-template-columns: 1fr;
    }
    .search-row .button {
      flex: 1 1 auto;
    }
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .item.selected {
      outline: 2px solid Highlight;
    }
  }
`;
