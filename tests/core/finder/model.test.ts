import { expect } from '@open-wc/testing';
import { FinderModel, type FinderScheduler, type LoadOptions } from '../../../src/core/finder/model.js';
import { addToCells } from '../../../src/core/finder/map-cells.js';
import { OpeningStatuses, zonesToWarm, type HoursModule } from '../../../src/core/finder/opening-hours-statuses.js';
import { timeZoneOf } from '../../../src/core/geo/timezone.js';
import { nameKey } from '../../../src/core/structures/by-name.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { findStructures, NO_FILTERS, type Filters } from '../../../src/core/structures/search.js';
import * as reading from '../../../src/core/structures/reading.js';

/** A scheduler the test drives: idle callbacks wait in a queue until `drain`; slices pause every other time. */
function testScheduler() {
  const queue: (() => void)[] = [];
  let clock = 0;
  let pauses = 0;
  const scheduler: FinderScheduler = {
    idle: (callback) => void queue.push(callback),
    now: () => (clock += 1),
    slices: () => ({ pause: () => (++pauses % 2 === 0 ? Promise.resolve() : undefined) }),
    yieldTask: () => Promise.resolve(),
  };
  return {
    scheduler,
    queue,
    get pauses() {
      return pauses;
    },
    /** Run the idle callbacks, those they queue included. */
    drain(): number {
      let runs = 0;
      while (queue.length > 0) {
        queue.shift()!();
        runs++;
      }
      return runs;
    },
  };
}

function row(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `s${i}`, name: `Structure ${String((i * 37) % 1000).padStart(3, '0')}`, lat: 43 + (i % 70) / 10, lon: -1 + (i % 80) / 10, ...extra };
}

const options = (rows: unknown[], filters: Filters = NO_FILTERS): LoadOptions => ({
  inputs: [{ text: JSON.stringify({ structures: rows }), source: 'test.json' }],
  readers: () => Promise.resolve(reading),
  filters,
});

/** Ids as the data wrote them (the readers prefix them with their source). */
const ids = (structures: readonly Structure[]) => structures.map((s) => s.id.slice(s.id.indexOf(':') + 1));
const byName = (structures: readonly Structure[]) => [...structures].sort((a, b) => (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : 0));

describe('finder model', () => {
  it('reads a source, reports it, and lists every structure by name, the first page first', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler, 5);
    const loaded = await model.load(options([...Array.from({ length: 30 }, (_, i) => row(i)), { name: 'Sans position' }]));
    expect(loaded!.structures).to.have.length(30);
    expect(loaded!.reports).to.have.length(1);
    expect(loaded!.reports[0]!.source).to.equal('test.json');
    expect(loaded!.reports[0]!.shown).to.equal(30);
    expect(loaded!.reports[0]!.read).to.equal(31);
    expect(Object.values(loaded!.reports[0]!.skipped).reduce((a, b) => a! + b!, 0)).to.equal(1);
    const query = { filters: NO_FILTERS, radiusKm: 30, firstPageOnly: true };
    const first = model.results(query);
    expect(first.sorted).to.equal(false);
    expect(ids(first.items.slice(0, 5).map((i) => i.structure))).to.deep.equal(ids(byName(model.all).slice(0, 5)));
    expect(first.map.structures, 'every structure matches: the data itself').to.equal(model.all);
    expect(first.map.cells, 'a few structures: the map counts its own').to.equal(undefined);
    expect(model.results(query), 'nothing changed: the same results').to.equal(first);
  });

  it('sorts by name on idle moments, then gives the same query its full order', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler, 5);
    await model.load(options(Array.from({ length: 3000 }, (_, i) => row(i))));
    const query = { filters: NO_FILTERS, radiusKm: 30, firstPageOnly: true };
    expect(model.results(query).sorted).to.equal(false);
    let sorted = 0;
    model.sortWhenIdle(() => sorted++);
    model.sortWhenIdle(() => sorted++);
    expect(sorted, 'nothing before an idle moment').to.equal(0);
    expect(t.drain(), 'in several idle slices').to.be.greaterThan(2);
    expect(sorted, 'once').to.equal(1);
    const full = model.results(query);
    expect(full.sorted).to.equal(true);
    expect(ids(full.items.map((i) => i.structure))).to.deep.equal(ids(byName(model.all)));
    // Filtered, by name.
    const formation = model.results({ ...query, filters: { ...NO_FILTERS, types: ['dla'] } });
    expect(formation.items).to.have.length(0);
  });

  it('counts the map cells of a large source while reading, for the filters it was given', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler);
    const filters: Filters = { ...NO_FILTERS, themes: ['formation'] };
    const rows = Array.from({ length: 5000 }, (_, i) => row(i, { themes: i % 3 === 0 ? ['formation'] : ['outils'] }));
    await model.load(options(rows, filters));
    expect(t.pauses, 'in slices').to.be.greaterThan(0);
    const results = model.results({ filters, radiusKm: 30, firstPageOnly: true });
    const kept = model.all.filter((s) => s.themes.includes('formation'));
    expect(ids(results.map.structures)).to.deep.equal(ids(kept));
    const cells = results.map.cells!;
    expect(cells, 'counted ahead').to.be.an.instanceOf(Map);
    expect([...cells.values()]).to.deep.equal([...addToCells(new Map(), kept).values()]);
    // Other filters, or "ouvert maintenant": the map counts its own.
    expect(model.results({ filters: NO_FILTERS, radiusKm: 30, firstPageOnly: true }).map.cells).to.equal(undefined);
    expect(model.results({ filters: { ...filters, openNow: true }, radiusKm: 30, firstPageOnly: true }).map.cells).to.equal(undefined);
    // The same filters in another object (a page setting them again) still use them.
    expect(model.results({ filters: { ...filters, themes: ['formation'] }, radiusKm: 30, firstPageOnly: true }).map.cells).to.equal(cells);
  });

  it('lists the structures around a place nearest first, or the nearest when none is within the radius', async () => {
    const model = new FinderModel(testScheduler().scheduler);
    await model.load(options([
      { id: 'lyon', name: 'Lyon', lat: 45.764, lon: 4.8357 },
      { id: 'villeurbanne', name: 'Villeurbanne', lat: 45.7719, lon: 4.8902 },
      { id: 'lille', name: 'Lille', lat: 50.6292, lon: 3.0573 },
    ]));
    const near = model.results({ filters: NO_FILTERS, origin: { label: 'Lyon', lat: 45.76, lon: 4.84 }, radiusKm: 30, firstPageOnly: true });
    expect(ids(near.items.map((i) => i.structure))).to.deep.equal(['lyon', 'villeurbanne']);
    expect(near.items[0]!.distanceKm).to.be.below(1);
    expect(ids(near.map.structures)).to.deep.equal(['lyon', 'villeurbanne']);
    const far = model.results({ filters: NO_FILTERS, origin: { label: 'Brest', lat: 48.39, lon: -4.49 }, radiusKm: 30, firstPageOnly: true });
    expect(far.fallback).to.equal(true);
    expect(ids([far.items[0]!.structure])).to.deep.equal(['lille']);
  });

  it('lists around a place what the plain search lists, in its order, before and after the sort by name', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler, 5);
    const themes = ['formation', 'outils', 'strategie', 'financement'];
    // Many shapes, names shared by several rows, rows at the same place (ties), a theme outside the vocabulary.
    // Positions spread over mainland France (a fixed pseudo-random sequence); every tenth row at the previous one's place.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const positions: [number, number][] = [];
    for (let i = 0; i < 4000; i++) positions.push(i % 10 === 9 ? positions[i - 1]! : [42.3 + random() * 8.8, -4.6 + random() * 12.8]);
    const rows = Array.from({ length: 4000 }, (_, i) =>
      row(i, {
        // The row sharing a place comes later in the data but first by name.
        name: i % 10 === 9 ? `Accueil ${i}` : `Lieu ${i % 300}`,
        lat: positions[i]![0],
        lon: positions[i]![1],
        themes: [themes[i % 4], ...(i % 5 === 0 ? [themes[(i + 1) % 4]] : [])],
        ...(i % 3 === 0 ? { free: true } : {}),
        ...(i % 7 === 0 ? { types: ['dla'] } : {}),
        ...(i % 11 === 0 ? { phone: '01 23 45 67 89' } : {}),
      }),
    );
    const places = [
      { label: 'Lyon', lat: 45.76, lon: 4.84 },
      { label: 'Toulouse', lat: 43.6, lon: 1.44 },
      { label: 'Brest', lat: 48.39, lon: -4.49 },
      { label: 'Au milieu', lat: 46.5, lon: 2.5 },
    ];
    const filterSets: Filters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, themes: ['formation'] },
      { ...NO_FILTERS, themes: ['outils', 'financement'], free: true },
      { ...NO_FILTERS, types: ['dla'] },
      { ...NO_FILTERS, themes: ['pas-un-theme'] },
    ];
    const compare = () => {
      let lists = 0;
      for (const origin of places) {
        for (const filters of filterSets) {
          for (const radiusKm of [5, 30, 100]) {
            const query = { filters, origin, radiusKm, firstPageOnly: true };
            const got = model.results(query);
            const expected = findStructures(byName(model.all), query);
            expect(got.fallback, `${origin.label} ${radiusKm} km`).to.equal(expected.fallback);
            expect(got.items.map((i) => [i.structure.id, i.distanceKm]), `${origin.label} ${radiusKm} km ${JSON.stringify(filters)}`).to.deep.equal(
              expected.items.map((i) => [i.structure.id, i.distanceKm]),
            );
            if (got.items.length > 1 && !got.fallback) lists++;
          }
        }
      }
      return lists;
    };
    // The plain search, then the search near a place over the positions read with the map's cells while loading.
    await model.load(options(rows));
    expect(compare(), 'lists of several structures compared').to.be.greaterThan(20);
    await model.prepareNear();
    compare();
    model.sortWhenIdle(() => undefined);
    t.drain();
    compare();
    // A filter set before the load: the map's cells count some structures, the positions are read on idle moments.
    await model.load(options(rows, { ...NO_FILTERS, themes: ['formation'] }));
    compare();
    let ready = false;
    void model.prepareNear().then(() => (ready = true));
    for (let i = 0; i < 100 && !ready; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      t.drain();
    }
    expect(ready, 'positions read on idle moments').to.equal(true);
    compare();
  });

  it('lists a place one file gives twice until the merge after the first list, then once', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler, 5);
    const twice = [row(1, { name: 'Médiathèque', lat: 45.764, lon: 4.8357 }), row(2, { name: 'MEDIATHEQUE', lat: 45.7642, lon: 4.8358, email: 'a@exemple.org' })];
    const loaded = await model.load(options([...twice, ...Array.from({ length: 3000 }, (_, i) => row(i + 3))]));
    expect(loaded!.structures, 'the first list does not wait for the merge').to.have.length(3002);
    expect(model.mergePending).to.equal(true);
    model.results({ filters: NO_FILTERS, radiusKm: 30, firstPageOnly: true });
    expect(await model.mergeWithinFile(() => undefined)).to.equal(1);
    expect(model.mergePending).to.equal(false);
    expect(model.all).to.have.length(3001);
    expect(model.sources[0]!.structures).to.equal(model.all);
    const near = model.results({ filters: NO_FILTERS, origin: { label: 'Lyon', lat: 45.764, lon: 4.8357 }, radiusKm: 1, firstPageOnly: true });
    expect(ids(near.items.map((i) => i.structure))).to.deep.equal(['s1']);
    expect(near.items[0]!.structure.email, 'with what the duplicate had').to.equal('a@exemple.org');
    expect(await model.mergeWithinFile(() => undefined), 'once').to.equal(0);
  });

  it('merges several sources, says which could not be read, and takes the demo data without any', async () => {
    const model = new FinderModel(testScheduler().scheduler);
    const loaded = await model.load({
      inputs: [
        { text: JSON.stringify({ structures: [row(1)] }), source: 'a.json' },
        { text: JSON.stringify({ structures: [row(1), row(2)] }), source: 'b.json' },
        { text: 'not a file of structures', source: 'c.txt' },
      ],
      readers: () => Promise.resolve(reading),
      filters: NO_FILTERS,
    });
    expect(loaded!.duplicates).to.equal(1);
    expect(ids(loaded!.structures)).to.have.members(['s1', 's2']);
    expect(loaded!.unread.map((u) => [u.input.source, u.error])).to.deep.equal([['c.txt', 'unknown-format']]);
    const demo = [{ id: 'demo', name: 'Démo', lat: 45, lon: 4, types: [], themes: [], source: 'demo' }] as unknown as Structure[];
    const none = await model.load({ inputs: [], readers: () => Promise.reject(new Error('not needed')), demo: async () => demo, filters: NO_FILTERS });
    expect(none!.structures).to.equal(demo);
    expect(model.all).to.equal(demo);
  });

  it('hands back nothing for a load overtaken by another, and keeps the newer data', async () => {
    const model = new FinderModel(testScheduler().scheduler);
    const older = model.load(options([row(1)]));
    const newer = model.load(options([row(2), row(3)]));
    expect(await older).to.equal(undefined);
    expect(ids((await newer)!.structures)).to.deep.equal(['s2', 's3']);
    expect(ids(model.all)).to.deep.equal(['s2', 's3']);
    const cancelled = model.load(options([row(4)]));
    model.cancel();
    expect(await cancelled).to.equal(undefined);
    expect(ids(model.all)).to.deep.equal(['s2', 's3']);
  });

  it('cleans the detail fields of one source on idle moments, or at once when asked', async () => {
    const t = testScheduler();
    const model = new FinderModel(t.scheduler);
    await model.load(options(Array.from({ length: 50 }, (_, i) => row(i, { description: `Lieu ${i}` }))));
    expect(model.detailsPending).to.equal(true);
    expect(model.all[0]!.description).to.equal(undefined);
    model.cleanDetailsWhenIdle();
    t.drain();
    expect(model.detailsPending).to.equal(false);
    expect(model.all[49]!.description).to.equal('Lieu 49');
    await model.load(options([row(1, { description: 'Vite' })]));
    model.completeDetails();
    expect(model.all[0]!.description).to.equal('Vite');
  });
});

describe('opening statuses', () => {
  const fake = {
    openingStatus: (hours: string | undefined, zone: string) => ({ state: hours === 'open' ? 'open' : 'closed', text: { fr: zone, en: zone } }),
    weekTable: () => [],
  } as unknown as HoursModule;
  const at = (id: string, hours: string, postcode?: string) => ({ id, name: id, lat: 45, lon: 4, hours, ...(postcode ? { postcode } : {}) }) as unknown as Structure;

  it('computes a list’s statuses on idle moments, in the place’s time zone', () => {
    const t = testScheduler();
    const statuses = new OpeningStatuses(fake, t.scheduler);
    let filled = 0;
    const reunion = at('r', 'open', '97400');
    expect(statuses.cached(reunion, () => filled++)).to.equal(undefined);
    t.drain();
    expect(filled).to.equal(1);
    expect(statuses.cached(reunion, () => filled++)!.text.fr).to.equal('Indian/Reunion');
    expect(statuses.isOpen(reunion)).to.equal(true);
    expect(statuses.isOpen(at('p', 'closed', '75001'))).to.equal(false);
    statuses.clear();
    expect(statuses.cached(reunion, () => filled++)).to.equal(undefined);
  });

  it('warms up at most eight zones spread over the data', () => {
    const many = Array.from({ length: 5000 }, (_, i) => at(`s${i}`, 'open', i % 2 ? '97400' : '69001'));
    expect([...zonesToWarm(many)].sort()).to.deep.equal(['Europe/Paris', 'Indian/Reunion']);
    expect(timeZoneOf({ lat: 4.9, lon: -52.3 })).to.equal('America/Cayenne');
    expect(timeZoneOf({ lat: 45, lon: 4, postcode: '97200' })).to.equal('America/Martinique');
  });
});
