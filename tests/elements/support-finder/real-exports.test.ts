// End to end with the real-shaped files of the two national standards, as an integrator gives
// them (`src`, both files at once): what the public sees once the load is final (every row shown,
// approximate and doubtful positions marked, contacts kept, overseas places found, "open now" in
// the place's own time zone) and what the integrator reads (the `cap-finder-load` event, the
// `loadReport` property and the collapsed panel after the list), the expected counts worked out
// from the files themselves.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import type { FinderLoadReport, SourceReport } from '../../../src/elements/support-finder/load-report.js';
import { deepActiveElement, settle, shadow, waitFor } from '../../helpers.js';

const FIXTURES = '/tests/fixtures/standards/';
const LAMEDNUM = 'lamednum-export-2024.json';
const INCLUSION = 'data-inclusion-v1-bundle.json';

type Row = Record<string, unknown>;

/**
 * The fields each standard's reader uses (docs/data-standards.md): any other field that holds a
 * value in a row is to be counted as unused. Independent of the readers' code on purpose.
 */
const USED: Record<string, readonly string[]> = {
  [LAMEDNUM]: [
    'id', 'nom', 'latitude', 'longitude', 'typologie', 'dispositif_programmes_nationaux', 'labels_nationaux', 'formations_labels',
    'services', 'adresse', 'complement_adresse', 'code_postal', 'commune', 'code_insee', 'presentation_resume', 'presentation_detail',
    'telephone', 'courriels', 'courriel', 'site_web', 'horaires', 'frais_a_charge', 'conditions_acces', 'fiche_acces_libre',
    'accessibilite', 'prise_rdv', 'modalites_accompagnement', 'pivot', 'source', 'date_maj',
  ],
  [INCLUSION]: [
    'id', 'nom', 'latitude', 'longitude', 'reseaux_porteurs', 'labels_nationaux', 'typologie', 'thematiques', 'adresse',
    'complement_adresse', 'code_postal', 'commune', 'code_insee', 'description', 'presentation_resume', 'presentation_detail',
    'telephone', 'courriel', 'site_web', 'lien_mobilisation', 'horaires_accueil', 'accessibilite_lieu', 'siret', 'source', 'date_maj',
  ],
};
/** A data·inclusion service's fields that the reader uses (the others count as `services.<field>`). */
const SERVICE_USED = ['structure_id', 'thematiques', 'frais', 'prise_rdv', 'lien_mobilisation', 'modes_accueil'];

const filled = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const coordinate = (v: unknown) => (filled(v) && Number.isFinite(Number(String(v).replace(',', '.'))) ? Number(String(v).replace(',', '.')) : NaN);
const fold = (s: unknown) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** Metres between two points (equirectangular: enough for « within 50 m »). */
function metres(a: Row, b: Row): number {
  const [lat1, lon1, lat2, lon2] = [a.latitude, a.longitude, b.latitude, b.longitude].map(coordinate) as [number, number, number, number];
  const x = ((lon2 - lon1) * Math.PI) / 180 * Math.cos(((lat1 + lat2) / 2 * Math.PI) / 180);
  const y = ((lat2 - lat1) * Math.PI) / 180;
  return Math.hypot(x, y) * 6_371_000;
}

interface Expected {
  rows: Row[];
  read: number;
  approximate: Row[];
  noPosition: Row[];
  duplicates: Row[];
  shown: Row[];
  unusedFields: Record<string, number>;
  servicesWithoutStructure: number;
}

/** What the finder must report for a file, worked out from the file as published. */
async function expected(file: string): Promise<Expected> {
  const json = (await (await fetch(FIXTURES + file)).json()) as Row[] | { structures: Row[]; services: Row[] };
  const rows = Array.isArray(json) ? json : json.structures;
  const services = Array.isArray(json) ? [] : json.services;
  const placed = (r: Row) => Number.isFinite(coordinate(r.latitude)) && Number.isFinite(coordinate(r.longitude));
  const hasCode = (r: Row) => filled(r.code_insee) || filled(r.code_postal);
  const approximate = rows.filter((r) => !placed(r) && hasCode(r));
  const noPosition = rows.filter((r) => !placed(r) && !hasCode(r));
  // The same place listed twice: same name (case and accents aside) within 50 m of an earlier row.
  const duplicates = rows.filter((r, i) => placed(r) && rows.slice(0, i).some((o) => placed(o) && fold(o.nom) === fold(r.nom) && metres(o, r) <= 50));
  const shown = rows.filter((r) => !noPosition.includes(r) && !duplicates.includes(r));
  const unusedFields: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (!USED[file]!.includes(k) && filled(v)) unusedFields[k] = (unusedFields[k] ?? 0) + 1;
  for (const service of services) {
    for (const [k, v] of Object.entries(service)) if (!SERVICE_USED.includes(k) && filled(v)) unusedFields[`services.${k}`] = (unusedFields[`services.${k}`] ?? 0) + 1;
  }
  const ids = new Set(rows.map((r) => r.id));
  return {
    rows,
    read: rows.length,
    approximate,
    noPosition,
    duplicates,
    shown,
    unusedFields,
    servicesWithoutStructure: services.filter((s) => !ids.has(s.structure_id)).length,
  };
}

/** A finder given both files, and the report of its first (final) `cap-finder-load`. */
async function finder(lang = 'fr'): Promise<{ el: CapSupportFinder; report: FinderLoadReport; loads: number }> {
  const el = document.createElement('cap-support-finder') as CapSupportFinder;
  el.setAttribute('lang', lang);
  el.setAttribute('src', `${FIXTURES}${LAMEDNUM} ${FIXTURES}${INCLUSION}`);
  let loads = 0;
  const loaded = new Promise<FinderLoadReport>((resolve) =>
    el.addEventListener('cap-finder-load', (e) => {
      loads++;
      resolve((e as CustomEvent<FinderLoadReport>).detail);
    }),
  );
  document.body.append(el);
  const report = await Promise.race([loaded, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no cap-finder-load')), 15000))]);
  await waitFor(() => !!shadow(el).querySelector('.data-report'), 'no data report', 10000);
  await settle(el);
  const map = shadow(el).querySelector('cap-finder-map') as LitElement | null;
  if (map) await settle(map);
  return { el, report, get loads() { return loads; } };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: Element) => Array.from(shadow(el).querySelectorAll('.item-button')).map((b) => text(b));
const item = (el: Element, name: string) => {
  const found = Array.from(shadow(el).querySelectorAll('.result-list li')).find((li) => text(li.querySelector('.item-button')) === name);
  if (!found) throw new Error(`no "${name}" in the list: ${names(el).join(' | ')}`);
  return found;
};
const warning = (el: Element, name: string) => text(item(el, name).querySelector('.warning')) || undefined;
const skippedTotal = (r: SourceReport) => Object.values(r.skipped).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Opens the structure of that name and gives its detail. */
async function open(el: CapSupportFinder, name: string): Promise<Element> {
  (item(el, name).querySelector('.item-button') as HTMLButtonElement).click();
  await settle(el);
  await waitFor(() => !!shadow(el).querySelector('[part="detail"]'), 'no detail');
  return shadow(el).querySelector('[part="detail"]')!;
}
async function back(el: CapSupportFinder): Promise<void> {
  (shadow(el).querySelector('[part="detail"] .back') as HTMLButtonElement).click();
  await settle(el);
  await waitFor(() => !shadow(el).querySelector('[part="detail"]'), 'detail still open');
}
const hrefs = (detail: Element) => Array.from(detail.querySelectorAll('a')).map((a) => a.getAttribute('href')!);
/** The text of the `dd`s that follow the `dt` of that label. */
function field(detail: Element, label: string): string[] {
  const dt = Array.from(detail.querySelectorAll('dt')).find((d) => text(d) === label);
  const out: string[] = [];
  for (let dd = dt?.nextElementSibling; dd?.tagName === 'DD'; dd = dd.nextElementSibling) out.push(text(dd));
  return out;
}

/** Replaces the page's clock (what `new Date()` and `Date.now()` give) until the returned function is called. */
function fixClock(iso: string): () => void {
  const RealDate = Date;
  const fixed = new RealDate(iso).getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return () => void (globalThis.Date = RealDate);
}

const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#place')!;
const options = (el: Element) => Array.from(shadow(el).querySelectorAll('[role="option"]')).map((o) => text(o));
const countText = (el: Element) => text(shadow(el).querySelector('.count'));

/** Types a query in the place field as a user would, and waits for the first suggestion. */
async function type(el: CapSupportFinder, query: string, first: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.select();
  // The value and its input event, as a keystroke sends them (WebKit's driver may drop a typed
  // character); the keys that follow (arrows, Enter, Escape) are real key presses.
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query }));
  await waitFor(() => options(el)[0]?.startsWith(first) === true, `suggestions for "${query}": ${options(el).join(' | ')}`, 10000);
  await settle(el);
}

describe('<cap-support-finder> with a 2024 cartographie export and a data·inclusion extract', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('cap-support-finder').forEach((el) => el.remove());
  });

  it('accounts for every row of each file, in the load event, the property and the panel after the list', async () => {
    const { el, report, loads } = await finder();
    const files = [LAMEDNUM, INCLUSION];
    expect(report.sources.map((s) => s.source)).to.deep.equal(files);
    expect(report).to.include({ placing: false, demo: false, duplicatesMerged: 0 });
    expect(report.failures).to.deep.equal([]);
    expect(el.loadReport, 'the property says what the event said').to.deep.equal(report);
    for (const [i, file] of files.entries()) {
      const want = await expected(file);
      const got = report.sources[i]!;
      expect(got.read, `${file}: rows read`).to.equal(want.read);
      expect(got.read, `${file}: read = shown + pending + skipped`).to.equal(got.shown + got.pending + skippedTotal(got));
      expect(got.pending, file).to.equal(0);
      expect(got.shown, `${file}: shown`).to.equal(want.shown.length);
      expect(got.approximate, `${file}: placed at their commune`).to.equal(want.approximate.length);
      const skipped: Record<string, number> = {};
      if (want.noPosition.length) skipped['missing-coordinates'] = want.noPosition.length;
      if (want.duplicates.length) skipped.duplicate = want.duplicates.length;
      expect(got.skipped, `${file}: skipped`).to.deep.equal(skipped);
      expect(got.unusedFields, `${file}: unused fields`).to.deep.equal(want.unusedFields);
      expect(got.servicesWithoutStructure, file).to.equal(want.servicesWithoutStructure);
    }
    // The one position given far from its own commune: the Reims row at Aix-en-Provence.
    expect(report.sources.map((s) => s.far)).to.deep.equal([1, 0]);
    expect(loads, 'one event per load').to.equal(1);

    // Every shown row is in the list, and nothing else.
    const shownNames = [...(await expected(LAMEDNUM)).shown, ...(await expected(INCLUSION)).shown].map((r) => String(r.nom));
    expect(names(el).slice().sort()).to.deep.equal(shownNames.slice().sort());

    // The panel: after the list and the map, collapsed, nothing of it above the list.
    const details = shadow(el).querySelector<HTMLDetailsElement>('.data-report')!;
    expect(details.open, 'collapsed').to.equal(false);
    const list = shadow(el).querySelector('.result-list')!;
    expect(list.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the list').to.not.equal(0);
    expect(shadow(el).querySelector('cap-finder-map')!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the map').to.not.equal(0);
    expect(shadow(el).querySelector('.notices .data-report'), 'nothing above the list').to.equal(null);
    const sum = (f: (r: SourceReport) => number) => report.sources.reduce((a, r) => a + f(r), 0);
    expect(text(details.querySelector('summary'))).to.equal(
      `Rapport de lecture des données (${sum((r) => r.read)} lignes lues, ${sum((r) => r.shown)} affichées, ` +
        `${sum((r) => r.approximate)} placées approximativement, ${sum(skippedTotal)} ignorées)`,
    );
    await expect(el).to.be.accessible();

    details.open = true;
    await settle(el);
    const items = Array.from(details.querySelectorAll(':scope > ul > li'));
    for (const [i, file] of files.entries()) {
      const want = await expected(file);
      const line = text(items.find((li) => text(li.querySelector('strong')) === file));
      expect(line, file).to.match(new RegExp(`^${file.replace(/\./g, '\\.')}( \\([^)]*\\))? : ${want.read} lignes lues, ${want.shown.length} affichées`));
      if (want.approximate.length) expect(line, file).to.contain(`${want.approximate.length} placée${want.approximate.length > 1 ? 's' : ''} au centre de`);
      if (report.sources[i]!.far) expect(line, file).to.contain('1 position loin du centre de sa commune (position à vérifier)');
      // Each unused field with its count.
      expect(line, file).to.contain('Champs présents mais non utilisés');
      for (const [name, count] of Object.entries(want.unusedFields)) expect(line, `${file}: ${name}`).to.contain(`${name} (${count})`);
      if (want.servicesWithoutStructure) expect(line).to.contain(`${want.servicesWithoutStructure} service data·inclusion sans sa structure`);
      const reasons = [want.noPosition.length && `coordonnées absentes (${want.noPosition.length})`, want.duplicates.length && `doublon (${want.duplicates.length})`].filter(Boolean);
      for (const reason of reasons) expect(line, file).to.contain(reason as string);
    }
    await expect(el).to.be.accessible();
  });

  it('shows the rows without coordinates at their commune, marked, and flags the far position', async () => {
    const { el } = await finder();
    const approximate = [...(await expected(LAMEDNUM)).approximate, ...(await expected(INCLUSION)).approximate];
    expect(approximate.length, 'the files hold rows without coordinates').to.be.greaterThan(2);
    for (const row of approximate) expect(warning(el, String(row.nom)), String(row.nom)).to.equal('Position approximative');
    const reimsName = names(el).find((n) => n.startsWith('Médiathèque de Reims'))!;
    expect(warning(el, reimsName)).to.equal('Position à vérifier');
    // Placed well: no mark on the others (overseas places included, whose communes are large).
    for (const name of ['Espace numérique de la Croix-Rousse', 'Cyber-base de Nouméa', 'Espace numérique de Gustavia', 'Maison du numérique de Villeurbanne']) {
      expect(warning(el, name), name).to.equal(undefined);
    }
    // At their commune: Papeete's INSEE code, not its postcode's other commune.
    const papeete = el.structures.find((s) => s.name === 'Point numérique de Papeete')!;
    expect(papeete.positionWarning).to.equal('approximate');
    expect(papeete.lat).to.be.within(-17.6, -17.5);
    expect(papeete.lon).to.be.within(-149.6, -149.5);
    const reims = el.structures.find((s) => s.name.startsWith('Médiathèque de Reims'))!;
    expect([reims.lat, reims.lon], 'kept where the source put it').to.deep.equal([43.52609, 5.41423]);
    await expect(el).to.be.accessible();

    const detail = await open(el, reimsName);
    expect(text(detail.querySelector('.warning'))).to.match(/^Position à vérifier : .*\(code INSEE 51454\)/);
    await expect(el).to.be.accessible();
    await back(el);
    const tarare = await open(el, 'France Services de Tarare');
    expect(text(tarare.querySelector('.warning'))).to.match(/^Position approximative : /);
    await expect(el).to.be.accessible();
  });

  it('keeps e-mails, accessibility links, types, every phone and the mobilisation link; no placeholder date', async () => {
    const { el } = await finder();
    const croixRousse = await open(el, 'Espace numérique de la Croix-Rousse');
    expect(text(croixRousse.querySelector('.item-meta'))).to.contain('Conseiller numérique');
    expect(text(croixRousse.querySelector('.item-meta'))).to.contain('France Services');
    expect(hrefs(croixRousse)).to.include.members(['tel:+33478000001', 'tel:+33612345678', 'mailto:numerique@example.org']);
    expect(hrefs(croixRousse).filter((h) => h.startsWith('https://acceslibre.beta.gouv.fr/'))).to.have.length(1);
    expect(text(croixRousse)).to.contain('mise à jour le 12 mars 2024');
    await expect(el).to.be.accessible();
    await back(el);

    // Several phones joined by « ou », the older `courriel`, a national label alone, the epoch as a date.
    const tarare = await open(el, 'France Services de Tarare');
    expect(text(tarare.querySelector('.item-meta'))).to.contain('France Services');
    expect(hrefs(tarare).filter((h) => h.startsWith('tel:'))).to.deep.equal(['tel:0474000002', 'tel:0474000003']);
    expect(field(tarare, 'Téléphone')).to.deep.equal(['04 74 00 00 02', '04 74 00 00 03']);
    expect(hrefs(tarare)).to.include('mailto:franceservices.tarare@example.org');
    expect(text(tarare)).not.to.match(/1970|mise à jour/);
    await expect(el).to.be.accessible();
    await back(el);

    const papeete = await open(el, 'Point numérique de Papeete');
    expect(text(papeete.querySelector('.item-meta')), '« CNFS »').to.contain('Conseiller numérique');
    await back(el);
    const gustavia = await open(el, 'Espace numérique de Gustavia');
    expect(text(gustavia)).not.to.match(/0001|mise à jour/);
    await back(el);

    // data·inclusion: two phones separated by `|`, its network, its service's mobilisation link,
    // and the website of the same place listed again (merged).
    const villeurbanne = await open(el, 'Maison du numérique de Villeurbanne');
    expect(text(villeurbanne.querySelector('.item-meta'))).to.contain('Conseiller numérique');
    expect(hrefs(villeurbanne).filter((h) => h.startsWith('tel:'))).to.deep.equal(['tel:0478000004', 'tel:0478000005']);
    expect(hrefs(villeurbanne)).to.include.members(['mailto:contact@example.org', 'https://www.actionlogement.fr/demande-cfi', 'https://example.org/maison-numerique']);
    expect(field(villeurbanne, 'Demande en ligne')).to.deep.equal(['Faire une demande (nouvel onglet)']);
    await expect(el).to.be.accessible();
  });

  it('finds Nouméa, 97133 and 69003 (Lyon, no choice to make), with the structures there first; a detail opened and closed by keyboard', async () => {
    const { el } = await finder();
    await type(el, 'Nouméa', 'Nouméa (988)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => countText(el).includes('Nouméa'), `count: ${countText(el)}`);
    expect(names(el)[0]).to.equal('Cyber-base de Nouméa');
    await expect(el).to.be.accessible();

    await type(el, '97133', 'Saint-Barthélemy (977)');
    expect(options(el)).to.deep.equal(['Saint-Barthélemy (977)']);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => countText(el).includes('Saint-Barthélemy'), `count: ${countText(el)}`);
    expect(names(el)[0]).to.equal('Espace numérique de Gustavia');

    await type(el, '69003', 'Lyon (69)');
    expect(options(el), 'a postcode wins over an INSEE code').to.deep.equal(['Lyon (69)']);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => countText(el).includes('Lyon (69)'), `count: ${countText(el)}`);
    expect(text(shadow(el).querySelector('.place-message'))).to.equal('');
    expect(names(el).slice(0, 2).sort()).to.deep.equal(['Espace numérique de la Croix-Rousse', 'Maison du numérique de Villeurbanne']);
    await expect(el).to.be.accessible();

    // By keyboard: Enter on the first structure opens its detail (the focus on its heading),
    // Escape goes back to the list, the focus on that structure.
    const first = shadow(el).querySelector<HTMLButtonElement>('.item-button')!;
    const firstName = text(first);
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!shadow(el).querySelector('[part="detail"]'), 'no detail');
    await settle(el);
    expect(text(deepActiveElement())).to.equal(firstName);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !shadow(el).querySelector('[part="detail"]'), 'Escape did not close the detail');
    await settle(el);
    expect(deepActiveElement()?.classList.contains('item-button')).to.equal(true);
    expect(text(deepActiveElement())).to.equal(firstName);
    await expect(el).to.be.accessible();
  });

  it('with ?start=1 (the quiz’s link), puts the national entry points under « Par qui commencer »: the files hold no first contact', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?start=1`);
    try {
      const { el } = await finder();
      await waitFor(() => !!shadow(el).querySelector('.first-contacts'), 'no « Par qui commencer »', 10000);
      await settle(el);
      const start = shadow(el).querySelector('.first-contacts')!;
      expect(text(start.querySelector('h3'))).to.equal('Par qui commencer');
      expect(text(start.querySelector('p'))).to.match(/^Aucune de ces structures n’accueille toutes les associations/);
      expect(text(start)).to.contain('Guid’Asso');
      expect(Array.from(start.querySelectorAll('a')).length).to.be.greaterThan(0);
      // Then every structure of the files, under their own heading; no other national section.
      const headings = Array.from(shadow(el).querySelectorAll('h3.group-title')).map((h) => text(h));
      expect(headings).to.deep.equal(['Par qui commencer', 'Autres structures']);
      const shown = [...(await expected(LAMEDNUM)).shown, ...(await expected(INCLUSION)).shown];
      expect(names(el)).to.have.length(shown.length);
      expect(start.compareDocumentPosition(shadow(el).querySelector('.result-list')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the list').to.not.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  describe('open now, on the place’s own clock', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it('says Nouméa’s cyber-base is open at 09:00 there (23:00 in Paris), and the Lyon one closed', async () => {
      // Tuesday 10 March 2026, 09:00 in Nouméa (UTC+11) is Monday 22:00 UTC, 23:00 in Paris.
      restore = fixClock('2026-03-09T22:00:00Z');
      const { el } = await finder();
      const status = (name: string) => text(item(el, name).querySelector('.item-status'));
      await waitFor(() => status('Cyber-base de Nouméa') !== '', 'no opening statuses', 10000);
      expect(status('Cyber-base de Nouméa')).to.match(/^Ouvert · jusqu’à 11:30/);
      expect(status('Espace numérique de la Croix-Rousse')).to.match(/^Fermé/);
      await expect(el).to.be.accessible();
      el.filters = { openNow: true };
      await waitFor(() => names(el).length === 1, `open now: ${names(el).join(' | ')}`, 10000);
      expect(names(el)).to.deep.equal(['Cyber-base de Nouméa']);
      await expect(el).to.be.accessible();
    });

    it('says it is closed at 20:00 there (10:00 in Paris), when the Lyon one is open', async () => {
      // Monday 9 March 2026, 10:00 in Paris is 20:00 in Nouméa.
      restore = fixClock('2026-03-09T09:00:00Z');
      const { el } = await finder();
      const status = (name: string) => text(item(el, name).querySelector('.item-status'));
      await waitFor(() => status('Cyber-base de Nouméa') !== '', 'no opening statuses', 10000);
      expect(status('Cyber-base de Nouméa')).to.match(/^Fermé/);
      expect(status('Espace numérique de la Croix-Rousse')).to.match(/^Ouvert/);
      await expect(el).to.be.accessible();
    });
  });
});
