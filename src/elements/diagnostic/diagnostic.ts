import { ContextProvider } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { emit } from '../shared/events.js';
import { formatDate, localize, type Lang } from '../../core/i18n.js';
import { computeResults } from '../../core/scoring.js';
import { checkShared, decodeFragment, encodeFragment, scoreChange, type SharedAnswers } from '../../core/share.js';
import { createStorage, STORAGE_PREFIX } from '../../core/storage.js';
import { collectorBase, type Submission, type SubmitOutcome } from '../../core/submission.js';
import type { Structure } from '../../core/structures/model.js';
import { isDemo } from '../../data/demo-source.js';
import type { Questionnaire, QuizResults } from '../../core/types.js';
import { CapElement } from '../shared/cap-element.js';
import { diagnosticContext } from '../shared/context.js';
import { tokens } from '../shared/tokens.styles.js';
import { THEME_LABELS } from '../../core/structures/labels.js';
import type { SupportTheme } from '../../core/vocabulary.js';
import { diagnosticEnglish, diagnosticMsg } from './messages.js';
import { diagnosticStyles } from './diagnostic.styles.js';
import '../maturity-quiz/define.js';
import '../results-gauge/define.js';

type Step = 'intro' | 'quiz' | 'results' | 'finder';
const STEPS: Step[] = ['intro', 'quiz', 'results', 'finder'];

interface QuizElement extends HTMLElement {
  questionnaire?: Questionnaire;
  answers: Record<string, string | string[]>;
  results: QuizResults | null;
  start(): void;
  restart(): void;
}

interface PastResult {
  score: number | null;
  completedAt: string;
}

export interface DiagnosticStepDetail {
  step: Step;
}

export interface DiagnosticSubmitDetail extends SubmitOutcome {
  /** What was sent. */
  payload: Submission;
}

/**
 * The whole path in one tag: an introduction, the quiz, the results (with the sector figures that
 * compare with them, « Par qui commencer » and the next steps of the two weakest dimensions), then
 * the support structures near the association, pre-filtered on those dimensions' themes. Results travel without a server: share link (answers in the URL fragment),
 * print, JSON export and import, and a comparison with the previous result kept on the device.
 *
 * @tagname cap-diagnostic
 * @summary The complete diagnostic path.
 *
 * @csspart steps - The list of steps.
 * @csspart heading - The current step's heading.
 * @csspart button - Every button.
 * @csspart contacts - « Par qui commencer »: first contacts and the way to the finder step.
 * @csspart next-steps - The next steps of the weakest dimensions.
 * @csspart method - « Comment ce score est calculé » (a disclosure).
 * @csspart keep - The share / print / export / import tools.
 *
 * @event cap-diagnostic-step - The user moved to another step. `detail: {step}`.
 * @csspart submit - Sending the anonymous results (with `submit-url`).
 * @csspart contact - « Être recontactée »: the contact request (with `submit-url`).
 *
 * @event cap-diagnostic-submit - After sending the anonymous results to `<submit-url>results` (only after consent). `detail: {ok, status, attempts, payload}`.
 * @event cap-contact-submit - After a click on « Envoyer ma demande » sent the contact request to `<submit-url>contact` (only after its consent). `detail: {ok, status, payload}`.
 */
export class CapDiagnostic extends CapElement {
  static override english = [...CapElement.english, diagnosticEnglish];

  static override styles = [tokens, diagnosticStyles];

  static override properties = {
    ...CapElement.properties,
    questionnaireSrc: { type: String, attribute: 'questionnaire-src', reflect: true },
    structuresSrc: { type: String, attribute: 'structures-src', reflect: true },
    tiles: { type: String, reflect: true },
    geocoder: { type: String, reflect: true },
    near: { type: String, reflect: true },
    radius: { type: Number, reflect: true },
    persist: { type: String, reflect: true },
    submitUrl: { type: String, attribute: 'submit-url', reflect: true },
    submitRetryDelay: { type: Number, attribute: 'submit-retry-delay' },
    contactNotice: { type: String, attribute: 'contact-notice' },
    /** @internal */
    network: { state: true },
    /** @internal */
    step: { state: true },
    /** @internal */
    results: { state: true },
    /** @internal */
    questionnaire: { state: true },
    /** @internal */
    message: { state: true },
    /** @internal */
    previous: { state: true },
    /** @internal */
    selected: { state: true },
    /** @internal */
    shareLink: { state: true },
    /** @internal */
    guidance: { state: true },
    /** @internal */
    notice: { state: true },
  };

  /** URL of a questionnaire JSON (the quiz's `src`); default: the built-in questionnaire. */
  declare questionnaireSrc: string | undefined;
  /** URL(s) of structure data (the finder's `src`); default: the demo data. */
  declare structuresSrc: string | undefined;
  /** The finder's base map: `none` (default), `ign` or an XYZ template. */
  declare tiles: string | undefined;
  /** The finder's geocoder: `local` (default), `geoplateforme` or a URL template. */
  declare geocoder: string | undefined;
  /** The finder's starting place. */
  declare near: string | undefined;
  /** The finder's radius in km (default 30). */
  declare radius: number | undefined;
  /** The quiz's `persist`: `local` (default) or `none` (also keeps no previous result). */
  declare persist: string;
  /**
   * Opt-in: the network's collector (its base address). The results offer to send the anonymous
   * results to `<submit-url>results` and a contact request to `<submit-url>contact`, each only
   * after its own consent and a click.
   */
  declare submitUrl: string | undefined;
  /** Milliseconds before the first retry of a failed submission (doubled each time; default 1000). */
  declare submitRetryDelay: number;
  /**
   * The notice shown next to the contact request's consent box: its purpose, who receives it and
   * how long it is kept. Without it, no contact request is offered.
   */
  declare contactNotice: string | undefined;
  /** The forms that send to `submit-url` (a lazy chunk, loaded only when it is set). */
  declare private network: import('../shared/contact-form.js').NetworkForms | undefined;
  private networkRequested = false;
  /** The unusable submit-url last logged and reported, so that it is reported once. */
  private reportedSubmitUrl: string | undefined;

  declare private step: Step;
  declare private results: QuizResults | null;
  declare private questionnaire: Questionnaire | undefined;
  declare private message: string;
  declare private previous: PastResult | undefined;
  declare private selected: Structure[];
  declare private shareLink: string;
  /** The results' guidance views (a lazy chunk shared with the quiz's end screen). */
  declare private guidance: typeof import('../maturity-quiz/guidance.js') | undefined;
  /** A visible message on the introduction (a share link from another version of the questionnaire). */
  declare private notice: string;

  private readonly provider = new ContextProvider(this, {
    context: diagnosticContext,
    initialValue: { questionnaire: undefined, results: null, themes: [] },
  });
  private readonly storage = createStorage();
  private pendingShared: SharedAnswers | undefined;
  /** "Commencer le diagnostic" was pressed before the quiz had its questionnaire: start it once loaded. */
  private pendingStart = false;
  private focusHeading = false;

  constructor() {
    super();
    this.step = 'intro';
    this.results = null;
    this.message = '';
    this.selected = [];
    this.shareLink = '';
    this.persist = 'local';
    this.submitRetryDelay = 1000;
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingShared = decodeFragment(location.hash);
  }

  /** The results step's guidance views: loaded once the quiz has started. */
  private loadGuidance(): void {
    if (this.guidance) return;
    import('../maturity-quiz/guidance.js').then(
      (module) => {
        module.adoptGuidanceStyles(this);
        this.guidance = module;
      },
      () => undefined,
    );
  }

  private get quiz(): QuizElement | null {
    return this.renderRoot.querySelector('cap-maturity-quiz');
  }

  private historyKey(questionnaire: Questionnaire): string {
    return `${STORAGE_PREFIX}diagnostic:${questionnaire.id}:history`;
  }

  // ——— steps ———

  private go(step: Step): void {
    this.step = step;
    this.focusHeading = true;
    const n = STEPS.indexOf(step) + 1;
    this.message = diagnosticMsg(this.language, 'stepAnnounce', { n, name: diagnosticMsg(this.language, `step-${step}`) });
    emit<DiagnosticStepDetail>(this, 'cap-diagnostic-step', { step });
  }

  protected override willUpdate(): void {
    // An unusable submit-url is the integrator's mistake: say it once in the console and to the page.
    if (this.submitUrl && !this.base && this.reportedSubmitUrl !== this.submitUrl) {
      this.reportedSubmitUrl = this.submitUrl;
      const message = diagnosticMsg(this.language, 'badSubmitUrl', { value: this.submitUrl.slice(0, 100) });
      console.warn(`[cap-numerique] <${this.localName}>: ${message}`);
      emit(this, 'cap-error', { message, issues: [{ path: 'submit-url', message: 'expected an http(s) URL' }] });
    }
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      // The quiz step's heading is the quiz's own (it moves the focus itself when it starts).
      const heading = this.renderRoot.querySelector<HTMLElement>(`[data-step="${this.step}"] [data-heading]`);
      if (heading) heading.focus();
      else if (this.step === 'quiz') this.quiz?.focus();
    }
  }

  private onQuizLoaded(): void {
    const quiz = this.quiz;
    if (!quiz?.questionnaire) return;
    this.questionnaire = quiz.questionnaire;
    this.previous = this.persist === 'none' ? undefined : this.storage.get<PastResult[]>(this.historyKey(quiz.questionnaire))?.at(-1);
    if (this.pendingStart) {
      this.pendingStart = false;
      if (this.step === 'quiz') quiz.start();
    }
    const shared = this.pendingShared;
    if (shared && shared.questionnaireId === quiz.questionnaire.id) {
      this.pendingShared = undefined;
      // Answers to another version of the questionnaire would be read against other questions.
      if (String(shared.version) === String(quiz.questionnaire.version)) this.apply(shared, 'sharedOpened');
      else this.notice = diagnosticMsg(this.language, 'otherVersion', { version: String(shared.version) });
    }
  }

  /** Use answers from a share link or a file: recompute the results and show them. */
  private apply(shared: SharedAnswers, messageKey: Parameters<typeof diagnosticMsg>[1]): void {
    const quiz = this.quiz;
    const questionnaire = quiz?.questionnaire;
    if (!quiz || !questionnaire) return;
    quiz.answers = shared.answers;
    this.loadGuidance();
    this.setResults(computeResults(questionnaire, quiz.answers), false);
    this.go('results');
    this.message = diagnosticMsg(this.language, messageKey);
  }

  private onComplete(event: CustomEvent<{ results: QuizResults; restored?: boolean }>): void {
    this.questionnaire = this.quiz?.questionnaire ?? this.questionnaire;
    this.setResults(event.detail.results, !event.detail.restored);
    if (!event.detail.restored || this.step === 'quiz') this.go('results');
  }

  private setResults(results: QuizResults, record: boolean): void {
    this.results = results;
    const questionnaire = this.questionnaire;
    this.provider.setValue({ questionnaire, results, themes: results.themes });
    if (questionnaire) {
      this.shareLink = `${location.href.split('#')[0]}#${encodeFragment({
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        answers: this.quiz?.answers ?? {},
      })}`;
    }
    if (record && questionnaire && this.persist !== 'none') {
      const key = this.historyKey(questionnaire);
      const history = this.storage.get<PastResult[]>(key) ?? [];
      this.previous = history.at(-1);
      this.storage.set(key, [...history, { score: results.score, completedAt: results.completedAt }].slice(-5));
    }
  }

  private begin(): void {
    this.notice = '';
    this.loadGuidance();
    this.go('quiz');
    const quiz = this.quiz;
    // Still loading (a slow questionnaire-src): the quiz shows "Chargement…" and starts once loaded.
    if (quiz?.questionnaire) quiz.start();
    else this.pendingStart = true;
  }

  private restart(): void {
    this.quiz?.restart();
    if (this.questionnaire && this.persist !== 'none') {
      this.previous = this.storage.get<PastResult[]>(this.historyKey(this.questionnaire))?.at(-1);
    }
    this.results = null;
    this.selected = [];
    this.provider.setValue({ questionnaire: this.questionnaire, results: null, themes: [] });
    this.go('intro');
  }

  // ——— sending to the network (opt-in) ———

  /** The collector's base address from submit-url, when it is an http(s) address. */
  private get base(): URL | undefined {
    return collectorBase(this.submitUrl, location.href);
  }

  private renderSubmit(lang: Lang, results: QuizResults): TemplateResult | typeof nothing {
    if (!this.submitUrl) return nothing;
    const base = this.base;
    if (!base) {
      const message = diagnosticMsg(lang, 'badSubmitUrl', { value: this.submitUrl.slice(0, 100) });
      return html`<section class="submit" part="submit"><p class="submit-outcome failed" role="alert">${message}</p></section>`;
    }
    if (!this.networkRequested) {
      this.networkRequested = true;
      import('../shared/contact-form.js').then(
        (module) => (this.network = module.networkFormsOf(this, 'cap-diagnostic-submit')),
        () => (this.networkRequested = false),
      );
    }
    const level = this.questionnaire?.levels.find((l) => l.id === results.level);
    return this.network
      ? this.network.render({
          base,
          notice: this.contactNotice,
          results,
          levelLabel: localize(level?.label, lang),
          lang,
          retryDelay: this.submitRetryDelay,
        })
      : nothing;
  }

  // ——— keeping the results ———

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareLink);
      this.message = diagnosticMsg(this.language, 'shared');
    } catch {
      // No clipboard permission: the link stays selectable in its field.
      this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
    }
  }

  private exportJson(): void {
    const questionnaire = this.questionnaire;
    if (!questionnaire || !this.results) return;
    const payload = {
      type: 'cap-numerique-diagnostic',
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      answers: this.quiz?.answers ?? {},
      results: this.results,
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `diagnostic-${this.results.completedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async importJson(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const lang = this.language;
    let detail: string;
    try {
      const shared = checkShared(JSON.parse((await file.text()).slice(0, 2_000_000)));
      const questionnaire = this.questionnaire;
      const same = (a: unknown, b: unknown) => String(a) === String(b);
      if (shared && questionnaire && shared.questionnaireId === questionnaire.id && same(shared.version, questionnaire.version)) {
        this.apply(shared, 'imported');
        return;
      }
      detail = !shared
        ? 'answers'
        : shared.questionnaireId !== questionnaire?.id
          ? `${shared.questionnaireId} ≠ ${questionnaire?.id ?? '?'}`
          : `version ${shared.version} ≠ ${questionnaire.version}`;
    } catch (error) {
      detail = error instanceof Error ? error.message.slice(0, 120) : 'JSON';
    }
    this.message = diagnosticMsg(lang, 'importError', { detail });
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    return html`<nav aria-label=${diagnosticMsg(lang, 'steps')}>
        <ol class="steps" part="steps">
          ${STEPS.map(
            (step, i) => html`<li class=${step === this.step ? 'current' : ''} aria-current=${step === this.step ? 'step' : nothing}>
              <span class="step-number">${i + 1}</span> ${diagnosticMsg(lang, `step-${step}`)}
            </li>`,
          )}
        </ol>
      </nav>
      <section data-step="intro" ?hidden=${this.step !== 'intro'}>${this.renderIntro(lang)}</section>
      <section data-step="quiz" ?hidden=${this.step !== 'quiz'}>
        <cap-maturity-quiz
          no-results
          persist=${this.persist}
          src=${this.questionnaireSrc ?? nothing}
          exportparts="card, heading, progress, button, primary-button, secondary-button"
          @cap-quiz-complete=${this.onComplete}
          @cap-quiz-start=${() => this.step !== 'quiz' && this.go('quiz')}
        ></cap-maturity-quiz>
      </section>
      <section data-step="results" ?hidden=${this.step !== 'results'}>${this.results ? this.renderResults(lang) : nothing}</section>
      <section data-step="finder" ?hidden=${this.step !== 'finder'}>${this.step === 'finder' ? this.renderFinder(lang) : nothing}</section>
      ${this.renderPrintedStructures(lang)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }

  protected override firstUpdated(): void {
    const quiz = this.quiz!;
    // The quiz loads its questionnaire on its own: learn of it (for share links and history).
    const poll = () => {
      if (quiz.questionnaire) this.onQuizLoaded();
      else if (this.isConnected) setTimeout(poll, 50);
    };
    poll();
  }

  private renderIntro(lang: Lang): TemplateResult {
    const previous = this.previous;
    return html`<h2 tabindex="-1" data-heading part="heading">${diagnosticMsg(lang, 'introTitle')}</h2>
      <p>${diagnosticMsg(lang, 'introText')}</p>
      <p>${diagnosticMsg(lang, 'introDuration')}</p>
      <p>${diagnosticMsg(lang, 'introPrivacy')}</p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${previous?.score != null
        ? html`<p class="previous">${diagnosticMsg(lang, 'previous', { score: previous.score, date: formatDate(previous.completedAt, lang) })}</p>`
        : nothing}
      <div class="actions">
        <button
          type="button"
          class="button"
          part="button"
          @click=${this.begin}
        >
          ${diagnosticMsg(lang, 'begin')}
        </button>
        ${this.results
          ? html`<button type="button" class="button secondary" part="button" @click=${() => this.go('results')}>
              ${diagnosticMsg(lang, 'seeResults')}
            </button>`
          : nothing}
      </div>`;
  }

  private renderResults(lang: Lang): TemplateResult {
    const results = this.results!;
    const questionnaire = this.questionnaire;
    const change = scoreChange(results.score, this.previous?.score);
    this.loadGuidance();
    return html`<h2 tabindex="-1" data-heading part="heading">${diagnosticMsg(lang, 'resultsTitle')}</h2>
      <p class="printed-date">${diagnosticMsg(lang, 'printedOn', { date: formatDate(results.completedAt, lang) })}</p>
      ${change !== undefined && this.previous
        ? html`<p class="change">
            ${diagnosticMsg(lang, change > 0 ? 'compareUp' : change < 0 ? 'compareDown' : 'compareSame', {
              delta: Math.abs(change),
              date: formatDate(this.previous.completedAt, lang),
            })}
          </p>`
        : nothing}
      <cap-results-gauge show-sector></cap-results-gauge>
      ${questionnaire && this.guidance
        ? html`${this.guidance.renderGuidance({ questionnaire, results, lang, onFinder: () => this.go('finder') })}
          ${this.guidance.renderMethod(questionnaire, lang)}`
        : html`<p aria-busy="true">${diagnosticMsg(lang, 'loadingGuidance')}</p>`}
      ${this.renderSubmit(lang, results)}
      <section class="keep" part="keep" aria-labelledby="keep-title">
        <h3 id="keep-title">${diagnosticMsg(lang, 'keepTitle')}</h3>
        <label for="share-link">${diagnosticMsg(lang, 'shareLabel')}</label>
        <input id="share-link" type="text" readonly .value=${this.shareLink} />
        <div class="actions">
          <button type="button" class="button secondary" part="button" @click=${this.copyLink}>${diagnosticMsg(lang, 'share')}</button>
          <button type="button" class="button secondary" part="button" @click=${() => window.print()}>${diagnosticMsg(lang, 'print')}</button>
          <button type="button" class="button secondary" part="button" @click=${this.exportJson}>${diagnosticMsg(lang, 'export')}</button>
          <label class="button secondary file" part="button">
            ${diagnosticMsg(lang, 'import')}
            <input type="file" accept="application/json,.json" class="visually-hidden" @change=${this.importJson} />
          </label>
        </div>
      </section>
      <div class="actions">
        <button type="button" class="button secondary" part="button" @click=${() => this.go('quiz')}>${diagnosticMsg(lang, 'editAnswers')}</button>
        <button type="button" class="button secondary" part="button" @click=${this.restart}>${diagnosticMsg(lang, 'startOver')}</button>
      </div>`;
  }

  private renderFinder(lang: Lang): TemplateResult {
    void import('../support-finder/define.js');
    const themes = (this.results?.themes ?? []).map((t) => localize(THEME_LABELS[t as SupportTheme] ?? t, lang)).join(', ');
    return html`<h2 tabindex="-1" data-heading part="heading">${diagnosticMsg(lang, 'finderTitle')}</h2>
      ${themes ? html`<p>${diagnosticMsg(lang, 'finderIntro', { themes })}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button secondary" part="button" @click=${() => this.go('results')}>← ${diagnosticMsg(lang, 'backToResults')}</button>
      </div>
      <cap-support-finder
        src=${this.structuresSrc ?? nothing}
        tiles=${this.tiles ?? nothing}
        geocoder=${this.geocoder ?? nothing}
        near=${this.near ?? nothing}
        radius=${this.radius ?? nothing}
        @cap-finder-select=${(e: CustomEvent<{ structure: Structure }>) => {
          if (!this.selected.some((s) => s.id === e.detail.structure.id)) this.selected = [...this.selected, e.detail.structure];
        }}
      ></cap-support-finder>`;
  }

  /** Only printed: the structures the user opened, so the printout says whom to contact. */
  private renderPrintedStructures(lang: Lang): TemplateResult | typeof nothing {
    if (this.selected.length === 0) return nothing;
    return html`<section class="print-only" aria-hidden="true">
      <h3>${diagnosticMsg(lang, 'selectedTitle')}</h3>
      ${this.selected.some(isDemo) ? html`<p><strong>${diagnosticMsg(lang, 'selectedDemo')}</strong></p>` : nothing}
      <ul>
        ${this.selected.map((s) => html`<li><strong>${s.name}</strong>${[s.address, s.postcode, s.city, s.phone, s.email].filter(Boolean).map((x) => ` — ${x}`)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-diagnostic': CapDiagnostic;
  }
}
