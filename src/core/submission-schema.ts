/**
 * The anonymous results payload that `submit-url` receives (the collector's `POST /results`), with
 * zod/mini: the collector validates with it and the build publishes it as
 * dist/schema/submission.schema.json. Scores and levels only: no answer, no free text, nothing that identifies the association.
 *
 * Versions, told apart by `schema`:
 * - `cap-numerique/submission/1`: the results;
 * - `cap-numerique/submission/2`: the same, plus the département when the user chose a commune;
 * - `cap-numerique/submission/3`: version 2, plus whether the association knows whom to ask for
 *   digital help (`knowsWhomToAsk`, when the questionnaire asks it): a yes/no, nothing identifying.
 *
 * Fields not listed here are accepted and dropped (`z.object` strips them), at the top level and in
 * each dimension: the results may grow compatibly, and only what is validated here is ever stored.
 */
import * as z from 'zod/mini';

export const SUBMISSION_V1 = 'cap-numerique/submission/1';
export const SUBMISSION_V2 = 'cap-numerique/submission/2';
export const SUBMISSION_V3 = 'cap-numerique/submission/3';

/**
 * One line of text, 1 to `max` characters: no control character (line break, tab, NUL…) and no lone
 * surrogate (which could not be stored as UTF-8 and read back the same).
 */
export const line = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^\p{Cc}\p{Cs}]*$/u, 'must be one line of text, without control characters'));

/**
 * A département code as the commune index gives it: "01"–"95", "2A", "2B", "971"–"976", and the
 * overseas collectivities "975", "977", "978", "986"–"988".
 */
export const departmentCode = z
  .string()
  .check(z.regex(/^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/, 'expected a département code ("01"–"95", "2A", "2B", "971"–"978" or "986"–"988")'));

/** Questionnaire, dimension and level ids, as a questionnaire may define them. */
export const identifier = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9_.:-]+$/, 'expected an id: letters, digits, "-", "_", "." or ":"'));
export const questionnaireVersion = z.union([line(50), z.number()]);
export const levelId = z.nullable(identifier);

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));

const results = {
  questionnaireId: identifier,
  version: questionnaireVersion,
  score,
  level: levelId,
  dimensions: z
    .array(z.object({ id: identifier, score, level: levelId, answered: z.number().check(z.gte(0), z.lte(1000)) }))
    .check(z.maxLength(50)),
  /** YYYY-MM-DD: the day only, never the time. */
  date: z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD')),
  lang: z.enum(['fr', 'en']),
};

export const submissionV1Schema = z.object({ schema: z.literal(SUBMISSION_V1), ...results });
export const submissionV2Schema = z.object({
  schema: z.literal(SUBMISSION_V2),
  ...results,
  /** Only when the user chose a commune. */
  department: z.optional(departmentCode),
});

export const submissionV3Schema = z.object({
  schema: z.literal(SUBMISSION_V3),
  ...results,
  /** Only when the user chose a commune. */
  department: z.optional(departmentCode),
  /** False when the association said it does not know whom to ask (or did not know); absent when not asked. */
  knowsWhomToAsk: z.optional(z.boolean()),
});

export const submissionSchema = z.discriminatedUnion('schema', [submissionV1Schema, submissionV2Schema, submissionV3Schema], {
  error: `expected "${SUBMISSION_V1}", "${SUBMISSION_V2}" or "${SUBMISSION_V3}"`,
});

/** A results payload as sent (any version). */
export type SubmissionPayload = z.input<typeof submissionSchema>;
/** A results payload as validated and stored: the listed fields only. */
export type StoredSubmission = z.output<typeof submissionSchema>;
