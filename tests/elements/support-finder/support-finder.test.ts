import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import { countCellsInSteps, type MapCells } from '../../../src/core/finder/map-cells.js';
import { runToEnd } from '../../../src/core/steps.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { button, click, deepActiveElement, emulate, itNarrowViewport, record, setViewport, settle, shadow, waitFor } from '../../helpers.js';

const SAMPLES = '/demo/data/samples/';

function structure(overrides: Partial<Structure> & { id: string; name: string; lat: number; lon: number }): Structure {
  return { types: ['maison-associations'], themes: ['outils'], source: 'test', ...overrides };
}

/** Three structures around Lyon, one in Lille, one in Réunion. */
const SMALL: Structure[] = [
  structure({ id: 'a', name: 'Maison des associations de Lyon', lat: 45.764, lon: 4.8357, city: 'Lyon', themes: ['outils', 'formation'], free: true, hours: 'Mo-Fr 09:00-18:00' }),
  structure({ id: 'b', name: 'DLA du Rhône', lat: 45.75, lon: 4.85, city: 'Lyon', types: ['dla'], themes: ['strategie', 'financement'], free: false }),
  structure({ id: 'c', name: 'Hub numérique de Villeurbanne', lat: 45.7719, lon: 4.8902, city: 'Villeurbanne', types: ['hub-numerique'], themes: ['donnees-rgpd'], hours: 'sur rendez-vous' }),
  structure({ id: 'd', name: 'Point d’appui de Lille', lat: 50.6292, lon: 3.0573, city: 'Lille', types: ['point-appui'], themes: ['communication'] }),
  structure({ id: 'e', name: 'France Services de Saint-Denis', lat: -20.8789, lon: 55.4481, city: 'Saint-Denis', postcode: '97400', types: ['france-services'], themes: ['outils'] }),
];

async function finder(template = html`<cap-support-finder .structures=${SMALL}></cap-support-finder>`): Promise<CapSupportFinder> {
  const el = await fixture<CapSupportFinder>(template);
  await waitFor(() => !shadow(el).querySelector('[aria-busy="true"]') && !!shadow(el).querySelector('.result-list, [role="alert"]'), 'finder never loaded', 10000);
  await settle(el);
  // The map's first render follows the finder's, in a task of its own.
  const map = shadow(el).querySelector('cap-finder-map') as LitElement | null;
  if (map) await settle(map);
  return el;
}

const names = (el: Element) => Array.from(shadow(el).querySelectorAll('.item-button')).map((b) => b.textContent!.trim());
const countText = (el: Element) => shadow(el).querySelector('.count')?.textContent?.trim() ?? '';
const live = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#place')!;
const mapOf = (el: Element) => shadow(el).querySelector('cap-finder-map')!;

async function searchFor(el: CapSupportFinder, query: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = query;
  field.dispatchEvent(new Event('input'));
  await settle(el);
  // An answer is a new announcement or a new message (the previous search left its own).
  const message = () => shadow(el).querySelector('.place-message')!.textContent!.trim();
  const before = `${live(el)}|${message()}`;
  shadow(el).querySelector<HTMLFormElement>('form.search')!.requestSubmit();
  await waitFor(() => `${live(el)}|${message()}` !== before && (live(el) !== '' || message() !== ''), `no answer to "${query}"`, 10000);
  await settle(el);
}

describe('<cap-support-finder>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulate({});
    await setViewport({ width: 800, height: 600 });
  });

  describe('data', () => {
    it('shows the bundled demo data, clearly labelled as fictitious', async () => {
      const el = await finder(html`<cap-support-finder></cap-support-finder>`);
      expect(shadow(el).querySelector('.demo-badge')!.textContent).to.contain('Données de démonstration');
      expect(names(el).length).to.equal(20);
      expect(shadow(el).textContent).to.contain('Indiquez votre commune');
      await expect(el).to.be.accessible();
    });

    it('reads and merges every sample format, counting skipped rows with their reasons', async () => {
      const files = ['cap-numerique.json', 'structures.geojson', 'lieux-mediation-numerique.csv', 'lieux-mediation-numerique.json', 'data-inclusion.json', 'plain-comma.csv', 'plain-semicolon-bom.csv'];
      const el = await finder(html`<cap-support-finder src=${files.map((f) => SAMPLES + f).join(' ')}></cap-support-finder>`);
      // The report for integrators comes after the first list.
      await waitFor(() => !!shadow(el).querySelector('.data-report'), 'no data report', 10000);
      const report = shadow(el).querySelector('.data-report')!;
      expect(report.querySelector('summary')!.textContent).to.match(/\d+ lignes lues, \d+ affichées, \d+ ignorées\)/);
      expect(report.textContent).to.match(/\d+ ignorées : .*\(\d+\)/);
      expect(report.querySelectorAll(':scope > ul > li').length).to.be.at.least(files.length);
      expect(el.structures.length).to.be.greaterThan(20);
      expect(new Set(el.structures.map((s) => s.source)).size).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });

    it('reads a file that arrives in small pieces as it reads the whole file', async () => {
      // JSON is parsed while it downloads; the pieces cut strings, escapes and accented letters.
      for (const file of ['cap-numerique.json', 'structures.geojson', 'data-inclusion.json', 'lieux-mediation-numerique.json', 'plain-semicolon-bom.csv']) {
        const whole = await finder(html`<cap-support-finder src=${SAMPLES + file}></cap-support-finder>`);
        // Positions are checked against the communes after the first list: compared once done.
        await waitFor(() => !!shadow(whole).querySelector('.data-report') && whole.loadReport?.placing === false, 'no data report', 10000);
        const expected = JSON.stringify(whole.structures);
        const report = shadow(whole).querySelector('.data-report')?.textContent;
        fixtureCleanup();
        const pieces = await finder(html`<cap-support-finder src=${`/__fixtures/trickle${SAMPLES}${file}?size=61`}></cap-support-finder>`);
        await waitFor(() => !!shadow(pieces).querySelector('.data-report') && pieces.loadReport?.placing === false, 'no data report', 10000);
        expect(pieces.structures.length, file).to.be.greaterThan(0);
        expect(JSON.stringify(pieces.structures), file).to.equal(expected);
        expect(shadow(pieces).querySelector('.data-report')?.textContent, file).to.equal(report);
        fixtureCleanup();
      }
    });

    it('reports invalid JSON that arrives in pieces as it reports the whole file', async () => {
      const el = await finder(html`<cap-support-finder src="/__fixtures/trickle/tests/fixtures/trailing-comma.json?size=7"></cap-support-finder>`);
      const alert = shadow(el).querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('aucun format reconnu');
      expect(alert).to.match(/JSON/);
      await expect(el).to.be.accessible();
    });

    it('keeps the valid rows when a source fails, and says which one', async () => {
      const errors = record(document, 'cap-error');
      const el = await finder(html`<cap-support-finder src=${`${SAMPLES}cap-numerique.json /__fixtures/status/500`}></cap-support-finder>`);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('a répondu 500');
      expect(names(el).length).to.be.greaterThan(0);
      expect(errors.length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    for (const [what, src, message] of [
      ['404', '/__fixtures/status/404', 'a répondu 404'],
      ['a time-out', '/__fixtures/hang', 'ne répond pas'],
      ['a file in no known format', '/tests/fixtures/not-json.txt', 'aucun format reconnu'],
    ] as const) {
      it(`says so on ${what}`, async () => {
        const el = await finder(html`<cap-support-finder src=${src} load-timeout="400"></cap-support-finder>`);
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(message);
        await expect(el).to.be.accessible();
      });
    }

    it('shows HTML as text and never links javascript: or data: URLs', async () => {
      (window as unknown as { __pwned: number }).__pwned = 0;
      const hostile = [
        structure({
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">Maison <script>window.__pwned=2</script>',
          lat: 45.76,
          lon: 4.83,
          description: '<b onmouseover="window.__pwned=3">gras</b>',
          website: 'javascript:window.__pwned=4',
          appointmentUrl: 'data:text/html,<script>window.__pwned=5</script>',
          email: 'x@y.fr"><script>',
        }),
      ];
      const el = await finder(html`<cap-support-finder .structures=${hostile}></cap-support-finder>`);
      expect(names(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">Maison <script>window.__pwned=2</script>');
      shadow(el).querySelector<HTMLButtonElement>('.item-button')!.click();
      await settle(el);
      const detail = shadow(el).querySelector('[part="detail"]')!;
      expect(detail.querySelector('img, script, b')).to.equal(null);
      expect(Array.from(detail.querySelectorAll('a')).map((a) => a.getAttribute('href')).filter((h) => /^(javascript|data):/i.test(h ?? ''))).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned: number }).__pwned).to.equal(0);
    });
  });

  describe('finding a place', () => {
    it('finds a town by name and lists the structures nearest first, with their distance', async () => {
      const el = await finder();
      const searches = record<{ query: string; count: number }>(el, 'cap-finder-search');
      await searchFor(el, 'Lyon');
      expect(names(el).sort()).to.deep.equal(['DLA du Rhône', 'Hub numérique de Villeurbanne', 'Maison des associations de Lyon']);
      const distances = Array.from(shadow(el).querySelectorAll('.distance')).map((d) => d.textContent!.trim());
      const km = distances.map((d) => (/km$/.test(d) ? 1 : 0.001) * Number.parseFloat(d.replace(',', '.')));
      expect(km.every((d) => Number.isFinite(d))).to.equal(true);
      expect([...km].sort((a, b) => a - b)).to.deep.equal(km);
      expect(countText(el)).to.equal('3 structures à moins de 30 km de Lyon (69).');
      await waitFor(() => live(el) === countText(el), `live region: ${live(el)}`);
      expect(searches.at(-1)!.detail).to.deep.equal({ query: 'Lyon (69)', count: 3 });
      await expect(el).to.be.accessible();
    });

    it('suggests towns as you type, homonyms told apart, chosen with the keyboard', async () => {
      const el = await finder();
      input(el).focus();
      await sendKeys({ type: 'st denis' });
      await waitFor(() => shadow(el).querySelectorAll('[role="option"]').length > 1, 'no suggestions');
      const options = Array.from(shadow(el).querySelectorAll('[role="option"]')).map((o) => o.textContent!.trim());
      expect(options).to.include('Saint-Denis (93)');
      expect(options).to.include('Saint-Denis (974)');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      const index = options.indexOf('Saint-Denis (974)');
      for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(`suggestion-${index}`);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => names(el).length > 0 && live(el).includes('Saint-Denis'), 'not chosen');
      expect(names(el)[0]).to.equal('France Services de Saint-Denis');
    });

    it('offers a choice when a postcode has several towns, and finds one by INSEE code', async () => {
      const el = await finder();
      await searchFor(el, '97400');
      expect(live(el) + shadow(el).querySelector('.place-message')!.textContent).to.match(/Saint-Denis/);
      await searchFor(el, '69123');
      expect(countText(el)).to.contain('Lyon');
    });

    it('says when no town matches', async () => {
      const el = await finder();
      await searchFor(el, 'Zzyzzx');
      expect(shadow(el).querySelector('.place-message')!.textContent).to.contain('Aucune commune ne correspond à « Zzyzzx »');
    });

    it('starts from near="lat,lon" and falls back to the nearest when nothing is within the radius', async () => {
      const el = await finder(html`<cap-support-finder near="47.0,2.0" radius="5" .structures=${SMALL}></cap-support-finder>`);
      await waitFor(() => countText(el).includes('voici les plus proches'), 'no fallback');
      expect(countText(el)).to.equal('Aucune structure à moins de 5 km — voici les plus proches.');
      expect(names(el).length).to.equal(5);
      // The map zooms out from the place to the nearest ones (the three around Lyon, 250 km away).
      const map = mapOf(el) as LitElement;
      const inFrame = () => {
        const { width, height } = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        return Array.from(map.shadowRoot!.querySelectorAll<SVGGElement>('.marker, .cluster'))
          .filter((g) => {
            const [x, y] = g.getAttribute('transform')!.match(/translate\(([-\d.e]+),([-\d.e]+)\)/)!.slice(1).map(Number) as [number, number];
            return x >= 0 && x <= width && y >= 0 && y <= height;
          })
          .reduce((sum, g) => sum + (g.classList.contains('cluster') ? Number(g.textContent) : 1), 0);
      };
      await waitFor(() => inFrame() >= 3, 'the nearest structures are not on the map');
    });

    it('uses an online geocoder only when asked, through a URL template', async () => {
      const el = await finder(html`<cap-support-finder geocoder="/__fixtures/geoplateforme/search?q={query}" .structures=${SMALL}></cap-support-finder>`);
      await searchFor(el, 'Lyon');
      expect(names(el)[0]).to.equal('Maison des associations de Lyon');
      await searchFor(el, 'Nullepart');
      expect(shadow(el).querySelector('.place-message')!.textContent).to.contain('Aucune commune');
    });

    it('asks for the position only on "Autour de moi", and explains a refusal or a time-out', async () => {
      const calls: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
      let behaviour: 'deny' | 'timeout' | 'ok' = 'deny';
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
            calls.push(behaviour);
            if (behaviour === 'ok') ok({ coords: { latitude: 45.76, longitude: 4.84 } } as GeolocationPosition);
            else fail({ code: behaviour === 'deny' ? 1 : 3, message: '' } as GeolocationPositionError);
          },
        },
      });
      try {
        const el = await finder();
        expect(calls).to.deep.equal([]);
        button(el, 'Autour de moi').click();
        await settle(el);
        expect(shadow(el).querySelector('.place-message')!.textContent).to.contain('Vous n’avez pas autorisé');
        behaviour = 'timeout';
        button(el, 'Autour de moi').click();
        await settle(el);
        expect(shadow(el).querySelector('.place-message')!.textContent).to.contain('pas pu être trouvée à temps');
        behaviour = 'ok';
        button(el, 'Autour de moi').click();
        await waitFor(() => countText(el).includes('votre position'), 'position not used');
        expect(names(el)[0]).to.equal('Maison des associations de Lyon');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).geolocation;
        if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });
  });

  describe('order by name', () => {
    it('shows the next page in order by name when "show more" comes before the idle sort has ended', async () => {
      // Idle callbacks queued here and run by the test: the sort by name is caught half-way.
      const realIdle = window.requestIdleCallback;
      const queue: (() => void)[] = [];
      window.requestIdleCallback = ((callback: IdleRequestCallback) => {
        queue.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
        return queue.length;
      }) as typeof window.requestIdleCallback;
      try {
        const many = Array.from({ length: 600 }, (_, i) =>
          structure({ id: `n${i}`, name: `${i % 2 ? 'é' : 'E'}space ${String((i * 389) % 600).padStart(3, '0')}`, lat: 45 + i / 1000, lon: 4 }),
        );
        const el = await finder(html`<cap-support-finder .structures=${many}></cap-support-finder>`);
        const sortWaiting = () => (el as unknown as { model: { sortSteps?: unknown } }).model.sortSteps !== undefined;
        for (let i = 0; i < 100 && !sortWaiting(); i++) {
          await new Promise((r) => requestAnimationFrame(r));
          queue.splice(0).forEach((run) => run());
        }
        expect(sortWaiting(), 'the sort by name is waiting for an idle moment').to.equal(true);
        expect(names(el)).to.have.length(20);
        await click(el, /^Afficher 20 structures de plus$/);
        const expected = [...many]
          .sort((a, b) => a.name.slice(-3).localeCompare(b.name.slice(-3)))
          .slice(0, 40)
          .map((s) => s.name);
        expect(names(el)).to.deep.equal(expected);
        queue.splice(0).forEach((run) => run());
        await settle(el);
        expect(names(el)).to.deep.equal(expected);
        await expect(el).to.be.accessible();
      } finally {
        window.requestIdleCallback = realIdle;
      }
    });
  });

  describe('filters', () => {
    it('filters by theme, type and price, announcing the count each time', async () => {
      const el = await finder(html`<cap-support-finder near="Lyon" .structures=${SMALL}></cap-support-finder>`);
      await waitFor(() => names(el).length === 3, 'no search');
      const details = shadow(el).querySelector<HTMLDetailsElement>('[part="filters"]')!;
      details.open = true;
      await settle(el);
      await expect(el).to.be.accessible();
      const check = (label: string) => {
        const found = Array.from(shadow(el).querySelectorAll('label.check')).find((l) => l.textContent!.trim() === label)!;
        found.querySelector('input')!.click();
      };
      check('Données / RGPD');
      await waitFor(() => names(el).length === 1, 'theme filter');
      expect(names(el)).to.deep.equal(['Hub numérique de Villeurbanne']);
      // The announcement follows the list (it may land a frame later on a busy machine).
      await waitFor(() => live(el).includes('1 structure à moins'), `live region: ${live(el)}`);
      const mapLabel = () => mapOf(el).shadowRoot!.querySelector('.map-frame')!.getAttribute('aria-label');
      await waitFor(() => mapLabel() === 'Carte : 1 structure', `map label: ${mapLabel()}`);
      check('Données / RGPD');
      check('Gratuit');
      await waitFor(() => names(el).length === 1, 'free filter');
      expect(names(el)).to.deep.equal(['Maison des associations de Lyon']);
      button(el, 'Effacer les filtres').click();
      await waitFor(() => names(el).length === 3, 'reset');
      expect(el.filters).to.deep.equal({ themes: [], types: [], openNow: false, free: false });
    });

    it('pre-filters with the themes attribute', async () => {
      const el = await finder(html`<cap-support-finder themes="strategie,financement" .structures=${SMALL}></cap-support-finder>`);
      expect(names(el)).to.deep.equal(['DLA du Rhône']);
      expect(el.filters.themes).to.deep.equal(['strategie', 'financement']);
    });

    it('pre-filters with the themes of its page address (a « Par qui commencer » link), unless it has the attribute', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?themes=donnees-rgpd,inconnu`);
      try {
        const el = await finder(html`<cap-support-finder .structures=${SMALL}></cap-support-finder>`);
        expect(names(el)).to.deep.equal(['Hub numérique de Villeurbanne']);
        expect(el.filters.themes).to.deep.equal(['donnees-rgpd']);
        await expect(el).to.be.accessible();
        const own = await finder(html`<cap-support-finder themes="communication" .structures=${SMALL}></cap-support-finder>`);
        expect(own.filters.themes).to.deep.equal(['communication']);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('keeps only the structures open now with "Ouvert maintenant"', async () => {
      const always = [
        structure({ id: 'o', name: 'Toujours ouvert', lat: 45.76, lon: 4.83, hours: '24/7' }),
        structure({ id: 'c', name: 'Jamais ouvert', lat: 45.76, lon: 4.84, hours: 'off' }),
        structure({ id: 'r', name: 'Sur rendez-vous', lat: 45.76, lon: 4.85, hours: 'sur rendez-vous' }),
      ];
      const el = await finder(html`<cap-support-finder .structures=${always}></cap-support-finder>`);
      el.filters = { openNow: true };
      await waitFor(() => names(el).length === 1, 'open-now filter');
      expect(names(el)).to.deep.equal(['Toujours ouvert']);
    });

    it('shows open status, and says "sur rendez-vous" rather than "fermé"', async () => {
      const el = await finder(html`<cap-support-finder near="Lyon" .structures=${SMALL}></cap-support-finder>`);
      // Until the opening-hours chunk arrives, the status line is held blank (hidden from screen readers).
      await waitFor(() => shadow(el).querySelectorAll('.item-status:not([aria-hidden])').length === 2, 'no hours shown');
      expect(shadow(el).querySelectorAll('.item-status[aria-hidden]')).to.have.length(0);
      const statuses = Array.from(shadow(el).querySelectorAll('.item-status')).map((s) => s.textContent!.trim());
      expect(statuses[1]).to.equal('Sur rendez-vous');
      expect(['Ouvert', 'Fermé'].some((s) => statuses[0]!.startsWith(s))).to.equal(true);
    });
  });

  describe('detail', () => {
    it('opens a structure with everything known, and returns to it in the list', async () => {
      const full = [
        structure({
          id: 'f',
          name: 'Maison des associations de Lyon',
          lat: 45.764,
          lon: 4.8357,
          address: '28 rue Denfert-Rochereau',
          postcode: '69004',
          city: 'Lyon',
          description: 'Accueil et conseil des associations.',
          phone: '+33 4 72 00 00 00',
          email: 'contact@exemple.org',
          website: 'https://exemple.org/mda',
          hours: 'Mo-Fr 09:00-12:00,14:00-18:00',
          accessibility: 'https://acceslibre.beta.gouv.fr/exemple',
          source: 'Réseau test',
          updatedAt: '2026-03-01',
          free: true,
        }),
      ];
      const el = await finder(html`<cap-support-finder .structures=${full}></cap-support-finder>`);
      const selects = record<{ structure: Structure }>(el, 'cap-finder-select');
      shadow(el).querySelector<HTMLButtonElement>('.item-button')!.click();
      await settle(el);
      expect(selects[0]!.detail.structure.name).to.equal('Maison des associations de Lyon');
      const detail = shadow(el).querySelector('[part="detail"]')!;
      expect(deepActiveElement()).to.equal(detail.querySelector('h2'));
      const hrefs = Array.from(detail.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:+33472000000');
      expect(hrefs).to.include('mailto:contact@exemple.org');
      expect(hrefs).to.include('https://exemple.org/mda');
      expect(hrefs.some((h) => h!.startsWith('https://www.openstreetmap.org/directions?to=45.76400%2C4.83570'))).to.equal(true);
      expect(detail.textContent).to.contain('Réseau test, mise à jour le 1 mars 2026');
      await waitFor(() => !!detail.querySelector('table.week'), 'no week table');
      expect(detail.querySelectorAll('table.week tbody tr').length).to.equal(7);
      await expect(el).to.be.accessible();
      button(el, /Retour à la liste/).click();
      await settle(el);
      expect(deepActiveElement()).to.equal(shadow(el).querySelector('.item-button'));
    });
    it('has every detail the moment it is asked for, even before they are read in the background', async () => {
      const many = Array.from({ length: 6000 }, (_, i) =>
        structure({ id: `m${i}`, name: `Lieu ${i}`, lat: 45 + (i % 100) / 100, lon: 4 + i / 6000, description: `Description ${i}`, email: `lieu${i}@exemple.org` }),
      );
      const el = document.createElement('cap-support-finder') as CapSupportFinder;
      el.structures = many;
      document.body.append(el);
      try {
        // Read as soon as the list shows: the background slices have not finished yet.
        await waitFor(() => !!el.shadowRoot?.querySelector('.result-list .item-button'), 'no list', 10000);
        const all = el.structures;
        expect(all.length).to.equal(6000);
        expect(all.every((s) => s.description === `Description ${s.id.split(':m')[1]}` && s.email)).to.equal(true);
      } finally {
        el.remove();
      }
    });
  });

  describe('map', () => {
    it('draws the offline outline with its attribution and no third-party tile', async () => {
      const el = await finder();
      const map = mapOf(el);
      await settle(map as never);
      expect(map.shadowRoot!.querySelector('.outline')!.getAttribute('d')!.length).to.be.greaterThan(100);
      expect(map.shadowRoot!.querySelector('image')).to.equal(null);
      expect(map.shadowRoot!.querySelector('[part="attribution"]')!.textContent).to.contain('Natural Earth');
    });

    it('draws the search radius around the place, to the scale of the listed distances, and none for the fallback', async () => {
      // One structure 15–16 km north of the place: alone on the map at the search's zoom.
      const north = [structure({ id: 'n', name: 'Maison des associations du Nord', lat: 45.9, lon: 4.84 })];
      const el = await finder(html`<cap-support-finder near="45.76,4.84" radius="50" .structures=${north}></cap-support-finder>`);
      const map = mapOf(el) as LitElement;
      await waitFor(() => !!map.shadowRoot!.querySelector('.radius') && !!map.shadowRoot!.querySelector('.marker'), 'no radius circle');
      await settle(map);
      const circle = map.shadowRoot!.querySelector('.radius')!;
      const at = (t: string) => t.match(/translate\(([-\d.e]+),([-\d.e]+)\)/)!.slice(1).map(Number) as [number, number];
      const [ox, oy] = at(map.shadowRoot!.querySelector('.origin')!.getAttribute('transform')!);
      const [mx, my] = at(map.shadowRoot!.querySelector('.marker')!.getAttribute('transform')!);
      expect(Number(circle.getAttribute('cx'))).to.be.closeTo(ox, 0.01);
      expect(Number(circle.getAttribute('cy'))).to.be.closeTo(oy, 0.01);
      const km = Number.parseFloat(shadow(el).querySelector('.distance')!.textContent!.replace(',', '.'));
      expect(km).to.be.within(15, 16.5);
      // On the map, the marker is km/50 of the radius from the place (the list rounds to the
      // kilometre: ± 0.5 km is ± 0.01; without the latitude's cos φ, the ratio would be 0.22).
      expect(Math.hypot(mx - ox, my - oy) / Number(circle.getAttribute('r'))).to.be.closeTo(km / 50, 0.015);
      expect(circle.getAttribute('aria-hidden')).to.equal('true');
      // The view fits the whole circle (at zoom 9, the search's zoom before, it did not).
      const frame = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const r = Number(circle.getAttribute('r'));
      expect(ox - r >= 0 && oy - r >= 0 && ox + r <= frame.width && oy + r <= frame.height, 'the circle is in view').to.equal(true);
      expect(2 * r, 'and fills it').to.be.greaterThan(Math.min(frame.width, frame.height) * 0.6);
      await expect(el).to.be.accessible();

      el.setAttribute('radius', '5');
      await waitFor(() => countText(el).includes('voici les plus proches'), 'no fallback');
      await settle(map);
      expect(map.shadowRoot!.querySelectorAll('.radius').length, 'the fallback lists structures beyond the radius: no circle').to.equal(0);
    });

    it('uses Plan IGN tiles with tiles="ign", credited while they are shown', async () => {
      // Every state of the map from its first render on, before any tile answers: offline, the
      // tiles fail and the map falls back to the outline, credit included.
      const states: { href: string | null; credit: string }[] = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, init);
        const note = () => states.push({ href: root.querySelector('image')?.getAttribute('href') ?? null, credit: root.querySelector('[part="attribution"]')?.textContent ?? '' });
        if (this.localName === 'cap-finder-map') new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
        return root;
      };
      try {
        await finder(html`<cap-support-finder tiles="ign" .structures=${SMALL}></cap-support-finder>`);
      } finally {
        Element.prototype.attachShadow = attach;
      }
      await waitFor(() => states.some((s) => s.href), 'no tiles');
      expect(states.find((s) => s.href)!.href).to.match(/^https:\/\/data\.geopf\.fr\/wmts\?.*PLANIGNV2/);
      // The IGN credit only while IGN tiles are in the map (until one loads, the offline base map shows and is credited).
      for (const { href, credit } of states.filter((s) => s.credit)) {
        if (!href) expect(credit).to.contain('Natural Earth').and.not.contain('IGN');
        if (credit.includes('IGN')) expect(href).to.not.equal(null);
      }
    });

    it('names markers and clusters, zooms into a cluster, and selects from the map', async () => {
      const el = await finder();
      const map = mapOf(el);
      await settle(map as never);
      const cluster = map.shadowRoot!.querySelector('.cluster')!;
      expect(cluster.getAttribute('role')).to.equal('button');
      expect(cluster.getAttribute('aria-label')).to.match(/^3 structures — zoomer$/);
      // Zoom into the Lyon cluster (and any sub-cluster) until its three structures show.
      for (let i = 0; i < 6 && map.shadowRoot!.querySelectorAll('.marker').length < 3; i++) {
        map.shadowRoot!.querySelector('.cluster')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await settle(map as never);
        expect(map.shadowRoot!.activeElement).to.equal(map.shadowRoot!.querySelector('.map-frame'));
      }
      expect(map.shadowRoot!.querySelectorAll('.marker').length).to.equal(3);
      const marker = Array.from(map.shadowRoot!.querySelectorAll('.marker')).find((m) => m.getAttribute('aria-label') === 'DLA du Rhône')!;
      marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await settle(el);
      expect(shadow(el).querySelector('[part="detail"] h2')!.textContent).to.equal('DLA du Rhône');
      await settle(map as never);
      expect(map.shadowRoot!.querySelector('.marker.selected')!.getAttribute('aria-label')).to.equal('DLA du Rhône');
    });

    it('draws the same clusters from cells counted ahead, in slices, as from its own count', async () => {
      // 5,000 structures over mainland France, some at the same places, a few outside France.
      const many: Structure[] = Array.from({ length: 5000 }, (_, i) =>
        structure({
          id: `m${i}`,
          name: `Structure ${i}`,
          lat: 43 + ((i * 7919) % 700) / 100,
          lon: -1 + ((i * 104729) % 800) / 100,
          ...(i % 997 === 0 ? { positionWarning: 'outside-france' as const } : {}),
        }),
      );
      // Counted in steps, as the finder's model does while it reads the data.
      const steps = countCellsInSteps(many);
      let taken = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) taken++;
      expect(taken, 'counted in steps').to.be.greaterThan(1);
      const cells = next.value;
      const drawn = async (structures: readonly Structure[], given?: MapCells) => {
        const map = await fixture<LitElement>(
          html`<div style="width: 600px; height: 400px"><cap-finder-map .structures=${structures} .cells=${given}></cap-finder-map></div>`,
        );
        const el = map.querySelector('cap-finder-map') as LitElement;
        await waitFor(() => !!el.shadowRoot?.querySelector('.cluster'), 'no clusters');
        await settle(el);
        return Array.from(el.shadowRoot!.querySelectorAll('.cluster, .marker')).map((m) => `${m.getAttribute('aria-label')} ${m.getAttribute('transform')}`);
      };
      const prepared = await drawn(many, cells);
      const own = await drawn(many);
      expect(prepared.length).to.be.greaterThan(3);
      expect(prepared).to.deep.equal(own);
      const total = prepared.reduce((sum, label) => sum + Number(/^(\d+) structures/.exec(label)?.[1] ?? 1), 0);
      expect(total, 'every structure in France is counted once').to.equal(many.filter((s) => !s.positionWarning).length);
      // The cells given are the ones drawn (one of them weighted more here): the map does not count its own.
      const marked = runToEnd(countCellsInSteps(many));
      const cell = [...marked.values()][0]!;
      const extra = 4000 - cell.properties.count!;
      cell.properties.count = 4000;
      const weighted = (await drawn(many, marked)).reduce((sum, label) => sum + Number(/^(\d+) structures/.exec(label)?.[1] ?? 1), 0);
      expect(weighted).to.equal(total + extra);
    });

    it('counts structures a few metres apart as one cluster of France view, and opens it', async () => {
      const twins = [
        structure({ id: 't1', name: 'Maison des associations de Brest', lat: 48.3904, lon: -4.4861 }),
        structure({ id: 't2', name: 'Point d’appui de Brest', lat: 48.3905, lon: -4.486 }),
        structure({ id: 't3', name: 'Hub numérique de Nice', lat: 43.7102, lon: 7.262 }),
      ];
      const el = await finder(html`<cap-support-finder .structures=${twins}></cap-support-finder>`);
      const map = mapOf(el);
      await settle(map as never);
      const labels = () => Array.from(map.shadowRoot!.querySelectorAll('.cluster, .marker')).map((m) => m.getAttribute('aria-label'));
      expect(labels()).to.have.members(['2 structures — zoomer', 'Hub numérique de Nice']);
      for (let i = 0; i < 8 && map.shadowRoot!.querySelectorAll('.marker').length < 2; i++) {
        map.shadowRoot!.querySelector('.cluster')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await settle(map as never);
      }
      expect(labels()).to.include.members(['Maison des associations de Brest', 'Point d’appui de Brest']);
      await expect(el).to.be.accessible();
    });

    it('paints the filtered list a frame before the map re-clusters', async () => {
      const places = [
        structure({ id: 'b1', name: 'Maison des associations de Brest', lat: 48.3904, lon: -4.4861, themes: ['outils'] }),
        structure({ id: 'n1', name: 'Hub numérique de Nice', lat: 43.7102, lon: 7.262, themes: ['donnees-rgpd'] }),
      ];
      const el = await finder(html`<cap-support-finder .structures=${places}></cap-support-finder>`);
      const map = mapOf(el) as LitElement;
      const labels = () => Array.from(map.shadowRoot!.querySelectorAll('.cluster, .marker')).map((m) => m.getAttribute('aria-label'));
      await waitFor(() => labels().length === 2, 'the map never drew its markers');
      expect(labels()).to.have.members(['Maison des associations de Brest', 'Hub numérique de Nice']);
      shadow(el).querySelector<HTMLDetailsElement>('[part="filters"]')!.open = true;
      await settle(el);
      const box = Array.from(shadow(el).querySelectorAll('label.check')).find((l) => l.textContent!.trim() === 'Données / RGPD')!;
      box.querySelector('input')!.click();
      await el.updateComplete;
      await map.updateComplete;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      // The frame that paints the list: the map still shows what it showed.
      await frame();
      expect(names(el)).to.deep.equal(['Hub numérique de Nice']);
      expect(labels()).to.have.members(['Maison des associations de Brest', 'Hub numérique de Nice']);
      // The next one: the map shows what the list shows.
      await frame();
      await map.updateComplete;
      expect(labels()).to.deep.equal(['Hub numérique de Nice']);
      await expect(el).to.be.accessible();
    });

    it('highlights on the map, out of its cluster, the structure selected in the list', async () => {
      await emulate({ reducedMotion: 'reduce' });
      const el = await finder();
      const map = mapOf(el);
      await settle(map as never);
      const item = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.item-button')).find((b) => b.textContent!.trim() === 'DLA du Rhône')!;
      item.click();
      await settle(el);
      await waitFor(() => !!map.shadowRoot!.querySelector('.marker.selected'), 'not highlighted on the map');
      expect(map.shadowRoot!.querySelector('.marker.selected')!.getAttribute('aria-label')).to.equal('DLA du Rhône');
      expect(map.shadowRoot!.querySelector('.marker.selected')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('shows the structure selected in the list even before the map has measured itself', async () => {
      await emulate({ reducedMotion: 'reduce' });
      const el = document.createElement('cap-support-finder');
      el.structures = SMALL;
      document.body.append(el);
      try {
        // Selected in the task of the first render, before the map's first size measurement.
        await el.updateComplete;
        Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.item-button')).find((b) => b.textContent!.trim() === 'DLA du Rhône')!.click();
        const map = mapOf(el);
        await settle(el);
        await settle(map as never);
        await waitFor(() => !!map.shadowRoot!.querySelector('.marker.selected'), 'not shown on the map');
        expect(map.shadowRoot!.querySelector('.marker.selected')!.getAttribute('aria-label')).to.equal('DLA du Rhône');
      } finally {
        el.remove();
      }
    });

    it('pans with the arrows and zooms with + and -, from the focused map', async () => {
      const el = await finder();
      const map = mapOf(el);
      const frame = map.shadowRoot!.querySelector<HTMLElement>('.map-frame')!;
      frame.focus();
      const outline = () => map.shadowRoot!.querySelector('.outline')!.getAttribute('transform');
      const before = outline();
      await sendKeys({ press: 'ArrowRight' });
      await settle(map as never);
      expect(outline()).to.not.equal(before);
      const scale = () => Number(/scale\(([\d.e+-]+)\)/.exec(outline()!)![1]);
      const k = scale();
      await sendKeys({ press: '+' });
      await settle(map as never);
      expect(scale()).to.be.greaterThan(k);
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      await settle(map as never);
      expect(scale()).to.be.lessThan(k);
      expect(map.shadowRoot!.getElementById('map-help')!.textContent).to.contain('flèches');
      await expect(el).to.be.accessible();
    });

    it('pans with a mouse drag or a finger, and zooms with the wheel', async () => {
      // A touch screen, as d3-zoom tells one (it listens to touches only there).
      const touchPoints = Object.getOwnPropertyDescriptor(Navigator.prototype, 'maxTouchPoints')!;
      Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { configurable: true, get: () => 5 });
      let el: CapSupportFinder;
      try {
        el = await finder();
      } finally {
        Object.defineProperty(Navigator.prototype, 'maxTouchPoints', touchPoints);
      }
      const map = mapOf(el);
      const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
      const outline = () => map.shadowRoot!.querySelector('.outline')!.getAttribute('transform')!;
      const translate = (): [number, number] => {
        const [, tx, ty] = /translate\(([\d.e+-]+),\s*([\d.e+-]+)\)/.exec(outline())!;
        return [Number(tx), Number(ty)];
      };
      const scale = () => Number(/scale\(([\d.e+-]+)\)/.exec(outline())![1]);
      svg.scrollIntoView({ block: 'center' });
      await waitFor(() => outline() !== 'translate(0,0) scale(1)', 'the map never fitted France', 5000);
      const box = svg.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);

      // A real mouse drag, 60 px to the right and 30 px down.
      const [x0, y0] = translate();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 30, y + 15] });
      await sendMouse({ type: 'move', position: [x + 60, y + 30] });
      await sendMouse({ type: 'up' });
      await settle(map as never);
      const [x1, y1] = translate();
      expect(x1 - x0).to.be.closeTo(60, 1);
      expect(y1 - y0).to.be.closeTo(30, 1);

      // The wheel, towards the user: zooms in.
      const k = scale();
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      await settle(map as never);
      expect(scale()).to.be.greaterThan(k);

      // One finger, 40 px to the left, where touches can be made: desktop Firefox has no Touch
      // constructor and WebKitGTK's throws "Illegal constructor", so this part runs in Chromium.
      const canTouch = (() => {
        try {
          return !!new Touch({ identifier: 0, target: svg });
        } catch {
          return false;
        }
      })();
      if (canTouch) {
        const [x2] = translate();
        const touch = (clientX: number) => new Touch({ identifier: 1, target: svg, clientX, clientY: y });
        const fire = (type: string, clientX: number) => {
          const t = touch(clientX);
          svg.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : [t], changedTouches: [t], bubbles: true, cancelable: true }));
        };
        fire('touchstart', x);
        fire('touchmove', x - 20);
        fire('touchmove', x - 40);
        fire('touchend', x - 40);
        await settle(map as never);
        expect(translate()[0] - x2).to.be.closeTo(-40, 1);
      }
      await expect(el).to.be.accessible();
    });

    it('reaches each overseas department in one action', async () => {
      const el = await finder();
      await emulate({ reducedMotion: 'reduce' });
      const map = mapOf(el);
      const area = Array.from(map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.area-button')).find((b) => b.textContent!.trim() === 'La Réunion')!;
      area.click();
      await settle(map as never);
      const markers = () => Array.from(map.shadowRoot!.querySelectorAll('.marker')).map((m) => m.getAttribute('aria-label'));
      // Without reduced motion (engines that cannot emulate it) the map gets there at the end of its transition.
      await waitFor(() => markers().join() === 'France Services de Saint-Denis', `markers: ${markers().join(', ')}`);
      expect(markers()).to.deep.equal(['France Services de Saint-Denis']);
    });
  });

  describe('privacy and layout', () => {
    it('sends no request outside the page origin with the defaults', async () => {
      performance.clearResourceTimings();
      const el = await finder(html`<cap-support-finder></cap-support-finder>`);
      await searchFor(el, 'Lille');
      const foreign = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    });

    itNarrowViewport('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await finder(html`<cap-support-finder near="Lyon" .structures=${SMALL}></cap-support-finder>`);
      await waitFor(() => names(el).length === 3, 'no results');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });
});
