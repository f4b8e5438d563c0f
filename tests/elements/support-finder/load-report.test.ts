// No silent loss: what became of every row of the data (the `cap-finder-load` event, the
// `loadReport` property, the integrators' panel after the list), rows without coordinates placed
// at their commune after the first list, positions far from their own commune flagged.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import type { FinderLoadReport } from '../../../src/elements/support-finder/load-report.js';
import type { FinderModel, LoadOptions, Readers } from '../../../src/core/finder/model.js';
import type { ReadResult, Structure } from '../../../src/core/structures/model.js';
import { click, itNarrowViewport, setViewport, settle, shadow, waitFor } from '../../helpers.js';

const structure = (id: string, name: string, extra: Partial<Structure> = {}): Structure => ({
  id,
  name,
  lat: 45.764,
  lon: 4.8357,
  city: 'Lyon',
  types: ['maison-associations'],
  themes: ['outils'],
  source: 'test',
  ...extra,
});

const unplaced = (id: string, name: string, extra: Partial<Structure>): Structure =>
  structure(id, name, { lat: NaN, lon: NaN, positionWarning: 'approximate', city: undefined, ...extra });

/**
 * Until the readers hand back rows without coordinates themselves, the test adds them to what the
 * readers read from the `structures` property (the element's own model, wrapped): the rest of the
 * path is the element's.
 */
function addToRead(el: CapSupportFinder, change: (result: ReadResult) => ReadResult): void {
  const model = (el as unknown as { model: FinderModel }).model;
  const load = model.load.bind(model);
  model.load = (options: LoadOptions) =>
    load({
      ...options,
      readers: async (): Promise<Readers> => {
        const readers = await options.readers();
        return {
          ...readers,
          readObjectsInSlices: async (...args: Parameters<Readers['readObjectsInSlices']>) => {
            const read = await readers.readObjectsInSlices(...args);
            return 'error' in read ? read : change(read);
          },
        };
      },
    });
}

/** A finder on the page with these structures; resolves with it and the first `cap-finder-load` it fires. */
async function finder(
  structures: Structure[],
  options: { change?: (result: ReadResult) => ReadResult; lang?: string } = {},
): Promise<{ el: CapSupportFinder; loads: CustomEvent<FinderLoadReport>[]; loaded: Promise<FinderLoadReport>; firstList: () => string[] | undefined }> {
  const el = document.createElement('cap-support-finder') as CapSupportFinder;
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.change) addToRead(el, options.change);
  const loads: CustomEvent<FinderLoadReport>[] = [];
  // Listened on the document: the event bubbles out of the shadow root.
  const loaded = new Promise<FinderLoadReport>((resolve) => {
    const listener = (e: Event) => {
      if (e.target !== el) return;
      loads.push(e as CustomEvent<FinderLoadReport>);
      resolve((e as CustomEvent<FinderLoadReport>).detail);
    };
    document.addEventListener('cap-finder-load', listener);
  });
  el.structures = structures;
  document.body.append(el);
  // The names of the first list, as it is first drawn (before anything placed later).
  let first: string[] | undefined;
  await waitFor(() => !!el.shadowRoot, 'no shadow root');
  const observer = new MutationObserver(() => {
    if (!first && shadow(el).querySelector('.result-list li')) first = names(el);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await waitFor(() => !!el.shadowRoot?.querySelector('.result-list, .count'), 'finder never loaded', 10000);
  await settle(el);
  void loaded.then(() => observer.disconnect());
  return { el, loads, loaded, firstList: () => first };
}

const names = (el: Element) => Array.from(shadow(el).querySelectorAll('.item-button')).map((b) => b.textContent!.trim());
const item = (el: Element, name: string) => Array.from(shadow(el).querySelectorAll('.result-list li')).find((li) => li.querySelector('.item-button')!.textContent!.trim() === name)!;
// White space as plain spaces (French puts no-break spaces before colons).
const countText = (el: Element) => shadow(el).querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();
const skippedTotal = (r: FinderLoadReport['sources'][number]) => Object.values(r.skipped).reduce<number>((a, b) => a + (b ?? 0), 0);

async function panel(el: CapSupportFinder): Promise<HTMLDetailsElement> {
  await waitFor(() => !!shadow(el).querySelector('.data-report'), 'no data report', 10000);
  await settle(el);
  return shadow(el).querySelector<HTMLDetailsElement>('.data-report')!;
}

/** The rows of the Lyon file: two placed, three without coordinates (two communes found, one not). */
const LYON = [structure('a', 'Alpha'), structure('b', 'Bravo')];
const withUnplaced = (read: ReadResult): ReadResult => ({
  ...read,
  unplaced: [
    unplaced('c', 'Charlie', { inseeCode: '69123' }),
    unplaced('d', 'Delta', { postcode: '59000', city: 'Lille' }),
    unplaced('e', 'Echo', { inseeCode: '00000' }),
  ],
  total: read.total + 3,
  unusedFields: { courriel: 2, accessibilite: 1 },
});

describe('<cap-support-finder> load report', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('cap-support-finder').forEach((el) => el.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the placed rows first, then places the others at their commune, marked, and accounts for every row', async () => {
    const { el, loads, loaded, firstList } = await finder(LYON, { change: withUnplaced });
    const report = await loaded;
    // The first list did not wait for the commune index.
    expect(firstList()).to.deep.equal(['Alpha', 'Bravo']);
    await settle(el);
    expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(item(el, 'Charlie').querySelector('.warning')!.textContent!.trim()).to.equal('Position approximative');
    expect(item(el, 'Delta').querySelector('.item-meta')!.textContent, 'the commune’s name when the row had none').to.contain('Lille');
    expect(item(el, 'Alpha').querySelector('.warning')).to.equal(null);
    expect(el.structures.find((s) => s.name === 'Delta')).to.include({ positionWarning: 'approximate', lat: 50.634, lon: 3.055 });
    // The map shows them too.
    const map = shadow(el).querySelector('cap-finder-map') as HTMLElement & { structures: readonly Structure[] };
    expect(map.structures.map((s) => s.name).sort()).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);

    expect(loads, 'once per load').to.have.length(1);
    expect(loads[0]!.bubbles && loads[0]!.composed).to.equal(true);
    expect(report.placing).to.equal(false);
    expect(report.demo).to.equal(false);
    const [source] = report.sources;
    expect(source).to.include({ source: 'structures', read: 5, shown: 4, approximate: 2, pending: 0, far: 0 });
    expect(source!.skipped).to.deep.equal({ 'commune-not-found': 1 });
    expect(source!.unusedFields).to.deep.equal({ courriel: 2, accessibilite: 1 });
    expect(source!.read, 'every row accounted for').to.equal(source!.shown + source!.pending + skippedTotal(source!));
    expect(el.loadReport, 'the property says the same').to.deep.equal(report);
    await expect(el).to.be.accessible();

    // The detail view explains the mark.
    (item(el, 'Charlie').querySelector('.item-button') as HTMLButtonElement).click();
    await waitFor(() => !!shadow(el).querySelector('.detail'), 'no detail');
    const warning = shadow(el).querySelector('.detail .warning')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(warning).to.match(/^Position approximative : la source ne donne pas ses coordonnées/);
    expect(warning).to.contain('centre de sa commune');
    await expect(el).to.be.accessible();
  });

  it('flags a position far from its own commune, keeps it, and explains it', async () => {
    const far = structure('f', 'Foxtrot', { inseeCode: '69123', lat: 50.6292, lon: 3.0573 }); // Lille, said to be in Lyon
    const near = structure('g', 'Golf', { inseeCode: '69123' });
    const { el, loaded } = await finder([far, near]);
    const report = await loaded;
    await settle(el);
    expect(report.sources[0]).to.include({ read: 2, shown: 2, far: 1, approximate: 0 });
    expect(item(el, 'Foxtrot').querySelector('.warning')!.textContent!.trim()).to.equal('Position à vérifier');
    expect(item(el, 'Golf').querySelector('.warning')).to.equal(null);
    expect(el.structures.find((s) => s.name === 'Foxtrot')).to.include({ lat: 50.6292, lon: 3.0573, positionWarning: 'far' });
    await expect(el).to.be.accessible();
    (item(el, 'Foxtrot').querySelector('.item-button') as HTMLButtonElement).click();
    await waitFor(() => !!shadow(el).querySelector('.detail'), 'no detail');
    expect(shadow(el).querySelector('.detail .warning')!.textContent!.replace(/\s+/g, ' ')).to.match(/Position à vérifier : .*loin du centre de sa commune \(code INSEE 69123\)/);
    await expect(el).to.be.accessible();
  });

  it('puts the report after the list and the map, collapsed, with every count', async () => {
    const rows = [...LYON, { name: '', lat: 45, lon: 4 } as unknown as Structure];
    const { el, loaded } = await finder(rows, { change: withUnplaced });
    await loaded;
    const details = await panel(el);
    expect(details.open, 'collapsed').to.equal(false);
    const list = shadow(el).querySelector('.result-list')!;
    const map = shadow(el).querySelector('cap-finder-map')!;
    expect(list.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the list').to.not.equal(0);
    expect(map.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the map').to.not.equal(0);
    expect(shadow(el).querySelector('.notices .data-report'), 'nothing above the list').to.equal(null);
    expect(details.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Rapport de lecture des données (6 lignes lues, 4 affichées, 2 placées approximativement, 2 ignorées)',
    );
    await expect(el).to.be.accessible();
    details.open = true;
    await settle(el);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('structures (cap-numerique) : 6 lignes lues, 4 affichées');
    expect(text).to.contain('2 placées au centre de leur commune (position approximative)');
    expect(text).to.match(/2 ignorées : (nom manquant \(1\), commune introuvable \(1\)|commune introuvable \(1\), nom manquant \(1\))/);
    expect(text).to.contain('Champs présents mais non utilisés : courriel (2), accessibilite (1)');
    await expect(el).to.be.accessible();
  });

  it('says plainly that a services-only file needs its structures file, where the list would be', async () => {
    for (const [lang, expected] of [
      ['fr', '12 services sans leur structure : chargez aussi le fichier des structures.'],
      ['en', '12 services without their structure: load the structures file too.'],
    ] as const) {
      const { el, loaded } = await finder([], { lang, change: (read) => ({ ...read, servicesWithoutStructure: 12 }) });
      const report = await loaded;
      await waitFor(() => countText(el) === expected, `${lang}: ${countText(el)}`);
      expect(shadow(el).textContent).to.not.contain(lang === 'fr' ? 'ne correspond' : 'matches these filters');
      expect(report.sources[0]).to.include({ read: 0, shown: 0, servicesWithoutStructure: 12 });
      const details = await panel(el);
      expect(details.textContent).to.contain(lang === 'fr' ? '12 services data·inclusion sans leur structure' : '12 data·inclusion services without their structure');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('says why a file gave no structure when no filter is set', async () => {
    const rows = [{ name: 'Sans position' }, { lat: 45, lon: 4 }] as unknown as Structure[];
    const { el, loaded } = await finder(rows);
    const report = await loaded;
    // Said by the report's chunk, which comes just after the first list.
    await waitFor(() => countText(el) !== '', 'no count line');
    expect(countText(el)).to.match(/^Aucune structure dans structures : 2 lignes lues, /);
    expect(countText(el)).to.contain('nom manquant (1)');
    expect(report.sources[0]!.read).to.equal(skippedTotal(report.sources[0]!));
    await expect(el).to.be.accessible();
  });

  it('tells the demo data’s load too, with no source', async () => {
    const el = document.createElement('cap-support-finder') as CapSupportFinder;
    const loaded = new Promise<FinderLoadReport>((resolve) => el.addEventListener('cap-finder-load', (e) => resolve(e.detail), { once: true }));
    document.body.append(el);
    const report = await loaded;
    expect(report).to.deep.equal({ sources: [], duplicatesMerged: 0, placing: false, demo: true, failures: [] });
    await settle(el);
    expect(shadow(el).querySelector('.data-report'), 'no report for the demo data').to.equal(null);
  });

  itNarrowViewport('fits 320 px with the marks and the open report', async () => {
    await setViewport({ width: 320, height: 700 });
    const far = structure('f', 'Foxtrot avec un nom assez long pour passer à la ligne', { inseeCode: '69123', lat: 50.6292, lon: 3.0573 });
    // Real files' field names are long words.
    const change = (read: ReadResult) => ({ ...withUnplaced(read), unusedFields: { dispositif_programmes_nationaux_et_labels_nationaux: 3 } });
    const { el, loaded } = await finder([far, ...LYON], { change });
    await loaded;
    const details = await panel(el);
    details.open = true;
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await click(el, /Foxtrot/);
    await waitFor(() => !!shadow(el).querySelector('.detail'), 'no detail');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
