import type { Lang } from '../core/i18n.js';
import type { Questionnaire } from '../core/types.js';
import questionnaire from './questionnaire.fr.js';

/**
 * The built-in questionnaire as the quiz page ships it: questions, dimensions and levels in
 * French. Its next steps and its English text are separate chunks, loaded by `builtinWith`.
 */
export const builtinQuestionnaire: Questionnaire = questionnaire;

/** The built-in questionnaire with its next steps and/or its English text. */
export async function builtinWith(options: { lang: Lang; recommendations: boolean }): Promise<Questionnaire> {
  let result = questionnaire;
  if (options.recommendations) {
    const { default: steps } = await import('./recommendations.fr.js');
    result = { ...result, dimensions: result.dimensions.map((d) => ({ ...d, recommendations: steps[d.id] })) };
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
