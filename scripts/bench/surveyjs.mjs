// Converts a Cap Numérique questionnaire (src/core/questionnaire-schema.ts) to a SurveyJS survey
// JSON, so that the benchmark runs the same questions, in the same order and with the same
// conditions, in both libraries. The result mirrors the `steps` layout of <cap-maturity-quiz>:
// a start page (title, intro, "Commencer"), one question per page with a progress bar, a review
// page before completing, then an end page.
//
// Mapping:
//   single  → radiogroup          multiple → checkbox
//   scale   → rating (rateValues) yes-no   → radiogroup (Oui / Non, or its own options)
//   « Je ne sais pas » (allowUnknown, default true) and « Non concerné » (allowNotApplicable,
//   default true, scored questions only) → one more choice each, values `unknown` and
//   `not-applicable` (exclusive in a checkbox). A SurveyJS rating has no such extra choice: scale
//   questions lose them (the only difference of content, noted in docs/benchmarks.md).
//   The profile questions come first, one a page, like the scored ones.
//   showIf {question, anyOf} → visibleIf "{question} anyof ['a', 'b']" (for a checkbox, anyof is
//   true when one of the checked values is listed, as our show-if).
// Scores, weights, dimensions and levels are not converted: SurveyJS has no maturity scoring.

const UNKNOWN = 'unknown';
const UNKNOWN_LABEL = { fr: 'Je ne sais pas', en: 'I don’t know' };
const NOT_APPLICABLE = 'not-applicable';
const NOT_APPLICABLE_LABEL = { fr: 'Non concerné', en: 'Not applicable' };
const YES_NO = [
  { id: 'yes', label: { fr: 'Oui', en: 'Yes' } },
  { id: 'no', label: { fr: 'Non', en: 'No' } },
];

/** A localized text in one language (French when the language is missing). */
function text(value, lang) {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : value[lang] ?? value.fr;
}

/** The options of a question, with yes-no's defaults (as `optionsOf` in src/core/scoring.ts). */
function optionsOf(question) {
  if (question.options?.length) return question.options;
  return question.type === 'yes-no' ? YES_NO : [];
}

/** A SurveyJS expression string literal. */
const literal = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** One question as a SurveyJS element. */
function convertQuestion(question, lang) {
  const element = {
    name: question.id,
    title: text(question.label, lang),
    isRequired: true,
  };
  const help = text(question.help, lang);
  if (help) element.description = help;
  if (question.showIf) {
    element.visibleIf = `{${question.showIf.question}} anyof [${question.showIf.anyOf.map(literal).join(', ')}]`;
  }
  const choices = optionsOf(question).map((o) => ({ value: o.id, text: text(o.label, lang) }));
  const special = [
    question.allowUnknown !== false && { value: UNKNOWN, text: text(UNKNOWN_LABEL, lang) },
    'dimension' in question && question.allowNotApplicable !== false && { value: NOT_APPLICABLE, text: text(NOT_APPLICABLE_LABEL, lang) },
  ].filter(Boolean);
  switch (question.type) {
    case 'scale':
      // Buttons always ("auto" turns long labels into a dropdown), as our scale shows every step.
      return { type: 'rating', ...element, displayMode: 'buttons', rateValues: choices };
    case 'multiple':
      return {
        type: 'checkbox',
        ...element,
        // Our `multiple` accepts "none checked" as an answer; SurveyJS's required checkbox does not.
        isRequired: false,
        choices: [...choices, ...special.map((c) => ({ ...c, isExclusive: true }))],
      };
    case 'single':
    case 'yes-no':
      return {
        type: 'radiogroup',
        ...element,
        choices: [...choices, ...special],
      };
    default:
      throw new Error(`question "${question.id}": unknown type "${question.type}"`);
  }
}

/**
 * The SurveyJS JSON of a questionnaire, in one language (`fr` by default; SurveyJS's own texts,
 * "Suivant" and the like, come from its locale: load survey-core/i18n/french and keep `locale`).
 */
export function toSurveyJs(questionnaire, { lang = 'fr' } = {}) {
  const intro = text(questionnaire.intro, lang);
  return {
    title: text(questionnaire.title, lang),
    locale: lang,
    firstPageIsStartPage: true,
    showProgressBar: true,
    progressBarType: 'questions',
    showQuestionNumbers: false,
    showPreviewBeforeComplete: true,
    previewMode: 'answeredQuestions',
    pages: [
      {
        name: 'start',
        elements: [{ type: 'html', name: 'intro', html: `<p>${escapeHtml(intro ?? '')}</p>` }],
      },
      ...[...(questionnaire.profile ?? []), ...questionnaire.questions].map((question) => ({
        name: `page-${question.id}`,
        elements: [convertQuestion(question, lang)],
      })),
    ],
  };
}

function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
