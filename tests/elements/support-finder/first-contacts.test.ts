import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import { diagnosticContext, type DiagnosticState } from '../../../src/elements/shared/context.js';
import type { Structure } from '../../../src/core/structures/model.js';
import type { Questionnaire, QuizResults } from '../../../src/core/types.js';
import { settle, shadow, waitFor } from '../../helpers.js';

function structure(overrides: Partial<Structure> & { id: string; name: string; lat: number; lon: number }): Structure {
  return { types: ['hub-numerique'], themes: ['cybersecurite'], source: 'test', ...overrides };
}

/** Around Lyon: two first contacts that offer none of the themes sought, and help on them. */
const LYON: Structure[] = [
  structure({ id: 'hub', name: 'A — Hub numérique de Lyon', lat: 45.764, lon: 4.8357 }),
  structure({ id: 'cn', name: 'B — Conseillère numérique de Villeurbanne', lat: 45.7719, lon: 4.8902, types: ['conseiller-numerique'], themes: ['donnees-rgpd'] }),
  structure({ id: 'mda', name: 'Y — Maison des associations de Vénissieux', lat: 45.6975, lon: 4.8867, types: ['maison-associations'], themes: ['materiel'], guidasso: 'specialiste' }),
  structure({ id: 'crib', name: 'Z — Relais des bénévoles de Bron', lat: 45.7386, lon: 4.9131, types: ['crib'], themes: ['emploi-benevolat'] }),
  structure({ id: 'far', name: 'Point d’appui de Lille', lat: 50.6292, lon: 3.0573, types: ['point-appui'], themes: ['juridique'] }),
];

async function finder(template: ReturnType<typeof html>): Promise<CapSupportFinder> {
  const el = await fixture<CapSupportFinder>(template);
  await waitFor(() => !shadow(el).querySelector('[aria-busy="true"]') && !!shadow(el).querySelector('.result-list, [role="alert"]'), 'finder never loaded', 10000);
  await settle(el);
  return el;
}

const names = (root: ParentNode | null) => Array.from(root?.querySelectorAll('.item-button') ?? []).map((b) => b.textContent!.trim());
const firstGroup = (el: Element) => shadow(el).querySelector('.first-contacts');

const LEVELS = [
  { id: 'peu-initiee', label: 'Peu initiée', min: 0 },
  { id: 'bien-outillee', label: 'Bien outillée', min: 50 },
];

function diagnosticState(level: string, knowsWhomToAsk: boolean): DiagnosticState {
  const questionnaire = { id: 'q', version: '1', title: 'Q', dimensions: [], questions: [], levels: LEVELS } as unknown as Questionnaire;
  const results = { score: level === 'peu-initiee' ? 10 : 80, level, dimensions: [], weakest: [], themes: ['cybersecurite', 'donnees-rgpd'], knowsWhomToAsk } as unknown as QuizResults;
  return { questionnaire, results, themes: ['cybersecurite', 'donnees-rgpd'] };
}

/** A finder inside an element that provides the diagnostic's state, as <cap-diagnostic> does. */
async function inDiagnostic(state: DiagnosticState): Promise<CapSupportFinder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = new ContextProvider(host, { context: diagnosticContext, initialValue: state });
  provider.hostConnected();
  const el = document.createElement('cap-support-finder');
  el.structures = LYON;
  host.append(el);
  await waitFor(() => !!shadow(el).querySelector('.result-list'), 'finder never loaded', 10000);
  await settle(el);
  return el;
}

describe('<cap-support-finder>: first contact first', () => {
  afterEach(() => fixtureCleanup());

  it('shows a structure’s Guid’Asso label and level after its types', async () => {
    const el = await finder(html`<cap-support-finder .structures=${LYON}></cap-support-finder>`);
    const item = Array.from(shadow(el).querySelectorAll('.item')).find((li) => li.textContent!.includes('Vénissieux'))!;
    expect(item.querySelector('.item-meta')!.textContent).to.contain('Maison des associations, Guid’Asso · accompagnement spécialiste');
    // No first-contact heading on an ordinary list.
    expect(firstGroup(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists first contacts first under « Par qui commencer » inside a diagnostic whose association does not know whom to ask', async () => {
    const el = await inDiagnostic(diagnosticState('bien-outillee', false));
    await waitFor(() => !!firstGroup(el), 'no « Par qui commencer »');
    await settle(el);
    expect(firstGroup(el)!.querySelector('h3')!.textContent!.trim()).to.equal('Par qui commencer');
    // The first contacts, whatever the themes filtered on; then the structures on those themes.
    expect(names(firstGroup(el))).to.deep.equal(['Point d’appui de Lille', 'Y — Maison des associations de Vénissieux', 'Z — Relais des bénévoles de Bron']);
    expect(names(shadow(el)).slice(3)).to.deep.equal(['A — Hub numérique de Lyon', 'B — Conseillère numérique de Villeurbanne']);
    expect(Array.from(shadow(el).querySelectorAll('h3.group-title')).map((h) => h.textContent!.trim())).to.deep.equal(['Par qui commencer', 'Autres structures']);
    await expect(el).to.be.accessible();
  });

  it('puts the first contacts on the map too, so that one chosen in the list is a marker there', async () => {
    const el = await inDiagnostic(diagnosticState('bien-outillee', false));
    await waitFor(() => !!firstGroup(el), 'no « Par qui commencer »');
    await settle(el);
    const map = shadow(el).querySelector('cap-finder-map') as HTMLElement & { structures: readonly Structure[] };
    expect(map.structures.map((s) => s.id).sort()).to.deep.equal(['test:cn', 'test:crib', 'test:far', 'test:hub', 'test:mda']);
    await waitFor(() => /5 structures/.test(map.shadowRoot!.querySelector('[aria-roledescription]')?.getAttribute('aria-label') ?? ''), 'the map does not count the first contacts');
    await expect(el).to.be.accessible();
  });

  it('keeps the plain list inside a diagnostic whose results do not call for it', async () => {
    const el = await inDiagnostic(diagnosticState('bien-outillee', true));
    expect(firstGroup(el)).to.equal(null);
    expect(names(shadow(el))).to.deep.equal(['A — Hub numérique de Lyon', 'B — Conseillère numérique de Villeurbanne']);
  });

  it('lists them first, nearest first, with ?start=1 in the page address (the quiz’s finder-url link)', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?themes=cybersecurite&start=1`);
    try {
      const el = await finder(html`<cap-support-finder near="45.764,4.8357" .structures=${LYON}></cap-support-finder>`);
      await waitFor(() => !!firstGroup(el) && names(firstGroup(el)).length === 2, 'no « Par qui commencer »');
      await settle(el);
      // Within the radius only, nearest first: Bron (6 km), Vénissieux (8 km); Lille is too far.
      expect(names(firstGroup(el))).to.deep.equal(['Z — Relais des bénévoles de Bron', 'Y — Maison des associations de Vénissieux']);
      expect(names(shadow(el)).slice(2)).to.deep.equal(['A — Hub numérique de Lyon']);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when nothing is within reach and shows the national entry points besides the nearest structures', async () => {
    const el = await finder(html`<cap-support-finder near="47.0,2.0" radius="5" themes="cybersecurite" .structures=${LYON}></cap-support-finder>`);
    await waitFor(() => !!shadow(el).querySelector('.national'), 'no national entry points');
    await settle(el);
    expect(shadow(el).querySelector('.count')!.textContent).to.contain('Aucune structure à moins de 5 km');
    expect(names(shadow(el)).length).to.be.greaterThan(0);
    const national = shadow(el).querySelector('.national')!;
    expect(national.querySelector('h3')!.textContent!.trim()).to.equal('Points d’entrée nationaux');
    const text = national.textContent!;
    expect(text).to.contain('Guid’Asso');
    expect(text).to.contain('Cybermalveillance.gouv.fr');
    // Only the resources of the themes sought: no CNIL for a security search.
    expect(text).to.not.contain('CNIL');
    const links = Array.from(national.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.include('https://www.cybermalveillance.gouv.fr/');
    await expect(el).to.be.accessible();
  });

  it('keeps the rest of the first list in order by name when first contacts are taken out of its top', async () => {
    // Listed in reverse order: before the full sort by name, only a first page is in order.
    const others = Array.from({ length: 30 }, (_, i) => structure({ id: `s${i}`, name: `Structure ${String(i + 1).padStart(2, '0')}`, lat: 45.7, lon: 4.8 })).reverse();
    const first = Array.from({ length: 5 }, (_, i) => structure({ id: `m${i}`, name: `Maison des associations ${i + 1}`, lat: 45.7, lon: 4.8, types: ['maison-associations'] }));
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?start=1`);
    try {
      const el = document.createElement('cap-support-finder') as CapSupportFinder;
      el.structures = [...others, ...first];
      // The list as first drawn with its first contacts (the full sort comes on an idle moment after).
      let drawn: string[] | undefined;
      const observer = new MutationObserver(() => {
        if (!drawn && el.shadowRoot?.querySelector('.first-contacts')) drawn = names(shadow(el));
      });
      document.body.append(el);
      await waitFor(() => !!el.shadowRoot, 'no shadow root');
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitFor(() => !!drawn, 'no « Par qui commencer »', 10000);
      observer.disconnect();
      const expected = Array.from({ length: 20 }, (_, i) => `Structure ${String(i + 1).padStart(2, '0')}`);
      expect(drawn!.slice(0, 5)).to.deep.equal(first.map((s) => s.name));
      expect(drawn!.slice(5), 'the first page of the rest, in order').to.deep.equal(expected);
      await settle(el);
      expect(names(shadow(el)).slice(5), 'the same once sorted').to.deep.equal(expected);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says it in English on an English page', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?start=1`);
    try {
      const el = await finder(html`<cap-support-finder lang="en" near="47.0,2.0" radius="5" .structures=${LYON}></cap-support-finder>`);
      await waitFor(() => !!shadow(el).querySelector('.national') && !!firstGroup(el), 'no first contacts or national entry points');
      expect(firstGroup(el)!.querySelector('h3')!.textContent!.trim()).to.equal('Where to start');
      expect(shadow(el).querySelector('.national h3')!.textContent!.trim()).to.equal('National entry points');
      // Nothing within 5 km: the three nearest first contacts.
      expect(names(firstGroup(el))).to.have.length(3);
      expect(shadow(el).querySelector('.national')!.textContent).to.contain('Guid’Asso network');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows no national entry points while something is within reach', async () => {
    const el = await finder(html`<cap-support-finder near="45.764,4.8357" .structures=${LYON}></cap-support-finder>`);
    await waitFor(() => names(shadow(el)).length > 0 && !shadow(el).querySelector('.count')!.textContent!.includes('plus proches'), 'no list');
    expect(shadow(el).querySelector('.national')).to.equal(null);
  });
});
