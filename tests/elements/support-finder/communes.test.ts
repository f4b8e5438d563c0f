import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { COMMUNE_SOURCES } from '../../../src/data/communes-credits.js';
import { emulate, itNarrowViewport, setViewport, settle, shadow, waitFor } from '../../helpers.js';

// The finder with the split commune index: overseas places, postcodes, what a first search
// downloads, and the offline map's place names.

const structure = (o: Partial<Structure> & { id: string; name: string; lat: number; lon: number }): Structure => ({
  types: ['maison-associations'],
  themes: ['outils'],
  source: 'test',
  ...o,
});

const STRUCTURES: Structure[] = [
  structure({ id: 'n', name: 'Maison des associations de Nouméa', lat: -22.2758, lon: 166.458, city: 'Nouméa', postcode: '98800' }),
  structure({ id: 'p', name: 'Point d’appui de Papeete', lat: -17.535, lon: -149.5696, city: 'Papeete', postcode: '98714' }),
  structure({ id: 'l', name: 'Maison des associations de Lyon', lat: 45.764, lon: 4.8357, city: 'Lyon', postcode: '69003' }),
  structure({ id: 'm', name: 'Point d’appui de Marseille', lat: 43.2965, lon: 5.3698, city: 'Marseille', postcode: '13001' }),
];

async function finder(width = 800): Promise<CapSupportFinder> {
  await setViewport({ width, height: 900 });
  const el = await fixture<CapSupportFinder>(html`<cap-support-finder .structures=${STRUCTURES}></cap-support-finder>`);
  await waitFor(() => !!shadow(el).querySelector('.result-list'), 'finder never loaded', 10000);
  await settle(el);
  const map = shadow(el).querySelector('cap-finder-map') as LitElement | null;
  if (map) await settle(map);
  return el;
}

const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#place')!;
const options = (el: Element) => Array.from(shadow(el).querySelectorAll('[role="option"]')).map((o) => o.textContent!.trim());
const countText = (el: Element) => shadow(el).querySelector('.count')?.textContent?.trim() ?? '';

/** Types a query in the field, one character at a time, and waits for these first suggestions. */
async function type(el: CapSupportFinder, text: string, first: string): Promise<void> {
  const field = input(el);
  field.focus();
  for (let i = 1; i <= text.length; i++) {
    field.value = text.slice(0, i);
    field.dispatchEvent(new Event('input'));
  }
  // An approximate position adds « (position approximative) » to a suggestion.
  await waitFor(() => options(el)[0]?.startsWith(first) === true, `suggestions for "${text}"`, 10000);
  await settle(el);
}

/** The commune chunks the page has downloaded so far. */
const communeChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/src\/data\/communes\/communes-/.test(n))
    .map((n) => n.replace(/^.*\/communes-(.+?)\.js.*$/, '$1'));

describe('<cap-support-finder>: the commune index', () => {
  // The test page loads hundreds of modules: room for all their timing entries.
  before(() => performance.setResourceTimingBufferSize(100_000));
  afterEach(async () => {
    fixtureCleanup();
    await emulate({});
    await setViewport({ width: 800, height: 600 });
  });

  it('finds Nouméa and Papeete by name and places the search there', async () => {
    const el = await finder();
    await type(el, 'Noum', 'Nouméa (988)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => countText(el).includes('Nouméa'), `count: ${countText(el)}`);
    expect(shadow(el).querySelector('.item-button')!.textContent).to.contain('Nouméa');
    await type(el, 'papeete', 'Papeete (987)');
    await expect(el).to.be.accessible();
  });

  it('credits the producers of the commune data and their licences, not packages', async () => {
    const el = await finder();
    const credits = () => shadow(el).querySelector('.credits')!.textContent!;
    for (const lang of ['fr', 'en']) {
      el.setAttribute('lang', lang);
      await waitFor(() => (lang === 'en') === credits().includes('postcodes'), `credits in ${lang}`);
      for (const source of COMMUNE_SOURCES) expect(credits(), lang).to.contain(`${source.producer === source.dataset ? source.producer : `${source.producer}, ${source.dataset}`} (${source.licence})`);
      expect(credits()).not.to.match(/@etalab|cities\.json|decoupage/);
    }
    await expect(el).to.be.accessible();
  });

  it('gives Saint-Barthélemy for 97133 and Lyon for 69003, without asking to choose', async () => {
    const el = await finder();
    await type(el, '97133', 'Saint-Barthélemy (977)');
    expect(options(el)).to.deep.equal(['Saint-Barthélemy (977)']);
    await type(el, '69003', 'Lyon (69)');
    expect(options(el)).to.deep.equal(['Lyon (69)']);
    shadow(el).querySelector<HTMLFormElement>('form.search')!.requestSubmit();
    await waitFor(() => countText(el).includes('Lyon (69)'), `count: ${countText(el)}`);
    expect(shadow(el).querySelector('.place-message')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('downloads the largest communes on focus, then only the part a query narrows to', async () => {
    const el = await finder();
    const before = new Set(communeChunks());
    await type(el, 'abergement de va', "L'Abergement-de-Varey (01)");
    const fetched = communeChunks().filter((c) => !before.has(c) && c !== 'head');
    // At most two name parts (and the head, if this page had not loaded it yet): never the index whole.
    expect(fetched.every((c) => /^n\d+$/.test(c)), fetched.join()).to.equal(true);
    expect(fetched.length, fetched.join()).to.be.within(1, 2);
    await expect(el).to.be.accessible();
  });

  it('names the largest communes on the offline map, more when zoomed in, hidden from assistive technology', async () => {
    const el = await finder();
    const map = shadow(el).querySelector('cap-finder-map') as LitElement;
    const labels = () => Array.from(map.shadowRoot!.querySelectorAll('.place-name')).map((t) => t.textContent!.trim());
    await waitFor(() => labels().length > 0, 'no place names', 10000);
    expect(labels()).to.include('Paris');
    expect(map.shadowRoot!.querySelector('.places')!.getAttribute('aria-hidden')).to.equal('true');
    // Their styles are adopted (a page's colour reaches them) and give a halo.
    el.style.setProperty('--cap-map-label', 'rgb(0, 0, 128)');
    const style = getComputedStyle(map.shadowRoot!.querySelector('.place-name')!);
    expect([style.fill, style.strokeWidth, style.paintOrder]).to.deep.equal(['rgb(0, 0, 128)', '3px', 'stroke']);
    const france = labels().length;
    // No two names overlap.
    const boxes = Array.from(map.shadowRoot!.querySelectorAll('.place-name')).map((t) => t.getBoundingClientRect());
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'overlapping names').to.equal(true);
      }
    }
    await expect(el).to.be.accessible();
    // Zoomed on Lyon: towns around it that the whole of France had no room for.
    await emulate({ reducedMotion: 'reduce' });
    (map as unknown as { focusOn: (lat: number, lon: number, zoom: number) => void }).focusOn(45.764, 4.8357, 10);
    await settle(map as never);
    // (Where reduced motion cannot be emulated, the map gets there at the end of its transition.)
    const suburbs = ['Villeurbanne', 'Vénissieux', 'Caluire-et-Cuire', 'Bron', 'Vaulx-en-Velin'];
    await waitFor(() => labels().includes('Lyon') && labels().some((n) => suburbs.includes(n)), 'names near Lyon', 10000);
    expect(labels()).not.to.include('Paris');
    await expect(el).to.be.accessible();
    expect(france).to.be.greaterThan(0);
  });

  itNarrowViewport('keeps the names inside a 320 px wide map', async () => {
    const el = await finder(320);
    const map = shadow(el).querySelector('cap-finder-map') as LitElement;
    const svg = () => map.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect();
    await waitFor(() => map.shadowRoot!.querySelectorAll('.place-name').length > 0, 'no place names', 10000);
    for (const t of map.shadowRoot!.querySelectorAll('.place-name')) {
      const box = t.getBoundingClientRect();
      expect(box.left, t.textContent!).to.be.at.least(svg().left - 1);
      expect(box.right, t.textContent!).to.be.at.most(svg().right + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
