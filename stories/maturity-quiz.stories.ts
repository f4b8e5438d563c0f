import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';

import '../src/elements/maturity-quiz/define.js';
import type { CapMaturityQuiz } from '../src/elements/maturity-quiz/maturity-quiz.js';
import { optionsOf, visibleQuestions } from '../src/core/scoring.js';
import type { Answers, Questionnaire } from '../src/core/types.js';
import builtin from '../src/data/questionnaire.fr.js';

// ——— arguments ———

interface QuizArgs {
  lang: 'fr' | 'en' | undefined;
  layout: 'steps' | 'list';
  persist: 'local' | 'none';
  noResults: boolean;
  finderUrl: string | undefined;
  src: string | undefined;
  /** Text of an inline `<script type="application/json">` child (story-specific, no control). */
  inlineJson: string | undefined;
}

/** A JSON text that is safe inside a `<script>` element (no `</script>` can close it early). */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

const render = (args: QuizArgs) => html`<cap-maturity-quiz
  lang=${ifDefined(args.lang)}
  layout=${args.layout}
  persist=${args.persist}
  src=${ifDefined(args.src || undefined)}
  ?no-results=${args.noResults}
  finder-url=${ifDefined(args.finderUrl || undefined)}
  @cap-quiz-start=${action('cap-quiz-start')}
  @cap-quiz-answer=${action('cap-quiz-answer')}
  @cap-quiz-complete=${action('cap-quiz-complete')}
  @cap-error=${action('cap-error')}
  >${args.inlineJson === undefined
    ? nothing
    : unsafeHTML(`<script type="application/json">${scriptSafe(args.inlineJson)}</script>`)}</cap-maturity-quiz
>`;

// ——— helpers for play functions (the element has no public method to change screen) ———

const questionnaire = builtin as Questionnaire;

/** A volunteer-run association of 1 to 5 people, member of a federation. */
const PROFILE: Answers = { 'profil-equipe': 'benevoles', 'profil-taille': '1-5', 'profil-budget': 'moins-10k', 'profil-federation': 'yes' };

/**
 * An answer to every question the built-in questionnaire asks that association, varied so the
 * results are not flat: yes-no questions say "no" (it does not know whom to ask), the others pick
 * an option in turn; one question is « Je ne sais pas », one « Non concerné ».
 */
function fullAnswers(): Answers {
  const answers: Answers = { ...PROFILE };
  visibleQuestions(questionnaire, PROFILE).forEach((q, i) => {
    const ids = optionsOf(q).map((o) => o.id);
    answers[q.id] = q.type === 'yes-no' ? 'no' : ids[(i + 1) % ids.length]!;
  });
  answers[questionnaire.questions.find((q) => q.type === 'scale')!.id] = 'unknown';
  answers[questionnaire.questions.find((q) => q.allowNotApplicable !== false)!.id] = 'not-applicable';
  return answers;
}

/** The answers to the questions (profile included) that come before `questionId`. */
function answersBefore(questionId: string): Answers {
  const all = fullAnswers();
  const answers: Answers = {};
  for (const q of [...questionnaire.profile!, ...questionnaire.questions]) {
    if (q.id === questionId) break;
    if (all[q.id] !== undefined) answers[q.id] = all[q.id]!;
  }
  return answers;
}

/** The first built-in question of a type. */
function firstOfType(type: 'single' | 'multiple' | 'scale' | 'yes-no'): string {
  return questionnaire.questions.find((q) => q.type === type && !q.showIf)!.id;
}

/** The quiz of the story, once its questionnaire is loaded and rendered. */
async function readyQuiz(canvasElement: HTMLElement): Promise<CapMaturityQuiz> {
  const quiz = canvasElement.querySelector('cap-maturity-quiz');
  await expect(quiz).toBeTruthy();
  await waitFor(() => expect(quiz!.questionnaire).toBeDefined(), { timeout: 5000 });
  await quiz!.updateComplete;
  return quiz!;
}

function shadow(quiz: CapMaturityQuiz): ShadowRoot {
  return quiz.shadowRoot!;
}

/** A button of the quiz by its visible text. */
function button(quiz: CapMaturityQuiz, text: string): HTMLButtonElement {
  const found = Array.from(shadow(quiz).querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`No "${text}" button on this screen`);
  return found;
}

async function click(quiz: CapMaturityQuiz, text: string): Promise<void> {
  await userEvent.click(button(quiz, text));
  await quiz.updateComplete;
}

/** The text of the current screen's heading. */
function heading(quiz: CapMaturityQuiz): string {
  return shadow(quiz).querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
}

/** Whether the question screen shows this question. */
function showsQuestion(quiz: CapMaturityQuiz, questionId: string): boolean {
  return shadow(quiz).querySelector(`input[name="q-${CSS.escape(questionId)}"]`) !== null;
}

/** Press the step's primary button (Suivant / Vérifier mes réponses) until `done()`, at most once per question. */
async function advanceUntil(quiz: CapMaturityQuiz, done: () => boolean): Promise<void> {
  for (let i = 0; i <= questionnaire.profile!.length + questionnaire.questions.length && !done(); i++) {
    const primary = shadow(quiz).querySelector<HTMLButtonElement>('form.step button[type="submit"]');
    if (!primary) break;
    await userEvent.click(primary);
    await quiz.updateComplete;
  }
  await expect(done()).toBe(true);
}

/** Start the quiz, answer through the `answers` property, then go to the question `questionId`. */
function playToQuestion(questionId: string): NonNullable<Story['play']> {
  return async ({ canvasElement, step }) => {
    const quiz = await readyQuiz(canvasElement);
    await step('Commencer', () => click(quiz, 'Commencer'));
    await step('Answer the earlier questions through the answers property', async () => {
      quiz.answers = answersBefore(questionId);
      await quiz.updateComplete;
    });
    await step(`Suivant up to question "${questionId}"`, () => advanceUntil(quiz, () => showsQuestion(quiz, questionId)));
  };
}

/** Start the quiz, answer every question through the `answers` property, then go to the review screen. */
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

async function playToReview(canvasElement: HTMLElement, step: PlayContext['step']): Promise<CapMaturityQuiz> {
  const quiz = await readyQuiz(canvasElement);
  await step('Commencer', () => click(quiz, 'Commencer'));
  await step('Answer every question through the answers property', async () => {
    quiz.answers = fullAnswers();
    await quiz.updateComplete;
  });
  await step('Suivant through the questions to the review screen', () =>
    advanceUntil(quiz, () => shadow(quiz).querySelector('[part~="review"]') !== null),
  );
  return quiz;
}

// ——— questionnaires for the inline-JSON stories ———

const customQuestionnaire = {
  id: 'atelier-numerique-demo',
  version: 1,
  title: { fr: 'Mini-diagnostic : atelier numérique', en: 'Mini check-up: digital workshop' },
  intro: {
    fr: 'Trois questions pour préparer notre atelier sur les outils de l’association.',
    en: 'Three questions to prepare our workshop on the association’s tools.',
  },
  dimensions: [
    { id: 'outils', label: { fr: 'Outils', en: 'Tools' } },
    { id: 'equipe', label: { fr: 'Équipe', en: 'Team' } },
  ],
  questions: [
    {
      id: 'messagerie',
      dimension: 'outils',
      type: 'single',
      label: { fr: 'Quelle adresse électronique utilisez-vous pour l’association ?', en: 'Which e-mail address do you use for the association?' },
      options: [
        { id: 'perso', label: { fr: 'Nos adresses personnelles', en: 'Our personal addresses' }, score: 0 },
        { id: 'partagee', label: { fr: 'Une adresse partagée par tout le bureau', en: 'One address shared by the board' }, score: 1 },
        { id: 'domaine', label: { fr: 'Des adresses au nom de l’association', en: 'Addresses on the association’s domain' }, score: 2 },
      ],
    },
    {
      id: 'sauvegarde',
      dimension: 'outils',
      type: 'yes-no',
      label: { fr: 'Vos fichiers sont-ils sauvegardés chaque semaine ?', en: 'Are your files backed up every week?' },
    },
    {
      id: 'aisance',
      dimension: 'equipe',
      type: 'scale',
      label: { fr: 'Les bénévoles sont-ils à l’aise avec ces outils ?', en: 'Are the volunteers comfortable with these tools?' },
      options: [
        { id: '1', label: '1', score: 0 },
        { id: '2', label: '2', score: 1 },
        { id: '3', label: '3', score: 2 },
        { id: '4', label: '4', score: 3 },
        { id: '5', label: '5', score: 4 },
      ],
    },
  ],
  levels: [
    { id: 'debut', label: { fr: 'Premiers pas', en: 'First steps' }, min: 0 },
    { id: 'avance', label: { fr: 'Bien outillée', en: 'Well equipped' }, min: 50 },
  ],
};

/** Two schema errors: a score written as a string, and a show-if naming a later question. */
const invalidQuestionnaire = {
  id: 'questionnaire-invalide',
  version: 1,
  title: 'Questionnaire invalide',
  dimensions: [{ id: 'outils', label: 'Outils' }],
  questions: [
    {
      id: 'site',
      dimension: 'outils',
      type: 'single',
      label: 'Votre site est-il à jour ?',
      showIf: { question: 'a-un-site', anyOf: ['yes'] },
      options: [
        { id: 'non', label: 'Non', score: 0 },
        { id: 'oui', label: 'Oui', score: '2' },
      ],
    },
    { id: 'a-un-site', dimension: 'outils', type: 'yes-no', label: 'Avez-vous un site web ?' },
  ],
  levels: [{ id: 'unique', label: 'Niveau unique', min: 0 }],
};

// ——— stories ———

const meta = {
  title: 'Elements/cap-maturity-quiz',
  component: 'cap-maturity-quiz',
  render,
  args: {
    lang: 'fr',
    layout: 'steps',
    persist: 'none',
    noResults: false,
    finderUrl: undefined,
    src: undefined,
    inlineJson: undefined,
  },
  argTypes: {
    lang: {
      name: 'lang',
      description: 'Language of the interface and of the built-in questionnaire (`fr` or `en`). Without it, the closest `[lang]` ancestor, then `<html lang>`.',
      control: 'inline-radio',
      options: ['fr', 'en'],
      table: { category: 'attributes', defaultValue: { summary: 'inherited, else fr' } },
    },
    layout: {
      name: 'layout',
      description: '`steps`: one question per screen. `list`: every question on one page.',
      control: 'inline-radio',
      options: ['steps', 'list'],
      table: { category: 'attributes', defaultValue: { summary: 'steps' } },
    },
    persist: {
      name: 'persist',
      description:
        '`local`: answers survive a reload (localStorage, keyed by questionnaire id and version). `none`: nothing is stored. The stories use `none` so they do not share state.',
      control: 'inline-radio',
      options: ['local', 'none'],
      table: { category: 'attributes', defaultValue: { summary: 'local' } },
    },
    noResults: {
      name: 'no-results',
      description: 'Do not show the built-in results screen at the end (the page shows its own).',
      control: 'boolean',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    finderUrl: {
      name: 'finder-url',
      description:
        'The network’s page that holds a `<cap-support-finder>`: the end screen links to it with the themes of the weakest dimensions (`?themes=a,b`), and `&start=1` when first contacts come first (the finder lists them first).',
      control: 'text',
      table: { category: 'attributes' },
    },
    src: {
      name: 'src',
      description: 'URL of a questionnaire JSON; without it (and without an inline JSON child) the built-in questionnaire is used.',
      control: 'text',
      table: { category: 'attributes' },
    },
    inlineJson: { table: { disable: true }, control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The digital-maturity quiz: start screen, four unscored questions about the association, one question per screen (or all on one page), review, then results: the gauge, the next steps of the two weakest dimensions, « Par qui commencer » and how the score is calculated. Events: `cap-quiz-start`, `cap-quiz-answer`, `cap-quiz-complete`, `cap-error` (see the Actions panel).',
      },
    },
  },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

/** The start screen of the built-in French questionnaire (a profile, then 25 questions over 6 dimensions). Use the controls to try the attributes. */
export const Start: Story = {
  parameters: {
    docs: { description: { story: 'The start screen of the built-in French questionnaire. Use the controls to try the attributes.' } },
  },
  play: async ({ canvasElement }) => {
    const quiz = await readyQuiz(canvasElement);
    await expect(button(quiz, 'Commencer')).toBeTruthy();
  },
};

/** `lang="en"`: the interface and the built-in questionnaire in English (the English text is a lazy chunk). */
export const English: Story = {
  args: { lang: 'en' },
  parameters: {
    docs: { description: { story: '`lang="en"`: the interface and the built-in questionnaire in English (the English text is a lazy chunk).' } },
  },
  play: async ({ canvasElement }) => {
    const quiz = await readyQuiz(canvasElement);
    await waitFor(() => expect(button(quiz, 'Start')).toBeTruthy());
    await waitFor(() => expect(heading(quiz)).toMatch(/association/i));
  },
};

/** `layout="list"`: every question on one page, with a single "Voir mes résultats" button. */
export const ListLayout: Story = {
  name: 'List layout',
  args: { layout: 'list' },
  parameters: {
    docs: { description: { story: '`layout="list"`: every question on one page; the start screen comes first.' } },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await readyQuiz(canvasElement);
    await step('Commencer', () => click(quiz, 'Commencer'));
    await expect(shadow(quiz).querySelectorAll('fieldset').length).toBeGreaterThan(1);
  },
};

/** A `single` question (one answer among several), the first question of the built-in questionnaire. */
export const SingleQuestion: Story = {
  name: 'Question: single',
  parameters: {
    docs: { description: { story: 'A `single` question: radio buttons, plus « Je ne sais pas » (and « Non concerné » where a question allows it).' } },
  },
  play: playToQuestion(firstOfType('single')),
};

/** The first profile question: about the association, not scored, without « Non concerné ». */
export const ProfileQuestion: Story = {
  name: 'Question: profile',
  parameters: {
    docs: {
      description: {
        story: 'The four questions about the association come first. They are not scored: they choose which questions are asked and which next steps are given.',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await readyQuiz(canvasElement);
    await step('Commencer', () => click(quiz, 'Commencer'));
    await expect(shadow(quiz).querySelector('[part~="progress-text"]')!.textContent).toMatch(/^Votre association\s: question 1 sur 4$/);
    await expect(shadow(quiz).querySelector('[part~="help"]')!.textContent).toContain('n’est pas notée');
  },
};

/** A `scale` question (1 to 5). */
export const ScaleQuestion: Story = {
  name: 'Question: scale',
  parameters: {
    docs: { description: { story: 'A `scale` question: five steps from "Pas du tout" to "Tout à fait".' } },
  },
  play: playToQuestion(firstOfType('scale')),
};

/** A `yes-no` question (default options Oui / Non). */
export const YesNoQuestion: Story = {
  name: 'Question: yes-no',
  parameters: {
    docs: { description: { story: 'A `yes-no` question with the default Oui / Non options.' } },
  },
  play: playToQuestion(firstOfType('yes-no')),
};

/** The review screen: every answer set through the `answers` property, then "Suivant" to the end. */
export const Review: Story = {
  parameters: {
    docs: {
      description: { story: 'The review screen, each answer with a "Modifier" button. Answers are set through the `answers` property.' },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await playToReview(canvasElement, step);
    await expect(heading(quiz)).toBe('Vérifiez vos réponses');
  },
};

/**
 * The built-in results screen: overall score, level, each dimension, then « Par qui commencer »
 * (first, as this association does not know whom to ask), the next steps of the two weakest
 * dimensions and how the score is calculated. With `finder-url`, a link to the network's finder.
 */
export const Results: Story = {
  name: 'End: results and next steps',
  args: { finderUrl: '/structures.html' },
  parameters: {
    docs: {
      description: {
        story:
          'The results screen: score, level and dimensions; « Par qui commencer » first (this association does not know whom to ask), with the link to `finder-url` and the themes of the weakest dimensions; the next steps of the two weakest dimensions; « Comment ce score est calculé ».',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await playToReview(canvasElement, step);
    await step('Voir mes résultats', () => click(quiz, 'Voir mes résultats'));
    await waitFor(() => expect(shadow(quiz).querySelector('[part~="method"]')).not.toBeNull(), { timeout: 5000 });
    await expect(typeof quiz.results?.score).toBe('number');
    const order = Array.from(shadow(quiz).querySelectorAll('[part~="contacts"], [part~="next-steps"]')).map((x) => x.getAttribute('part'));
    await expect(order).toEqual(['contacts', 'next-steps']);
    const link = shadow(quiz).querySelector<HTMLAnchorElement>('[part~="contacts"] a.button')!;
    await expect(new URL(link.href).searchParams.get('themes')).toBe(quiz.results!.themes.join(','));
    // This association does not know whom to ask: the finder lists first contacts first.
    await expect(new URL(link.href).searchParams.get('start')).toBe('1');
    await expect(shadow(quiz).querySelectorAll('[part~="next-steps"] h4').length).toBe(2);
  },
};

/** A result made of « Je ne sais pas »: partial, with no overall score, and says why. */
export const PartialResult: Story = {
  name: 'End: partial result',
  parameters: {
    docs: {
      description: {
        story:
          'Every question answered « Je ne sais pas »: each dimension counts it as the lowest answer, but the result gives no overall score or level, says why, and puts « Par qui commencer » first.',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await readyQuiz(canvasElement);
    await step('Commencer', () => click(quiz, 'Commencer'));
    await step('Answer « Je ne sais pas » everywhere through the answers property', async () => {
      const answers: Answers = { ...PROFILE };
      for (const q of visibleQuestions(questionnaire, PROFILE)) answers[q.id] = 'unknown';
      quiz.answers = answers;
      await quiz.updateComplete;
    });
    await step('Suivant through the questions to the review screen', () =>
      advanceUntil(quiz, () => shadow(quiz).querySelector('[part~="review"]') !== null),
    );
    await step('Voir mes résultats', () => click(quiz, 'Voir mes résultats'));
    await expect(quiz.results).toMatchObject({ partial: true, partialReason: 'unknown', score: null });
    // The end screen comes with its lazy chunk, the gauge's code after it.
    await waitFor(
      () => expect(shadow(quiz).querySelector('cap-results-gauge')?.shadowRoot?.querySelector('[part="partial"]')).toBeTruthy(),
      { timeout: 5000 },
    );
    const gauge = shadow(quiz).querySelector('cap-results-gauge')!;
    await expect(gauge.shadowRoot!.querySelector('[part="partial"]')!.textContent).toContain('Résultat partiel');
  },
};

/** `no-results`: the quiz ends on a thank-you screen, for a page that shows the results itself (from `cap-quiz-complete`). */
export const NoResults: Story = {
  name: 'End: no-results',
  args: { noResults: true },
  parameters: {
    docs: {
      description: {
        story: '`no-results`: the quiz ends on a thank-you screen; the page shows the results itself, from `cap-quiz-complete`.',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = await playToReview(canvasElement, step);
    await step('Voir mes résultats', () => click(quiz, 'Voir mes résultats'));
    await expect(heading(quiz)).toBe('Questionnaire terminé');
    await expect(shadow(quiz).querySelector('[part~="results"]')).toBeNull();
  },
};

/** A custom questionnaire given as an inline `<script type="application/json">` child: 2 dimensions, 3 questions, 2 levels. */
export const CustomInlineQuestionnaire: Story = {
  name: 'Custom questionnaire (inline JSON)',
  args: { inlineJson: JSON.stringify(customQuestionnaire, null, 2) },
  parameters: {
    docs: {
      description: {
        story: 'A questionnaire given as an inline `<script type="application/json">` child (the CMS-friendly alternative to `src`): 2 dimensions, 3 questions, 2 levels.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const quiz = await readyQuiz(canvasElement);
    await expect(quiz.questionnaire?.id).toBe(customQuestionnaire.id);
    await expect(heading(quiz)).toBe(customQuestionnaire.title.fr);
  },
};

/** An inline questionnaire that breaks the schema: the error panel lists each issue with its path, and `cap-error` fires. */
export const InvalidQuestionnaire: Story = {
  name: 'Error: invalid questionnaire',
  args: { inlineJson: JSON.stringify(invalidQuestionnaire, null, 2) },
  parameters: {
    docs: {
      description: {
        story: 'An inline questionnaire that breaks the schema (a score written as a string, a show-if naming a later question): the error panel lists each issue with its path, and `cap-error` fires.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector('cap-maturity-quiz')!;
    await waitFor(() => expect(quiz.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull(), { timeout: 5000 });
    await expect(quiz.shadowRoot!.querySelectorAll('[part~="error"] li').length).toBeGreaterThanOrEqual(2);
  },
};

/** A `src` that answers 404: a network error, with a "Réessayer" button. */
export const MissingSource: Story = {
  name: 'Error: src not found',
  args: { src: '/does-not-exist.json' },
  parameters: {
    docs: { description: { story: '`src="/does-not-exist.json"` answers 404: the error panel says so and offers to retry.' } },
  },
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector('cap-maturity-quiz')!;
    await waitFor(() => expect(quiz.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull(), { timeout: 5000 });
  },
};
