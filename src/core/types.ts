/** A user-facing text: plain (used for every language) or translated. French is required. */
export type LocalizedText = string | { fr: string; en?: string };

export type QuestionType = 'single' | 'multiple' | 'scale' | 'yes-no';
export type Aggregation = 'mean' | 'min';

export interface AnswerOption {
  /** Unique within its question; `unknown` and `not-applicable` are reserved (see UNKNOWN_ANSWER). */
  id: string;
  label: LocalizedText;
  /** Points for this practice; a question's score is its answer's points over the best possible. */
  score: number;
}

export interface ShowIf {
  /** Id of an earlier question (or of a profile question, which always comes first). */
  question: string;
  /** The question is shown when that question's answer is (or, for `multiple`, contains) one of these option ids. */
  anyOf: string[];
}

/** What the fields common to scored questions and profile questions describe. */
interface QuestionBase {
  id: string;
  label: LocalizedText;
  help?: LocalizedText;
  showIf?: ShowIf;
  /** Offer « Je ne sais pas » (default true). */
  allowUnknown?: boolean;
}

export interface Question extends QuestionBase {
  dimension: string;
  type: QuestionType;
  /** Required except for `yes-no`, which defaults to Oui (1 point) / Non (0). */
  options?: AnswerOption[];
  /** Relative weight inside its dimension (default 1). */
  weight?: number;
  /** Offer « Non concerné » (default true): the question is left out of its dimension's score. */
  allowNotApplicable?: boolean;
  /**
   * How « Je ne sais pas » counts. `lowest` (default): like the question's lowest option, since not
   * knowing whether the association does something is itself the finding. `none`: left out of the
   * score like « Non concerné », for questions where not knowing says nothing about the association.
   */
  unknownScore?: 'lowest' | 'none';
  /**
   * `whom-to-ask`: the question asks whether the association knows whom to turn to for digital
   * advice. Its lowest option or « Je ne sais pas » sets `knowsWhomToAsk: false` in the results,
   * which puts first contacts first.
   */
  role?: 'whom-to-ask';
}

/** An option of a profile question: not scored. */
export interface ProfileOption {
  id: string;
  label: LocalizedText;
}

/**
 * A question about the association itself (team, size, budget, federation…), asked before the
 * scored questions. Never scored: its answers choose which questions are asked (`showIf`) and which
 * next steps are given (`NextStep.showIf`), and travel in `results.profile`.
 */
export interface ProfileQuestion extends QuestionBase {
  type: 'single' | 'yes-no';
  /** Required for `single`; `yes-no` defaults to Oui / Non. */
  options?: ProfileOption[];
}

export interface NextStep {
  text: LocalizedText;
  url?: string;
  linkLabel?: LocalizedText;
  /** Given only when this profile question's answer is one of `anyOf` (e.g. employers only). */
  showIf?: ShowIf;
}

export interface Dimension {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** Support themes (see vocabulary.ts) a structure should offer to help on this dimension. */
  themes?: string[];
  /** Concrete next steps, keyed by level id. */
  recommendations?: Record<string, NextStep[]>;
}

export interface Level {
  id: string;
  label: LocalizedText;
  /** Lowest overall score (0–100) of this level; the first level starts at 0. */
  min: number;
  description?: LocalizedText;
}

export interface Questionnaire {
  id: string;
  version: string | number;
  title: LocalizedText;
  intro?: LocalizedText;
  /** `mean` (default): average of the dimensions; `min`: the weakest dimension decides. */
  aggregation?: Aggregation;
  /** Unscored questions about the association, asked first. */
  profile?: ProfileQuestion[];
  dimensions: Dimension[];
  questions: Question[];
  levels: Level[];
}

/**
 * An answer: an option id, a list of option ids for `multiple`, `unknown` (« Je ne sais pas ») or
 * `not-applicable` (« Non concerné »); for `multiple`, those two come as a one-item list.
 */
export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

/**
 * An empty answers object without a prototype: question ids are data, and a questionnaire may name
 * a question "__proto__" or "constructor" (on a plain object the first would set the prototype and
 * the second would read as already answered).
 */
export function emptyAnswers(): Answers {
  return Object.create(null) as Answers;
}

/** The answer to a question, from own properties only (see `emptyAnswers`). */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export interface DimensionResult {
  id: string;
  /** 0–100, or null when the dimension is not assessed (see `status`). */
  score: number | null;
  level: string | null;
  /** Questions answered with one of their options (not « Je ne sais pas », not « Non concerné »). */
  answered: number;
  /**
   * `scored`, or `not-assessed` when less than half of the weight of its questions got an answer
   * that counts (an option, or « Je ne sais pas » where it scores). Results saved before this field
   * existed lack it: a null score then means not assessed.
   */
  status?: 'scored' | 'not-assessed';
  /** Questions of the dimension that were asked. */
  questions?: number;
  /** Of those, answered « Je ne sais pas ». */
  unknown?: number;
  /** Of those, answered « Non concerné ». */
  notApplicable?: number;
}

/** Why there is no overall score: too few dimensions assessed, or mostly « Je ne sais pas ». */
export type PartialReason = 'dimensions' | 'unknown';

/** The results of a questionnaire; every field added since the first version is optional. */
export interface QuizResults {
  questionnaireId: string;
  version: string | number;
  /** 0–100, or null when the result is partial (see `partial`). */
  score: number | null;
  level: string | null;
  dimensions: DimensionResult[];
  /** The weakest assessed dimensions (at most two), weakest first. */
  weakest: string[];
  /** Support themes of the weakest dimensions. */
  themes: string[];
  completedAt: string;
  /** True when the result gives no overall score and level; `partialReason` says why. */
  partial?: boolean;
  partialReason?: PartialReason;
  /** The answers to the profile questions, by question id (option ids, or `unknown`). */
  profile?: Record<string, string>;
  /** False when the association said it does not know whom to ask (or did not know). */
  knowsWhomToAsk?: boolean;
}

/** « Je ne sais pas ». */
export const UNKNOWN_ANSWER = 'unknown';
/** « Non concerné ». */
export const NOT_APPLICABLE_ANSWER = 'not-applicable';

/**
 * A translation of a questionnaire written in plain strings, keyed by ids. The built-in
 * questionnaire ships its French text in the quiz chunk and its English text in a lazy chunk.
 */
export interface QuestionnaireTranslation {
  title: string;
  intro?: string;
  dimensions: Record<
    string,
    {
      /** Optional when the original label is already `{fr, en}`. */
      label?: string;
      description?: string;
      /** Same order as the original steps of each level. */
      recommendations?: Record<string, { text: string; linkLabel?: string }[]>;
    }
  >;
  levels: Record<string, { label?: string; description?: string }>;
  profile?: Record<string, QuestionTranslation>;
  questions: Record<string, QuestionTranslation>;
}

export interface QuestionTranslation {
  label: string;
  help?: string;
  options?: Record<string, string>;
}
