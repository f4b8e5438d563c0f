import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// The user changes `checked`; live() compares with the input, not with the last value rendered
// (an input reused for the next question would otherwise keep a choice made in the same task).
import { live } from 'lit/directives/live.js';
import { emit } from '../shared/events.js';
import { formatDate, localize, type Lang } from '../../core/i18n.js';
import {
  computeResults,
  isNotApplicable,
  isProfileQuestion,
  isUnknown,
  optionsOf,
  visibleSteps,
  type AnyQuestion,
} from '../../core/scoring.js';
import { createStorage, STORAGE_PREFIX, type SafeStorage } from '../../core/storage.js';
import type { Answers, AnswerValue, Questionnaire, QuizResults } from '../../core/types.js';
import { answerOf, emptyAnswers, NOT_APPLICABLE_ANSWER, UNKNOWN_ANSWER } from '../../core/types.js';
import { builtinQuestionnaire, builtinWith } from '../../data/builtin.js';
import { CapElement } from '../shared/cap-element.js';
import { renderError } from '../shared/error-view.js';
import { failure, inlineJson, type LoadResult } from '../shared/failure.js';
import { sharedMsg } from '../shared/messages.js';
import { tokens } from '../shared/tokens.styles.js';
import { quizEnglish, quizMsg } from './messages.js';
import { styles } from './maturity-quiz.styles.js';

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

type Screen = 'start' | 'resume' | 'question' | 'review' | 'end';

interface SavedProgress {
  answers: Answers;
  index: number;
  savedAt: string;
  completedAt?: string;
}

const SECONDS_PER_QUESTION = 20;

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
    /** @internal */
    screen: { state: true },
    /** @internal */
    index: { state: true },
    /** @internal */
    currentAnswers: { state: true },
    /** @internal */
    loaded: { state: true },
    /** @internal */
    stepError: { state: true },
    /** @internal */
    missing: { state: true },
    /** @internal */
    completed: { state: true },
    /** @internal */
    announcement: { state: true },
    /** @internal */
    saved: { state: true },
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
   * themes of the weakest dimensions (`?themes=a,b`). Relative to the page; http(s) only.
   */
  declare finderUrl: string | undefined;
  /** Milliseconds to wait for `src` before showing a time-out message (default 15000). */
  declare loadTimeout: number;

  declare private screen: Screen;
  declare private index: number;
  declare private currentAnswers: Answers;
  declare private loaded: Questionnaire | undefined;
  declare private stepError: string;
  declare private missing: AnyQuestion[];
  declare private completed: QuizResults | null;
  declare private announcement: string;
  declare private saved: SavedProgress | undefined;
  /** The end screen's guidance views, a lazy chunk. */
  declare private guidance: GuidanceModule | undefined;

  private given: unknown = undefined;
  private hasGiven = false;
  private loadToken = 0;
  /** What the built-in questionnaire in use carries beyond its French questions. */
  private builtinHas = { lang: 'fr' as Lang, details: false };
  private builtinWants = { lang: 'fr' as Lang, details: false };
  /** Language of the built-in questionnaire currently shown (its English text loads lazily). */
  private builtinShown: Lang = 'fr';
  private focusAfterRender: string | null = null;
  private storage: SafeStorage = createStorage();
  private returnToReview = false;

  constructor() {
    super();
    this.persist = 'local';
    this.layout = 'steps';
    this.noResults = false;
    this.loadTimeout = 15_000;
    this.screen = 'start';
    this.index = 0;
    this.currentAnswers = emptyAnswers();
    this.stepError = '';
    this.missing = [];
    this.completed = null;
    this.announcement = '';
  }

  /** The questionnaire in use. Setting it replaces the built-in one or `src` (it is validated first). */
  get questionnaire(): Questionnaire | undefined {
    return this.loaded;
  }
  set questionnaire(value: Questionnaire | undefined) {
    this.given = value;
    this.hasGiven = value !== undefined;
    if (this.isConnected) void this.load();
  }

  /** The answers so far, by question id. Setting them resumes the quiz with these answers. */
  get answers(): Answers {
    return { ...this.currentAnswers };
  }
  set answers(value: Answers) {
    this.currentAnswers = this.sanitize(value);
    this.completed = null;
    this.save();
  }

  /** Keep only well-formed answers to known questions (storage and callers are not trusted). */
  private sanitize(value: unknown): Answers {
    const known = new Set([...(this.loaded?.profile ?? []), ...(this.loaded?.questions ?? [])].map((q) => q.id));
    const clean = emptyAnswers();
    if (!value || typeof value !== 'object') return clean;
    for (const [id, answer] of Object.entries(value)) {
      if (this.loaded && !known.has(id)) continue;
      if (typeof answer === 'string' || (Array.isArray(answer) && answer.every((a) => typeof a === 'string'))) {
        clean[id] = answer;
      }
    }
    return clean;
  }

  /** The results once the quiz is complete, else null. */
  get results(): QuizResults | null {
    return this.completed;
  }

  /**
   * Leave the start screen for the first question, as the "Commencer" button does (a page that
   * shows its own introduction calls this). Does nothing while saved answers wait for a choice.
   */
  start(): void {
    if (this.loaded && this.screen === 'start') this.begin(false);
  }

  /** Focusing the quiz focuses the heading of its current screen (the question on question screens). */
  override focus(options?: FocusOptions): void {
    const heading = this.shadowRoot?.querySelector<HTMLElement>('[data-focus-heading]');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  /** Forget the answers (also in storage) and go back to the start screen. */
  restart(): void {
    this.currentAnswers = emptyAnswers();
    this.completed = null;
    this.index = 0;
    this.stepError = '';
    this.missing = [];
    this.returnToReview = false;
    this.saved = undefined;
    if (this.loaded) this.storage.remove(this.storageKey(this.loaded));
    this.screen = 'start';
    this.focusAfterRender = 'heading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loaded && !this.failure) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src' as keyof CapMaturityQuiz) && changed.get('src' as keyof CapMaturityQuiz) !== undefined) {
      void this.load();
    }
    if (this.loaded && this.isBuiltin) {
      this.builtinWants = { ...this.builtinWants, lang: this.language };
      void this.refreshBuiltin();
    }
  }

  private get isBuiltin(): boolean {
    return this.loaded?.id === builtinQuestionnaire.id && !this.hasGiven && !this.src && inlineJson(this) === undefined;
  }

  /** attribute/property → `src` URL → inline JSON child → built-in questionnaire. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    // Messages made below (errors) must be in the element's language.
    await this.englishReady();
    const lang = this.language;
    this.clearFailure();
    this.loaded = undefined;
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
    this.questionnaireReady(result.value);
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
      this.loaded = questionnaire;
      this.builtinShown = wants.lang;
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

  private questionnaireReady(questionnaire: Questionnaire): void {
    this.loaded = questionnaire;
    this.currentAnswers = emptyAnswers();
    this.completed = null;
    this.index = 0;
    this.screen = 'start';
    this.saved = undefined;
    if (this.persist === 'none') return;
    this.dropStaleVersions(questionnaire);
    const saved = this.storage.get<SavedProgress>(this.storageKey(questionnaire));
    if (!saved || typeof saved !== 'object') return;
    this.currentAnswers = this.sanitize(saved.answers);
    this.saved = saved;
    if (saved.completedAt && this.allAnswered()) {
      this.completed = computeResults(questionnaire, this.currentAnswers, new Date(saved.completedAt));
      this.screen = 'end';
      this.prepareResults();
      // Asynchronous state change: let followers (a gauge with for="…") pick up the restored results.
      queueMicrotask(() => emit<QuizCompleteDetail>(this, 'cap-quiz-complete', { results: this.completed!, restored: true }));
    } else if (Object.keys(this.currentAnswers).length > 0) {
      this.screen = 'resume';
    }
  }

  private storageKey(q: Questionnaire): string {
    return `${STORAGE_PREFIX}quiz:${q.id}:${q.version}`;
  }

  /** A newer (or older) version of the same questionnaire never restores these answers. */
  private dropStaleVersions(q: Questionnaire): void {
    const current = this.storageKey(q);
    for (const key of this.storage.keys(`${STORAGE_PREFIX}quiz:${q.id}:`)) {
      if (key !== current) this.storage.remove(key);
    }
  }

  private save(): void {
    if (!this.loaded || this.persist === 'none') return;
    const progress: SavedProgress = {
      answers: this.currentAnswers,
      index: this.index,
      savedAt: new Date().toISOString(),
      ...(this.completed ? { completedAt: this.completed.completedAt } : {}),
    };
    this.storage.set(this.storageKey(this.loaded), progress);
  }

  /** Profile questions, then the questions shown for the answers so far. */
  private get visible(): AnyQuestion[] {
    return this.loaded ? visibleSteps(this.loaded, this.currentAnswers) : [];
  }

  private allAnswered(): boolean {
    return this.unanswered().length === 0;
  }

  private unanswered(): AnyQuestion[] {
    return this.visible.filter((q) => answerOf(this.currentAnswers, q.id) === undefined);
  }

  // ——— user actions ———

  private begin(resumed: boolean): void {
    const q = this.loaded!;
    this.prepareResults();
    if (!resumed) {
      this.currentAnswers = emptyAnswers();
      this.storage.remove(this.storageKey(q));
    }
    this.saved = undefined;
    this.completed = null;
    const firstOpen = this.visible.findIndex((x) => answerOf(this.currentAnswers, x.id) === undefined);
    this.index = resumed && firstOpen >= 0 ? firstOpen : 0;
    this.screen = resumed && firstOpen < 0 && this.layout !== 'list' ? 'review' : 'question';
    this.stepError = '';
    this.announce(this.screen === 'question' && this.layout !== 'list' ? this.progressText() : '');
    this.focusAfterRender = 'heading';
    emit<QuizStartDetail>(this, 'cap-quiz-start', { questionnaireId: q.id, version: q.version, resumed });
  }

  private setAnswer(question: AnyQuestion, value: AnswerValue | undefined): void {
    const next = Object.assign(emptyAnswers(), this.currentAnswers);
    if (value === undefined) delete next[question.id];
    else next[question.id] = value;
    this.currentAnswers = next;
    this.completed = null;
    this.stepError = '';
    this.missing = this.missing.filter((m) => m.id !== question.id);
    this.save();
    emit<QuizAnswerDetail>(this, 'cap-quiz-answer', { questionId: question.id, value });
  }

  private onChoice(question: AnyQuestion, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (question.type !== 'multiple') {
      this.setAnswer(question, input.value);
      return;
    }
    // « Je ne sais pas » and « Non concerné » exclude every other box.
    const special = (id: string) => id === UNKNOWN_ANSWER || id === NOT_APPLICABLE_ANSWER;
    const current = answerOf(this.currentAnswers, question.id);
    let chosen = Array.isArray(current) ? current.filter((id) => !special(id)) : [];
    if (special(input.value)) {
      chosen = input.checked ? [input.value] : [];
    } else if (input.checked) {
      chosen = [...chosen, input.value];
    } else {
      chosen = chosen.filter((id) => id !== input.value);
    }
    this.setAnswer(question, chosen);
  }

  private next(event: Event): void {
    event.preventDefault();
    const question = this.visible[this.index];
    if (!question) return;
    if (answerOf(this.currentAnswers, question.id) === undefined) {
      if (question.type === 'multiple') {
        // Passing a checklist without ticking anything means "none of these practices".
        this.setAnswer(question, []);
      } else {
        this.stepError = quizMsg(this.language, 'chooseOne');
        this.announce(this.stepError);
        this.focusAfterRender = 'first-option';
        return;
      }
    }
    const visible = this.visible;
    const position = visible.findIndex((q) => q.id === question.id);
    if (this.returnToReview || position >= visible.length - 1) {
      const nextOpen = this.returnToReview
        ? visible.findIndex((q, i) => i > position && answerOf(this.currentAnswers, q.id) === undefined)
        : -1;
      if (nextOpen >= 0) {
        this.goTo(nextOpen);
        return;
      }
      this.returnToReview = false;
      this.screen = 'review';
      this.announce('');
      this.focusAfterRender = 'heading';
      return;
    }
    this.goTo(position + 1);
  }

  private previous(): void {
    if (this.index === 0) {
      this.screen = 'start';
      this.focusAfterRender = 'heading';
      return;
    }
    this.goTo(this.index - 1);
  }

  private goTo(index: number): void {
    this.index = index;
    this.screen = 'question';
    this.stepError = '';
    this.save();
    this.announce(this.progressText());
    this.focusAfterRender = 'heading';
  }

  private editFromReview(question: AnyQuestion): void {
    this.returnToReview = true;
    this.goTo(this.visible.findIndex((q) => q.id === question.id));
  }

  private finish(event?: Event): void {
    event?.preventDefault();
    const missing = this.unanswered().filter((q) => q.type !== 'multiple' || this.layout !== 'list');
    if (this.layout === 'list') {
      for (const q of this.unanswered().filter((x) => x.type === 'multiple')) this.setAnswer(q, []);
    }
    if (missing.length > 0) {
      this.missing = missing;
      this.focusAfterRender = 'missing';
      return;
    }
    this.missing = [];
    const results = computeResults(this.loaded!, this.currentAnswers);
    this.completed = results;
    this.screen = 'end';
    this.save();
    const lang = this.language;
    this.announce(
      results.score === null
        ? quizMsg(lang, 'announceNoScore')
        : quizMsg(lang, 'announceResults', { score: results.score, level: this.levelLabel(results.level) }),
    );
    this.focusAfterRender = 'heading';
    emit<QuizCompleteDetail>(this, 'cap-quiz-complete', { results });
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message ("Question 1 sur 24" after going back) announced again.
    this.announcement = '';
    if (text) requestAnimationFrame(() => (this.announcement = text));
  }

  /** "Votre association : 2 sur 4" on profile questions, "Question 3 sur 25" after them. */
  private progressText(index = this.index): string {
    const visible = this.visible;
    const profile = visible.filter(isProfileQuestion).length;
    const inProfile = index < profile;
    return quizMsg(this.language, inProfile ? 'progressProfile' : 'progress', {
      n: inProfile ? index + 1 : index - profile + 1,
      total: inProfile ? profile : visible.length - profile,
    });
  }

  private levelLabel(id: string | null): string {
    const level = this.loaded?.levels.find((l) => l.id === id);
    return level ? localize(level.label, this.language) : '';
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = null;
    const root = this.shadowRoot!;
    let element: HTMLElement | null = null;
    if (target === 'heading') element = root.querySelector<HTMLElement>('[data-focus-heading]');
    else if (target === 'first-option') element = root.querySelector<HTMLElement>('fieldset input');
    else if (target === 'missing') element = root.querySelector<HTMLElement>('[data-missing-summary]');
    element?.focus();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    let body: TemplateResult;
    if (this.failure) body = renderError(this.failure, lang, () => void this.load());
    else if (!this.loaded || (this.isBuiltin && this.builtinShown !== lang)) {
      // Keep "loading" until the built-in questionnaire's English text has arrived: no flash of French.
      body = html`<p class="loading" aria-busy="true">${quizMsg(lang, 'loadingQuestionnaire')}</p>`;
    } else if (this.screen === 'resume') body = this.renderResume(lang);
    else if (this.screen === 'question') body = this.layout === 'list' ? this.renderList(lang) : this.renderStep(lang);
    else if (this.screen === 'review') body = this.renderReview(lang);
    else if (this.screen === 'end') body = this.renderEnd(lang);
    else body = this.renderStart(lang);
    return html`<section class="card" part="card" aria-label=${this.loaded ? localize(this.loaded.title, lang) : quizMsg(lang, 'questionList')}>
        ${body}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderStart(lang: Lang): TemplateResult {
    const q = this.loaded!;
    // What a typical association is asked: every profile question answered with its first option.
    const typical = emptyAnswers();
    for (const p of q.profile ?? []) typical[p.id] = optionsOf(p)[0]?.id ?? '';
    const total = visibleSteps(q, typical).length;
    const minutes = Math.max(1, Math.round((total * SECONDS_PER_QUESTION) / 60));
    return html`<h2 part="heading" tabindex="-1" data-focus-heading>${localize(q.title, lang)}</h2>
      ${q.intro ? html`<p class="intro">${localize(q.intro, lang)}</p>` : nothing}
      <p class="meta">${quizMsg(lang, 'startMeta', { count: total, minutes })}</p>
      <p class="meta">${quizMsg(lang, this.persist === 'none' ? 'privacyNone' : 'privacy')}</p>
      <div class="actions">
        <button type="button" class="button" part="button primary-button" @click=${() => this.begin(false)}>
          ${quizMsg(lang, 'start')}
        </button>
      </div>`;
  }

  private renderResume(lang: Lang): TemplateResult {
    const saved = this.saved;
    const shownDate = formatDate(typeof saved?.savedAt === 'string' ? saved.savedAt : new Date().toISOString(), lang);
    const answered = this.visible.filter((x) => answerOf(this.currentAnswers, x.id) !== undefined).length;
    return html`<h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'resumeTitle')}</h2>
      <p>${quizMsg(lang, 'resumeText', { answered, total: this.visible.length, date: shownDate })}</p>
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
    const visible = this.visible;
    const index = Math.min(this.index, visible.length - 1);
    const question = visible[index]!;
    const last = index === visible.length - 1;
    const nextLabel = this.returnToReview ? 'backToReview' : last ? 'toReview' : 'next';
    return html`<form class="step" novalidate @submit=${this.next}>
      <div class="progress-row">
        <p class="progress-text" part="progress-text">${this.progressText(index)}</p>
        <progress part="progress" max=${visible.length} value=${index + 1} aria-hidden="true"></progress>
      </div>
      ${this.renderQuestion(question, index, lang, true)}
      <div class="actions">
        <button type="button" class="button secondary" part="button secondary-button" @click=${this.previous}>
          ${quizMsg(lang, 'previous')}
        </button>
        <button type="submit" class="button" part="button primary-button">${quizMsg(lang, nextLabel)}</button>
      </div>
    </form>`;
  }

  private renderList(lang: Lang): TemplateResult {
    const visible = this.visible;
    return html`<form class="list" novalidate @submit=${this.finish}>
      <h2 part="heading" tabindex="-1" data-focus-heading>${localize(this.loaded!.title, lang)}</h2>
      ${this.renderMissing(lang)}
      <ol class="question-list">
        ${visible.map((q, i) => html`<li>${this.renderQuestion(q, i, lang, false)}</li>`)}
      </ol>
      <div class="actions">
        <button type="submit" class="button" part="button primary-button">${quizMsg(lang, 'seeResults')}</button>
      </div>
    </form>`;
  }

  private renderQuestion(question: AnyQuestion, index: number, lang: Lang, single: boolean): TemplateResult {
    const value = answerOf(this.currentAnswers, question.id);
    const multiple = question.type === 'multiple';
    const profile = isProfileQuestion(question);
    const name = `q-${question.id}`;
    const helpId = `help-${question.id}`;
    const errorId = `error-${question.id}`;
    const hasError = single ? this.stepError !== '' : this.missing.some((m) => m.id === question.id);
    const chosen = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value]);
    const describedBy = [
      question.help || profile ? helpId : '',
      multiple ? `hint-${question.id}` : '',
      hasError ? errorId : '',
    ]
      .filter(Boolean)
      .join(' ');
    const label = localize(question.label, lang);
    const heading = single
      ? html`<h2 class="question-label" tabindex="-1" data-focus-heading part="heading">${label}</h2>`
      : html`<h3 class="question-label" id=${`label-${question.id}`} tabindex="-1">
          <span class="number">${index + 1}.</span> ${label}
        </h3>`;
    const option = (id: string, text: string, extra = '') => html`<label class=${`option${extra}`} part="option">
      <input
        type=${multiple ? 'checkbox' : 'radio'}
        name=${name}
        .value=${id}
        .checked=${live(chosen.has(id))}
        @change=${(e: Event) => this.onChoice(question, e)}
      />
      <span>${text}</span>
    </label>`;
    return html`<fieldset
      class=${`question type-${question.type}${hasError ? ' invalid' : ''}`}
      part="question"
      aria-describedby=${describedBy || nothing}
      aria-invalid=${hasError ? 'true' : nothing}
    >
      <legend>${heading}</legend>
      ${question.help || profile
        ? html`<p class="help" id=${helpId} part="help">
            ${profile ? quizMsg(lang, 'profileNote') : nothing} ${question.help ? localize(question.help, lang) : nothing}
          </p>`
        : nothing}
      ${multiple ? html`<p class="hint" id=${`hint-${question.id}`}>${quizMsg(lang, 'multipleHint')}</p>` : nothing}
      ${hasError
        ? html`<p class="validation" id=${errorId} part="validation">${single ? this.stepError : quizMsg(lang, 'chooseOne')}</p>`
        : nothing}
      <div class=${question.type === 'scale' ? 'options scale' : 'options'}>
        ${optionsOf(question).map((o) => option(o.id, localize(o.label, lang)))}
      </div>
      ${question.allowUnknown === false ? nothing : option(UNKNOWN_ANSWER, quizMsg(lang, 'unknown'), ' unknown')}
      ${profile || question.allowNotApplicable === false
        ? nothing
        : option(NOT_APPLICABLE_ANSWER, quizMsg(lang, 'notApplicable'), ' unknown')}
    </fieldset>`;
  }

  private renderMissing(lang: Lang): TemplateResult | typeof nothing {
    if (this.missing.length === 0) return nothing;
    const visible = this.visible;
    return html`<div class="missing" part="validation" tabindex="-1" data-missing-summary role="alert">
      <p>${quizMsg(lang, 'missing', { count: this.missing.length })}</p>
      <ul>
        ${this.missing.map((q) => {
          const n = visible.findIndex((x) => x.id === q.id) + 1;
          const text = quizMsg(lang, 'missingItem', { n, question: localize(q.label, lang) });
          return html`<li>
            ${this.layout === 'list'
              ? html`<a href=${`#label-${q.id}`} @click=${(e: Event) => this.focusQuestion(e, q)}>${text}</a>`
              : html`<button type="button" class="button link" part="button" @click=${() => this.editFromReview(q)}>
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
    const visible = this.visible;
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
          const answer = this.answerText(q, lang);
          return html`<li>
            <p class="review-question">${label}</p>
            <p class="review-answer">${answer ?? html`<em>${quizMsg(lang, 'noAnswer')}</em>`}</p>
            <button
              type="button"
              class="button link"
              part="button"
              aria-label=${quizMsg(lang, answer === undefined ? 'answerLabel' : 'editLabel', { n: i + 1, question: label })}
              @click=${() => this.editFromReview(q)}
            >
              ${quizMsg(lang, 'edit')}
            </button>
          </li>`;
        })}
      </ol>
      ${seeResults}`;
  }

  private answerText(question: AnyQuestion, lang: Lang): string | undefined {
    const value = answerOf(this.currentAnswers, question.id);
    if (value === undefined) return undefined;
    if (isUnknown(value)) return quizMsg(lang, 'unknown');
    if (isNotApplicable(value)) return quizMsg(lang, 'notApplicable');
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0) return quizMsg(lang, 'noneChecked');
    const options = optionsOf(question);
    return ids.map((id) => localize(options.find((o) => o.id === id)?.label ?? id, lang)).join(' ; ');
  }

  private renderEnd(lang: Lang): TemplateResult {
    const results = this.completed;
    if (!results || this.noResults) {
      return html`<h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'done')}</h2>
        <p>${quizMsg(lang, 'doneText')}</p>
        <div class="actions">${this.renderEndActions(lang)}</div>`;
    }
    const guidance = this.guidance;
    return html`<div class="results" part="results">
      <h2 part="heading" tabindex="-1" data-focus-heading>${quizMsg(lang, 'resultsTitle')}</h2>
      ${guidance
        ? guidance.renderResults({ questionnaire: this.loaded!, results, lang, finderUrl: this.finderUrl })
        : html`<p class="loading" aria-busy="true">${quizMsg(lang, 'loadingGuidance')}</p>`}
      <div class="actions">${this.renderEndActions(lang)}</div>
    </div>`;
  }

  private renderEndActions(lang: Lang): TemplateResult {
    return html`<button
        type="button"
        class="button secondary"
        part="button secondary-button"
        @click=${() => {
          this.screen = this.layout === 'list' ? 'question' : 'review';
          this.focusAfterRender = 'heading';
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
