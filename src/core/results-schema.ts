/**
 * Validation of a results object given to the gauge (DESIGN §3.2), with zod/mini. Loaded only when
 * results come in; problems are reported with their path, and the parts that are valid stay usable.
 */
import * as z from 'zod/mini';
import type { DimensionResult, QuizResults } from './types.js';
import { formatIssues, type ValidationIssue } from './validation.js';

const score = z.number().check(z.gte(0), z.lte(100));
const dimension = z.object({
  id: z.string().check(z.minLength(1)),
  score: z.nullable(score),
  level: z.optional(z.nullable(z.string())),
  answered: z.optional(z.number().check(z.gte(0))),
});
const results = z.object({
  questionnaireId: z.optional(z.string()),
  version: z.optional(z.union([z.string(), z.number()])),
  score: z.nullable(score),
  level: z.optional(z.nullable(z.string())),
  dimensions: z.array(z.unknown()).check(z.minLength(1)),
  weakest: z.optional(z.array(z.string())),
  themes: z.optional(z.array(z.string())),
  completedAt: z.optional(z.string()),
});

export interface CheckedResults {
  /** The overall score if it is usable, else undefined. */
  score: number | null | undefined;
  level: string | null | undefined;
  /** The dimensions that are usable. */
  dimensions: DimensionResult[];
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
    dimensions.push({
      id: parsed.data.id,
      score: parsed.data.score,
      level: badLevel ? null : (parsed.data.level ?? null),
      answered: parsed.data.answered ?? 0,
    });
  });
  return {
    score: scoreOk ? (raw.score as number | null) : undefined,
    level: levelOk ? (raw.level ?? null) : undefined,
    dimensions,
    issues,
  };
}
