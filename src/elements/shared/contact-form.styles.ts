import { css } from 'lit';

/** Styles of the forms, added to the host's shadow root. */
export const networkStyles = css`
  .network .field {
    margin: 0.75rem 0;
  }
  .network label:not(.consent) {
    display: block;
    font-weight: 600;
  }
  .network input:not([type='checkbox']),
  .network textarea {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
    margin-top: 0.25rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .network [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .network .hint {
    margin: 0.25rem 0 0;
    color: var(--_text-muted);
    font-size: 0.95em;
  }
  .network .field-error,
  .network .submit-outcome.failed {
    color: var(--_error);
    font-weight: 600;
  }
  .network .field-error {
    margin: 0.25rem 0 0;
  }
  .network .consent {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0.75rem 0;
  }
  .network .consent input {
    flex: none;
    width: 1.2rem;
    height: 1.2rem;
    margin-top: 0.2rem;
    accent-color: var(--_primary);
  }
  .network fieldset {
    margin: 0.75rem 0;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .network legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .network .notice {
    padding: 0.5rem 0.75rem;
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_primary);
  }
  .network .notice p {
    margin: 0.25rem 0;
  }
  .network .notice-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .network .contact-sent:focus {
    outline: none;
  }
  .network .contact-sent:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .network dt {
    font-weight: 600;
  }
  .network dd {
    margin: 0 0 0.5rem;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .network .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: var(--_space) 0;
  }
  @media print {
    .network {
      display: none !important;
    }
  }
`;
