import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, type Mock } from 'storybook/test';

import '../src/elements/network-overview/define.js';
import type { CapNetworkOverview } from '../src/elements/network-overview/network-overview.js';

// ——— arguments ———

interface OverviewArgs {
  /** An export file's address (the `src` attribute). */
  src: string | undefined;
  lang: 'fr' | 'en' | undefined;
  /** Export rows given as objects (the `submissions` property, story-specific). */
  submissions: unknown[] | undefined;
  /** Listens to `cap-overview-load` and `cap-error` (spies, shown in the Actions panel). */
  onLoad: Mock<(event: Event) => void>;
  onCapError: Mock<(event: Event) => void>;
}

const render = (args: OverviewArgs): TemplateResult => html`<cap-network-overview
  src=${ifDefined(args.src)}
  lang=${ifDefined(args.lang)}
  .submissions=${args.submissions}
  @cap-overview-load=${args.onLoad}
  @cap-error=${args.onCapError}
></cap-network-overview>`;

// ——— data ———

/** The demo page's export: fictitious, written by scripts/demo-network-export.mjs (two lines damaged on purpose). */
const DEMO_EXPORT = 'data/reseau-export-fictif.jsonl';

const dims = (scores: number[]) =>
  ['strategie', 'outils', 'competences', 'communication', 'collaboration', 'donnees'].map((id, i) => ({ id, score: scores[i]!, level: null, answered: 4 }));

/** A few rows as the JSON Lines export holds them, one contact request with hostile text. */
const fewRows = [
  { kind: 'results', id: 1, receivedAt: '2026-11-02T09:00:00.000Z', schema: 'cap-numerique/submission/2', questionnaireId: 'cap-numerique-maturite', version: '2026.1', score: 30, level: 'peu-initiee', dimensions: dims([10, 40, 20, 50, 30, 30]), date: '2026-11-02', lang: 'fr', department: '69' },
  { kind: 'results', id: 2, receivedAt: '2026-11-05T09:00:00.000Z', schema: 'cap-numerique/submission/1', questionnaireId: 'cap-numerique-maturite', version: '2026.1', score: 66, level: 'en-progression', dimensions: dims([60, 80, 70, 60, 70, 50]), date: '2026-11-05', lang: 'fr' },
  {
    kind: 'contact', id: 1, receivedAt: '2026-11-02T09:10:00.000Z', schema: 'cap-numerique/contact/1',
    association: '=HYPERLINK("http://evil.example";"Les Amis (fictif)")', person: '<img src=x onerror=alert(1)>', email: 'fictif@example.org',
    commune: { name: 'Villeurbanne', insee: '69266' }, department: '69', message: '<script>alert(1)</script>',
    consent: { given: true, notice: 'notice-demo' }, results: { questionnaireId: 'cap-numerique-maturite', version: '2026.1', level: 'peu-initiee' }, lang: 'fr',
  },
];

// ——— helpers for play functions ———

type Story = StoryObj<OverviewArgs>;

async function readyOverview(canvasElement: HTMLElement): Promise<CapNetworkOverview> {
  const el = canvasElement.querySelector('cap-network-overview');
  await expect(el).toBeTruthy();
  await el!.updateComplete;
  return el!;
}

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: CapNetworkOverview, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

// ——— stories ———

const meta = {
  title: 'Elements/cap-network-overview',
  component: 'cap-network-overview',
  render,
  args: {
    src: undefined,
    lang: 'fr',
    submissions: undefined,
    onLoad: fn().mockName('cap-overview-load'),
    onCapError: fn().mockName('cap-error'),
  },
  argTypes: {
    src: {
      name: 'src',
      description: 'The address of a collector export: JSON Lines, a JSON array or CSV (`GET /export`, saved as a file).',
      control: 'text',
      table: { category: 'attributes' },
    },
    lang: {
      name: 'lang',
      description: 'Language (`fr` or `en`). Without it, the closest `[lang]` ancestor, then `<html lang>`.',
      control: 'inline-radio',
      options: ['fr', 'en'],
      table: { category: 'attributes', defaultValue: { summary: 'inherited, else fr' } },
    },
    submissions: {
      name: 'submissions',
      description: 'Export rows given as objects (one per JSON Lines line).',
      control: 'object',
      table: { category: 'properties' },
    },
    onLoad: { table: { disable: true } },
    onCapError: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'For a network’s staff: what the diagnostics sent to the collector say — over time, by level, by dimension, by département — the share that does not know whom to ask next to the 2022 survey’s 11 %, and the contact requests, least initiated first, with a CSV export. A file can be chosen or dropped: it is read in the browser, never sent.',
      },
    },
  },
} satisfies Meta<OverviewArgs>;

export default meta;

/** Before any data: the file chooser, and what to do. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await readyOverview(canvasElement);
    await expect(text(part(el, 'empty'))).toContain('choisissez ou déposez un fichier d’export');
    await expect(el.shadowRoot!.querySelector('input[type="file"]')).not.toBeNull();
  },
};

/** The demo page's fictitious export: 420 diagnostics, 48 contact requests, 2 damaged lines. */
export const DemoExport: Story = {
  args: { src: DEMO_EXPORT },
  play: async ({ canvasElement, args }) => {
    const el = await readyOverview(canvasElement);
    await waitFor(() => expect(text(part(el, 'status'))).toContain('420 diagnostics et 48 demandes de contact lus'), { timeout: 10_000 });
    await expect(text(part(el, 'bad-rows'))).toContain('2 lignes ignorées');
    await expect(args.onLoad).toHaveBeenCalledOnce();
    await expect(el.shadowRoot!.querySelectorAll('section[part~="section"]').length).toBe(7);
    // Filter the contact requests by level with the keyboard-usable select.
    const level = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="level"]')!;
    await userEvent.selectOptions(level, 'peu-initiee');
    await el.updateComplete;
    const levels = Array.from(el.shadowRoot!.querySelectorAll('.contact-table tbody tr td:nth-child(7)')).map(text);
    await expect(levels.length).toBeGreaterThan(0);
    await expect(levels.every((l) => l === 'Peu initiée')).toBe(true);
  },
};

/** Rows given as a property, with hostile text in a contact request: shown as text, never run. */
export const HostileText: Story = {
  args: { submissions: fewRows },
  play: async ({ canvasElement }) => {
    const el = await readyOverview(canvasElement);
    await waitFor(() => expect(text(part(el, 'status'))).toContain('2 diagnostics et 1 demande de contact lus'));
    const row = el.shadowRoot!.querySelector('.contact-table tbody tr')!;
    await expect(text(row)).toContain('<img src=x onerror=alert(1)>');
    await expect(row.querySelectorAll('img, script').length).toBe(0);
    await expect(el.contactsCsv()).toContain(`'=HYPERLINK`);
  },
};

/** In English. */
export const English: Story = {
  args: { submissions: fewRows, lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await readyOverview(canvasElement);
    await waitFor(() => expect(text(part(el, 'status'))).toContain('2 check-ups and 1 contact request read'));
    await expect(text(el.shadowRoot!.querySelector('h2'))).toBe('What the network learns from the check-ups');
  },
};

/** A file that is not an export: an error panel and `cap-error`. */
export const NotAnExport: Story = {
  args: { src: 'data/samples/plain-comma.csv' },
  play: async ({ canvasElement, args }) => {
    const el = await readyOverview(canvasElement);
    await waitFor(() => expect(text(part(el, 'error'))).toContain('n’est pas un export du collecteur'), { timeout: 10_000 });
    await expect(args.onCapError).toHaveBeenCalled();
  },
};
