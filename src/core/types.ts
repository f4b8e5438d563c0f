/** A user-facing text: plain (used for every language) or translated. French is required. */
export type LocalizedText = string | { fr: string; en?: string };

export type QuestionType = 'single' | 'multiple' | 'scale' | 'yes-no';
export type Aggregation = 'mean' | 'min';

export interface AnswerOption {
  /** Unique within its question; `unknown` is reserved for "Je ne sais pas / non concerné". */
  id: string;
  label: LocalizedText;
  /** Points for this practice; a question's score is its answer's points over the best possible. */
  score: number;
}

export interface ShowIf {
  /** Id of an earlier question. */
  question: string;
  /** The question is shown when that question's answer is (or, for `multiple`, contains) one of these option ids. */
  anyOf: string[];
}

export interface Question {
  id: string;
  dimension: string;
  label: LocalizedText;
  help?: LocalizedText;
  type: QuestionType;
  /** Required except for `yes-no`, which defaults to Oui (1 point) / Non (0). */
  options?: AnswerOption[];
  /** Relative weight inside its dimension (default 1). */
  weight?: number;
  showIf?: ShowIf;
  /** Offer "Je ne sais pas / non concerné" (default true). That answer is left out of the score. */
  allowUnknown?: boolean;
}

export interface NextStep {
  text: LocalizedText;
  url?: string;
  linkLabel?: LocalizedText;
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
  dimensions: Dimension[];
  questions: Question[];
  levels: Level[];
}

/** An answer: an option id, a list of option ids for `multiple`, or `unknown`. */
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
  /** 0–100, or null when no question of the dimension got a scored answer. */
  score: number | null;
  level: string | null;
  /** Questions answered with something other than "Je ne sais pas". */
  answered: number;
}

/** DESIGN §3.2. */
export interface QuizResults {
  questionnaireId: string;
  version: string | number;
  /** 0–100, or null when every answer was "Je ne sais pas". */
  score: number | null;
  level: string | null;
  dimensions: DimensionResult[];
  /** The weakest dimensions (at most two), weakest first. */
  weakest: string[];
  /** Support themes of the weakest dimensions. */
  themes: string[];
  completedAt: string;
}

export const UNKNOWN_ANSWER = 'unknown';

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
  questions: Record<string, { label: string; help?: string; options?: Record<string, string> }>;
}
