/** The published JSON Schema of a submission (build time only; the runtime builds it by hand). */
import * as z from 'zod/mini';

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));

export const submissionSchema = z.strictObject({
  schema: z.literal('cap-numerique/submission/1'),
  questionnaireId: z.string(),
  version: z.union([z.string(), z.number()]),
  score,
  level: z.nullable(z.string()),
  dimensions: z.array(
    z.strictObject({ id: z.string(), score, level: z.nullable(z.string()), answered: z.number().check(z.gte(0)) }),
  ),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  lang: z.enum(['fr', 'en']),
});
