import { css } from 'lit';

export const diagnosticStyles = css`
  :host {
    container-type: inline-size;
    /* Reserve the first screen's space (the loader reserves the same before the code arrives). */
    min-height: 24rem;
  }
  @media (max-width: 48rem) {
    :host {
      min-height: 35rem;
    }
  }
  [hidden] {
    display: none !important;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    color: var(--_text-muted);
  }
  .steps .current {
    color: var(--_text);
    font-weight: 700;
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.85em;
  }
  .current .step-number {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  h2 {
    font-size: 1.35em;
    margin: 0 0 0.75em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    font-size: 1.15em;
    margin: 1.25em 0 0.5em;
  }
  h4 {
    margin: 1em 0 0.35em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: var(--_space) 0;
  }
  .change,
  .previous {
    font-weight: 700;
  }
  .next-steps a {
    color: var(--_primary);
  }
  #share-link {
    display: block;
    width: 100%;
    margin-top: 0.35rem;
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .submit-outcome.failed {
    color: var(--_error);
    font-weight: 600;
  }
  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .print-only,
  .printed-date {
    display: none;
  }
  @media print {
    nav,
    .actions,
    .keep,
    .submit,
    .contacts .button,
    [data-step='quiz'],
    [data-step='finder'] {
      display: none !important;
    }
    [data-step='results'] {
      display: block !important;
    }
    .print-only,
    .printed-date {
      display: block;
    }
    :host {
      color: #000;
      background: #fff;
    }
    .next-steps a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
