import type {
  AnswerOption,
  Answers,
  AnswerValue,
  DimensionResult,
  Level,
  PartialReason,
  ProfileOption,
  ProfileQuestion,
  Question,
  Questionnaire,
  QuizResults,
} from './types.js';
import { answerOf, NOT_APPLICABLE_ANSWER, UNKNOWN_ANSWER } from './types.js';

/** A scored question or a profile question: what the quiz asks, in order. */
export type AnyQuestion = Question | ProfileQuestion;

const YES_NO: AnswerOption[] = [
  { id: 'yes', label: { fr: 'Oui', en: 'Yes' }, score: 1 },
  { id: 'no', label: { fr: 'Non', en: 'No' }, score: 0 },
];

/** Options a question offers, with the yes/no default filled in (the special answers excluded). */
export function optionsOf(question: Question): AnswerOption[];
export function optionsOf(question: AnyQuestion): ProfileOption[];
export function optionsOf(question: AnyQuestion): ProfileOption[] {
  if (question.options && question.options.length > 0) return question.options;
  return question.type === 'yes-no' ? YES_NO : [];
}

export function isProfileQuestion(question: AnyQuestion): question is ProfileQuestion {
  return !('dimension' in question);
}

function isSpecial(value: AnswerValue | undefined, special: string): boolean {
  return value === special || (Array.isArray(value) && value.includes(special));
}

/** « Je ne sais pas ». */
export function isUnknown(value: AnswerValue | undefined): boolean {
  return isSpecial(value, UNKNOWN_ANSWER);
}

/** « Non concerné ». */
export function isNotApplicable(value: AnswerValue | undefined): boolean {
  return isSpecial(value, NOT_APPLICABLE_ANSWER);
}

/** Whether a question is shown, given the answers so far (show-if on an earlier answer). */
export function isVisible(question: AnyQuestion, answers: Answers): boolean {
  if (!question.showIf) return true;
  const answer = answerOf(answers, question.showIf.question);
  if (answer === undefined) return false;
  const chosen = Array.isArray(answer) ? answer : [answer];
  return chosen.some((id) => question.showIf!.anyOf.includes(id));
}

/**
 * What the quiz asks for these answers, in order: the profile questions, then the scored ones.
 * Show-if conditions only point backwards, so a question hidden by an earlier answer also hides
 * the questions that depend on it.
 */
export function visibleSteps(questionnaire: Questionnaire, answers: Answers): AnyQuestion[] {
  const shown = new Set<string>();
  const result: AnyQuestion[] = [];
  for (const question of [...(questionnaire.profile ?? []), ...questionnaire.questions]) {
    if (question.showIf && !shown.has(question.showIf.question)) continue;
    if (!isVisible(question, answers)) continue;
    shown.add(question.id);
    result.push(question);
  }
  return result;
}

/** The scored questions shown for these answers. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return visibleSteps(questionnaire, answers).filter((q): q is Question => !isProfileQuestion(q));
}

/**
 * A question's score between 0 and 1, or null when it does not count: unanswered, « Non concerné »,
 * « Je ne sais pas » where the question says `unknownScore: "none"`, or not an option.
 * single / scale / yes-no: (points − lowest) / (highest − lowest) among its options;
 * multiple: points of the chosen options over the points of all positive options.
 * « Je ne sais pas » scores like the lowest option: 0.
 */
export function questionScore(question: Question, value: AnswerValue | undefined): number | null {
  if (value === undefined || isNotApplicable(value)) return null;
  const options = optionsOf(question);
  if (options.length === 0) return null;
  const unknown = isUnknown(value);
  if (unknown && question.unknownScore === 'none') return null;
  if (question.type === 'multiple') {
    const best = options.reduce((sum, o) => sum + Math.max(0, o.score), 0);
    if (best <= 0) return null;
    if (unknown) return 0;
    const chosen = new Set(Array.isArray(value) ? value : [value]);
    const got = options.reduce((sum, o) => sum + (chosen.has(o.id) ? o.score : 0), 0);
    return clamp01(got / best);
  }
  const scores = options.map((o) => o.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  if (high === low) return null;
  if (unknown) return 0;
  const id = Array.isArray(value) ? value[0] : value;
  const option = options.find((o) => o.id === id);
  return option ? clamp01((option.score - low) / (high - low)) : null;
}

/** The level of a 0–100 score: the last level whose minimum it reaches. */
export function levelFor(levels: Level[], score: number | null): string | null {
  if (score === null) return null;
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  let found: Level | undefined;
  for (const level of sorted) if (score >= level.min) found = level;
  return (found ?? sorted[0])?.id ?? null;
}

/**
 * A dimension is assessed when the questions whose answer counts weigh at least this share of the
 * questions asked in it.
 */
export const ASSESSED_SHARE = 0.5;

/** An overall score needs more than half of the dimensions assessed. */
export function enoughDimensions(assessed: number, total: number): boolean {
  return assessed * 2 > total;
}

/**
 * Pure scoring of a questionnaire's answers into results (see docs/methodology.md):
 * - « Non concerné » leaves the question out; « Je ne sais pas » counts as the lowest option unless
 *   the question says otherwise;
 * - a dimension is scored only when at least half the weight of its questions counts;
 * - the overall score and level are given only when more than half of the dimensions are scored and
 *   « Je ne sais pas » makes up at most half of the answers that count; otherwise the result is
 *   partial and says why.
 */
export function computeResults(
  questionnaire: Questionnaire,
  answers: Answers,
  completedAt: Date = new Date(),
): QuizResults {
  const steps = visibleSteps(questionnaire, answers);
  const asked = steps.filter((q): q is Question => !isProfileQuestion(q));
  let counted = 0;
  let countedUnknown = 0;
  const dimensions: DimensionResult[] = questionnaire.dimensions.map((dimension) => {
    let weighted = 0;
    let countedWeight = 0;
    let totalWeight = 0;
    const tally = { questions: 0, answered: 0, unknown: 0, notApplicable: 0 };
    for (const question of asked) {
      if (question.dimension !== dimension.id) continue;
      const weight = question.weight ?? 1;
      const value = answerOf(answers, question.id);
      totalWeight += weight;
      tally.questions += 1;
      if (value === undefined) continue;
      if (isNotApplicable(value)) tally.notApplicable += 1;
      else if (isUnknown(value)) tally.unknown += 1;
      else tally.answered += 1;
      const score = questionScore(question, value);
      if (score === null) continue;
      weighted += score * weight;
      countedWeight += weight;
      counted += 1;
      if (isUnknown(value)) countedUnknown += 1;
    }
    const assessed = countedWeight > 0 && countedWeight >= ASSESSED_SHARE * totalWeight;
    const score = assessed ? Math.round(100 * (weighted / countedWeight)) : null;
    return {
      id: dimension.id,
      score,
      level: levelFor(questionnaire.levels, score),
      answered: tally.answered,
      status: assessed ? 'scored' : 'not-assessed',
      questions: tally.questions,
      unknown: tally.unknown,
      notApplicable: tally.notApplicable,
    };
  });

  const scored = dimensions.filter((d): d is DimensionResult & { score: number } => d.score !== null);
  let partialReason: PartialReason | undefined;
  if (!enoughDimensions(scored.length, dimensions.length)) partialReason = 'dimensions';
  else if (countedUnknown * 2 > counted) partialReason = 'unknown';
  let score: number | null = null;
  if (!partialReason) {
    score =
      questionnaire.aggregation === 'min'
        ? Math.min(...scored.map((d) => d.score))
        : Math.round(scored.reduce((sum, d) => sum + d.score, 0) / scored.length);
  }

  const order = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  const weakest = [...scored]
    .sort((a, b) => a.score - b.score || order.get(a.id)! - order.get(b.id)!)
    .slice(0, 2)
    .map((d) => d.id);
  const themes: string[] = [];
  for (const id of weakest) {
    for (const theme of questionnaire.dimensions.find((d) => d.id === id)?.themes ?? []) {
      if (!themes.includes(theme)) themes.push(theme);
    }
  }

  const profile: Record<string, string> = {};
  for (const question of steps) {
    const value = answerOf(answers, question.id);
    if (isProfileQuestion(question) && typeof value === 'string') profile[question.id] = value;
  }

  const results: QuizResults = {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    score,
    level: levelFor(questionnaire.levels, score),
    dimensions,
    weakest,
    themes,
    completedAt: completedAt.toISOString(),
    partial: partialReason !== undefined,
    ...(partialReason ? { partialReason } : {}),
    profile,
  };
  const whomToAsk = asked.find((q) => q.role === 'whom-to-ask' && answerOf(answers, q.id) !== undefined);
  if (whomToAsk) {
    const value = answerOf(answers, whomToAsk.id);
    if (!isNotApplicable(value)) results.knowsWhomToAsk = !isUnknown(value) && (questionScore(whomToAsk, value) ?? 0) > 0;
  }
  return results;
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}
