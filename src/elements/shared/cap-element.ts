import { LitElement } from 'lit';
import { emit, type CapErrorDetail } from './events.js';
import type { Lang } from '../../core/i18n.js';
import { errorSummary } from './error-view.js';
import { resolveLang, unwatchLang, watchLang } from './lang.js';
import type { LoadFailure } from './failure.js';
import { sharedEnglish } from './messages.js';

/** A loader of English messages (english.ts): undefined once loaded, else the pending load. */
export type EnglishLoad = () => Promise<void> | undefined;

/**
 * What every Cap Numérique element shares: its language (its own `lang`, else the closest
 * ancestor's, else the page's, followed as they change), its primary colour, and the one way to
 * report bad input (visible state + console + `cap-error`).
 *
 * @attr lang - `fr` or `en`; without it, the closest ancestor's `lang`, else the page's (else French), followed as they change.
 * @attr primary - The primary colour (any CSS colour), applied as `--cap-color-primary`; allowed under a strict `style-src`, unlike a `style` attribute.
 */
export class CapElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
    primary: { type: String },
    failure: { state: true },
  };

  /**
   * The primary colour (any CSS colour), set as `--cap-color-primary` on the element through the
   * CSSOM: unlike a `style` attribute, allowed under a strict `style-src`. Invalid values are ignored.
   */
  declare primary: string | undefined;
  private painted = '';

  /** The English messages this element renders with (its own and the shared ones). */
  static english: EnglishLoad[] = [sharedEnglish];

  /** The current error, shown by the element with renderError(). */
  declare protected failure: LoadFailure | undefined;
  private lastLogged = '';

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The language in use: fr or en. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** Resolves once the messages of the element's language are in (at once in French). */
  protected englishReady(): Promise<void> {
    return Promise.all(this.pendingEnglish()).then(() => undefined);
  }

  private pendingEnglish(): Promise<void>[] {
    if (this.language !== 'en') return [];
    const loads = (this.constructor as typeof CapElement).english.map((load) => load());
    return loads.filter((pending): pending is Promise<void> => pending !== undefined);
  }

  /** Applies `primary`; an element in English renders once its English messages are in. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const primary = this.primary ?? '';
    if (primary !== this.painted) {
      this.painted = primary;
      if (CSS.supports('color', primary)) this.style.setProperty('--cap-color-primary', primary);
      else this.style.removeProperty('--cap-color-primary');
    }
    const pending = this.pendingEnglish();
    return pending.length > 0 ? Promise.all(pending).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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
