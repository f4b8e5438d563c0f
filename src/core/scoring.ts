import type {
  AnswerOption,
  Answers,
  AnswerValue,
  DimensionResult,
  Level,
  Question,
  Questionnaire,
  QuizResults,
} from './types.js';
import { answerOf, emptyAnswers, UNKNOWN_ANSWER } from './types.js';

/** Options a question offers, with the yes/no default filled in (the "unknown" option excluded). */
export function optionsOf(question: Question): AnswerOption[] {
  if (question.options && question.options.length > 0) return question.options;
  if (question.type === 'yes-no') {
    return [
      { id: 'yes', label: { fr: 'Oui', en: 'Yes' }, score: 1 },
      { id: 'no', label: { fr: 'Non', en: 'No' }, score: 0 },
    ];
  }
  return [];
}

export function isUnknown(value: AnswerValue | undefined): boolean {
  return value === UNKNOWN_ANSWER || (Array.isArray(value) && value.includes(UNKNOWN_ANSWER));
}

/** Whether a question is shown, given the answers so far (show-if on an earlier answer). */
export function isVisible(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const answer = answerOf(answers, question.showIf.question);
  if (answer === undefined) return false;
  const chosen = Array.isArray(answer) ? answer : [answer];
  return chosen.some((id) => question.showIf!.anyOf.includes(id));
}

/**
 * The questions shown for these answers. Show-if conditions only point backwards, so a question
 * hidden by an earlier answer also hides the questions that depend on it.
 */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  const shown = new Set<string>();
  const result: Question[] = [];
  for (const question of questionnaire.questions) {
    if (question.showIf && !shown.has(question.showIf.question)) continue;
    if (!isVisible(question, answers)) continue;
    shown.add(question.id);
    result.push(question);
  }
  return result;
}

/** Answers restricted to the visible questions (an answer to a hidden question does not count). */
export function effectiveAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const effective = emptyAnswers();
  for (const question of visibleQuestions(questionnaire, answers)) {
    const answer = answerOf(answers, question.id);
    if (answer !== undefined) effective[question.id] = answer;
  }
  return effective;
}

/**
 * A question's score between 0 and 1, or null when it is unanswered or answered "unknown".
 * single / scale / yes-no: (points − lowest) / (highest − lowest) among its options;
 * multiple: points of the chosen options over the points of all positive options.
 */
export function questionScore(question: Question, value: AnswerValue | undefined): number | null {
  if (value === undefined || isUnknown(value)) return null;
  const options = optionsOf(question);
  if (options.length === 0) return null;
  if (question.type === 'multiple') {
    const chosen = new Set(Array.isArray(value) ? value : [value]);
    const best = options.reduce((sum, o) => sum + Math.max(0, o.score), 0);
    if (best <= 0) return null;
    const got = options.reduce((sum, o) => sum + (chosen.has(o.id) ? o.score : 0), 0);
    return clamp01(got / best);
  }
  const id = Array.isArray(value) ? value[0] : value;
  const option = options.find((o) => o.id === id);
  if (!option) return null;
  const scores = options.map((o) => o.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  if (high === low) return null;
  return clamp01((option.score - low) / (high - low));
}

/** The level of a 0–100 score: the last level whose minimum it reaches. */
export function levelFor(levels: Level[], score: number | null): string | null {
  if (score === null) return null;
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  let found: Level | undefined;
  for (const level of sorted) if (score >= level.min) found = level;
  return (found ?? sorted[0])?.id ?? null;
}

/** Pure scoring of a questionnaire's answers into DESIGN §3.2 results. */
export function computeResults(
  questionnaire: Questionnaire,
  answers: Answers,
  completedAt: Date = new Date(),
): QuizResults {
  const effective = effectiveAnswers(questionnaire, answers);
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const dimensions: DimensionResult[] = questionnaire.dimensions.map((dimension) => {
    let weighted = 0;
    let weights = 0;
    let answered = 0;
    for (const [questionId, value] of Object.entries(effective)) {
      const question = byId.get(questionId);
      if (!question || question.dimension !== dimension.id) continue;
      const score = questionScore(question, value);
      if (score === null) continue;
      const weight = question.weight ?? 1;
      weighted += score * weight;
      weights += weight;
      answered += 1;
    }
    const score = weights > 0 ? round(100 * (weighted / weights)) : null;
    return { id: dimension.id, score, level: levelFor(questionnaire.levels, score), answered };
  });

  const scored = dimensions.filter((d): d is DimensionResult & { score: number } => d.score !== null);
  let score: number | null = null;
  if (scored.length > 0) {
    score =
      questionnaire.aggregation === 'min'
        ? Math.min(...scored.map((d) => d.score))
        : round(scored.reduce((sum, d) => sum + d.score, 0) / scored.length);
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

  return {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    score,
    level: levelFor(questionnaire.levels, score),
    dimensions,
    weakest,
    themes,
    completedAt: completedAt.toISOString(),
  };
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

function round(n: number): number {
  return Math.round(n);
}
