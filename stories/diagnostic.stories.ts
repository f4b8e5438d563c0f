import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, type Mock } from 'storybook/test';

import '../src/elements/diagnostic/define.js';
import type { CapDiagnostic, DiagnosticStepDetail, DiagnosticSubmitDetail } from '../src/elements/diagnostic/diagnostic.js';
import type { CapMaturityQuiz } from '../src/elements/maturity-quiz/maturity-quiz.js';
import type { CapResultsGauge } from '../src/elements/results-gauge/results-gauge.js';
import type { CapSupportFinder } from '../src/elements/support-finder/support-finder.js';
import { localize } from '../src/core/i18n.js';

// ——— arguments ———

type Step = DiagnosticStepDetail['step'];

interface DiagnosticArgs {
  /** URL of a questionnaire JSON; `undefined` leaves the attribute out (built-in questionnaire). */
  questionnaireSrc: string | undefined;
  /** URL(s) of structure data, space-separated; `undefined` leaves the attribute out (bundled demo data). */
  structuresSrc: string | undefined;
  tiles: string;
  geocoder: string;
  near: string | undefined;
  /** Search radius in km; `undefined` leaves the attribute out (30). */
  radius: number | undefined;
  persist: 'local' | 'none';
  submitUrl: string | undefined;
  /** The notice next to the « Être recontactée » consent; `undefined` leaves the attribute out (no contact request). */
  contactNotice: string | undefined;
  /** Milliseconds; `undefined` leaves the attribute out (1000). */
  submitRetryDelay: number | undefined;
  lang: 'fr' | 'en' | undefined;
  /** Spies on the events (shown in the Actions panel, checked by the play functions). */
  onStep: Mock<(event: CustomEvent<DiagnosticStepDetail>) => void>;
  onSubmit: Mock<(event: CustomEvent<DiagnosticSubmitDetail>) => void>;
  /** `cap-error` of the inner quiz, gauge and finder (the events cross the shadow root). */
  onCapError: Mock<(event: Event) => void>;
}

const render = (args: DiagnosticArgs): TemplateResult => html`<cap-diagnostic
  questionnaire-src=${ifDefined(args.questionnaireSrc || undefined)}
  structures-src=${ifDefined(args.structuresSrc || undefined)}
  tiles=${args.tiles}
  geocoder=${args.geocoder}
  near=${ifDefined(args.near || undefined)}
  radius=${ifDefined(args.radius ?? undefined)}
  persist=${args.persist}
  submit-url=${ifDefined(args.submitUrl || undefined)}
  contact-notice=${ifDefined(args.contactNotice || undefined)}
  submit-retry-delay=${ifDefined(args.submitRetryDelay ?? undefined)}
  lang=${ifDefined(args.lang)}
  @cap-diagnostic-step=${args.onStep}
  @cap-diagnostic-submit=${args.onSubmit}
  @cap-error=${args.onCapError}
></cap-diagnostic>`;

// ——— helpers for play functions ———

type Story = StoryObj<DiagnosticArgs>;
type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** The French name of each step, as the step list shows it (messages.ts). */
const STEP_FR: Record<Step, string> = {
  intro: 'Présentation',
  quiz: 'Questionnaire',
  results: 'Résultats',
  finder: 'Trouver de l’aide',
};
const STEP_EN: Record<Step, string> = {
  intro: 'Introduction',
  quiz: 'Questionnaire',
  results: 'Results',
  finder: 'Find help',
};
const STEP_ORDER: Step[] = ['intro', 'quiz', 'results', 'finder'];

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function shadow(diagnostic: CapDiagnostic): ShadowRoot {
  return diagnostic.shadowRoot!;
}

/** The quiz inside the diagnostic's shadow root. */
function quizOf(diagnostic: CapDiagnostic): CapMaturityQuiz {
  return shadow(diagnostic).querySelector<CapMaturityQuiz>('cap-maturity-quiz')!;
}

/** The diagnostic of the story, once its inner quiz has loaded the questionnaire. */
async function readyDiagnostic(canvasElement: HTMLElement): Promise<CapDiagnostic> {
  const diagnostic = canvasElement.querySelector('cap-diagnostic');
  await expect(diagnostic).toBeTruthy();
  await diagnostic!.updateComplete;
  await waitFor(() => expect(quizOf(diagnostic!)?.questionnaire).toBeDefined(), { timeout: 5000 });
  await quizOf(diagnostic!).updateComplete;
  return diagnostic!;
}

/** A button of the diagnostic (or of a shadow root inside it) by its visible text. */
function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) => text(b) === label);
  if (!found) throw new Error(`No "${label}" button on this screen`);
  return found;
}

/** The `data-step` of the sections that are not hidden. */
function visibleSections(diagnostic: CapDiagnostic): string[] {
  return Array.from(shadow(diagnostic).querySelectorAll<HTMLElement>('section[data-step]'))
    .filter((s) => !s.hidden)
    .map((s) => s.dataset.step ?? '');
}

/** The step reached: the only visible section, the only `aria-current="step"` item, its heading. */
async function expectStep(diagnostic: CapDiagnostic, step: Step, names: Record<Step, string> = STEP_FR): Promise<void> {
  await waitFor(() => expect(visibleSections(diagnostic)).toEqual([step]), { timeout: 5000 });
  const current = shadow(diagnostic).querySelectorAll('[part~="steps"] li[aria-current="step"]');
  await expect(current).toHaveLength(1);
  await expect(text(current[0])).toBe(`${STEP_ORDER.indexOf(step) + 1} ${names[step]}`);
  await expect(shadow(diagnostic).querySelectorAll('[part~="steps"] li')).toHaveLength(4);
}

/** The heading of the visible step (the quiz step has none of its own: the quiz's heading). */
function stepHeading(diagnostic: CapDiagnostic, step: Step): HTMLElement | null {
  return shadow(diagnostic).querySelector<HTMLElement>(`section[data-step="${step}"] [data-heading]`);
}

/** The steps announced by `cap-diagnostic-step`, in order. */
function announcedSteps(args: DiagnosticArgs): Step[] {
  return args.onStep.mock.calls.map(([event]) => event.detail.step);
}

async function clickStart(diagnostic: CapDiagnostic, step: PlayContext['step']): Promise<void> {
  await step('Commencer le diagnostic', async () => {
    await userEvent.click(button(shadow(diagnostic), 'Commencer le diagnostic'));
    await diagnostic.updateComplete;
  });
}

/**
 * Start, then answer every question with its first option and press the primary button, until the
 * review screen (as tests/integration/pages.test.ts's completeQuiz does), then "Voir mes résultats".
 */
async function completeQuiz(diagnostic: CapDiagnostic, step: PlayContext['step']): Promise<CapMaturityQuiz> {
  await clickStart(diagnostic, step);
  const quiz = quizOf(diagnostic);
  const root = quiz.shadowRoot!;
  await step('Answer every question with its first option', async () => {
    for (let guard = 0; guard < 60 && !root.querySelector('[part~="review"]'); guard++) {
      await userEvent.click(root.querySelector<HTMLInputElement>('fieldset input')!);
      await quiz.updateComplete;
      await userEvent.click(root.querySelector<HTMLButtonElement>('form.step button[type="submit"]')!);
      await quiz.updateComplete;
    }
    await expect(root.querySelector('[part~="review"]')).not.toBeNull();
  });
  await step('Voir mes résultats', async () => {
    await userEvent.click(button(root, 'Voir mes résultats'));
    await quiz.updateComplete;
    await diagnostic.updateComplete;
  });
  await waitFor(() => expect(quiz.results).not.toBeNull());
  return quiz;
}

/** The labels of the weakest dimensions of the quiz's results, in French. */
function weakestLabels(quiz: CapMaturityQuiz): string[] {
  return quiz.results!.weakest.map((id) => localize(quiz.questionnaire!.dimensions.find((d) => d.id === id)!.label, 'fr'));
}

/** The results step as the play functions reach it: gauge from the context, next steps, keep tools. */
async function expectResults(diagnostic: CapDiagnostic, quiz: CapMaturityQuiz): Promise<void> {
  await expectStep(diagnostic, 'results');
  const section = shadow(diagnostic).querySelector('section[data-step="results"]')!;
  await expect(text(stepHeading(diagnostic, 'results'))).toBe('Vos résultats');
  await waitFor(() => expect(shadow(diagnostic).activeElement).toBe(stepHeading(diagnostic, 'results')));
  const score = quiz.results!.score!;
  const gauge = section.querySelector<CapResultsGauge>('cap-results-gauge')!;
  await expect(gauge).toBeTruthy();
  await waitFor(
    () => expect(gauge.shadowRoot?.querySelector('[part~="meter"]')?.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${score} sur 100, niveau `)),
    { timeout: 5000 },
  );
  await waitFor(() => expect(section.querySelector('[part~="next-steps"]')).not.toBeNull(), { timeout: 5000 });
  const nextSteps = section.querySelector('[part~="next-steps"]')!;
  await expect(text(nextSteps.querySelector('h3'))).toBe('Vos prochaines étapes');
  // The first option of each question is the weakest practice: the lowest level puts first contacts first.
  const guidance = Array.from(section.querySelectorAll('[part~="contacts"], [part~="next-steps"]')).map((x) => x.getAttribute('part'));
  await expect(guidance).toEqual(['contacts', 'next-steps']);
  await expect(text(section.querySelector('[part~="contacts"] h3'))).toBe('Par qui commencer');
  // show-sector: the figure tied to a low level, with its source.
  await waitFor(() => expect(text(gauge.shadowRoot?.querySelector('[part~="sector"]') ?? null)).toContain('76 %'), { timeout: 5000 });
  await expect(text(section.querySelector('[part~="method"] summary'))).toBe('Comment ce score est calculé');
  const headings = Array.from(nextSteps.querySelectorAll('h4')).map((h) => text(h));
  const labels = weakestLabels(quiz);
  await expect(headings).toHaveLength(2);
  for (const [i, label] of labels.entries()) await expect(headings[i]).toMatch(new RegExp(`^${label} — \\d+ sur 100$`));
  await expect(nextSteps.querySelectorAll('li').length).toBeGreaterThan(0);
  const keep = section.querySelector('[part~="keep"]')!;
  await expect(section.querySelector<HTMLInputElement>('#share-link')!.value).toMatch(/#./);
  await expect(Array.from(keep.querySelectorAll('button')).map((b) => text(b))).toEqual([
    'Copier le lien de partage',
    'Imprimer',
    'Exporter (JSON)',
  ]);
  await expect(text(keep.querySelector('label.file'))).toBe('Importer des résultats (JSON)');
  await expect(button(shadow(diagnostic), 'Trouver de l’aide près de chez vous')).toBeTruthy();
}

// ——— stories ———

const meta = {
  title: 'Elements/cap-diagnostic',
  component: 'cap-diagnostic',
  render,
  args: {
    questionnaireSrc: undefined,
    structuresSrc: undefined,
    tiles: 'none',
    geocoder: 'local',
    near: undefined,
    radius: undefined,
    persist: 'none',
    submitUrl: undefined,
    contactNotice: undefined,
    submitRetryDelay: undefined,
    lang: 'fr',
    onStep: fn().mockName('cap-diagnostic-step'),
    onSubmit: fn().mockName('cap-diagnostic-submit'),
    onCapError: fn().mockName('cap-error'),
  },
  argTypes: {
    questionnaireSrc: {
      name: 'questionnaire-src',
      description: 'URL of a questionnaire JSON (the inner quiz’s `src`). Without it, the built-in questionnaire (24 questions, 6 dimensions).',
      control: 'text',
      table: { category: 'attributes', defaultValue: { summary: 'built-in questionnaire' } },
    },
    structuresSrc: {
      name: 'structures-src',
      description:
        'URL(s) of structure data for the finder step (the finder’s `src`), space-separated. Without it: the bundled demo data. The sample files are served here as `/data/samples/…`.',
      control: 'text',
      table: { category: 'attributes', defaultValue: { summary: 'demo data' } },
    },
    tiles: {
      name: 'tiles',
      description: 'The finder’s map background: `none` (offline outline of France), `ign` (Plan IGN v2 tiles) or an XYZ template.',
      control: 'select',
      options: ['none', 'ign', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      table: { category: 'attributes', defaultValue: { summary: 'none' } },
    },
    geocoder: {
      name: 'geocoder',
      description: 'The finder’s geocoder: `local` (bundled town index, offline), `geoplateforme` (IGN, online) or a URL template with `{query}`.',
      control: 'select',
      options: ['local', 'geoplateforme', 'https://data.geopf.fr/geocodage/search?q={query}&type=municipality&limit=5'],
      table: { category: 'attributes', defaultValue: { summary: 'local' } },
    },
    near: {
      name: 'near',
      description: 'The finder’s starting place: a town, a postcode, an INSEE code or `lat,lon`.',
      control: 'text',
      table: { category: 'attributes' },
    },
    radius: {
      name: 'radius',
      description: 'The finder’s search radius in km.',
      control: { type: 'number', min: 1, max: 200, step: 1 },
      table: { category: 'attributes', defaultValue: { summary: '30' } },
    },
    persist: {
      name: 'persist',
      description:
        '`local`: the quiz answers survive a reload and the last results are kept for comparison (localStorage). `none`: nothing is stored, no previous result. The stories use `none` so they do not share state.',
      control: 'inline-radio',
      options: ['local', 'none'],
      table: { category: 'attributes', defaultValue: { summary: 'local' } },
    },
    submitUrl: {
      name: 'submit-url',
      description:
        'Opt-in endpoint: the results step gets a "Contribuer à l’observatoire" section, and only after the user ticks the consent box are the anonymous results (scores and levels, no answers) POSTed there as JSON. Fires `cap-diagnostic-submit`.',
      control: 'text',
      table: { category: 'attributes' },
    },
    contactNotice: {
      name: 'contact-notice',
      description:
        'With `submit-url`: the notice shown next to the « Être recontactée » consent box — the purpose, the recipient and how long the details are kept. Without it, the contact request is not offered.',
      control: 'text',
      table: { category: 'attributes', defaultValue: { summary: 'none (no contact request)' } },
    },
    submitRetryDelay: {
      name: 'submit-retry-delay',
      description: 'Milliseconds before the first retry of a failed submission (doubled each time).',
      control: { type: 'number', min: 0, step: 100 },
      table: { category: 'attributes', defaultValue: { summary: '1000' } },
    },
    lang: {
      name: 'lang',
      description: 'Language (`fr` or `en`) of the diagnostic and the elements inside it. Without it, the closest `[lang]` ancestor, then `<html lang>`.',
      control: 'inline-radio',
      options: ['fr', 'en'],
      table: { category: 'attributes', defaultValue: { summary: 'inherited, else fr' } },
    },
    onStep: { table: { disable: true }, control: false },
    onSubmit: { table: { disable: true }, control: false },
    onCapError: { table: { disable: true }, control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole path in one tag: an introduction, the maturity quiz, the results (gauge, next steps of the two weakest dimensions, share link, print, JSON export and import, optional anonymous submission after consent), then the support structures nearby, pre-filtered on the weakest dimensions’ themes. Fires `cap-diagnostic-step` and `cap-diagnostic-submit` (see the Actions panel).',
      },
    },
  },
} satisfies Meta<DiagnosticArgs>;

export default meta;

/** The introduction, step 1 of 4. */
export const Intro: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The first step: what the diagnostic is about, how long it takes, and that the answers stay on the device, with "Commencer le diagnostic". The step list marks "Présentation" as the current step. Use the controls to try the attributes.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    await expectStep(diagnostic, 'intro');
    await expect(text(stepHeading(diagnostic, 'intro'))).toBe('Faites le point sur le numérique de votre association');
    await expect(shadow(diagnostic).querySelector('nav')?.getAttribute('aria-label')).toBe('Étapes du diagnostic');
    await expect(button(shadow(diagnostic), 'Commencer le diagnostic')).toBeTruthy();
    await expect(shadow(diagnostic).querySelector('.previous')).toBeNull();
    await expect(args.onStep).not.toHaveBeenCalled();
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** `lang="en"`: the introduction in English. */
export const IntroEnglish: Story = {
  name: 'Intro in English',
  args: { lang: 'en' },
  parameters: {
    docs: {
      description: { story: '`lang="en"`: the introduction and the step list in English; the inner quiz follows the same language.' },
    },
  },
  play: async ({ canvasElement }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    await expectStep(diagnostic, 'intro', STEP_EN);
    await expect(text(stepHeading(diagnostic, 'intro'))).toBe('Take stock of your association’s digital practices');
    await expect(shadow(diagnostic).querySelector('nav')?.getAttribute('aria-label')).toBe('Check-up steps');
    await expect(button(shadow(diagnostic), 'Start the check-up')).toBeTruthy();
  },
};

/** After "Commencer le diagnostic": the first question of the quiz. */
export const QuizStep: Story = {
  name: 'Quiz step',
  parameters: {
    docs: {
      description: {
        story:
          'The play function presses "Commencer le diagnostic": step 2 of 4, the inner `<cap-maturity-quiz>` shows its first question at once (no second start screen), and `cap-diagnostic-step` fires with `{step: "quiz"}`.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    await clickStart(diagnostic, step);
    await expectStep(diagnostic, 'quiz');
    const quiz = quizOf(diagnostic);
    await waitFor(() => expect(quiz.shadowRoot!.querySelector('form.step fieldset input')).not.toBeNull());
    await expect(quiz.results).toBeNull();
    await expect(announcedSteps(args)).toEqual(['quiz']);
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** The quiz answered to the end: the results step. */
export const Results: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The play function answers every question with its first option, then "Voir mes résultats": step 3 of 4 takes the focus, with the gauge (fed through the context), the next steps of the two weakest dimensions, the link to the finder, and the share link, print, export and import tools. No `submit-url`, so no submission section.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    const quiz = await completeQuiz(diagnostic, step);
    await step('The results step', () => expectResults(diagnostic, quiz));
    await expect(shadow(diagnostic).querySelector('[part~="submit"]')).toBeNull();
    await expect(announcedSteps(args)).toEqual(['quiz', 'results']);
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** `submit-url`: the results step asks for consent before sending anything. */
export const ResultsWithSubmitUrl: Story = {
  name: 'Results with submit-url',
  args: { submitUrl: 'https://example.org/collecte' },
  parameters: {
    docs: {
      description: {
        story:
          '`submit-url="https://example.org/collecte"`: after the quiz, the results step has a "Contribuer à l’observatoire du réseau" section naming the host. The consent box is unticked and "Envoyer mes résultats anonymes" disabled: nothing is sent without consent (the play function does not send).',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    const quiz = await completeQuiz(diagnostic, step);
    await step('The results step', () => expectResults(diagnostic, quiz));
    await step('The submission section waits for consent', async () => {
      const section = shadow(diagnostic).querySelector<HTMLElement>('[part~="submit"]')!;
      await expect(section).toBeTruthy();
      await expect(text(section.querySelector('h3'))).toBe('Contribuer à l’observatoire du réseau');
      await expect(text(section.querySelector('p'))).toContain('Vous pouvez envoyer vos résultats anonymes à example.org');
      const consent = section.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      await expect(consent.checked).toBe(false);
      await expect(text(consent.closest('label'))).toBe('J’accepte d’envoyer mes résultats anonymes à example.org');
      await expect(button(section.getRootNode() as ShadowRoot, 'Envoyer mes résultats anonymes').disabled).toBe(true);
      await expect(section.querySelector('.submit-outcome')).toBeNull();
    });
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

const CONTACT_NOTICE =
  'Le réseau Exemple (fictif) reçoit ces informations pour vous recontacter au sujet du numérique ; seule son équipe les lit, et elles sont effacées après 12 mois.';

/** `submit-url` and `contact-notice`: the two opt-ins, each with its own consent box, nothing sent. */
export const ResultsWithBothOptIns: Story = {
  name: 'Results with both opt-ins (submit-url and contact-notice)',
  args: { submitUrl: 'https://example.org/collecte', contactNotice: CONTACT_NOTICE },
  parameters: {
    docs: {
      description: {
        story:
          '`submit-url` and `contact-notice`: after the quiz, the results step offers two separate opt-ins — the anonymous results ("Contribuer à l’observatoire du réseau") and « Être recontactée » (association, contact person, e-mail and/or phone, commune, message, the level attached only if ticked), the page’s notice shown next to its own consent box. Both boxes are unticked and nothing is sent before a click: the play function sends nothing, so the story needs no collector.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    const quiz = await completeQuiz(diagnostic, step);
    await step('The results step', () => expectResults(diagnostic, quiz));
    await step('Two opt-ins, each waiting for its own consent', async () => {
      const root = shadow(diagnostic);
      await waitFor(() => expect(root.querySelector('[part~="contact"] #contact-consent')).not.toBeNull(), { timeout: 5000 });
      const results = root.querySelector<HTMLElement>('[part~="submit"]')!;
      await expect(text(results.querySelector('h3'))).toBe('Contribuer à l’observatoire du réseau');
      await expect(results.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
      const contact = root.querySelector<HTMLElement>('[part~="contact"]')!;
      await expect(text(contact.querySelector('h3'))).toBe('Être recontactée');
      await expect(contact.querySelector('.notice-text')?.textContent?.trim()).toBe(CONTACT_NOTICE);
      const labels = Array.from(contact.querySelectorAll('input:not([type="checkbox"]), textarea')).map((field) => text(root.querySelector(`label[for="${field.id}"]`)));
      for (const label of ['Nom de l’association', 'Personne à contacter', 'Adresse e-mail', 'Message (facultatif)']) await expect(labels).toContain(label);
      const consent = contact.querySelector<HTMLInputElement>('#contact-consent')!;
      await expect(consent.checked).toBe(false);
      await expect(text(consent.closest('label') ?? root.querySelector('label[for="contact-consent"]'))).toContain('J’accepte que ces informations soient envoyées à example.org');
      await expect(Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).some((box) => box.checked)).toBe(false);
      await expect(button(root, 'Envoyer ma demande')).toBeTruthy();
    });
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** After the results, "Trouver de l’aide près de chez vous": the finder, pre-filtered. */
export const FinderStep: Story = {
  name: 'Finder step',
  parameters: {
    docs: {
      description: {
        story:
          'After the results, the play function presses "Trouver de l’aide près de chez vous": step 4 of 4, the inner `<cap-support-finder>` (demo data, offline map) pre-filtered through the context on the support themes of the two weakest dimensions, which the introduction names, with a way back to the results.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const diagnostic = await readyDiagnostic(canvasElement);
    const quiz = await completeQuiz(diagnostic, step);
    await expectStep(diagnostic, 'results');
    await step('Trouver de l’aide près de chez vous', async () => {
      await userEvent.click(button(shadow(diagnostic), 'Trouver de l’aide près de chez vous'));
      await diagnostic.updateComplete;
    });
    await expectStep(diagnostic, 'finder');
    await expect(text(stepHeading(diagnostic, 'finder'))).toBe('Trouver de l’aide près de chez vous');
    await waitFor(() => expect(shadow(diagnostic).activeElement).toBe(stepHeading(diagnostic, 'finder')));
    const section = shadow(diagnostic).querySelector('section[data-step="finder"]')!;
    await expect(text(section.querySelector('p'))).toMatch(/^Les structures sont filtrées sur vos points à améliorer : .+\. Indiquez votre commune\.$/);
    await expect(button(shadow(diagnostic), '← Retour aux résultats')).toBeTruthy();
    const themes = quiz.results!.themes;
    await expect(themes.length).toBeGreaterThan(0);
    await step('The finder is pre-filtered on the weakest themes', async () => {
      await waitFor(() => expect(customElements.get('cap-support-finder')).toBeDefined(), { timeout: 10000 });
      const finder = section.querySelector<CapSupportFinder>('cap-support-finder')!;
      await expect(finder).toBeTruthy();
      await waitFor(() => expect(finder.shadowRoot?.querySelector('p.count')).not.toBeNull(), { timeout: 10000 });
      await finder.updateComplete;
      await waitFor(() => expect([...finder.filters.themes].sort()).toEqual([...themes].sort()));
      await expect(text(finder.shadowRoot!.querySelector('p.count'))).toMatch(/^\d+ structures\.$/);
      await expect(finder.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    });
    await expect(announcedSteps(args)).toEqual(['quiz', 'results', 'finder']);
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};
