import { computeResults, isProfileQuestion, optionsOf, visibleSteps, type AnyQuestion } from './scoring.js';
import { createStorage, STORAGE_PREFIX, type SafeStorage } from './storage.js';
import type { Answers, AnswerValue, Questionnaire, QuizResults } from './types.js';
import { answerOf, emptyAnswers, NOT_APPLICABLE_ANSWER, UNKNOWN_ANSWER } from './types.js';

/** The quiz's screens: introduction, "pick up where you left off?", questions, review, end. */
export type Screen = 'start' | 'resume' | 'question' | 'review' | 'end';

/** What the quiz keeps in storage, under one key per questionnaire id and version. */
export interface SavedProgress {
  answers: Answers;
  index: number;
  savedAt: string;
  completedAt?: string;
}

/** What the flow reads from the element that shows it, and how it tells it to redraw. */
export interface FlowHost {
  /** `none`: nothing is stored; anything else keeps the answers across reloads. */
  readonly persist: string;
  /** `list`: every question on one page; anything else, one question per screen. */
  readonly layout: string;
  /** Any state changed: the view redraws. */
  requestUpdate(): void;
}

const SECONDS_PER_QUESTION = 20;

/** « Je ne sais pas » and « Non concerné »: each excludes every other box of a checklist. */
const isSpecial = (id: string) => id === UNKNOWN_ANSWER || id === NOT_APPLICABLE_ANSWER;

/**
 * The quiz's state, without a page: which screen, which question, the answers (cleaned, stored,
 * restored), which questions are shown for the answers so far (profile first, then `showIf`),
 * validation and navigation. The element renders it and turns its outcomes into focus moves,
 * announcements and events.
 */
export class QuizFlow {
  // Fields are declared and set in the constructor: class field initialisers would compile to a
  // helper repeated in this module of the quiz page's bundle.
  declare questionnaire: Questionnaire | undefined;
  declare screen: Screen;
  /** The question shown, as an index in `visible`. */
  declare index: number;
  declare answers: Answers;
  /** The current step was passed without an answer. */
  declare invalid: boolean;
  /** The unanswered questions found when the user asked for the results. */
  declare missing: AnyQuestion[];
  declare results: QuizResults | null;
  /** Answers found in storage, while the user chooses to resume them or start over. */
  declare saved: SavedProgress | undefined;
  /** A question opened from the review screen: "next" goes to the next open one, then back. */
  declare returnToReview: boolean;
  declare private host: FlowHost;
  declare private onAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  declare private storage: SafeStorage;

  /**
   * `onAnswer` is called when an answer is set (by the user, or « none of these » when a
   * checklist is passed); `storage` keeps the answers (localStorage by default).
   */
  constructor(
    host: FlowHost,
    onAnswer: (questionId: string, value: AnswerValue | undefined) => void,
    storage: SafeStorage = createStorage(),
  ) {
    this.host = host;
    this.onAnswer = onAnswer;
    this.storage = storage;
    this.reset();
  }

  /** Back to the start screen with no answer (the caller tells the view). */
  private reset(): void {
    this.answers = emptyAnswers();
    this.results = null;
    this.index = 0;
    this.invalid = false;
    this.missing = [];
    this.returnToReview = false;
    this.saved = undefined;
    this.screen = 'start';
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private get list(): boolean {
    return this.host.layout === 'list';
  }

  /** Profile questions, then the questions shown for the answers so far. */
  get visible(): AnyQuestion[] {
    return this.questionnaire ? visibleSteps(this.questionnaire, this.answers) : [];
  }

  unanswered(): AnyQuestion[] {
    return this.visible.filter((q) => answerOf(this.answers, q.id) === undefined);
  }

  /**
   * With a questionnaire: the number of questions a typical association is asked (each profile
   * question answered with its first option), and the minutes they take.
   */
  estimate(): { count: number; minutes: number } {
    const q = this.questionnaire!;
    const typical = emptyAnswers();
    for (const p of q.profile ?? []) typical[p.id] = optionsOf(p)[0]?.id ?? '';
    const count = visibleSteps(q, typical).length;
    return { count, minutes: Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60)) };
  }

  /** Where a step stands: among the profile questions, or among the scored questions after them. */
  progress(index = this.index): { profile: boolean; n: number; total: number } {
    const visible = this.visible;
    const profile = visible.filter(isProfileQuestion).length;
    return index < profile
      ? { profile: true, n: index + 1, total: profile }
      : { profile: false, n: index - profile + 1, total: visible.length - profile };
  }

  /** Keep only well-formed answers to known questions (storage and callers are not trusted). */
  sanitize(value: unknown): Answers {
    const q = this.questionnaire;
    const known = new Set([...(q?.profile ?? []), ...(q?.questions ?? [])].map((x) => x.id));
    const clean = emptyAnswers();
    if (!value || typeof value !== 'object') return clean;
    for (const [id, answer] of Object.entries(value)) {
      if (q && !known.has(id)) continue;
      if (typeof answer === 'string' || (Array.isArray(answer) && answer.every((a) => typeof a === 'string'))) {
        clean[id] = answer;
      }
    }
    return clean;
  }

  /** Replace the answers (a page resuming the quiz with its own answers). */
  setAnswers(value: unknown): void {
    this.answers = this.sanitize(value);
    this.results = null;
    this.save();
    this.changed();
  }

  /**
   * A questionnaire is ready: back to its start, with its stored answers if any (older or newer
   * versions of it are forgotten). Returns true when finished results were restored (end screen).
   */
  open(questionnaire: Questionnaire): boolean {
    this.questionnaire = questionnaire;
    this.reset();
    this.changed();
    if (this.host.persist === 'none') return false;
    const current = this.key(questionnaire);
    for (const key of this.storage.keys(`${STORAGE_PREFIX}quiz:${questionnaire.id}:`)) {
      if (key !== current) this.storage.remove(key);
    }
    const saved = this.storage.get<SavedProgress>(current);
    if (!saved || typeof saved !== 'object') return false;
    this.answers = this.sanitize(saved.answers);
    this.saved = saved;
    if (saved.completedAt && this.unanswered().length === 0) {
      this.results = computeResults(questionnaire, this.answers, new Date(saved.completedAt));
      this.screen = 'end';
      return true;
    }
    if (Object.keys(this.answers).length > 0) this.screen = 'resume';
    return false;
  }

  private key(q: Questionnaire): string {
    return `${STORAGE_PREFIX}quiz:${q.id}:${q.version}`;
  }

  private save(): void {
    const q = this.questionnaire;
    if (!q || this.host.persist === 'none') return;
    const progress: SavedProgress = {
      answers: this.answers,
      index: this.index,
      savedAt: new Date().toISOString(),
      ...(this.results ? { completedAt: this.results.completedAt } : {}),
    };
    this.storage.set(this.key(q), progress);
  }

  /** Leave the start (or resume) screen: from the first open question when resuming, else afresh. */
  begin(resumed: boolean): void {
    if (!resumed) {
      this.answers = emptyAnswers();
      this.storage.remove(this.key(this.questionnaire!));
    }
    this.saved = undefined;
    this.results = null;
    const firstOpen = this.visible.findIndex((x) => answerOf(this.answers, x.id) === undefined);
    this.index = resumed && firstOpen >= 0 ? firstOpen : 0;
    this.screen = resumed && firstOpen < 0 && !this.list ? 'review' : 'question';
    this.invalid = false;
    this.changed();
  }

  /** Forget the answers (also in storage) and go back to the start screen. */
  restart(): void {
    this.reset();
    if (this.questionnaire) this.storage.remove(this.key(this.questionnaire));
    this.changed();
  }

  setAnswer(question: AnyQuestion, value: AnswerValue | undefined): void {
    const next = Object.assign(emptyAnswers(), this.answers);
    if (value === undefined) delete next[question.id];
    else next[question.id] = value;
    this.answers = next;
    this.results = null;
    this.invalid = false;
    this.missing = this.missing.filter((m) => m.id !== question.id);
    this.save();
    this.changed();
    this.onAnswer(question.id, value);
  }

  /** An option ticked or unticked: one choice, or a checklist where the special answers stand alone. */
  choose(question: AnyQuestion, id: string, checked: boolean): void {
    if (question.type !== 'multiple') {
      this.setAnswer(question, id);
      return;
    }
    const current = answerOf(this.answers, question.id);
    let chosen = Array.isArray(current) ? current.filter((x) => !isSpecial(x)) : [];
    if (isSpecial(id)) chosen = checked ? [id] : [];
    else if (checked) chosen = [...chosen, id];
    else chosen = chosen.filter((x) => x !== id);
    this.setAnswer(question, chosen);
  }

  /**
   * "Next" on a step: the next question shown, or the review after the last one (after an edit
   * from the review, the next unanswered question, then the review). A one-choice question without
   * an answer stays, `invalid`; a checklist passed without a tick means « none of these practices ».
   */
  next(): void {
    const question = this.visible[this.index];
    if (!question) return;
    if (answerOf(this.answers, question.id) === undefined) {
      if (question.type !== 'multiple') {
        this.invalid = true;
        this.changed();
        return;
      }
      this.setAnswer(question, []);
    }
    const visible = this.visible;
    const position = visible.findIndex((q) => q.id === question.id);
    if (this.returnToReview || position >= visible.length - 1) {
      const nextOpen = this.returnToReview
        ? visible.findIndex((q, i) => i > position && answerOf(this.answers, q.id) === undefined)
        : -1;
      if (nextOpen >= 0) return this.goTo(nextOpen);
      this.returnToReview = false;
      this.screen = 'review';
      this.changed();
      return;
    }
    this.goTo(position + 1);
  }

  /** "Previous": the question before, or the start screen from the first one. */
  previous(): void {
    if (this.index > 0) return this.goTo(this.index - 1);
    this.screen = 'start';
    this.changed();
  }

  private goTo(index: number): void {
    this.index = index;
    this.screen = 'question';
    this.invalid = false;
    this.save();
    this.changed();
  }

  /** Open a question from the review screen (or from the list of missing answers). */
  edit(question: AnyQuestion): void {
    this.returnToReview = true;
    this.goTo(this.visible.findIndex((q) => q.id === question.id));
  }

  /** Back from the end screen to the answers: the review, or the list of questions. */
  editAnswers(): void {
    this.screen = this.list ? 'question' : 'review';
    this.changed();
  }

  /**
   * "See my results": the results (end screen), or null with `missing` listing what is still
   * unanswered. On one page, an unticked checklist counts as « none of these practices ».
   */
  finish(): QuizResults | null {
    const missing = this.unanswered().filter((q) => q.type !== 'multiple' || !this.list);
    if (this.list) {
      for (const q of this.unanswered().filter((x) => x.type === 'multiple')) this.setAnswer(q, []);
    }
    this.missing = missing;
    this.changed();
    if (missing.length > 0) return null;
    this.results = computeResults(this.questionnaire!, this.answers);
    this.screen = 'end';
    this.save();
    return this.results;
  }
}
