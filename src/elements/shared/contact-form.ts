/**
 * What the end of a diagnostic sends to the network when the page sets `submit-url` (the
 * collector's base address), as two separate opt-ins shown by `<cap-diagnostic>` and by the quiz's
 * end screen:
 * 1. the anonymous results, to `<submit-url>results`, after their own consent box (with the
 *    département only when the user chose a commune from the list);
 * 2. « Être recontactée »: association, contact person, e-mail and/or phone, commune, message, to
 *    `<submit-url>contact`, only after its own consent box next to the page's `contact-notice`,
 *    and only on a click on its button. Without a notice, the request is not offered.
 * Nothing is sent before the user's click; a box is never ticked in advance.
 *
 * A lazy chunk, loaded by the element only when `submit-url` is set; a controller that keeps the
 * forms' state on its host element and renders into the host's shadow root.
 */
import { foldText, WORDS } from '../../core/text.js';
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  checkContact,
  CONTACT_FIELDS,
  contactPayload,
  departmentOfChoice,
  emptyContactDraft,
  noticeText,
  type ContactDraft,
  type ContactField,
  type FieldProblem,
} from '../../core/contact-request.js';
import type { ContactPayload } from '../../core/contact-schema.js';
import { emit } from './events.js';
import type { CommuneMatch } from '../../core/geo/communes.js';
import { localize, type Lang } from '../../core/i18n.js';
import { collectorBase, collectorEndpoint, postWithRetry, submissionOf, type Submission, type SubmitOutcome } from '../../core/submission.js';
import type { Questionnaire, QuizResults } from '../../core/types.js';
import { contactMsg as msg } from './contact-form.messages.js';
import { networkStyles } from './contact-form.styles.js';

export interface NetworkFormsOptions {
  /** The collector's base address (collectorBase of `submit-url`). */
  base: URL;
  /** The page's `contact-notice`: purpose, recipient and retention of the contact request. */
  notice: string | undefined;
  results: QuizResults;
  /** The results' level, as the questionnaire names it in this language. */
  levelLabel: string;
  lang: Lang;
  /** Milliseconds before the first retry of the anonymous results (doubled each time). */
  retryDelay: number;
}

/** `detail` of `cap-contact-submit`: the outcome of one click on « Envoyer ma demande ». */
export interface ContactSubmitDetail {
  ok: boolean;
  /** HTTP status (0: no answer). */
  status: number;
  /** What was sent. */
  payload: ContactPayload;
}

type SendState = 'idle' | 'sending' | 'sent' | 'failed';

/** A commune field: the text, the list offered for it, and the commune chosen from that list. */
interface CommuneInput {
  text: string;
  matches: CommuneMatch[];
  chosen: CommuneMatch | undefined;
}
const communeInput = (): CommuneInput => ({ text: '', matches: [], chosen: undefined });

type FindCommunes = (query: string, limit?: number) => Promise<CommuneMatch[]>;
let communeSearch: Promise<FindCommunes> | undefined;
/**
 * The bundled commune index (lazy chunks): its largest communes load when a commune field gets the
 * focus; a query also waits for the part of the index it falls in.
 */
function loadSearch(): Promise<FindCommunes> {
  communeSearch ??= import('../../data/communes.js').then(async (m) => {
    await m.prepareCommuneSearch();
    return m.findCommunes;
  });
  communeSearch.catch(() => (communeSearch = undefined));
  return communeSearch;
}

/** Lower case, no accents, punctuation as spaces: "Saint-Étienne" and "saint etienne" are one name. */
const plain = (text: string) => foldText(text, WORDS);

/**
 * The forms' state on an element (`<cap-diagnostic>` or `<cap-maturity-quiz>`): created once the
 * chunk is in, rendered with `render(options)` where the element shows its results.
 */
export class NetworkForms implements ReactiveController {
  private results: QuizResults | undefined;
  private consent = false;
  private resultsState: SendState = 'idle';
  private resultsStatus = 0;
  private resultsCommune = communeInput();
  private sentDepartment: string | undefined;

  private draft: ContactDraft = emptyContactDraft();
  private contactCommune = communeInput();
  private problems: Partial<Record<ContactField, FieldProblem>> = {};
  /** Problems are shown once the user has asked to send. */
  private checked = false;
  private contactState: SendState = 'idle';
  private serverMessage = '';
  private sentPayload: ContactPayload | undefined;
  /** Announced in the forms' live region. */
  private status = '';
  private focusTarget = '';
  private warnedNoNotice = false;
  private warnedBadUrl = false;

  constructor(
    private readonly host: LitElement,
    /** The event fired after sending the anonymous results (`cap-diagnostic-submit`, `cap-quiz-submit`). */
    private readonly resultsEvent: string,
  ) {
    host.addController(this);
    const root = host.shadowRoot;
    // Added after the element's own styles (and after any other chunk's), never in their place.
    if (root && !root.adoptedStyleSheets.includes(networkStyles.styleSheet!)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, networkStyles.styleSheet!];
    }
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    this.focusTarget = '';
    target?.focus();
  }

  /** New results (another completion, or a restart): both forms start over, nothing ticked. */
  private follow(results: QuizResults): void {
    if (results === this.results) return;
    const first = this.results === undefined;
    this.results = results;
    this.consent = false;
    this.resultsState = 'idle';
    this.sentDepartment = undefined;
    if (!first && this.contactState === 'sent') {
      this.contactState = 'idle';
      this.draft = emptyContactDraft();
      this.contactCommune = communeInput();
      this.checked = false;
      this.problems = {};
    }
    this.draft.consent = false;
    this.draft.attachLevel = false;
  }

  /**
   * For an element that has only `submit-url` (the quiz): the forms, or a message when it is not an
   * http(s) address.
   */
  renderFor(
    submitUrl: string | undefined,
    { questionnaire, ...options }: Omit<NetworkFormsOptions, 'base' | 'levelLabel' | 'retryDelay'> & { questionnaire: Questionnaire },
  ): TemplateResult | typeof nothing {
    if (!submitUrl) return nothing;
    const base = collectorBase(submitUrl, location.href);
    if (!base) {
      const message = msg(options.lang, 'badSubmitUrl', { value: submitUrl.slice(0, 100) });
      if (!this.warnedBadUrl) {
        this.warnedBadUrl = true;
        console.warn(`[cap-numerique] <${this.host.localName}>: ${message}`);
      }
      return html`<p class="submit-outcome failed" role="alert">${message}</p>`;
    }
    const level = questionnaire.levels.find((l) => l.id === options.results.level);
    return this.render({ ...options, base, levelLabel: localize(level?.label, options.lang), retryDelay: 1000 });
  }

  render(options: NetworkFormsOptions): TemplateResult {
    this.follow(options.results);
    return html`<div class="network">
      ${this.renderResults(options)} ${this.renderContact(options)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
    </div>`;
  }

  // ——— the anonymous results ———

  private async sendResults(options: NetworkFormsOptions): Promise<void> {
    if (!this.consent || this.resultsState === 'sending' || this.resultsState === 'sent') return;
    const department = departmentOfChoice(this.resultsCommune.chosen?.commune.insee);
    const payload: Submission = submissionOf(options.results, options.lang, department);
    this.resultsState = 'sending';
    this.host.requestUpdate();
    const outcome: SubmitOutcome = await postWithRetry(collectorEndpoint(options.base, 'results'), payload, { delayMs: options.retryDelay });
    this.resultsState = outcome.ok ? 'sent' : 'failed';
    this.resultsStatus = outcome.status;
    this.sentDepartment = department;
    this.status = this.resultsOutcome(options.lang);
    this.host.requestUpdate();
    emit(this.host, this.resultsEvent, { ...outcome, payload });
  }

  private resultsOutcome(lang: Lang): string {
    if (this.resultsState === 'failed') return msg(lang, 'sendFailed', { status: this.resultsStatus || msg(lang, 'network') });
    return this.sentDepartment ? msg(lang, 'sentDepartment', { department: this.sentDepartment }) : msg(lang, 'sent');
  }

  private renderResults(options: NetworkFormsOptions): TemplateResult {
    const { lang, base } = options;
    const host = base.host;
    const locked = this.resultsState === 'sending' || this.resultsState === 'sent';
    const department = departmentOfChoice(this.resultsCommune.chosen?.commune.insee);
    return html`<section class="submit" part="submit" aria-labelledby="submit-title">
      <h3 id="submit-title">${msg(lang, 'submitTitle')}</h3>
      <p>${msg(lang, 'submitText', { host })}</p>
      ${this.renderCommune(lang, 'results-commune', msg(lang, 'resultsCommune'), this.resultsCommune, locked, [
        msg(lang, 'resultsCommuneHint'),
        department ? msg(lang, 'departmentJoined', { department }) : '',
      ])}
      <label class="consent">
        <input
          type="checkbox"
          .checked=${live(this.consent)}
          ?disabled=${locked}
          @change=${(e: Event) => {
            this.consent = (e.target as HTMLInputElement).checked;
            this.host.requestUpdate();
          }}
        />
        ${msg(lang, 'consent', { host })}
      </label>
      <div class="actions">
        <button type="button" class="button" part="button" ?disabled=${!this.consent || locked} @click=${() => this.sendResults(options)}>
          ${msg(lang, this.resultsState === 'sending' ? 'sending' : 'send')}
        </button>
      </div>
      ${this.resultsState === 'sent' || this.resultsState === 'failed'
        ? html`<p class=${`submit-outcome ${this.resultsState}`}>${this.resultsOutcome(lang)}</p>`
        : nothing}
    </section>`;
  }

  // ——— a commune field, with the communes of the bundled index as suggestions ———

  private renderCommune(lang: Lang, id: string, label: string, input: CommuneInput, disabled: boolean, hints: string[]): TemplateResult {
    const chosen = input.chosen ? msg(lang, 'communeChosen', { label: input.chosen.label }) : '';
    const hint = [...hints, chosen].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        autocomplete="address-level2"
        list=${`${id}-list`}
        maxlength="100"
        .value=${live(input.text)}
        ?disabled=${disabled}
        aria-describedby=${`${id}-hint`}
        @focus=${() => void loadSearch()}
        @input=${(e: Event) => this.typeCommune(input, (e.target as HTMLInputElement).value)}
      />
      <datalist id=${`${id}-list`}>${input.matches.map((m) => html`<option value=${m.label}></option>`)}</datalist>
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
    </div>`;
  }

  private typeCommune(input: CommuneInput, text: string): void {
    input.text = text;
    input.chosen = input.matches.find((m) => m.label === text);
    this.syncDraftCommune();
    this.host.requestUpdate();
    if (input.chosen || text.trim().length < 2) return;
    void loadSearch().then(
      async (search) => {
        const matches = await search(text, 8);
        if (input.text !== text) return;
        input.matches = matches;
        // A name typed in full that only one commune has is as good as choosing it.
        const same = input.matches.filter((m) => m.label === text || plain(m.commune.name) === plain(text));
        input.chosen = same.length === 1 ? same[0] : undefined;
        this.syncDraftCommune();
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  private syncDraftCommune(): void {
    this.draft.commune = this.contactCommune.text;
    this.draft.communeInsee = this.contactCommune.chosen?.commune.insee;
    this.recheck();
  }

  // ——— « Être recontactée » ———

  private edit<K extends keyof ContactDraft>(field: K, value: ContactDraft[K]): void {
    this.draft[field] = value;
    this.recheck();
    this.host.requestUpdate();
  }

  /** Once shown, the problems follow what is typed: a corrected field loses its message. */
  private recheck(): void {
    if (this.checked) this.problems = checkContact(this.draft);
  }

  private async sendContact(options: NetworkFormsOptions): Promise<void> {
    if (this.contactState === 'sending' || this.contactState === 'sent' || !options.notice) return;
    const lang = options.lang;
    this.checked = true;
    this.problems = checkContact(this.draft);
    const wrong = CONTACT_FIELDS.filter((field) => this.problems[field]);
    this.serverMessage = '';
    if (wrong.length > 0) {
      this.status = msg(lang, 'errorCount', { count: wrong.length });
      this.focusTarget = `#contact-${wrong[0]}`;
      this.host.requestUpdate();
      return;
    }
    const payload = contactPayload(this.draft, { notice: options.notice, lang, results: options.results });
    this.contactState = 'sending';
    this.status = msg(lang, 'sending');
    this.host.requestUpdate();
    let status = 0;
    let reason = '';
    let retryAfter = 0;
    try {
      const response = await fetch(collectorEndpoint(options.base, 'contact'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        credentials: 'omit',
      });
      status = response.status;
      retryAfter = Number(response.headers.get('retry-after')) || 0;
      if (!response.ok) reason = await reasonOf(response);
    } catch {
      // No answer (network, CORS): status stays 0.
    }
    const ok = status >= 200 && status < 300;
    if (ok) {
      this.contactState = 'sent';
      this.sentPayload = payload;
      this.status = msg(lang, 'sentTitle');
      this.focusTarget = '[data-contact-sent]';
    } else {
      this.contactState = 'failed';
      const key = [400, 403, 413, 429, 0].includes(status) ? `server-${status}` : 'server-other';
      this.serverMessage = msg(lang, key, { status, reason: reason || '?', minutes: Math.max(1, Math.ceil(retryAfter / 60)) });
      this.status = '';
    }
    this.host.requestUpdate();
    emit<ContactSubmitDetail>(this.host, 'cap-contact-submit', { ok, status, payload });
  }

  private renderContact(options: NetworkFormsOptions): TemplateResult {
    const { lang, base, notice } = options;
    const host = base.host;
    const heading = html`<h3 id="contact-title">${msg(lang, 'contactTitle')}</h3>`;
    if (!notice?.trim()) {
      if (!this.warnedNoNotice) {
        this.warnedNoNotice = true;
        console.warn(`[cap-numerique] <${this.host.localName}>: contact-notice is not set, so the contact request is not offered.`);
      }
      return html`<section class="contact" part="contact" aria-labelledby="contact-title">${heading}<p>${msg(lang, 'noNotice')}</p></section>`;
    }
    if (this.contactState === 'sent' && this.sentPayload) return this.renderSent(lang, host, heading, this.sentPayload, options.levelLabel);
    const locked = this.contactState === 'sending';
    return html`<section class="contact" part="contact" aria-labelledby="contact-title">
      ${heading}
      <p>${msg(lang, 'contactIntro', { host })}</p>
      ${this.textField(lang, 'association', 'text', 'organization', locked)} ${this.textField(lang, 'person', 'text', 'name', locked)}
      <fieldset class="reach">
        <legend>${msg(lang, 'reach')}</legend>
        ${this.textField(lang, 'email', 'email', 'email', locked)} ${this.textField(lang, 'phone', 'tel', 'tel', locked)}
      </fieldset>
      ${this.renderCommune(lang, 'contact-commune', msg(lang, 'commune'), this.contactCommune, locked, [msg(lang, 'communeHint')])}
      ${this.renderMessage(lang, locked)}
      <label class="consent">
        <input
          type="checkbox"
          .checked=${live(this.draft.attachLevel)}
          ?disabled=${locked}
          @change=${(e: Event) => this.edit('attachLevel', (e.target as HTMLInputElement).checked)}
        />
        ${msg(lang, 'attachLevel', { level: options.levelLabel || msg(lang, 'partial') })}
      </label>
      <div class="notice" id="contact-notice">
        <p><strong>${msg(lang, 'noticeLabel')}</strong></p>
        <p class="notice-text">${noticeText(notice)}</p>
      </div>
      ${this.renderConsent(lang, host, locked)}
      <div class="actions">
        <button type="button" class="button" part="button" ?disabled=${locked} @click=${() => this.sendContact(options)}>
          ${msg(lang, locked ? 'sending' : 'contactSend')}
        </button>
      </div>
      ${this.serverMessage ? html`<p class="submit-outcome failed contact-failed" role="alert">${this.serverMessage}</p>` : nothing}
    </section>`;
  }

  private problemText(lang: Lang, field: ContactField, problem: FieldProblem): string {
    const length = field === 'consent' ? 0 : String(this.draft[field] ?? '').trim().length;
    if (problem.problem === 'tooLong') return msg(lang, 'errorTooLong', { max: problem.max ?? 0, length });
    if (problem.problem === 'oneLine') return msg(lang, 'errorOneLine');
    return msg(lang, `error-${field}-${problem.problem}`);
  }

  /** The attributes that tie a field to its message: invalid, and described by the message and any hint. */
  private described(lang: Lang, field: ContactField, hint?: string) {
    const problem = this.checked ? this.problems[field] : undefined;
    const errorId = `contact-${field}-error`;
    return {
      invalid: problem ? 'true' : 'false',
      describedBy: [problem ? errorId : '', hint ?? ''].filter(Boolean).join(' ') || nothing,
      error: problem ? html`<p class="field-error" id=${errorId}>${this.problemText(lang, field, problem)}</p>` : nothing,
    };
  }

  private textField(
    lang: Lang,
    field: 'association' | 'person' | 'email' | 'phone',
    type: string,
    autocomplete: string,
    disabled: boolean,
  ): TemplateResult {
    const { invalid, describedBy, error } = this.described(lang, field);
    const required = field === 'association' || field === 'person';
    return html`<div class="field">
      <label for=${`contact-${field}`}>${msg(lang, field)}</label>
      <input
        id=${`contact-${field}`}
        type=${type}
        autocomplete=${autocomplete}
        ?required=${required}
        ?disabled=${disabled}
        .value=${live(this.draft[field])}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${(e: Event) => this.edit(field, (e.target as HTMLInputElement).value)}
      />
      ${error}
    </div>`;
  }

  private renderMessage(lang: Lang, disabled: boolean): TemplateResult {
    const { invalid, describedBy, error } = this.described(lang, 'message', 'contact-message-hint');
    return html`<div class="field">
      <label for="contact-message">${msg(lang, 'message')}</label>
      <textarea
        id="contact-message"
        rows="4"
        ?disabled=${disabled}
        .value=${live(this.draft.message)}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${(e: Event) => this.edit('message', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="contact-message-hint">${msg(lang, 'messageHint', { max: 2000 })}</p>
      ${error}
    </div>`;
  }

  private renderConsent(lang: Lang, host: string, disabled: boolean): TemplateResult {
    const { invalid, describedBy, error } = this.described(lang, 'consent', 'contact-notice');
    return html`<div class="field">
      <label class="consent">
        <input
          id="contact-consent"
          type="checkbox"
          .checked=${live(this.draft.consent)}
          ?disabled=${disabled}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.edit('consent', (e.target as HTMLInputElement).checked)}
        />
        ${msg(lang, 'contactConsent', { host })}
      </label>
      ${error}
    </div>`;
  }

  private renderSent(lang: Lang, host: string, heading: TemplateResult, payload: ContactPayload, levelLabel: string): TemplateResult {
    const rows: [string, string | undefined][] = [
      [msg(lang, 'association'), payload.association],
      [msg(lang, 'person'), payload.person],
      [msg(lang, 'email'), payload.email],
      [msg(lang, 'phone'), payload.phone],
      [msg(lang, 'commune'), payload.commune && (payload.commune.insee ? `${payload.commune.name} (${payload.commune.insee})` : payload.commune.name)],
      [msg(lang, 'message'), payload.message],
      [msg(lang, 'level'), payload.results ? levelLabel || msg(lang, 'partial') : undefined],
    ];
    return html`<section class="contact" part="contact" aria-labelledby="contact-title">
      ${heading}
      <div class="contact-sent" tabindex="-1" data-contact-sent>
        <h4>${msg(lang, 'sentTitle')}</h4>
        <p>${msg(lang, 'sentText', { host })}</p>
        <dl>
          ${rows.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}
        </dl>
        <p>${msg(lang, 'sentNothingElse')}</p>
        <p class="notice-text">${payload.consent.notice}</p>
      </div>
    </section>`;
  }
}

/** The collector's reason for a refusal (`{reason}` of its JSON), as text, or ''. */
async function reasonOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { reason?: unknown };
    return typeof body.reason === 'string' ? body.reason.slice(0, 300) : '';
  } catch {
    return '';
  }
}


const forms = new WeakMap<LitElement, NetworkForms>();
/** The one NetworkForms of an element, created on the first call. */
export function networkFormsOf(host: LitElement, resultsEvent: string): NetworkForms {
  let found = forms.get(host);
  if (!found) forms.set(host, (found = new NetworkForms(host, resultsEvent)));
  return found;
}
