import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    /* Reserve the first screen's space (the loader reserves the same before the code arrives). */
    min-height: 18rem;
  }
  @media (max-width: 48rem) {
    :host {
      min-height: 29rem;
    }
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2,
  h3 {
    margin: 0 0 0.75em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.75em;
  }
  .meta,
  .help,
  .hint {
    color: var(--_text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: calc(var(--_space) * 1.25);
  }
  .progress-row {
    margin-bottom: var(--_space);
  }
  .progress-text {
    font-weight: 600;
    margin-bottom: 0.35em;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    appearance: none;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
    transition: width 0.2s ease-out;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    width: 100%;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  /* Two columns only where each answer's words fit whole: one column on phones. */
  .options.scale {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.65rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
    /* Lines break between words; a word is cut only when it is wider than the whole line. */
    overflow-wrap: break-word;
    min-width: 0;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_primary);
  }
  .option.unknown {
    margin-top: 0.5rem;
    background: transparent;
  }
  .validation,
  .missing {
    color: var(--_error);
    font-weight: 600;
  }
  .missing {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
    margin-bottom: var(--_space);
  }
  .missing a {
    color: inherit;
  }
  .question.invalid .options {
    outline: 2px solid var(--_error);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }
  .question-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .number {
    color: var(--_text-muted);
  }
  .review {
    padding-inline-start: 1.5rem;
    margin: 0;
  }
  .review li {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .review-question {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .review-answer {
    margin: 0;
  }
  @container (max-width: 24rem) {
    .card {
      padding: calc(var(--_space) * 0.75);
    }
    .actions .button {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    progress {
      border-color: CanvasText;
    }
  }
`;
