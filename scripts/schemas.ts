// Writes the JSON Schemas of the public data formats (questionnaire, structures, and the two payloads
// the collector receives), generated from the zod schemas, and the built-in questionnaire (French +
// English) as a complete example that validates against them.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { contactSchema } from '../src/core/contact-schema.js';
import { questionnaireSchema, validateQuestionnaire } from '../src/core/questionnaire-schema.js';
import { resultsSchema } from '../src/core/results-schema.js';
import { structureFileSchema } from '../src/core/structures/schema.js';
import { submissionSchema } from '../src/core/submission-schema.js';
import { builtinWith } from '../src/data/builtin.js';

const BASE = 'https://unpkg.com/cap-numerique/dist/schema/';

function write(file: string, schema: z.ZodMiniType, title: string): void {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  const out = { ...json, $id: `${BASE}${file}`, title };
  writeFileSync(`dist/schema/${file}`, JSON.stringify(out, null, 2));
}

mkdirSync('dist/schema', { recursive: true });
mkdirSync('dist/questionnaires', { recursive: true });
write('questionnaire.schema.json', questionnaireSchema, 'Cap Numérique questionnaire');
write('results.schema.json', resultsSchema, 'Cap Numérique quiz results');
write('structures.schema.json', structureFileSchema, 'Cap Numérique support structures');
write('submission.schema.json', submissionSchema, 'Cap Numérique anonymous results (POST /results of the collector)');
write('contact.schema.json', contactSchema, 'Cap Numérique contact request (POST /contact of the collector)');

const builtin = await builtinWith({ lang: 'en', details: true });
const check = validateQuestionnaire(builtin);
if (!check.ok) {
  console.error('The built-in questionnaire is invalid:', check.issues);
  process.exit(1);
}
writeFileSync(
  `dist/questionnaires/${builtin.id}.json`,
  JSON.stringify({ $schema: `${BASE}questionnaire.schema.json`, ...builtin }, null, 2),
);
console.log('schemas written');
