import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/i18n.js';
import type { LoadFailure } from './failure.js';
import { sharedMsg } from './messages.js';

const MAX_SHOWN = 20;

/**
 * The one error display of the library: a `role="alert"` panel saying what is wrong and where.
 * Everything is rendered as text through Lit bindings, so data can never become markup.
 */
export function renderError(failure: LoadFailure, lang: Lang, retry?: () => void): TemplateResult {
  const shown = failure.issues.slice(0, MAX_SHOWN);
  return html`<div class="error" role="alert" part="error">
    <h2>${sharedMsg(lang, 'errorTitle')}</h2>
    <p>${failure.message}</p>
    ${shown.length
      ? html`<ul>
          ${shown.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>${sharedMsg(lang, 'colon')} ${i.message}` : i.message}</li>`)}
        </ul>`
      : nothing}
    ${failure.issues.length > MAX_SHOWN
      ? html`<p>${sharedMsg(lang, 'moreIssues', { count: failure.issues.length - MAX_SHOWN })}</p>`
      : nothing}
    ${retry && failure.kind === 'network'
      ? html`<button type="button" class="button secondary" part="button retry-button" @click=${retry}>
          ${sharedMsg(lang, 'retry')}
        </button>`
      : nothing}
  </div>`;
}

/** The text logged to the console and carried by `cap-error`. */
export function errorSummary(failure: LoadFailure): string {
  return [failure.message, ...failure.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))].join('\n');
}
