import { css } from 'lit';

/**
 * Design tokens. Public hooks are `--cap-*` custom properties set by the host page; each resolves
 * into a private `--_*` variable with a default. Defaults use `light-dark()`, so the dark scheme
 * applies only where the host page declares `color-scheme: light dark` (or `dark`) — a light site
 * never gets a dark widget by surprise. Default colours meet WCAG AA contrast.
 */
export const tokens = css`
  :host {
    --_primary: var(--cap-color-primary, light-dark(#000091, #8c8cff));
    --_on-primary: var(--cap-color-on-primary, light-dark(#ffffff, #0b0b2b));
    --_text: var(--cap-color-text, light-dark(#1e1e1e, #eeeeee));
    --_text-muted: var(--cap-color-text-muted, light-dark(#545454, #bdbdbd));
    --_surface: var(--cap-color-surface, light-dark(#ffffff, #161616));
    --_surface-alt: var(--cap-color-surface-alt, light-dark(#f3f3f8, #232330));
    --_border: var(--cap-color-border, light-dark(#767676, #929292));
    --_error: var(--cap-color-error, light-dark(#b60000, #ff8a80));
    --_focus: var(--cap-color-focus, light-dark(#0a5bd6, #8ab4ff));
    --_radius: var(--cap-radius, 0.5rem);
    --_space: var(--cap-space, 1rem);
    --_font: var(--cap-font-family, inherit);
    --_level-1: var(--cap-color-level-1, light-dark(#b34000, #ffb085));
    --_level-2: var(--cap-color-level-2, light-dark(#8d6200, #f5c84c));
    --_level-3: var(--cap-color-level-3, light-dark(#2f6b26, #9ed98e));
    --_level-4: var(--cap-color-level-4, light-dark(#1a5b8c, #8fc7f2));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    text-decoration: underline;
    min-height: 2.75rem;
    padding-inline: 0.25em;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_text);
  }
  .error h2 {
    color: var(--_error);
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .error code {
    font-family: ui-monospace, monospace;
    font-size: 0.95em;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .error {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
