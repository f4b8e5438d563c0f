import type { Lang } from '../core/i18n.js';
import type { Questionnaire } from '../core/types.js';
import questionnaire from './questionnaire.fr.js';

/**
 * The built-in questionnaire as the quiz page ships it: profile, questions, dimensions and levels in
 * French. What only the results need (descriptions, next steps) and its English text are separate
 * chunks, loaded by `builtinWith`.
 */
export const builtinQuestionnaire: Questionnaire = questionnaire;

/** The built-in questionnaire with its descriptions and next steps and/or its English text. */
export async function builtinWith(options: { lang: Lang; details: boolean }): Promise<Questionnaire> {
  let result = questionnaire;
  if (options.details) {
    const { default: details } = await import('./recommendations.fr.js');
    result = {
      ...result,
      dimensions: result.dimensions.map((d) => ({ ...d, ...details.dimensions[d.id] })),
      levels: result.levels.map((l) => ({ ...l, description: details.levels[l.id] })),
    };
  }
  if (options.lang === 'en') {
    const [{ default: en }, { applyTranslation }] = await Promise.all([
      import('./questionnaire.en.js'),
      import('../core/translation.js'),
    ]);
    result = applyTranslation(result, 'en', en);
  }
  return result;
}
