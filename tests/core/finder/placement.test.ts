import { expect } from '@open-wc/testing';
import { FinderModel, type FinderScheduler, type Readers, type SourceReport } from '../../../src/core/finder/model.js';
import { FAR_KM, farKm, placedReports, placeSources, type CommuneRef } from '../../../src/core/finder/placement.js';
import type { Commune } from '../../../src/core/geo/communes.js';
import type { ReadResult, Structure } from '../../../src/core/structures/model.js';
import { NO_FILTERS } from '../../../src/core/structures/search.js';
import * as reading from '../../../src/core/structures/reading.js';
import { locateCommunes } from '../../../src/data/communes.js';

const scheduler: FinderScheduler = {
  idle: (callback) => void callback(),
  now: () => 0,
  slices: () => ({ pause: () => undefined }),
  yieldTask: () => Promise.resolve(),
};

const commune = (name: string, insee: string, postcodes: string[], lat: number, lon: number, approximate = false): Commune => ({
  name,
  insee,
  postcodes,
  department: insee.slice(0, insee.startsWith('97') ? 3 : 2),
  lat,
  lon,
  approximate,
  population: 1000,
});

const COMMUNES = [
  commune('Lyon', '69123', ['69001', '69003'], 45.758, 4.835),
  commune('Albigny-sur-Saône', '69003', ['69250'], 45.866, 4.833),
  commune('Saint-Denis', '93066', ['93200'], 48.936, 2.357),
  commune('Fontaine', '38169', ['38600'], 45.193, 5.686),
  commune('Fontaine-lès-Dijon', '21278', ['21121'], 47.343, 5.021),
  commune('Maripasoula', '97353', ['97370'], 3.64, -54.03),
  commune('Ailleurs', '01999', ['01999'], 46.0, 5.0, true),
];

/** The commune lookup as the contract says: INSEE first, else postcode (+ city when several share it). */
async function locate(refs: readonly CommuneRef[]): Promise<(Commune | undefined)[]> {
  return refs.map((r) => {
    if (r.inseeCode) return COMMUNES.find((c) => c.insee === r.inseeCode);
    const all = COMMUNES.filter((c) => r.postcode && c.postcodes.includes(r.postcode));
    return all.length === 1 ? all[0] : all.find((c) => c.name === r.city);
  });
}

const s = (id: string, extra: Partial<Structure>): Structure => ({ id, name: `Structure ${id}`, types: [], themes: [], source: 'test.json', lat: 45.76, lon: 4.84, ...extra });
const unplaced = (id: string, extra: Partial<Structure>): Structure => s(id, { lat: NaN, lon: NaN, positionWarning: 'approximate', ...extra });

/** A source as the readers hand it back: placed rows, rows waiting for their commune, rows skipped. */
function result(structures: Structure[], waiting: Structure[], skipped: ReadResult['skipped'] = {}): ReadResult {
  const skippedCount = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
  return { format: 'cap-numerique', structures, unplaced: waiting, skipped, total: structures.length + waiting.length + skippedCount, unusedFields: { courriel: 3 } };
}

/** Readers that hand back these results, one per input. */
function readersOf(results: ReadResult[]): () => Promise<Readers> {
  let next = 0;
  return () => Promise.resolve({ ...reading, readObjectsInSlices: async () => results[next++]! });
}

/** read = shown + pending + every skipped count. */
const addsUp = (r: SourceReport) => r.read === r.shown + r.pending + Object.values(r.skipped).reduce((a, b) => a! + (b ?? 0), 0)!;

describe('placement at the commune and far positions', () => {
  it('places rows without coordinates at their commune after the load, and accounts for every row', async () => {
    const model = new FinderModel(scheduler, 20);
    const waiting = [
      unplaced('u1', { inseeCode: '69123', city: 'Lyon' }),
      unplaced('u2', { postcode: '93200' }),
      unplaced('u3', { postcode: '69003' }),
      unplaced('u4', { inseeCode: '00000', city: 'Nulle part' }),
    ];
    const loaded = await model.load({
      inputs: [{ rows: [], source: 'test.json' }],
      readers: readersOf([result([s('a', {}), s('b', {})], waiting, { 'missing-name': 1 })]),
      filters: NO_FILTERS,
    });
    expect(loaded!.structures.map((x) => x.id)).to.deep.equal(['a', 'b']);
    const before = loaded!.reports[0]!;
    expect(before).to.include({ read: 7, shown: 2, pending: 4, approximate: 0, servicesWithoutStructure: 0 });
    expect(before.unusedFields).to.deep.equal({ courriel: 3 });
    expect(addsUp(before)).to.equal(true);

    const placement = await placeSources(model.sources, model.all, locate);
    model.addStructures(placement.placed);
    expect(model.all.map((x) => x.id)).to.deep.equal(['a', 'b', 'u1', 'u2', 'u3']);
    const u2 = model.all.find((x) => x.id === 'u2')!;
    expect(u2).to.include({ lat: 48.936, lon: 2.357, positionWarning: 'approximate', city: 'Saint-Denis' });
    expect(model.all.find((x) => x.id === 'u1')!.city, 'the city given is kept').to.equal('Lyon');
    expect(model.all.find((x) => x.id === 'u3')!.lat, 'a postcode is not an INSEE code').to.equal(45.758);
    // The list is made again with them.
    expect(model.results({ filters: NO_FILTERS, radiusKm: 30, firstPageOnly: false }).items).to.have.length(5);

    const [after] = placedReports(loaded!.reports, placement);
    expect(after).to.include({ read: 7, shown: 5, approximate: 3, pending: 0 });
    expect(after!.skipped).to.deep.equal({ 'missing-name': 1, 'commune-not-found': 1 });
    expect(addsUp(after!)).to.equal(true);
  });

  it('counts the rows waiting as skipped when the commune index cannot be had', async () => {
    const model = new FinderModel(scheduler, 20);
    const loaded = await model.load({
      inputs: [{ rows: [], source: 'test.json' }],
      readers: readersOf([result([s('a', {})], [unplaced('u', { inseeCode: '69123' })])]),
      filters: NO_FILTERS,
    });
    let failed = false;
    await placeSources(model.sources, model.all, () => Promise.reject(new Error('offline'))).catch(() => (failed = true));
    expect(failed).to.equal(true);
    const [r] = placedReports(loaded!.reports, undefined);
    expect(r!.skipped).to.deep.equal({ 'commune-index-unavailable': 1 });
    expect(addsUp(r!)).to.equal(true);
  });

  it('flags a position far from its own commune, keeps it where it is, and leaves the others', async () => {
    const far = s('far', { inseeCode: '69123', lat: 50.63, lon: 3.06 }); // Lille, given as Lyon
    const near = s('near', { inseeCode: '69123', lat: 45.7, lon: 4.9 }); // 7 km from Lyon's centre
    const noCode = s('nocode', { lat: 50.63, lon: 3.06, postcode: '69001' });
    const guyane = s('guyane', { inseeCode: '97353', lat: 3.2, lon: -53.2 }); // 100 km: Maripasoula is huge
    const unknownCentre = s('unknown', { inseeCode: '01999', lat: 48, lon: 2 });
    const swapped = s('swapped', { inseeCode: '69123', lat: 50.63, lon: 3.06, positionWarning: 'swapped' });
    const structures = [far, near, noCode, guyane, unknownCentre, swapped];
    const placement = await placeSources([{ structures, unplaced: [] }], structures, locate);
    expect(placement.sources).to.deep.equal([{ approximate: 0, notFound: 0, far: 1 }]);
    expect(structures.map((x) => x.positionWarning)).to.deep.equal(['far', undefined, undefined, undefined, undefined, 'swapped']);
    expect(far).to.include({ lat: 50.63, lon: 3.06 });
  });

  it('flags the merged copies of several sources, counted per source', async () => {
    const model = new FinderModel(scheduler, 20);
    const loaded = await model.load({
      inputs: [
        { rows: [], source: 'one.json' },
        { rows: [], source: 'two.json' },
      ],
      readers: readersOf([
        result([s('far', { inseeCode: '69123', lat: 48.9, lon: 2.35 })], []),
        result([s('other', { name: 'Autre', inseeCode: '93066', lat: 48.93, lon: 2.36 })], [unplaced('w', { inseeCode: '38169' })]),
      ]),
      filters: NO_FILTERS,
    });
    expect(model.all[0], 'merged: copies').to.not.equal(model.sources[0]!.structures[0]);
    const placement = await placeSources(model.sources, model.all, locate);
    expect(placement.sources).to.deep.equal([
      { approximate: 0, notFound: 0, far: 1 },
      { approximate: 1, notFound: 0, far: 0 },
    ]);
    expect(model.all.map((x) => x.positionWarning)).to.deep.equal(['far', undefined]);
    const reports = placedReports(loaded!.reports, placement);
    expect(reports.map((r) => [r.shown, r.far, r.approximate])).to.deep.equal([
      [1, 1, 0],
      [2, 0, 1],
    ]);
    expect(reports.every(addsUp)).to.equal(true);
  });

  it('asks for each commune once', async () => {
    const asked: CommuneRef[][] = [];
    const structures = Array.from({ length: 3000 }, (_, i) => s(`s${i}`, { inseeCode: i % 2 ? '69123' : '93066', lat: 45.76, lon: 4.84 }));
    const placement = await placeSources([{ structures, unplaced: [unplaced('u', { inseeCode: '69123' })] }], structures, (refs) => {
      asked.push([...refs]);
      return locate(refs);
    });
    expect(asked).to.have.length(1);
    expect(asked[0]).to.deep.equal([{ inseeCode: '69123' }, { inseeCode: '93066' }]);
    expect(placement.sources[0]!.far, 'Saint-Denis codes at Lyon').to.equal(1500);
  });

  it('uses a larger threshold only where communes are much larger', () => {
    expect(farKm('69123')).to.equal(FAR_KM);
    expect(farKm('13004'), 'Arles').to.be.greaterThan(40);
    expect(farKm('97353'), 'Guyane').to.be.greaterThan(150);
    expect(farKm('97411'), 'La Réunion').to.equal(FAR_KM);
    expect(farKm('98735'), 'Polynésie française').to.be.greaterThan(300);
  });
});

describe('locateCommunes (the bundled index)', () => {
  it('finds a commune by INSEE code, else by postcode and city, and gives undefined for what it cannot find', async () => {
    const found = await locateCommunes([{ inseeCode: '69123' }, { postcode: '59000', city: 'Lille' }, { inseeCode: '00000' }, {}]);
    expect(found.map((c) => c?.name)).to.deep.equal(['Lyon', 'Lille', undefined, undefined]);
  });
});
