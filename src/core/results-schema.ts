/**
 * Validation of a results object given to the gauge, with zod/mini. Loaded only when results come
 * in; problems are reported with their path, and the parts that are valid stay usable. Results
 * saved before the optional fields existed (status, partial, profile…) are read as they are.
 */
import * as z from 'zod/mini';
import type { DimensionResult, QuizResults } from './types.js';
import { formatIssues, type ValidationIssue } from './validation.js';

const score = z.number().check(z.gte(0), z.lte(100));
const count = z.optional(z.number().check(z.gte(0)));
const dimension = z.object({
  id: z.string().check(z.minLength(1)),
  score: z.nullable(score),
  level: z.optional(z.nullable(z.string())),
  answered: count,
  status: z.optional(z.enum(['scored', 'not-assessed'])),
  questions: count,
  unknown: count,
  notApplicable: count,
});
/** Fields read one by one: a bad one is reported and left out, the others stay usable. */
const fields = {
  weakest: z.array(z.string()),
  themes: z.array(z.string()),
  partial: z.boolean(),
  partialReason: z.enum(['dimensions', 'unknown']),
  profile: z.record(z.string(), z.string()),
  knowsWhomToAsk: z.boolean(),
};
const results = z.object({
  questionnaireId: z.optional(z.string()),
  version: z.optional(z.union([z.string(), z.number()])),
  score: z.nullable(score),
  level: z.optional(z.nullable(z.string())),
  dimensions: z.array(z.unknown()).check(z.minLength(1)),
  completedAt: z.optional(z.string()),
  weakest: z.optional(fields.weakest),
  themes: z.optional(fields.themes),
  partial: z.optional(fields.partial),
  partialReason: z.optional(fields.partialReason),
  profile: z.optional(fields.profile),
  knowsWhomToAsk: z.optional(fields.knowsWhomToAsk),
});

/**
 * The results object as published (dist/schema/results.schema.json): what `cap-quiz-complete`
 * carries, the fields added over time optional. The gauge reads it leniently (`checkResults`).
 */
export const resultsSchema = z.object({
  questionnaireId: z.string(),
  version: z.union([z.string(), z.number()]),
  score: z.nullable(score).check(z.describe('Overall score 0–100, or null when the result is partial.')),
  level: z.nullable(z.string()),
  dimensions: z.array(dimension),
  weakest: fields.weakest.check(z.describe('The weakest assessed dimensions (at most two), weakest first.')),
  themes: fields.themes.check(z.describe('Support themes of the weakest dimensions.')),
  completedAt: z.string(),
  partial: z.optional(fields.partial),
  partialReason: z.optional(
    fields.partialReason.check(
      z.describe('"dimensions": not more than half of the dimensions assessed; "unknown": most answers that count are « Je ne sais pas ».'),
    ),
  ),
  profile: z.optional(fields.profile.check(z.describe('Answers to the profile questions, by question id.'))),
  knowsWhomToAsk: z.optional(fields.knowsWhomToAsk),
});

export interface CheckedResults {
  /** The overall score if it is usable, else undefined. */
  score: number | null | undefined;
  level: string | null | undefined;
  /** The dimensions that are usable. */
  dimensions: DimensionResult[];
  /** The fields below, when present and well-formed. */
  extra: Partial<Pick<QuizResults, 'partial' | 'partialReason' | 'profile' | 'knowsWhomToAsk' | 'weakest' | 'themes'>>;
  issues: ValidationIssue[];
}

/** Check results against the shape and the known level ids; keep whatever is valid. */
export function checkResults(data: unknown, levelIds: readonly string[]): CheckedResults {
  const issues: ValidationIssue[] = [];
  const top = z.safeParse(results, data, { reportInput: true });
  if (!top.success) issues.push(...formatIssues(top.error.issues));
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Partial<QuizResults>;
  const known = new Set(levelIds);
  const unknownLevel = (level: unknown, path: string) => {
    if (typeof level === 'string' && !known.has(level)) {
      issues.push({ path, message: `unknown level "${level}" (known: ${levelIds.join(', ')})` });
      return true;
    }
    return false;
  };
  const scoreOk = z.safeParse(z.nullable(score), raw.score).success;
  const levelOk = !unknownLevel(raw.level, 'level');
  const dimensions: DimensionResult[] = [];
  (Array.isArray(raw.dimensions) ? raw.dimensions : []).forEach((entry, i) => {
    const parsed = z.safeParse(dimension, entry, { reportInput: true });
    if (!parsed.success) {
      issues.push(...formatIssues(parsed.error.issues.map((x) => ({ ...x, path: ['dimensions', i, ...x.path] }))));
      return;
    }
    const badLevel = unknownLevel(parsed.data.level, `dimensions[${i}].level`);
    const { level, answered, ...rest } = parsed.data;
    dimensions.push({ ...rest, level: badLevel ? null : (level ?? null), answered: answered ?? 0 });
  });
  const extra: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value !== undefined && z.safeParse(schema, value).success) extra[key] = value;
  }
  return {
    score: scoreOk ? (raw.score as number | null) : undefined,
    level: levelOk ? (raw.level ?? null) : undefined,
    dimensions,
    extra: extra as CheckedResults['extra'],
    issues,
  };
}
