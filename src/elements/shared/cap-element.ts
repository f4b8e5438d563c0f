import { LitElement } from 'lit';
import { emit, type CapErrorDetail } from '../../core/events.js';
import { resolveLang, type Lang } from '../../core/i18n.js';
import { errorSummary } from './error-view.js';
import type { LoadFailure } from './load-json.js';

/**
 * What every Cap Numérique element shares: the language resolution of DESIGN §2 and the one way
 * to report bad input (visible state + console + `cap-error`).
 */
export class CapElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
    failure: { state: true },
  };

  /** The current error, shown by the element with renderError(). */
  declare protected failure: LoadFailure | undefined;
  private lastLogged = '';

  /** The language in use: fr or en. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** Show an error, log it once and fire `cap-error`. */
  protected reportFailure(failure: LoadFailure): void {
    this.failure = failure;
    const summary = errorSummary(failure);
    if (summary !== this.lastLogged) {
      this.lastLogged = summary;
      console.error(`[cap-numerique] <${this.localName}>: ${summary}`);
    }
    emit<CapErrorDetail>(this, 'cap-error', { message: failure.message, issues: failure.issues });
  }

  protected clearFailure(): void {
    this.failure = undefined;
    this.lastLogged = '';
  }
}
