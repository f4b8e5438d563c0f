/**
 * Runtime validation of questionnaires with zod/mini. This module (and zod) is only loaded when a
 * questionnaire comes from outside (a `src` URL, an inline JSON child or the `questionnaire`
 * property): the built-in one is checked by the test suite and the build.
 */
import * as z from 'zod/mini';
import { optionsOf } from './scoring.js';
import type { AnswerOption, Questionnaire } from './types.js';
import { NOT_APPLICABLE_ANSWER, UNKNOWN_ANSWER } from './types.js';
import { formatIssues, formatPath, type ValidationIssue } from './validation.js';

const MAX_TEXT = 20_000;
const id = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9_.:-]+$/));
const plain = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
export const localizedText = z.union([
  plain,
  z.object({ fr: plain, en: z.optional(plain) }),
]);
const url = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\//i));

const option = z.object({ id, label: localizedText, score: z.number().check(z.refine(Number.isFinite)) });
const showIf = z.object({ question: id, anyOf: z.array(id).check(z.minLength(1)) });
const allowUnknown = z.optional(
  z.boolean().check(z.describe('Offer « Je ne sais pas » (answer value "unknown"); default true.')),
);

const question = z.object({
  id,
  dimension: id,
  label: localizedText,
  help: z.optional(localizedText),
  type: z.enum(['single', 'multiple', 'scale', 'yes-no']),
  options: z.optional(z.array(option).check(z.maxLength(50))),
  weight: z.optional(z.number().check(z.positive(), z.refine(Number.isFinite))),
  showIf: z.optional(showIf),
  allowUnknown,
  allowNotApplicable: z.optional(
    z.boolean().check(
      z.describe('Offer « Non concerné » (answer value "not-applicable"), which leaves the question out of the score; default true.'),
    ),
  ),
  unknownScore: z.optional(
    z.enum(['lowest', 'none']).check(
      z.describe(
        'How « Je ne sais pas » counts: "lowest" (default) like the lowest option, "none" left out of the score like « Non concerné ».',
      ),
    ),
  ),
  role: z.optional(
    z.enum(['whom-to-ask']).check(
      z.describe('"whom-to-ask": the question asks whether the association knows whom to turn to; its lowest option or « Je ne sais pas » puts first contacts first.'),
    ),
  ),
});

const profileQuestion = z.object({
  id,
  label: localizedText,
  help: z.optional(localizedText),
  type: z.enum(['single', 'yes-no']),
  options: z.optional(z.array(z.object({ id, label: localizedText })).check(z.maxLength(50))),
  showIf: z.optional(showIf),
  allowUnknown,
});

const nextStep = z.object({
  text: localizedText,
  url: z.optional(url),
  linkLabel: z.optional(localizedText),
  showIf: z.optional(
    showIf.check(z.describe('Give this step only when the answer to this profile question is one of anyOf.')),
  ),
});

const dimension = z.object({
  id,
  label: localizedText,
  description: z.optional(localizedText),
  themes: z.optional(z.array(id)),
  recommendations: z.optional(z.record(id, z.array(nextStep))),
});

const level = z.object({
  id,
  label: localizedText,
  min: z.number().check(z.gte(0), z.lte(100)),
  description: z.optional(localizedText),
});

export const questionnaireSchema = z
  .object({
    id,
    version: z.union([z.string().check(z.minLength(1), z.maxLength(50)), z.number()]),
    title: localizedText,
    intro: z.optional(localizedText),
    aggregation: z.optional(z.enum(['mean', 'min'])),
    profile: z.optional(
      z.array(profileQuestion).check(
        z.maxLength(20),
        z.describe('Unscored questions about the association, asked first; their answers can condition questions and next steps.'),
      ),
    ),
    dimensions: z.array(dimension).check(z.minLength(1), z.maxLength(50)),
    questions: z.array(question).check(z.minLength(1), z.maxLength(500)),
    levels: z.array(level).check(z.minLength(1), z.maxLength(20)),
  })
  ;

/**
 * Rules that span several fields: ids, references, show-if order, levels. They run even when some
 * fields have the wrong shape, so that one pass reports every problem; entries that are not
 * objects are skipped (the structural check already reports them).
 */
function crossCheck(data: unknown, report: (message: string, path: (string | number)[]) => void): void {
  if (!isObject(data)) return;
  const list = <T>(value: unknown): T[] =>
    Array.isArray(value) ? value.map((v) => (isObject(v) ? v : {})) as T[] : [];
  const readQuestion = <T extends { options?: unknown; showIf?: unknown }>(x: T) => ({
    ...x,
    options: Array.isArray(x.options) ? x.options.map((o) => (isObject(o) ? o : {})) as unknown as AnswerOption[] : undefined,
    showIf: isObject(x.showIf) && Array.isArray(x.showIf.anyOf) ? (x.showIf as { question: string; anyOf: string[] }) : undefined,
  });
  const q = {
    dimensions: list<Questionnaire['dimensions'][number]>(data.dimensions),
    profile: list<NonNullable<Questionnaire['profile']>[number]>(data.profile).map(readQuestion),
    questions: list<Questionnaire['questions'][number]>(data.questions).map(readQuestion),
    levels: list<Questionnaire['levels'][number]>(data.levels),
  };
  duplicates(q.dimensions.map((d) => d.id), (i, d) => report(`duplicate dimension id "${d}"`, ['dimensions', i, 'id']));
  duplicates([...q.profile, ...q.questions].map((x) => x.id), (i, d) => {
    const inProfile = i < q.profile.length;
    report(`duplicate question id "${d}"`, inProfile ? ['profile', i, 'id'] : ['questions', i - q.profile.length, 'id']);
  });
  duplicates(q.levels.map((l) => l.id), (i, d) => report(`duplicate level id "${d}"`, ['levels', i, 'id']));

  const dimensionIds = new Set(q.dimensions.map((d) => d.id));
  const levelIds = new Set(q.levels.map((l) => l.id));
  // Earlier questions by id (profile questions come first), for show-if conditions.
  const seen = new Map<string, { options: Set<string> }>();
  const checkQuestion = (question: (typeof q.questions)[number], at: (string | number)[]) => {
    const options = optionsOf(question);
    const needed = question.type === 'multiple' ? 1 : 2;
    if (options.length < needed) report(`a ${question.type} question needs at least ${needed} options`, [...at, 'options']);
    if (question.type === 'yes-no' && question.options && question.options.length !== 2) {
      report('a yes-no question has exactly 2 options', [...at, 'options']);
    }
    (question.options ?? []).forEach((o, j) => {
      if (o.id === UNKNOWN_ANSWER || o.id === NOT_APPLICABLE_ANSWER) {
        report(`"${o.id}" is reserved for « ${o.id === UNKNOWN_ANSWER ? 'Je ne sais pas' : 'Non concerné'} »`, [...at, 'options', j, 'id']);
      }
    });
    duplicates((question.options ?? []).map((o) => o.id), (j, d) => report(`duplicate option id "${d}"`, [...at, 'options', j, 'id']));
    if (question.showIf) {
      const target = question.showIf.question;
      const earlier = seen.get(target);
      if (!earlier) {
        const later = q.questions.findIndex((x) => x.id === target);
        report(
          later >= 0
            ? `show-if names "${target}", which comes later (questions[${later}]): it must name an earlier question`
            : `show-if names unknown question "${target}"`,
          [...at, 'showIf', 'question'],
        );
      } else {
        question.showIf.anyOf.forEach((value, j) => {
          if (!earlier.options.has(value)) report(`"${value}" is not an option of question "${target}"`, [...at, 'showIf', 'anyOf', j]);
        });
      }
    }
    if (!seen.has(question.id)) {
      seen.set(question.id, { options: new Set([...options.map((o) => o.id), UNKNOWN_ANSWER, NOT_APPLICABLE_ANSWER]) });
    }
  };
  q.profile.forEach((question, i) => checkQuestion(question as (typeof q.questions)[number], ['profile', i]));
  const profileIds = new Set(seen.keys());
  q.questions.forEach((question, i) => {
    if (!dimensionIds.has(question.dimension)) {
      report(`unknown dimension "${question.dimension}"`, ['questions', i, 'dimension']);
    }
    checkQuestion(question, ['questions', i]);
  });

  q.dimensions.forEach((dimension, i) => {
    if (!q.questions.some((x) => x.dimension === dimension.id)) {
      report(`dimension "${dimension.id}" has no question`, ['dimensions', i]);
    }
    const recommendations = isObject(dimension.recommendations) ? dimension.recommendations : {};
    for (const [key, steps] of Object.entries(recommendations)) {
      if (!levelIds.has(key)) report(`unknown level "${key}"`, ['dimensions', i, 'recommendations', key]);
      (Array.isArray(steps) ? steps : []).forEach((step: unknown, j) => {
        const condition = isObject(step) && isObject(step.showIf) ? step.showIf : undefined;
        if (condition && typeof condition.question === 'string' && !profileIds.has(condition.question)) {
          report(`show-if of a next step must name a profile question, not "${condition.question}"`, [
            'dimensions', i, 'recommendations', key, j, 'showIf', 'question',
          ]);
        }
      });
    }
  });

  if (q.levels.length > 0 && typeof q.levels[0]!.min === 'number' && q.levels[0]!.min !== 0) {
    report(`the first level must start at 0 (found ${q.levels[0]!.min}): scores below it would have no level`, ['levels', 0, 'min']);
  }
  for (let i = 1; i < q.levels.length; i++) {
    const previous = q.levels[i - 1]!.min;
    if (typeof previous === 'number' && typeof q.levels[i]!.min === 'number' && q.levels[i]!.min <= previous) {
      report(`levels must be in increasing order of min: ${q.levels[i]!.min} is not above ${previous}`, ['levels', i, 'min']);
    }
  }
}

function duplicates(values: string[], report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) report(i, value);
    seen.add(value);
  });
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Validate unknown data as a questionnaire: a typed value, or readable issues with their path. */
export function validateQuestionnaire(data: unknown): ValidationResult<Questionnaire> {
  try {
    return check(data);
  } catch (error) {
    // Objects handed to the `questionnaire` property may throw when read (getters, proxies).
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `the questionnaire could not be read: ${reason.slice(0, 200)}` }] };
  }
}

function check(data: unknown): ValidationResult<Questionnaire> {
  const result = z.safeParse(questionnaireSchema, data, { reportInput: true });
  const issues = result.success ? [] : formatIssues(result.error.issues);
  crossCheck(result.success ? result.data : data, (message, path) => issues.push({ path: formatPath(path), message }));
  if (issues.length === 0 && result.success) return { ok: true, value: result.data as Questionnaire };
  return { ok: false, issues };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
