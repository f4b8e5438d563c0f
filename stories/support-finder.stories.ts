import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, type Mock } from 'storybook/test';

import '../src/elements/support-finder/define.js';
import type { CapSupportFinder, FinderSearchDetail, FinderSelectDetail } from '../src/elements/support-finder/support-finder.js';
import type { FinderLoadReport } from '../src/elements/support-finder/load-report.js';
import type { CapFinderMap } from '../src/elements/support-finder/finder-map.js';

// ——— arguments ———

interface FinderArgs {
  /** Structure data URL(s), space-separated; `undefined` leaves the attribute out (bundled demo data). */
  src: string | undefined;
  near: string | undefined;
  themes: string | undefined;
  /** Search radius in km; `undefined` leaves the attribute out (30). */
  radius: number | undefined;
  tiles: string;
  geocoder: string;
  lang: 'fr' | 'en' | undefined;
  loadTimeout: number | undefined;
  /** Spies on the events (shown in the Actions panel, checked by the play functions). */
  onSearch: Mock<(event: CustomEvent<FinderSearchDetail>) => void>;
  onSelect: Mock<(event: CustomEvent<FinderSelectDetail>) => void>;
  onCapError: Mock<(event: Event) => void>;
  onLoad: Mock<(event: CustomEvent<FinderLoadReport>) => void>;
}

const render = (args: FinderArgs): TemplateResult => html`<cap-support-finder
  src=${ifDefined(args.src || undefined)}
  near=${ifDefined(args.near || undefined)}
  themes=${ifDefined(args.themes || undefined)}
  radius=${ifDefined(args.radius ?? undefined)}
  tiles=${args.tiles}
  geocoder=${args.geocoder}
  lang=${ifDefined(args.lang)}
  load-timeout=${ifDefined(args.loadTimeout ?? undefined)}
  @cap-finder-search=${args.onSearch}
  @cap-finder-select=${args.onSelect}
  @cap-error=${args.onCapError}
  @cap-finder-load=${args.onLoad}
></cap-support-finder>`;

// ——— data ———

/** The sample files of demo/data/samples, served by Storybook as /data/samples/ (see .storybook/main.ts). */
const SAMPLES = '/data/samples/';

type SkipReason = 'missing-coordinates' | 'invalid-coordinates' | 'missing-name' | 'not-an-object';

/** The French wording of each skip reason in the data report (messages.ts), for one row. */
const REASON_FR: Record<SkipReason, string> = {
  'missing-coordinates': 'coordonnées absentes (1)',
  'invalid-coordinates': 'coordonnées invalides (1)',
  'missing-name': 'nom manquant (1)',
  'not-an-object': 'ligne illisible (1)',
};

interface Sample {
  file: string;
  /** The format the readers detect. */
  format: string;
  /** What the file holds, for the story description. */
  about: string;
  /** Structures listed (those placed at their commune included). */
  count: number;
  /** The rows that cannot be used, and why. */
  skipped: SkipReason[];
  /** Rows without coordinates placed at their commune (postcode or INSEE code). */
  approximate?: number;
  /** One structure of the file. */
  example: string;
}

const SAMPLE_FILES: Sample[] = [
  {
    file: 'cap-numerique.json',
    format: 'cap-numerique',
    about: 'the library’s own JSON format (`{"structures": […]}`, the published JSON Schema)',
    count: 7,
    skipped: ['missing-name', 'missing-coordinates'],
    example: 'Accompagnement associatif des Monts d\'Or (fictif)',
  },
  {
    file: 'structures.geojson',
    format: 'geojson',
    about: 'a GeoJSON `FeatureCollection` of points, with the same field names in `properties`',
    count: 5,
    skipped: ['missing-coordinates', 'invalid-coordinates'],
    example: 'Fonds solidaire des Volcans (fictif)',
  },
  {
    file: 'lieux-mediation-numerique.csv',
    format: 'lieux-mediation-numerique',
    about: 'the national “lieux de médiation numérique” schema, as CSV',
    count: 8,
    skipped: [],
    approximate: 2,
    example: 'Atelier partagé de la Bastille (fictif)',
  },
  {
    file: 'lieux-mediation-numerique.json',
    format: 'lieux-mediation-numerique',
    about: 'the national “lieux de médiation numérique” schema, as a JSON array',
    count: 6,
    skipped: ['not-an-object', 'missing-name'],
    example: 'Médiatrice numérique de l\'Erdre (fictif)',
  },
  {
    file: 'data-inclusion.json',
    format: 'data-inclusion',
    about: 'a data·inclusion export (`{"structures": […]}` with `nom`, `latitude`, `longitude`…)',
    count: 5,
    skipped: ['missing-name', 'invalid-coordinates'],
    example: 'Fonds solidaire des Abers (fictif)',
  },
  {
    file: 'plain-comma.csv',
    format: 'csv',
    about: 'a plain spreadsheet export: comma-separated, French column names and labels',
    count: 5,
    skipped: ['missing-name', 'missing-coordinates'],
    example: 'Accompagnement associatif du Limousin vert (fictif)',
  },
  {
    file: 'plain-semicolon-bom.csv',
    format: 'csv',
    about: 'a plain spreadsheet export as Excel writes it: semicolons, a byte-order mark, decimal commas',
    count: 6,
    skipped: ['invalid-coordinates', 'missing-name'],
    example: 'Plateforme numérique des Terrils (fictif)',
  },
];

// ——— helpers for play functions ———

type Story = StoryObj<FinderArgs>;

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function shadow(finder: CapSupportFinder): ShadowRoot {
  return finder.shadowRoot!;
}

/** The finder of the story, once its data is loaded (or failed) and the list rendered. */
async function readyFinder(canvasElement: HTMLElement): Promise<CapSupportFinder> {
  const finder = canvasElement.querySelector('cap-support-finder');
  await expect(finder).toBeTruthy();
  // Loaded: the sentence above the list, or, when no data could be read, the error panel alone.
  await waitFor(() => expect(shadow(finder!).querySelector('p.count, [part~="error"]')).not.toBeNull(), { timeout: 10000 });
  await finder!.updateComplete;
  return finder!;
}

/** The sentence above the list ("12 structures.", "… à moins de 30 km de …", the fallback…). */
function countText(finder: CapSupportFinder): string {
  return text(shadow(finder).querySelector('p.count'));
}

/** The names of the structures listed. */
function listedNames(finder: CapSupportFinder): string[] {
  return Array.from(shadow(finder).querySelectorAll('[part~="list-item"] .item-button')).map((b) => text(b));
}

function errorPanel(finder: CapSupportFinder): HTMLElement | null {
  return shadow(finder).querySelector<HTMLElement>('[part~="error"]');
}

/** The map sub-element, once rendered. */
async function mapOf(finder: CapSupportFinder): Promise<CapFinderMap> {
  const map = shadow(finder).querySelector<CapFinderMap>('cap-finder-map');
  await expect(map).toBeTruthy();
  await map!.updateComplete;
  return map!;
}

function mapFrame(map: CapFinderMap): HTMLElement {
  return map.shadowRoot!.querySelector<HTMLElement>('.map-frame')!;
}

/** The names of the single markers the map currently draws. */
function markerNames(map: CapFinderMap): string[] {
  return Array.from(map.shadowRoot!.querySelectorAll('g.marker')).map((g) => g.getAttribute('aria-label') ?? '');
}

/** Wait until a search from `near` (or the search field) has set the origin. */
async function expectCount(finder: CapSupportFinder, expected: string | RegExp): Promise<void> {
  await waitFor(
    () => (typeof expected === 'string' ? expect(countText(finder)).toBe(expected) : expect(countText(finder)).toMatch(expected)),
    { timeout: 10000 },
  );
}

/**
 * Open the data report (the collapsed `<details>` after the list and the map, drawn after the
 * first list) and return its summary and its line for each file.
 */
async function openDataReport(finder: CapSupportFinder): Promise<{ summary: string; lines: string[] }> {
  await waitFor(() => expect(shadow(finder).querySelector('details.data-report')).not.toBeNull(), { timeout: 10000 });
  const details = shadow(finder).querySelector<HTMLDetailsElement>('details.data-report')!;
  await expect(details.open).toBe(false);
  await userEvent.click(details.querySelector('summary')!);
  await waitFor(() => expect(details.open).toBe(true));
  return {
    summary: text(details.querySelector('summary')),
    lines: Array.from(details.querySelectorAll(':scope > ul > li')).map((li) => text(li)),
  };
}

/**
 * One story per sample file: its structures are listed and the report accounts for every row: the
 * rows skipped and why, those placed at their commune.
 */
function formatStory(sample: Sample): Story {
  const reasons = sample.skipped.map((r) => REASON_FR[r]);
  const read = sample.count + sample.skipped.length;
  const approximate = sample.approximate ?? 0;
  const said = [
    reasons.length ? `which ${reasons.length} rows were skipped and why (${reasons.join(', ')})` : '',
    approximate ? `which ${approximate} rows without coordinates were placed at their commune (« position approximative »)` : '',
  ].filter(Boolean);
  return {
    name: `Format: ${sample.file}`,
    args: { src: `${SAMPLES}${sample.file}` },
    parameters: {
      docs: {
        description: {
          story: `\`src="${SAMPLES}${sample.file}"\`: ${sample.about}. The format is detected (${sample.format}); ${sample.count} structures are listed, and the data report for integrators (collapsed after the list and the map, opened by the play function; the same counts in the \`cap-finder-load\` event) says ${said.join(' and ')}.`,
        },
      },
    },
    play: async ({ canvasElement, args, step }) => {
      const finder = await readyFinder(canvasElement);
      await step('The cap-finder-load event accounts for every row, once they are placed', async () => {
        await waitFor(() => expect(args.onLoad).toHaveBeenCalledTimes(1), { timeout: 10000 });
        const detail = args.onLoad.mock.calls[0]![0].detail;
        await expect(detail.sources[0]).toMatchObject({ source: sample.file, read, shown: sample.count, approximate });
      });
      await step('The structures of the file are listed', async () => {
        await expect(errorPanel(finder)).toBeNull();
        await expect(countText(finder)).toBe(`${sample.count} structures.`);
        await expect(listedNames(finder)).toContain(sample.example);
        await expect(finder.structures).toHaveLength(sample.count);
        await expect(shadow(finder).querySelector('.demo-badge')).toBeNull();
      });
      await step('Open the data report', async () => {
        const report = await openDataReport(finder);
        const summary = [`${read} lignes lues`, `${sample.count} affichées`];
        if (approximate) summary.push(`${approximate} placées approximativement`);
        if (reasons.length) summary.push(`${reasons.length} ignorées`);
        await expect(report.summary).toContain(`(${summary.join(', ')})`);
        await expect(report.lines).toHaveLength(1);
        await expect(report.lines[0]).toContain(`${sample.file} (${sample.format}) : ${read} lignes lues, ${sample.count} affichées`);
        if (approximate) await expect(report.lines[0]).toContain(`${approximate} placées au centre de leur commune (position approximative)`);
        if (reasons.length) await expect(report.lines[0]).toContain(`${reasons.length} ignorées : `);
        for (const reason of reasons) await expect(report.lines[0]).toContain(reason);
      });
      await expect(args.onCapError).not.toHaveBeenCalled();
    },
  };
}

// ——— stories ———

const meta = {
  title: 'Elements/cap-support-finder',
  component: 'cap-support-finder',
  render,
  args: {
    src: undefined,
    near: undefined,
    themes: undefined,
    radius: undefined,
    tiles: 'none',
    geocoder: 'local',
    lang: 'fr',
    loadTimeout: undefined,
    onSearch: fn().mockName('cap-finder-search'),
    onSelect: fn().mockName('cap-finder-select'),
    onCapError: fn().mockName('cap-error'),
    onLoad: fn().mockName('cap-finder-load'),
  },
  argTypes: {
    src: {
      name: 'src',
      description:
        'URL(s) of structure data, space-separated (up to 20, merged, duplicates removed). The format of each file is detected: Cap Numérique JSON, GeoJSON, lieux de médiation numérique (CSV or JSON), data·inclusion, or a plain CSV. Without it (and without an inline JSON child): the bundled demo data. The sample files are served here as `/data/samples/…`.',
      control: 'text',
      table: { category: 'attributes', defaultValue: { summary: 'demo data' } },
    },
    near: {
      name: 'near',
      description: 'A town, a postcode, an INSEE code or `lat,lon` to start from, as if typed in the search field.',
      control: 'text',
      table: { category: 'attributes' },
    },
    themes: {
      name: 'themes',
      description:
        'Support themes to pre-filter, comma-separated ids (e.g. `donnees-rgpd`, `formation`, `financement`). Unknown ids are ignored.',
      control: 'text',
      table: { category: 'attributes' },
    },
    radius: {
      name: 'radius',
      description: 'Search radius in km. When nothing is within it, the nearest structures are shown anyway ("voici les plus proches").',
      control: { type: 'number', min: 1, max: 200, step: 1 },
      table: { category: 'attributes', defaultValue: { summary: '30' } },
    },
    tiles: {
      name: 'tiles',
      description:
        'The map background: `none` (an offline outline of France, no network), `ign` (Plan IGN v2 tiles from the Géoplateforme), or an XYZ template `https://…/{z}/{x}/{y}.png`.',
      control: 'select',
      options: ['none', 'ign', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      table: { category: 'attributes', defaultValue: { summary: 'none' } },
    },
    geocoder: {
      name: 'geocoder',
      description:
        'How the search field finds places: `local` (the bundled town index, offline, with suggestions), `geoplateforme` (IGN’s online geocoder), or a URL template with `{query}`.',
      control: 'select',
      options: ['local', 'geoplateforme', 'https://data.geopf.fr/geocodage/search?q={query}&type=municipality&limit=5'],
      table: { category: 'attributes', defaultValue: { summary: 'local' } },
    },
    lang: {
      name: 'lang',
      description: 'Language (`fr` or `en`). Without it, the closest `[lang]` ancestor, then `<html lang>`.',
      control: 'inline-radio',
      options: ['fr', 'en'],
      table: { category: 'attributes', defaultValue: { summary: 'inherited, else fr' } },
    },
    loadTimeout: {
      name: 'load-timeout',
      description: 'Milliseconds to wait for each `src` file before giving up with an error.',
      control: { type: 'number', min: 100, step: 100 },
      table: { category: 'attributes', defaultValue: { summary: '15000' } },
    },
    onSearch: { table: { disable: true }, control: false },
    onSelect: { table: { disable: true }, control: false },
    onCapError: { table: { disable: true }, control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Finds the support structures near an association: a town or postcode search (offline by default, with suggestions), the structures nearest first within a radius (or the nearest ones when none is close), filters by theme, type, opening hours and price, a detail view, and a map (offline outline of France or raster tiles, clusters, keyboard pan and zoom, one button per overseas department). Reads several open-data formats and merges them. Fires `cap-finder-search`, `cap-finder-select` and `cap-error` (see the Actions panel).',
      },
    },
  },
} satisfies Meta<FinderArgs>;

export default meta;

/** No attributes: the bundled demo data, labelled fictitious, listed by name until a place is given. */
export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'No attributes: the bundled demo data (74 fictitious structures, labelled as such), listed by name 20 at a time until a town is searched, and all of them on the offline map. Use the controls to try the attributes.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const finder = await readyFinder(canvasElement);
    await expect(text(shadow(finder).querySelector('.demo-badge'))).toBe('Données de démonstration : ces structures sont fictives.');
    await expect(text(shadow(finder).querySelector('.prompt'))).toBe('Indiquez votre commune pour voir les structures les plus proches.');
    await expect(countText(finder)).toBe('74 structures.');
    await expect(listedNames(finder)).toHaveLength(20);
    await expect(text(shadow(finder).querySelector('p.more'))).toContain('20 sur 74 affichées');
    const map = await mapOf(finder);
    // The map renders its structures in a task after the finder's.
    await waitFor(() => expect(mapFrame(map).getAttribute('aria-label')).toBe('Carte : 74 structures'));
    await expect(errorPanel(finder)).toBeNull();
    await expect(args.onCapError).not.toHaveBeenCalled();
    await expect(args.onSearch).not.toHaveBeenCalled();
  },
};

/** `near="Lyon"`: the town is resolved offline; the structures within 30 km, nearest first. */
export const ResultsNearTown: Story = {
  name: 'Results near a town',
  args: { near: 'Lyon' },
  parameters: {
    docs: {
      description: {
        story:
          '`near="Lyon"`: the town is found in the offline town index ("Lyon (69)"), the structures within 30 km are listed nearest first with their distance, the map centres on the town and zooms to the whole radius, drawn as a dashed circle, and `cap-finder-search` fires.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const finder = await readyFinder(canvasElement);
    await expectCount(finder, '1 structure à moins de 30 km de Lyon (69).');
    await expect(shadow(finder).querySelector<HTMLInputElement>('#place')?.value).toBe('Lyon (69)');
    await expect(listedNames(finder)).toEqual(['Tremplin des associations employeuses des Traboules (fictif)']);
    await expect(text(shadow(finder).querySelector('[part~="list-item"] .distance'))).not.toBe('');
    await expect(shadow(finder).querySelector('.prompt')).toBeNull();
    const map = await mapOf(finder);
    await waitFor(() => expect(map.shadowRoot!.querySelector('g.origin')).not.toBeNull());
    await waitFor(() => expect(map.shadowRoot!.querySelector('circle.radius')).not.toBeNull());
    await waitFor(() => expect(args.onSearch).toHaveBeenCalled());
    await expect(args.onSearch.mock.calls.at(-1)![0].detail).toEqual({ query: 'Lyon (69)', count: 1 });
  },
};

/** `radius="2"` near Millau, where no structure is that close: the nearest ones are shown anyway. */
export const Fallback: Story = {
  name: 'Fallback: nothing within the radius',
  args: { near: 'Millau', radius: 2 },
  parameters: {
    docs: {
      description: {
        story:
          '`near="Millau" radius="2"`: no structure within 2 km, so the list says so and shows the 10 nearest ones anyway ("voici les plus proches"), with their distance; the map zooms out from the town to the nearest ones, without a radius circle.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await expectCount(finder, 'Aucune structure à moins de 2 km — voici les plus proches.');
    await expect(shadow(finder).querySelector('p.count')?.classList.contains('fallback')).toBe(true);
    const names = listedNames(finder);
    await expect(names).toHaveLength(10);
    await expect(names[0]).toBe('Guichet des démarches des Causses (fictif)');
    await expect(shadow(finder).querySelectorAll('[part~="list-item"] .distance')).toHaveLength(10);
    const map = await mapOf(finder);
    await waitFor(() => expect(map.shadowRoot!.querySelector('g.origin')).not.toBeNull());
    await expect(map.shadowRoot!.querySelector('circle.radius')).toBeNull();
  },
};

/** `themes="donnees-rgpd"`: pre-filtered on one theme; the filters panel is open. */
export const FiltersOpen: Story = {
  name: 'Filters open (themes)',
  args: { themes: 'donnees-rgpd' },
  parameters: {
    docs: {
      description: {
        story:
          '`themes="donnees-rgpd"`: only the structures offering "Données / RGPD" (data protection; security is `cybersecurite`) are listed; the filters panel, opened by the play function, shows that theme ticked and one active filter, with "Effacer les filtres" enabled.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await expect(countText(finder)).toBe('6 structures.');
    await expect(finder.filters.themes).toEqual(['donnees-rgpd']);
    const panel = shadow(finder).querySelector<HTMLDetailsElement>('details.filters')!;
    if (!panel.open) await userEvent.click(panel.querySelector('summary')!);
    await waitFor(() => expect(panel.open).toBe(true));
    await expect(text(panel.querySelector('summary'))).toBe('Filtres (1 filtre actif)');
    const checked = Array.from(panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).filter((c) => c.checked);
    await expect(checked).toHaveLength(1);
    await expect(text(checked[0]!.closest('label'))).toMatch(/RGPD/);
    const reset = Array.from(panel.querySelectorAll('button')).find((b) => text(b) === 'Effacer les filtres');
    await expect(reset?.disabled).toBe(false);
    for (const theme of Array.from(shadow(finder).querySelectorAll('[part~="list-item"] .item-themes'))) {
      await expect(text(theme)).toMatch(/RGPD/);
    }
  },
};

/** The search field driven like a user (type, pick a suggestion), then the first result opened. */
export const Detail: Story = {
  name: 'Detail of a structure',
  parameters: {
    docs: {
      description: {
        story:
          'The play function types "Paris" in the search field, picks the first suggestion with the arrow keys and Entrée, then opens the first result: its detail view (address, themes, contacts, hours, route) takes the focus, and `cap-finder-select` fires.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const finder = await readyFinder(canvasElement);
    const input = shadow(finder).querySelector<HTMLInputElement>('#place')!;
    await step('Type "Paris" and pick the first suggestion', async () => {
      await userEvent.type(input, 'Paris');
      await waitFor(() => expect(shadow(finder).querySelectorAll('[part~="suggestions"] [role="option"]').length).toBeGreaterThan(0), {
        timeout: 10000,
      });
      await expect(input.getAttribute('aria-expanded')).toBe('true');
      await expect(text(shadow(finder).querySelector('[part~="suggestions"] [role="option"]'))).toBe('Paris (75)');
      await userEvent.keyboard('{ArrowDown}');
      await finder.updateComplete;
      await expect(input.getAttribute('aria-activedescendant')).toBe('suggestion-0');
      await userEvent.keyboard('{Enter}');
      await expectCount(finder, '3 structures à moins de 30 km de Paris (75).');
    });
    const first = listedNames(finder)[0]!;
    await expect(first).toBe('Maison des associations des Quatre-Vents (fictif)');
    await step('Open the first result', async () => {
      await userEvent.click(shadow(finder).querySelector<HTMLButtonElement>('[part~="list-item"] .item-button')!);
      await waitFor(() => expect(shadow(finder).querySelector('[part~="detail"]')).not.toBeNull());
    });
    const detail = shadow(finder).querySelector<HTMLElement>('[part~="detail"]')!;
    await expect(text(detail.querySelector('h2'))).toBe(first);
    await waitFor(() => expect(shadow(finder).activeElement).toBe(detail.querySelector('h2')));
    await expect(text(detail.querySelector('dl'))).toContain('Adresse');
    await expect(Array.from(detail.querySelectorAll('a')).some((a) => text(a).startsWith('Itinéraire sur OpenStreetMap'))).toBe(true);
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(args.onSelect.mock.calls[0]![0].detail.structure.name).toBe(first);
  },
};

/** The map frame focused: its keyboard instructions apply; + zooms in. */
export const MapFocused: Story = {
  name: 'Map focused',
  parameters: {
    docs: {
      description: {
        story:
          'The play function focuses the map (one tab stop, described by its instructions: arrows to move, + and − to zoom, Tab from marker to marker) and presses +: the map zooms in. The focus ring shows.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    const map = await mapOf(finder);
    const frame = mapFrame(map);
    await expect(frame.getAttribute('tabindex')).toBe('0');
    await expect(frame.getAttribute('aria-roledescription')).toBe('carte');
    await expect(text(map.shadowRoot!.getElementById(frame.getAttribute('aria-describedby')!))).toContain('flèches pour se déplacer');
    const outline = map.shadowRoot!.querySelector('path.outline')!;
    await waitFor(() => expect(outline.getAttribute('transform')).not.toBe('translate(0,0) scale(1)'));
    const before = outline.getAttribute('transform');
    frame.focus();
    await expect(map.shadowRoot!.activeElement).toBe(frame);
    await userEvent.keyboard('+');
    await waitFor(() => expect(outline.getAttribute('transform')).not.toBe(before));
    await expect(map.shadowRoot!.activeElement).toBe(frame);
  },
};

/** The "La Réunion" button: the map jumps to the island and shows its structures. */
export const Overseas: Story = {
  name: 'Overseas (La Réunion)',
  parameters: {
    docs: {
      description: {
        story:
          'Overseas departments are one button away: the play function presses "La Réunion" and the map shows the island with its three (fictitious) structures as markers.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    const map = await mapOf(finder);
    const areas = Array.from(map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.area-button'));
    await expect(areas.map((b) => text(b))).toEqual(['Métropole', 'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
    await userEvent.click(areas.find((b) => text(b) === 'La Réunion')!);
    await waitFor(
      () =>
        expect(markerNames(map).sort()).toEqual(
          ['Carrefour solidaire des Lataniers (fictif)', 'Caisse solidaire des Vacoas (fictif)', 'Permanence numérique des Filaos (fictif)'].sort(),
        ),
      { timeout: 5000 },
    );
    await expect(map.shadowRoot!.querySelectorAll('g.cluster')).toHaveLength(0);
  },
};

export const FormatCapNumeriqueJson: Story = formatStory(SAMPLE_FILES[0]!);
export const FormatGeoJson: Story = formatStory(SAMPLE_FILES[1]!);
export const FormatLieuxMediationCsv: Story = formatStory(SAMPLE_FILES[2]!);
export const FormatLieuxMediationJson: Story = formatStory(SAMPLE_FILES[3]!);
export const FormatDataInclusionJson: Story = formatStory(SAMPLE_FILES[4]!);
export const FormatPlainCommaCsv: Story = formatStory(SAMPLE_FILES[5]!);
export const FormatPlainSemicolonBomCsv: Story = formatStory(SAMPLE_FILES[6]!);

/** Every sample file at once: read, merged, one report line per file. */
export const SeveralSourcesMerged: Story = {
  name: 'Several sources merged',
  args: { src: SAMPLE_FILES.map((s) => `${SAMPLES}${s.file}`).join(' ') },
  parameters: {
    docs: {
      description: {
        story:
          '`src` lists the seven sample files, space-separated: each is read in its own format, the structures are merged (duplicates across sources would be merged too), and the data report for integrators (collapsed after the list and the map, opened by the play function) has one line per file, with the rows skipped in each.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const finder = await readyFinder(canvasElement);
    const total = SAMPLE_FILES.reduce((sum, s) => sum + s.count, 0);
    await expect(errorPanel(finder)).toBeNull();
    // Rows without coordinates join the list once placed at their commune, after the first list.
    await waitFor(() => expect(countText(finder)).toBe(`${total} structures.`), { timeout: 10000 });
    await expect(finder.structures).toHaveLength(total);
    const report = await openDataReport(finder);
    await expect(report.summary).toContain(`, ${SAMPLE_FILES.reduce((sum, s) => sum + s.skipped.length, 0)} ignorées)`);
    await expect(report.lines).toHaveLength(SAMPLE_FILES.length);
    for (const [i, s] of SAMPLE_FILES.entries()) {
      await expect(report.lines[i]).toContain(`${s.file} (${s.format}) : ${s.count + s.skipped.length} lignes lues, ${s.count} affichées`);
    }
    await expect(args.onCapError).not.toHaveBeenCalled();
  },
};

/** `tiles="none"` (the default): the offline outline of France, no network. */
export const TilesNone: Story = {
  name: 'Tiles: none (default)',
  args: { tiles: 'none' },
  parameters: {
    docs: {
      description: {
        story: '`tiles="none"`, the default: an offline outline of France (Natural Earth, public domain) under the markers; nothing is downloaded.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    const map = await mapOf(finder);
    await expect(text(map.shadowRoot!.querySelector('[part~="attribution"]'))).toBe('Fond de carte : Natural Earth (domaine public).');
    await expect(map.shadowRoot!.querySelectorAll('image.tile')).toHaveLength(0);
    await expect(map.shadowRoot!.querySelector('path.outline')).not.toBeNull();
  },
};

/** `tiles="ign"`: Plan IGN tiles (network needed), with the IGN attribution. */
export const TilesIgn: Story = {
  name: 'Tiles: IGN',
  args: { tiles: 'ign' },
  parameters: {
    docs: {
      description: {
        story:
          '`tiles="ign"`: Plan IGN v2 raster tiles from the Géoplateforme under the outline, credited "© IGN". The tiles need the network; offline (or refused by the page\'s `img-src`), the map falls back to the outline, credited as such.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    const map = await mapOf(finder);
    const root = map.shadowRoot!;
    // The credit follows what is shown: IGN's tiles once they load, the outline when they cannot.
    await waitFor(() => {
      const tile = root.querySelector('image.tile');
      expect(text(root.querySelector('[part~="attribution"]'))).toContain(tile ? '© IGN' : 'Natural Earth');
      if (tile) expect(tile.getAttribute('href')).toContain('https://data.geopf.fr/wmts?');
    });
  },
};

/** `lang="en"`: the interface in English. */
export const English: Story = {
  args: { lang: 'en', near: 'Lille' },
  parameters: {
    docs: {
      description: {
        story: '`lang="en" near="Lille"`: the search form, result count, demo-data notice, filters and map controls in English.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const finder = await readyFinder(canvasElement);
    await expectCount(finder, '1 structure within 30 km of Lille (59).');
    await expect(text(shadow(finder).querySelector('label[for="place"]'))).toBe('Your town or postcode');
    await expect(text(shadow(finder).querySelector('.demo-badge'))).toBe('Demo data: these structures are fictitious.');
    await expect(text(shadow(finder).querySelector('details.filters summary'))).toBe('Filters');
    const map = await mapOf(finder);
    await expect(Array.from(map.shadowRoot!.querySelectorAll('.area-button')).map((b) => text(b))).toContain('Réunion');
    await expect(text(map.shadowRoot!.querySelector('[part~="attribution"]'))).toBe('Base map: Natural Earth (public domain).');
  },
};

/** `src` that answers 404: an error panel with a retry button; `cap-error` fires. */
export const ErrorSrc404: Story = {
  name: 'Error: src 404',
  args: { src: '/does-not-exist.json' },
  parameters: {
    docs: {
      description: {
        story:
          '`src="/does-not-exist.json"`: the server answers 404. A `role="alert"` panel says which file and what the server said, offers "Réessayer" (network errors are worth a retry), and `cap-error` fires. The search form stays usable.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const finder = await readyFinder(canvasElement);
    await waitFor(() => expect(errorPanel(finder)).not.toBeNull());
    await expect(errorPanel(finder)!.getAttribute('role')).toBe('alert');
    await expect(text(errorPanel(finder))).toContain('Le fichier /does-not-exist.json n’a pas pu être chargé : le serveur a répondu 404');
    await expect(Array.from(errorPanel(finder)!.querySelectorAll('button')).map((b) => text(b))).toEqual(['Réessayer']);
    await expect(finder.structures).toHaveLength(0);
    await expect(args.onCapError).toHaveBeenCalledTimes(1);
    await expect((args.onCapError.mock.calls[0]![0] as CustomEvent<{ message: string }>).detail.message).toContain('404');
  },
};

/** `src` pointing at a JSON file that holds no structures (Storybook's own index.json): unknown format. */
export const ErrorUnknownFormat: Story = {
  name: 'Error: a file in no known format',
  args: { src: '/index.json' },
  parameters: {
    docs: {
      description: {
        story:
          '`src` points at a JSON file that is not structure data (here Storybook’s own `index.json`): the format cannot be detected, a `role="alert"` panel names the file and says why, without a retry button (the file must be fixed), and `cap-error` fires.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const finder = await readyFinder(canvasElement);
    await waitFor(() => expect(errorPanel(finder)).not.toBeNull());
    await expect(errorPanel(finder)!.getAttribute('role')).toBe('alert');
    await expect(text(errorPanel(finder))).toContain('Le fichier index.json n’est dans aucun format reconnu : ni le format Cap Numérique, ni GeoJSON');
    await expect(errorPanel(finder)!.querySelector('button')).toBeNull();
    await expect(finder.structures).toHaveLength(0);
    await expect(args.onCapError).toHaveBeenCalledTimes(1);
  },
};
