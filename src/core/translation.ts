import type { LocalizedText, Questionnaire, QuestionnaireTranslation, QuestionTranslation } from './types.js';

/**
 * Merge a translation into a questionnaire: every text becomes `{fr, <lang>}`. Texts the
 * translation lacks stay as they were (the French text is shown).
 */
export function applyTranslation(
  questionnaire: Questionnaire,
  lang: 'en',
  tr: QuestionnaireTranslation,
): Questionnaire {
  const pair = (text: LocalizedText | undefined, translated: string | undefined): LocalizedText | undefined => {
    if (text === undefined) return undefined;
    const fr = typeof text === 'string' ? text : text.fr;
    return translated ? { fr, [lang]: translated } : text;
  };
  return {
    ...questionnaire,
    title: pair(questionnaire.title, tr.title)!,
    intro: pair(questionnaire.intro, tr.intro),
    dimensions: questionnaire.dimensions.map((d) => {
      const t = tr.dimensions[d.id];
      return {
        ...d,
        label: pair(d.label, t?.label)!,
        description: pair(d.description, t?.description),
        recommendations: d.recommendations
          ? Object.fromEntries(
              Object.entries(d.recommendations).map(([level, steps]) => [
                level,
                steps.map((step, i) => ({
                  ...step,
                  text: pair(step.text, t?.recommendations?.[level]?.[i]?.text)!,
                  linkLabel: pair(step.linkLabel, t?.recommendations?.[level]?.[i]?.linkLabel),
                })),
              ]),
            )
          : undefined,
      };
    }),
    levels: questionnaire.levels.map((l) => ({
      ...l,
      label: pair(l.label, tr.levels[l.id]?.label)!,
      description: pair(l.description, tr.levels[l.id]?.description),
    })),
    profile: questionnaire.profile?.map((q) => translate(q, tr.profile?.[q.id])),
    questions: questionnaire.questions.map((q) => translate(q, tr.questions[q.id])),
  };

  function translate<Q extends { label: LocalizedText; help?: LocalizedText; options?: { id: string; label: LocalizedText }[] }>(
    q: Q,
    t: QuestionTranslation | undefined,
  ): Q {
    return {
      ...q,
      label: pair(q.label, t?.label)!,
      help: pair(q.help, t?.help),
      options: q.options?.map((o) => ({ ...o, label: pair(o.label, t?.options?.[o.id])! })),
    };
  }
}
