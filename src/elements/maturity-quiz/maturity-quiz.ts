import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// Data, messages and styles first: the bundle then keeps the code that follows (flow, views,
// element) together, which gzip compresses better.
import { builtinQuestionnaire, builtinWith } from '../../data/builtin.js';
import { quizEnglish, quizMsg } from './messages.js';
import { styles } from './maturity-quiz.styles.js';
import { formatDate, localize, type Lang } from '../../core/i18n.js';
import { QuizFlow } from '../../core/quiz-flow.js';
import type { AnyQuestion } from '../../core/scoring.js';
import type { Answers, AnswerValue, Questionnaire, QuizResults } from '../../core/types.js';
import { answerOf } from '../../core/types.js';
import { CapElement } from '../shared/cap-element.js';
import { renderError } from '../shared/error-view.js';
import { emit } from '../shared/events.js';
import { failure, inlineJson, type LoadResult } from '../shared/failure.js';
import { sharedMsg } from '../shared/messages.js';
import { tokens } from '../shared/tokens.styles.js';
import { answerText, renderQuestion } from './question-view.js';

export interface QuizStartDetail {
  questionnaireId: string;
  version: string | number;
  /** True when the user chose "Reprendre" on saved answers. */
  resumed: boolean;
}
export interface QuizAnswerDetail {
  questionId: string;
  value: AnswerValue | undefined;
}
export interface QuizCompleteDetail {
  results: QuizResults;
  /** True when the results were restored from local storage rather than just completed. */
  restored?: boolean;
}

/** The current screen's heading (the question on a step). */
const HEADING = '[data-focus-heading]';
/** The first option, after "next" without an answer. */
const FIRST_OPTION = 'fieldset input';
/** The list of unanswered questions. */
const MISSING = '[data-missing-summary]';

type GuidanceModule = typeof import('./guidance.js');

/**
 * A digital-maturity questionnaire for associations: a few unscored questions about the association,
 * then one question per screen (or all on one page), a review screen, then the results: overall
 * score and level (or why the result is partial), each dimension, the next steps of the two weakest
 * dimensions, first contacts (« Par qui commencer »), and how the score is calculated.
 *
 * @tagname cap-maturity-quiz
 * @summary The digital-maturity quiz.
 *
 * @slot - An optional `<script type="application/json">` child holding a questionnaire (CMS-friendly alternative to `src`).
 *
 * @csspart card - The quiz's outer card.
 * @csspart heading - The current screen's heading.
 * @csspart progress - The progress bar (`<progress>`).
 * @csspart progress-text - The "Question 5 sur 24" text.
 * @csspart question - The fieldset of a question.
 * @csspart option - The label wrapping each answer option.
 * @csspart help - A question's help text.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a screen (Commencer, Suivant, Voir mes résultats).
 * @csspart secondary-button - Secondary actions (Précédent, Recommencer).
 * @csspart submit - With `submit-url`: sending the anonymous results.
 * @csspart contact - With `submit-url`: « Être recontactée », the contact request.
 * @csspart review - The review list.
 * @csspart results - The built-in results screen.
 * @csspart contacts - « Par qui commencer »: first contacts and the link to `finder-url`.
 * @csspart next-steps - The next steps of the two weakest dimensions.
 * @csspart method - « Comment ce score est calculé » (a disclosure).
 * @csspart validation - A validation message.
 * @csspart error - The error panel.
 *
 * @cssproperty --cap-color-primary - Buttons, progress and selected options (default #000091).
 * @cssproperty --cap-color-on-primary - Text on the primary colour (default #fff).
 * @cssproperty --cap-color-text - Body text.
 * @cssproperty --cap-color-text-muted - Help texts and secondary text.
 * @cssproperty --cap-color-surface - Background.
 * @cssproperty --cap-color-surface-alt - Background of options and cards.
 * @cssproperty --cap-color-border - Borders of options and fields.
 * @cssproperty --cap-color-error - Validation and error messages.
 * @cssproperty --cap-color-focus - Focus ring.
 * @cssproperty --cap-radius - Corner radius.
 * @cssproperty --cap-space - Base spacing.
 * @cssproperty --cap-font-family - Font (inherits the page's by default).
 *
 * @event cap-quiz-start - The user started (or resumed) the quiz. `detail: {questionnaireId, version, resumed}`.
 * @event cap-quiz-answer - An answer changed. `detail: {questionId, value}`; value is an option id, a list of ids for `multiple`, `"unknown"` (« Je ne sais pas ») or `"not-applicable"` (« Non concerné »).
 * @event cap-quiz-complete - The user finished the quiz, or finished results were restored from storage. `detail: {results, restored?}`.
 * @event cap-quiz-submit - With `submit-url`: after sending the anonymous results to `<submit-url>results` (only after consent). `detail: {ok, status, attempts, payload}`.
 * @event cap-contact-submit - With `submit-url` and `contact-notice`: after a click on « Envoyer ma demande » sent the contact request to `<submit-url>contact`. `detail: {ok, status, payload}`.
 * @event cap-error - The questionnaire could not be loaded or is invalid. `detail: {message, issues: [{path, message}]}`.
 */
export class CapMaturityQuiz extends CapElement {
  static override english = [...CapElement.english, quizEnglish];

  static override styles = [tokens, styles];

  static override properties = {
    ...CapElement.properties,
    src: { type: String, reflect: true },
    persist: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    noResults: { type: Boolean, reflect: true, attribute: 'no-results' },
    finderUrl: { type: String, reflect: true, attribute: 'finder-url' },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    submitUrl: { type: String, attribute: 'submit-url' },
    contactNotice: { type: String, attribute: 'contact-notice' },
    /** @internal */
    /** @internal */
    announcement: { state: true },
    /** @internal */
    guidance: { state: true },
  };

  /** URL of a questionnaire JSON; without it (and without an inline JSON child) the built-in questionnaire is used. */
  declare src: string | undefined;
  /** `local` (default): answers survive a reload, keyed by questionnaire id and version. `none`: nothing is stored. */
  declare persist: 'local' | 'none' | string;
  /** `steps` (default): one question per screen. `list`: every question on one page. */
  declare layout: 'steps' | 'list' | string;
  /** Do not show the built-in results screen at the end (the page shows its own). */
  declare noResults: boolean;
  /**
   * The network's page that holds a `<cap-support-finder>`: the end screen links to it with the
   * themes of the weakest dimensions (`?themes=a,b`), and `&start=1` when first contacts come
   * first (the finder then lists them first). Relative to the page; http(s) only.
   */
  declare finderUrl: string | undefined;
  /** Milliseconds to wait for `src` before showing a time-out message (default 15000). */
  declare loadTimeout: number;

  declare private announcement: string;
  /** The end screen's guidance views, a lazy chunk. */
  declare private guidance: GuidanceModule | undefined;
  /**
   * Opt-in: the network's collector (its base address). The results screen offers to send the
   * anonymous results and a contact request there, each only after its own consent and a click.
   */
  declare submitUrl: string | undefined;
  /** The notice next to the contact request's consent box (purpose, recipient, retention); without it, no contact request. */
  declare contactNotice: string | undefined;
  /** The end screen's forms that send to `submit-url` (a lazy chunk, only when it is set). */

  // Plain fields are declared and set in the constructor: initialisers would compile to a helper
  // of their own in this module of the quiz page's bundle.
  /** The `questionnaire` property as given, validated by load(). */
  declare private given: unknown;
  declare private hasGiven: boolean;
  declare private loadToken: number;
  /** What the built-in questionnaire in use carries beyond its French questions. */
  declare private builtinHas: { lang: Lang; details: boolean };
  declare private builtinWants: { lang: Lang; details: boolean };
  /** Language of the built-in questionnaire currently shown (its English text loads lazily). */
  declare private builtinShown: Lang;
  /** What the next render focuses, as a selector in the shadow root (HEADING, FIRST_OPTION, MISSING). */
  declare private focusAfterRender: string | null;
  /** Screens, answers, navigation and storage; this element shows them. */
  declare private flow: QuizFlow;

  constructor() {
    super();
    this.persist = 'local';
    this.layout = 'steps';
    this.noResults = false;
    this.loadTimeout = 15_000;
    this.announcement = '';
    this.hasGiven = false;
    this.loadToken = 0;
    this.builtinHas = this.builtinWants = { lang: 'fr', details: false };
    this.builtinShown = 'fr';
    this.focusAfterRender = null;
    this.flow = new QuizFlow(this, (questionId, value) =>
      emit<QuizAnswerDetail>(this, 'cap-quiz-answer', { questionId, value }),
    );
  }

  /** The questionnaire in use. Setting it replaces the built-in one or `src` (it is validated first). */
  get questionnaire(): Questionnaire | undefined {
    return this.flow.questionnaire;
  }
  set questionnaire(value: Questionnaire | undefined) {
    this.given = value;
    this.hasGiven = value !== undefined;
    if (this.isConnected) void this.load();
  }

  /** The answers so far, by question id. Setting them resumes the quiz with these answers. */
  get answers(): Answers {
    return { ...this.flow.answers };
  }
  set answers(value: Answers) {
    this.flow.setAnswers(value);
  }

  /** The results once the quiz is complete, else null. */
  get results(): QuizResults | null {
    return this.flow.results;
  }

  /**
   * Leave the start screen for the first question, as the "Commencer" button does (a page that
   * shows its own introduction calls this). Does nothing while saved answers wait for a choice.
   */
  start(): void {
    if (this.flow.questionnaire && this.flow.screen === 'start') this.begin(false);
  }

  /** Focusing the quiz focuses the heading of its current screen (the question on question screens). */
  override focus(options?: FocusOptions): void {
    const heading = this.shadowRoot?.querySelector<HTMLElement>(HEADING);
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  /** Forget the answers (also in storage) and go back to the start screen. */
  restart(): void {
    this.flow.restart();
    this.focusAfterRender = HEADING;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.flow.questionnaire && !this.failure) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src' as keyof CapMaturityQuiz) && changed.get('src' as keyof CapMaturityQuiz) !== undefined) {
      void this.load();
    }
    if (this.flow.questionnaire && this.isBuiltin) {
      this.builtinWants = { ...this.builtinWants, lang: this.language };
      void this.refreshBuiltin();
    }
  }

  private get isBuiltin(): boolean {
    return this.flow.questionnaire?.id === builtinQuestionnaire.id && !this.hasGiven && !this.src && inlineJson(this) === undefined;
  }

  /** attribute/property → `src` URL → inline JSON child → built-in questionnaire. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    // Messages made below (errors) must be in the element's language.
    await this.englishReady();
    const lang = this.language;
    this.clearFailure();
    this.flow.questionnaire = undefined;
    this.requestUpdate();
    let result: LoadResult<Questionnaire>;
    if (this.hasGiven) {
      result = await validate(this.given, sharedMsg(lang, 'property', { name: 'questionnaire' }), lang);
    } else if (this.src) {
      const { endsEarly, fetchText, incomplete, notUtf8 } = await import('../shared/load-json.js');
      const text = await fetchText(this.src, lang, this.loadTimeout);
      result = !text.ok ? text : text.encoding ? notUtf8(this.src, lang) : await parseAndValidate(text.value, this.src, lang);
      if (text.ok && !text.encoding && !result.ok && result.issues.length === 0 && endsEarly(text.value)) result = incomplete(this.src, lang);
    } else {
      const inline = inlineJson(this);
      if (inline !== undefined) {
        result = await parseAndValidate(inline, sharedMsg(lang, 'inline'), lang);
      } else {
        this.builtinHas = { lang: 'fr', details: false };
        this.builtinShown = 'fr';
        result = { ok: true, value: builtinQuestionnaire };
      }
    }
    if (token !== this.loadToken) return;
    if (!result.ok) {
      this.reportFailure(result);
      return;
    }
    if (this.flow.open(result.value)) {
      this.prepareResults();
      // Asynchronous state change: let followers (a gauge with for="…") pick up the restored results.
      queueMicrotask(() => emit<QuizCompleteDetail>(this, 'cap-quiz-complete', { results: this.flow.results!, restored: true }));
    }
  }

  /**
   * Bring the built-in questionnaire up to what is needed: its English text when the language is
   * English, its descriptions and next steps once the user has started (the results read them).
   */
  private async refreshBuiltin(): Promise<void> {
    const wants = this.builtinWants;
    const has = this.builtinHas;
    if (wants.lang === has.lang && (has.details || !wants.details)) return;
    this.builtinHas = { lang: wants.lang, details: wants.details || has.details };
    const questionnaire = await builtinWith(this.builtinHas);
    if (this.isBuiltin && this.builtinHas.lang === wants.lang) {
      this.flow.questionnaire = questionnaire;
      this.builtinShown = wants.lang;
      this.requestUpdate();
    }
  }

  /** Load what the results screen needs: the guidance views, and the built-in details. */
  private prepareResults(): void {
    if (!this.noResults && !this.guidance) {
      import('./guidance.js').then(
        (module) => {
          module.adoptGuidanceStyles(this);
          this.guidance = module;
        },
        () => undefined,
      );
    }
    if (!this.isBuiltin) return;
    this.builtinWants = { ...this.builtinWants, details: true };
    void this.refreshBuiltin();
  }

  // ——— user actions ———

  private begin(resumed: boolean): void {
    const q = this.flow.questionnaire!;
    this.prepareResults();
    this.flow.begin(resumed);
    this.moved();
    emit<QuizStartDetail>(this, 'cap-quiz-start', { questionnaireId: q.id, version: q.version, resumed });
  }

  private next(event: Event): void {
    event.preventDefault();
    this.flow.next();
    this.moved();
  }

  private previous(): void {
    this.flow.previous();
    this.moved();
  }

  private edit(question: AnyQuestion): void {
    this.flow.edit(question);
    this.moved();
  }

  /**
   * After a move: say where the user is (the step's progress, or that an answer is needed) and
   * focus the screen's heading, or the first option when an answer is needed.
   */
  private moved(): void {
    const { invalid, screen } = this.flow;
    const step = screen === 'question' && this.layout !== 'list';
    this.announce(invalid ? quizMsg(this.language, 'chooseOne') : step ? this.progressText() : '');
    this.focusAfterRender = invalid ? FIRST_OPTION : HEADING;
  }

  private finish(event?: Event): void {
    event?.preventDefault();
    const results = this.flow.finish();
    if (!results) {
      this.focusAfterRender = MISSING;
      return;
    }
    const lang = this.language;
    this.announce(
      results.score === null
        ? quizMsg(lang, 'announceNoScore')
        : quizMsg(lang, 'announceResults', { score: results.score, level: this.levelLabel(results.level) }),
    );
    this.focusAfterRender = HEADING;
    emit<QuizCompleteDetail>(this, 'cap-quiz-complete', { results });
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message ("Question 1 sur 24" after going back) announced again.
    this.announcement = '';
    if (text) requestAnimationFrame(() => (this.announcement = text));
  }

  /** "Votre association : 2 sur 4" on profile questions, "Question 3 sur 25" after them. */
  private progressText(index?: number): string {
    const { profile, n, total } = this.flow.progress(index);
    return quizMsg(this.language, profile ? 'progressProfile' : 'progress', { n, total });
  }

  private levelLabel(id: string | null): string {
    const level = this.flow.questionnaire?.levels.find((l) => l.id === id);
    return level ? localize(level.label, this.language) : '';
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = null;
    this.shadowRoot!.querySelector<HTMLElement>(target)?.focus();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    const flow = this.flow;
    let body: TemplateResult;
    if (this.failure) body = renderError(this.failure, lang, () => void this.load());
    else if (!flow.questionnaire || (this.isBuiltin && this.builtinShown !== lang)) {
      // Keep "loading" until the built-in questionnaire's English text has arrived: no flash of French.
      body = html`<p class="loading" aria-busy="true">${quizMsg(lang, 'loadingQuestionnaire')}</p>`;
    } else if (flow.screen === 'resume') body = this.renderResume(lang);
    else if (flow.screen === 'question') body = this.layout === 'list' ? this.renderList(lang) : this.renderStep(lang);
    else if (flow.screen === 'review') body = this.renderReview(lang);
    else if (flow.screen === 'end') body = this.renderEnd(lang);
    else body = this.renderStart(lang);
    return html`<section class="card" part="card" aria-label=${flow.questionnaire ? localize(flow.questionnaire.title, lang) : quizMsg(lang, 'questionList')}>
        ${body}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderStart(lang: Lang): TemplateResult {
    const q = this.flow.questionnaire!;
    const { count, minutes } = this.flow.estimate();
    return html`<h2 part="heading" tabindex="-1" data-focus-heading>${localize(q.title, lang)}</h2>
      ${q.intro ? html`<p class="intro">${localize(q.intro, lang)}</p>` : nothing}
      <p class="meta">${quizMsg(lang, 'startMeta', { count, minutes })}</p>
      <p class="meta">${quizMsg(lang, this.persist === 'none' ? 'privacyNone' : 'privacy')}</p>
      <div class="actions">
        <button type="button" class="button" part="button primary-button" @click=${() => this.begin(false)}>
          ${quizMsg(lang, 'start')}
        </button>
      </div>`;
  }

  private renderResume(lang: Lang): TemplateResult {
    const { saved, visible, answers } = this.flow;
    const shownDate = formatDate(typeof saved?.savedAt === 'string' ? saved.savedAt : new Date().toISOString(), lang);
    const answered = visible.filter((x) => answerOf(answers, x.id) !== undefined).length;
    return html`<h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'resumeTitle')}</h2>
      <p>${quizMsg(lang, 'resumeText', { answered, total: visible.length, date: shownDate })}</p>
      <div class="actions">
        <button type="button" class="button" part="button primary-button" @click=${() => this.begin(true)}>
          ${quizMsg(lang, 'resume')}
        </button>
        <button type="button" class="button secondary" part="button secondary-button" @click=${() => this.begin(false)}>
          ${quizMsg(lang, 'startOver')}
        </button>
      </div>`;
  }

  private renderStep(lang: Lang): TemplateResult {
    const visible = this.flow.visible;
    const index = Math.min(this.flow.index, visible.length - 1);
    const question = visible[index]!;
    const last = index === visible.length - 1;
    const nextLabel = this.flow.returnToReview ? 'backToReview' : last ? 'toReview' : 'next';
    return html`<form class="step" novalidate @submit=${this.next}>
      <div class="progress-row">
        <p class="progress-text" part="progress-text">${this.progressText(index)}</p>
        <progress part="progress" max=${visible.length} value=${index + 1} aria-hidden="true"></progress>
      </div>
      ${renderQuestion(this.flow, question, index, lang, true)}
      <div class="actions">
        <button type="button" class="button secondary" part="button secondary-button" @click=${this.previous}>
          ${quizMsg(lang, 'previous')}
        </button>
        <button type="submit" class="button" part="button primary-button">${quizMsg(lang, nextLabel)}</button>
      </div>
    </form>`;
  }

  private renderList(lang: Lang): TemplateResult {
    const visible = this.flow.visible;
    return html`<form class="list" novalidate @submit=${this.finish}>
      <h2 part="heading" tabindex="-1" data-focus-heading>${localize(this.flow.questionnaire!.title, lang)}</h2>
      ${this.renderMissing(lang)}
      <ol class="question-list">
        ${visible.map((q, i) => html`<li>${renderQuestion(this.flow, q, i, lang, false)}</li>`)}
      </ol>
      <div class="actions">
        <button type="submit" class="button" part="button primary-button">${quizMsg(lang, 'seeResults')}</button>
      </div>
    </form>`;
  }

  private renderMissing(lang: Lang): TemplateResult | typeof nothing {
    const missing = this.flow.missing;
    if (missing.length === 0) return nothing;
    const visible = this.flow.visible;
    return html`<div class="missing" part="validation" tabindex="-1" data-missing-summary role="alert">
      <p>${quizMsg(lang, 'missing', { count: missing.length })}</p>
      <ul>
        ${missing.map((q) => {
          const n = visible.findIndex((x) => x.id === q.id) + 1;
          const text = quizMsg(lang, 'missingItem', { n, question: localize(q.label, lang) });
          return html`<li>
            ${this.layout === 'list'
              ? html`<a href=${`#label-${q.id}`} @click=${(e: Event) => this.focusQuestion(e, q)}>${text}</a>`
              : html`<button type="button" class="button link" part="button" @click=${() => this.edit(q)}>
                  ${text}
                </button>`}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private focusQuestion(event: Event, question: AnyQuestion): void {
    event.preventDefault();
    this.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${CSS.escape(question.id)}"]`)?.focus();
  }

  private renderReview(lang: Lang): TemplateResult {
    const visible = this.flow.visible;
    // The list is long (a screen per few answers): the results are one click away at its top too.
    const seeResults = html`<div class="actions">
      <button type="button" class="button" part="button primary-button" @click=${() => this.finish()}>
        ${quizMsg(lang, 'seeResults')}
      </button>
    </div>`;
    return html`<h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'reviewTitle')}</h2>
      <p>${quizMsg(lang, 'reviewIntro')}</p>
      ${this.renderMissing(lang)} ${seeResults}
      <ol class="review" part="review">
        ${visible.map((q, i) => {
          const label = localize(q.label, lang);
          const answer = answerText(q, answerOf(this.flow.answers, q.id), lang);
          return html`<li>
            <p class="review-question">${label}</p>
            <p class="review-answer">${answer ?? html`<em>${quizMsg(lang, 'noAnswer')}</em>`}</p>
            <button
              type="button"
              class="button link"
              part="button"
              aria-label=${quizMsg(lang, answer === undefined ? 'answerLabel' : 'editLabel', { n: i + 1, question: label })}
              @click=${() => this.edit(q)}
            >
              ${quizMsg(lang, 'edit')}
            </button>
          </li>`;
        })}
      </ol>
      ${seeResults}`;
  }

  private renderEnd(lang: Lang): TemplateResult {
    const results = this.flow.results;
    if (!results || this.noResults) {
      return html`<h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'done')}</h2>
        <p>${quizMsg(lang, 'doneText')}</p>
        <div class="actions">${this.renderEndActions(lang)}</div>`;
    }
    const guidance = this.guidance;
    return html`<div class="results" part="results">
      <h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'resultsTitle')}</h2>
      ${guidance
        ? guidance.renderResults({ questionnaire: this.flow.questionnaire!, results, lang, finderUrl: this.finderUrl })
        : html`<p class="loading" aria-busy="true">${quizMsg(lang, 'loadingGuidance')}</p>`}
      ${guidance?.renderNetwork(this, { questionnaire: this.flow.questionnaire!, results, lang })}
      <div class="actions">${this.renderEndActions(lang)}</div>
    </div>`;
  }

  private renderEndActions(lang: Lang): TemplateResult {
    return html`<button
        type="button"
        class="button secondary"
        part="button secondary-button"
        @click=${() => {
          this.flow.editAnswers();
          this.focusAfterRender = HEADING;
        }}
      >
        ${quizMsg(lang, 'editAnswers')}
      </button>
      <button type="button" class="button secondary" part="button secondary-button" @click=${() => this.restart()}>
        ${quizMsg(lang, 'startOver')}
      </button>`;
  }
}

async function parseAndValidate(text: string, where: string, lang: Lang): Promise<LoadResult<Questionnaire>> {
  const { parseJson } = await import('../shared/load-json.js');
  const parsed = parseJson(text, where, lang);
  return parsed.ok ? validate(parsed.value, where, lang) : parsed;
}

async function validate(data: unknown, where: string, lang: Lang): Promise<LoadResult<Questionnaire>> {
  const { validateQuestionnaire } = await import('../../core/questionnaire-schema.js');
  const result = validateQuestionnaire(data);
  if (result.ok) return result;
  return failure('data', sharedMsg(lang, 'invalid', { where, count: result.issues.length }), result.issues);
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-maturity-quiz': CapMaturityQuiz;
  }
  interface HTMLElementEventMap {
    'cap-quiz-start': CustomEvent<QuizStartDetail>;
    'cap-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'cap-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'cap-error': CustomEvent<import('../shared/events.js').CapErrorDetail>;
  }
}
