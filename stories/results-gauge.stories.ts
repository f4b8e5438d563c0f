import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { action } from 'storybook/actions';
import { expect, fn, userEvent, waitFor, type Mock } from 'storybook/test';

import '../src/elements/results-gauge/define.js';
import '../src/elements/maturity-quiz/define.js';
import type { CapResultsGauge } from '../src/elements/results-gauge/results-gauge.js';
import type { CapMaturityQuiz } from '../src/elements/maturity-quiz/maturity-quiz.js';
import type { QuizResults } from '../src/core/types.js';

// ——— arguments ———

interface GaugeArgs {
  /** Overall score 0–100 (the `value` attribute); `undefined` leaves the attribute out. */
  value: number | undefined;
  chart: 'bars' | 'radar';
  noDimensions: boolean;
  showSector: boolean;
  lang: 'fr' | 'en' | undefined;
  /** The `results` property (story-specific). */
  results: QuizResults | undefined;
  /** Listens to `cap-error` (a spy: shown in the Actions panel, checked by the error stories). */
  onCapError: Mock<(event: Event) => void>;
}

const renderGauge = (args: GaugeArgs, forQuiz?: string): TemplateResult => html`<cap-results-gauge
  for=${ifDefined(forQuiz)}
  value=${args.value === undefined || args.value === null ? nothing : args.value}
  chart=${args.chart}
  ?no-dimensions=${args.noDimensions}
  ?show-sector=${args.showSector}
  lang=${ifDefined(args.lang)}
  .results=${args.results}
  @cap-error=${args.onCapError}
></cap-results-gauge>`;

const render = (args: GaugeArgs) => renderGauge(args);

/** A JSON text that is safe inside a `<script>` element (no `</script>` can close it early). */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

// ——— data ———

/** Results of the built-in questionnaire, as `cap-quiz-complete` carries them: 62, "En progression", six dimensions. */
const sampleResults: QuizResults = {
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 62,
  level: 'en-progression',
  dimensions: [
    { id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 },
    { id: 'outils', score: 81, level: 'bien-outillee', answered: 4 },
    { id: 'competences', score: 30, level: 'peu-initiee', answered: 3 },
    { id: 'communication', score: 70, level: 'en-progression', answered: 4 },
    { id: 'collaboration', score: 66, level: 'en-progression', answered: 4 },
    { id: 'donnees', score: 77, level: 'en-progression', answered: 5 },
  ],
  weakest: ['competences', 'strategie'],
  themes: ['formation', 'emploi-benevolat', 'strategie', 'financement'],
  completedAt: '2026-11-26T10:00:00.000Z',
};

/** Malformed results: a level id the levels do not know, and no `dimensions` array. */
const malformedResults = {
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 58,
  level: 'champion',
  weakest: [],
  themes: [],
  completedAt: '2026-11-26T10:00:00.000Z',
} as unknown as QuizResults;

/**
 * A small valid questionnaire for the linked story: 2 dimensions, 3 questions, the four built-in
 * levels. The play function's answers score Outils 100 and Équipe 50, so 75 overall: "En progression".
 */
const linkedQuestionnaire = {
  id: 'gauge-story-mini',
  version: 1,
  title: { fr: 'Mini-diagnostic', en: 'Mini check-up' },
  intro: { fr: 'Trois questions, puis la jauge se remplit.', en: 'Three questions, then the gauge fills.' },
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
    { id: 'peu-initiee', label: { fr: 'Peu initiée', en: 'Barely started' }, min: 0 },
    { id: 'en-demarrage', label: { fr: 'En démarrage', en: 'Getting started' }, min: 35 },
    { id: 'en-progression', label: { fr: 'En progression', en: 'Making progress' }, min: 60 },
    { id: 'bien-outillee', label: { fr: 'Bien outillée', en: 'Well equipped' }, min: 80 },
  ],
};

/** The answers the linked story's play function gives: option id per question. */
const linkedAnswers: Record<string, string> = { messagerie: 'domaine', sauvegarde: 'yes', aisance: '3' };

// ——— helpers for play functions ———

type Story = StoryObj<GaugeArgs>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** The gauge of the story, once it has rendered. */
async function readyGauge(canvasElement: HTMLElement): Promise<CapResultsGauge> {
  const gauge = canvasElement.querySelector('cap-results-gauge');
  await expect(gauge).toBeTruthy();
  await gauge!.updateComplete;
  return gauge!;
}

function part(gauge: CapResultsGauge, name: string): HTMLElement | null {
  return gauge.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Wait until the meter says `valueText` (results are checked by a lazy chunk, so not at once). */
async function expectMeter(gauge: CapResultsGauge, valueText: string, valueNow: number): Promise<void> {
  await waitFor(() => expect(part(gauge, 'meter')?.getAttribute('aria-valuetext')).toBe(valueText), { timeout: 5000 });
  const meter = part(gauge, 'meter')!;
  await expect(meter.getAttribute('role')).toBe('meter');
  await expect(meter.getAttribute('aria-valuenow')).toBe(String(valueNow));
  await expect(meter.getAttribute('aria-valuemin')).toBe('0');
  await expect(meter.getAttribute('aria-valuemax')).toBe('100');
}

/** The name and value text of each dimension of the list. */
function dimensionTexts(gauge: CapResultsGauge): string[] {
  return Array.from(gauge.shadowRoot!.querySelectorAll('[part~="dimension"]')).map((li) =>
    Array.from(li.querySelectorAll('[part~="label"]'))
      .map((span) => text(span))
      .join(' | '),
  );
}

/** A standalone `value`: the meter names the level, the "Niveau" line too, no dimensions. */
function playLevel(value: number, level: string): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, `${value} sur 100, niveau ${level}`, value);
    await expect(text(part(gauge, 'level'))).toBe(`Niveau : ${level}`);
    await expect(part(gauge, 'dimensions')).toBeNull();
    await expect(part(gauge, 'sector')).toBeNull();
    await expect(part(gauge, 'error')).toBeNull();
  };
}

/** A button of the quiz by its visible text. */
function quizButton(quiz: CapMaturityQuiz, label: string): HTMLButtonElement {
  const found = Array.from(quiz.shadowRoot!.querySelectorAll('button')).find((b) => text(b) === label);
  if (!found) throw new Error(`No "${label}" button on this screen`);
  return found;
}

/** Answer the current question of the quiz with an option id, then press its primary button. */
async function answerCurrent(quiz: CapMaturityQuiz, questionId: string, optionId: string, step: PlayContext['step']): Promise<void> {
  await step(`Answer "${questionId}" with "${optionId}"`, async () => {
    await waitFor(() =>
      expect(quiz.shadowRoot!.querySelector(`input[name="q-${CSS.escape(questionId)}"]`)).not.toBeNull(),
    );
    const input = Array.from(
      quiz.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="q-${CSS.escape(questionId)}"]`),
    ).find((i) => i.value === optionId);
    if (!input) throw new Error(`No option "${optionId}" for question "${questionId}"`);
    await userEvent.click(input);
    await quiz.updateComplete;
    await userEvent.click(quiz.shadowRoot!.querySelector<HTMLButtonElement>('form.step button[type="submit"]')!);
    await quiz.updateComplete;
  });
}

// ——— stories ———

const meta = {
  title: 'Elements/cap-results-gauge',
  component: 'cap-results-gauge',
  render,
  args: {
    value: undefined,
    chart: 'bars',
    noDimensions: false,
    showSector: false,
    lang: 'fr',
    results: undefined,
    onCapError: fn().mockName('cap-error'),
  },
  argTypes: {
    value: {
      name: 'value',
      description:
        'An overall score from 0 to 100, for standalone use (ignored when `results` are given or a quiz is followed). Out of range, `NaN` or empty: an error panel and `cap-error`.',
      control: { type: 'number', min: 0, max: 100, step: 1 },
      table: { category: 'attributes' },
    },
    chart: {
      name: 'chart',
      description: 'How the dimensions are drawn: `bars` (one bar each) or `radar`.',
      control: 'inline-radio',
      options: ['bars', 'radar'],
      table: { category: 'attributes', defaultValue: { summary: 'bars' } },
    },
    noDimensions: {
      name: 'no-dimensions',
      description: 'Show only the overall gauge, not the dimensions.',
      control: 'boolean',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    showSector: {
      name: 'show-sector',
      description:
        'Add the figures of the spring 2022 survey of association leaders (Solidatech with Recherches & Solidarités) that compare with these results, with source and denominator: not knowing whom to ask, difficulties (a level in the lower half of the scale), the growth of strategic difficulties (a weak strategy dimension). No share of associations per level.',
      control: 'boolean',
      table: { category: 'attributes', defaultValue: { summary: 'false' } },
    },
    lang: {
      name: 'lang',
      description: 'Language (`fr` or `en`). Without it, the closest `[lang]` ancestor, then `<html lang>`.',
      control: 'inline-radio',
      options: ['fr', 'en'],
      table: { category: 'attributes', defaultValue: { summary: 'inherited, else fr' } },
    },
    results: {
      name: 'results',
      description: 'A `QuizResults` object (what `cap-quiz-complete` carries): score, level and dimensions. Takes priority over `value`.',
      control: 'object',
      table: { category: 'properties' },
    },
    onCapError: { table: { disable: true }, control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Where an association stands: a half-circle gauge with the four level bands, the score and the level, then one bar (or a radar) per dimension. A `role="meter"` for assistive technology. Fed by `value`, by `results`, or by following a quiz with `for`. Fires `cap-error` on bad input (see the Actions panel).',
      },
    },
  },
} satisfies Meta<GaugeArgs>;

export default meta;

/** No `value`, no `results`, no quiz followed: an empty dial and an invitation to answer the questionnaire. */
export const Empty: Story = {
  parameters: {
    docs: { description: { story: 'No input at all: an empty dial and "Pas encore de résultat". Use the controls to try the attributes.' } },
  },
  play: async ({ canvasElement, args }) => {
    const gauge = await readyGauge(canvasElement);
    await expect(text(part(gauge, 'empty'))).toMatch(/^Pas encore de résultat/);
    await expect(part(gauge, 'meter')).toBeNull();
    await expect(part(gauge, 'error')).toBeNull();
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** `value="20"`: the first level. */
export const LevelPeuInitiee: Story = {
  name: 'Level: Peu initiée (20)',
  args: { value: 20 },
  parameters: { docs: { description: { story: '`value="20"`: the first level, "Peu initiée" (0 to 34), in orange.' } } },
  play: playLevel(20, 'Peu initiée'),
};

/** `value="45"`: the second level. */
export const LevelEnDemarrage: Story = {
  name: 'Level: En démarrage (45)',
  args: { value: 45 },
  parameters: { docs: { description: { story: '`value="45"`: the second level, "En démarrage" (35 to 59), in ochre.' } } },
  play: playLevel(45, 'En démarrage'),
};

/** `value="70"`: the third level. */
export const LevelEnProgression: Story = {
  name: 'Level: En progression (70)',
  args: { value: 70 },
  parameters: { docs: { description: { story: '`value="70"`: the third level, "En progression" (60 to 79), in green.' } } },
  play: playLevel(70, 'En progression'),
};

/** `value="90"`: the fourth level. */
export const LevelBienOutillee: Story = {
  name: 'Level: Bien outillée (90)',
  args: { value: 90 },
  parameters: { docs: { description: { story: '`value="90"`: the fourth level, "Bien outillée" (80 to 100), in blue.' } } },
  play: playLevel(90, 'Bien outillée'),
};

/** A low score alone with `show-sector`: the share of leaders who report difficulties, with its source. */
export const ValueWithSector: Story = {
  name: 'Value with show-sector',
  args: { value: 42, showSector: true },
  parameters: {
    docs: {
      description: {
        story:
          '`value="42" show-sector`: a score in the lower half of the scale, next to the 76 % of surveyed leaders who report digital difficulties, with the source and its denominator. A score in the upper half shows no figure.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '42 sur 100, niveau En démarrage', 42);
    await expect(text(part(gauge, 'sector'))).toContain('76 % des dirigeants associatifs interrogés déclarent des difficultés');
    await expect(text(part(gauge, 'sector'))).toContain('Solidatech et Recherches & Solidarités');
    await expect(text(part(gauge, 'sector'))).not.toContain('des associations étaient au niveau');
  },
};

/** A partial result: too few dimensions assessed, said so, each with why. */
export const PartialResults: Story = {
  name: 'Results: partial',
  args: {
    results: {
      ...sampleResults,
      score: null,
      level: null,
      partial: true,
      partialReason: 'dimensions',
      weakest: ['strategie'],
      dimensions: [
        { id: 'strategie', score: 48, level: 'en-demarrage', answered: 4, status: 'scored', questions: 4, unknown: 0, notApplicable: 0 },
        { id: 'outils', score: null, level: null, answered: 1, status: 'not-assessed', questions: 4, unknown: 0, notApplicable: 3 },
        { id: 'competences', score: null, level: null, answered: 1, status: 'not-assessed', questions: 4, unknown: 0, notApplicable: 0 },
      ],
    },
  },
  parameters: {
    docs: {
      description: {
        story:
          'Results with too few dimensions assessed: no overall score or level, the reason instead, and for each dimension not assessed, why (« Non concerné » or too few answers that count).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await waitFor(() => expect(part(gauge, 'partial')).not.toBeNull(), { timeout: 5000 });
    await expect(part(gauge, 'meter')).toBeNull();
    await expect(text(part(gauge, 'partial'))).toContain('2 dimensions sur 3 n’ont pas pu être évaluées');
    await waitFor(() => expect(dimensionTexts(gauge)[1]).toBe('Outils et équipement | non évaluée : « Non concerné » pour 3 questions sur 4'));
  },
};

/** Full results as bars (the default chart): overall gauge, then one labelled bar per dimension. */
export const ResultsBars: Story = {
  name: 'Results: bars',
  args: { results: sampleResults },
  parameters: {
    docs: {
      description: {
        story: 'A `results` object of the built-in questionnaire: the overall gauge, then one labelled bar per dimension with its score and level.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '62 sur 100, niveau En progression', 62);
    await waitFor(() => expect(dimensionTexts(gauge)).toHaveLength(6));
    await expect(dimensionTexts(gauge)[0]).toBe('Stratégie et gouvernance du numérique | 48 sur 100 — En démarrage');
    await expect(part(gauge, 'dimensions')?.getAttribute('aria-label')).toBe('Score par dimension');
    await expect(gauge.shadowRoot!.querySelectorAll('[part~="bar"]').length).toBe(6);
    await expect(part(gauge, 'radar')).toBeNull();
  },
};

/** `chart="radar"`: the dimensions on a radar, numbered, with the same list beside it. */
export const ResultsRadar: Story = {
  name: 'Results: radar',
  args: { results: sampleResults, chart: 'radar' },
  parameters: {
    docs: {
      description: { story: '`chart="radar"`: the dimensions drawn as a radar whose axes are numbered like the list beside it.' },
    },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '62 sur 100, niveau En progression', 62);
    await waitFor(() => expect(part(gauge, 'radar')).not.toBeNull());
    await expect(gauge.shadowRoot!.querySelectorAll('[part~="radar"] .axis').length).toBe(6);
    await expect(part(gauge, 'radar')?.getAttribute('aria-hidden')).toBe('true');
    await expect(gauge.shadowRoot!.querySelectorAll('[part~="bar"]').length).toBe(0);
    await expect(dimensionTexts(gauge)).toHaveLength(6);
  },
};

/** `no-dimensions`: results given, but only the overall gauge is shown. */
export const ResultsNoDimensions: Story = {
  name: 'Results: no-dimensions',
  args: { results: sampleResults, noDimensions: true },
  parameters: {
    docs: { description: { story: '`no-dimensions`: the same results, but only the overall gauge and level.' } },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '62 sur 100, niveau En progression', 62);
    await expect(part(gauge, 'dimensions')).toBeNull();
    await expect(part(gauge, 'radar')).toBeNull();
  },
};

/** `lang="en"`: the same results in English. */
export const English: Story = {
  args: { results: sampleResults, lang: 'en', showSector: true },
  parameters: {
    docs: { description: { story: '`lang="en" show-sector`: the results, level names, dimension names and the sector figure tied to the weak strategy dimension, in English.' } },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '62 out of 100, level Making progress', 62);
    await expect(part(gauge, 'meter')?.getAttribute('aria-label')).toBe('Digital maturity score');
    await expect(text(part(gauge, 'level'))).toBe('Level: Making progress');
    await expect(text(part(gauge, 'sector'))).toContain('Strategic difficulties');
    await expect(text(part(gauge, 'sector'))).toContain('survey of 2,776 association leaders, spring 2022');
    await waitFor(() => expect(dimensionTexts(gauge)[0]).toBe('Digital strategy and governance | 48 out of 100 — Getting started'));
  },
};

/** `for="q"`: the gauge follows a `<cap-maturity-quiz id="q">`; the play function answers it to the end. */
export const LinkedToQuiz: Story = {
  name: 'Linked to a quiz (for)',
  render: (args) => html`<cap-maturity-quiz
      id="q"
      persist="none"
      no-results
      @cap-quiz-complete=${action('cap-quiz-complete')}
      @cap-error=${action('cap-error (quiz)')}
      >${unsafeHTML(`<script type="application/json">${scriptSafe(JSON.stringify(linkedQuestionnaire, null, 2))}</script>`)}</cap-maturity-quiz
    >
    ${renderGauge(args, 'q')}`,
  parameters: {
    docs: {
      description: {
        story:
          '`<cap-maturity-quiz id="q" persist="none" no-results>` with a 3-question inline questionnaire, and `<cap-results-gauge for="q">` below it. Empty at first; the play function answers the quiz to the end and the gauge fills (75, "En progression"), naming the quiz\'s own dimensions.',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const quiz = canvasElement.querySelector<CapMaturityQuiz>('cap-maturity-quiz')!;
    await waitFor(() => expect(quiz.questionnaire?.id).toBe(linkedQuestionnaire.id), { timeout: 5000 });
    await quiz.updateComplete;
    const gauge = await readyGauge(canvasElement);
    await step('The gauge is empty before the quiz is done', async () => {
      await expect(part(gauge, 'empty')).not.toBeNull();
      await expect(part(gauge, 'meter')).toBeNull();
    });
    await step('Commencer', async () => {
      await userEvent.click(quizButton(quiz, 'Commencer'));
      await quiz.updateComplete;
    });
    for (const [questionId, optionId] of Object.entries(linkedAnswers)) {
      await answerCurrent(quiz, questionId, optionId, step);
    }
    await step('Voir mes résultats', async () => {
      await waitFor(() => expect(quiz.shadowRoot!.querySelector('[part~="review"]')).not.toBeNull());
      await userEvent.click(quizButton(quiz, 'Voir mes résultats'));
      await quiz.updateComplete;
    });
    await step('The gauge shows the quiz results', async () => {
      await expect(quiz.results?.score).toBe(75);
      await expectMeter(gauge, '75 sur 100, niveau En progression', 75);
      await waitFor(() =>
        expect(dimensionTexts(gauge)).toEqual(['Outils | 100 sur 100 — Bien outillée', 'Équipe | 50 sur 100 — En démarrage']),
      );
    });
  },
};

/** `value="140"`: out of range, so nothing is drawn; an error panel says why and `cap-error` fires. */
export const ErrorValueOutOfRange: Story = {
  name: 'Error: value out of range',
  args: { value: 140 },
  parameters: {
    docs: {
      description: {
        story: '`value="140"` is not a score between 0 and 100: nothing is drawn (never beyond the gauge), a `role="alert"` panel says why, and `cap-error` fires.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const gauge = await readyGauge(canvasElement);
    await waitFor(() => expect(part(gauge, 'error')).not.toBeNull());
    await expect(part(gauge, 'error')?.getAttribute('role')).toBe('alert');
    await expect(text(part(gauge, 'error'))).toContain('La valeur « 140 » de l’attribut value n’est pas un score entre 0 et 100.');
    await expect(part(gauge, 'meter')).toBeNull();
    await expect(part(gauge, 'empty')).toBeNull();
    await expect(args.onCapError).toHaveBeenCalled();
    const detail = (args.onCapError.mock.calls[0]![0] as CustomEvent<{ issues: { path: string }[] }>).detail;
    await expect(detail.issues[0]?.path).toBe('value');
  },
};

/** Results with an unknown level and no `dimensions` array: the valid part is drawn, the errors listed. */
export const ErrorMalformedResults: Story = {
  name: 'Error: malformed results',
  args: { results: malformedResults },
  parameters: {
    docs: {
      description: {
        story:
          'Results whose `level` is `"champion"` (unknown) and without a `dimensions` array: the error panel lists both problems with their path, `cap-error` fires, and the valid part is still drawn: 58, with the level recomputed from the score ("En démarrage").',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const gauge = await readyGauge(canvasElement);
    await waitFor(() => expect(part(gauge, 'error')).not.toBeNull(), { timeout: 5000 });
    const issues = Array.from(gauge.shadowRoot!.querySelectorAll('[part~="error"] li')).map((li) => text(li));
    await expect(issues).toHaveLength(2);
    await expect(issues.some((i) => i.startsWith('dimensions'))).toBe(true);
    await expect(issues.some((i) => i.startsWith('level') && i.includes('unknown level "champion"'))).toBe(true);
    await expectMeter(gauge, '58 sur 100, niveau En démarrage', 58);
    await expect(part(gauge, 'dimensions')).toBeNull();
    await expect(args.onCapError).toHaveBeenCalled();
  },
};

/** Inside a wrapper with `color-scheme: dark`: the default colours turn dark (they use `light-dark()`). */
export const DarkScheme: Story = {
  name: 'Dark scheme',
  args: { results: sampleResults, showSector: true },
  render: (args) => html`<div style="color-scheme: dark; background: #161616; color: #eeeeee; padding: 1.5rem; border-radius: 0.5rem">
    ${renderGauge(args)}
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Inside a wrapper with `color-scheme: dark` and a dark background: the default colours (`light-dark()`) turn dark, with lighter level colours. A light page never gets a dark gauge by surprise.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const gauge = await readyGauge(canvasElement);
    await expectMeter(gauge, '62 sur 100, niveau En progression', 62);
    await expect(getComputedStyle(gauge).backgroundColor).toBe('rgb(22, 22, 22)');
    await expect(getComputedStyle(gauge).color).toBe('rgb(238, 238, 238)');
    await waitFor(() => expect(dimensionTexts(gauge)).toHaveLength(6));
  },
};
