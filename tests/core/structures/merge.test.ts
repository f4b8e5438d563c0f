import { expect } from '@open-wc/testing';
import { distanceKm } from '../../../src/core/geo/distance.js';
import { mergeSources } from '../../../src/core/structures/merge.js';
import type { ReadResult, Structure } from '../../../src/core/structures/model.js';
import { isReadError, loadReaders, mergeDuplicates, readStructures } from '../../../src/core/structures/readers/index.js';
import { closeTogether, SAME_PLACE_KM } from '../../../src/core/structures/close-together.js';

let counter = 0;
function structure(overrides: Partial<Structure> = {}): Structure {
  counter++;
  return { id: `s:${counter}`, name: `Lieu ${counter}`, types: [], themes: [], lat: 45.764, lon: 4.8357, source: 's', ...overrides };
}

function result(structures: Structure[]): ReadResult {
  return { format: 'cap-numerique', structures, skipped: {}, total: structures.length };
}

/** A point `metres` north of (lat, lon). */
function north(lat: number, metres: number): number {
  return lat + metres / 1000 / 111.195;
}

/** A point `metres` east of (lat, lon). */
function east(lat: number, lon: number, metres: number): number {
  return lon + metres / 1000 / (111.195 * Math.cos((lat * Math.PI) / 180));
}

before(() => loadReaders());

describe('mergeSources', () => {
  it('merges the same SIRET from two sources, keeping the first and filling its gaps', () => {
    const a = structure({ id: 'a:1', name: 'Maison des associations', source: 'a', siret: '12345678900012', types: ['maison-associations'], themes: ['outils'], updatedAt: '2025-01-01' });
    const b = structure({
      id: 'b:9', name: 'MDA de Lyon', source: 'b', siret: '12345678900012', lat: north(45.764, 800), types: ['reseau'],
      themes: ['outils', 'formation'], phone: '+33400000000', website: 'https://example.org/', free: false, updatedAt: '2025-02-02',
    });
    const merged = mergeSources([result([a]), result([b])]);
    expect(merged.duplicates).to.equal(1);
    expect(merged.structures).to.have.length(1);
    const [m] = merged.structures;
    expect(m).to.deep.include({
      id: 'a:1', name: 'Maison des associations', source: 'a', updatedAt: '2025-01-01', lat: 45.764,
      phone: '+33400000000', website: 'https://example.org/', free: false,
    });
    expect(m!.types).to.deep.equal(['maison-associations', 'reseau']);
    expect(m!.themes).to.deep.equal(['outils', 'formation']);
    expect(m!.mergedFrom).to.deep.equal([{ id: 'b:9', source: 'b', updatedAt: '2025-02-02' }]);
    // The inputs are untouched.
    expect(a.phone).to.equal(undefined);
    expect(a.types).to.deep.equal(['maison-associations']);
    expect(a.mergedFrom).to.equal(undefined);
  });

  it('does not merge one SIRET shared by several sites of one source, or far apart', () => {
    const siret = '21690123400017';
    const sameSource = mergeSources([result([
      structure({ name: 'Bibliothèque A', siret }),
      structure({ name: 'Bibliothèque B', siret, lat: north(45.764, 900) }),
    ])]);
    expect(sameSource.duplicates).to.equal(0);
    const farApart = mergeSources([
      result([structure({ name: 'Site de Lyon', siret, source: 'a' })]),
      result([structure({ name: 'Site de Grenoble', siret, source: 'b', lat: 45.1885, lon: 5.7245 })]),
    ]);
    expect(farApart.duplicates).to.equal(0);
    expect(farApart.structures).to.have.length(2);
  });

  it('merges the same name within 50 m, whatever the case, accents and punctuation', () => {
    const lat = 48.8566;
    const lon = 2.3522;
    const first = structure({ name: "Maison des Associations de l'Été", lat, lon, source: 'a' });
    const second = structure({ name: '  MAISON DES ASSOCIATIONS DE L ETE. ', lat: north(lat, 30), lon: east(lat, lon, 25), source: 'b', email: 'x@example.org' });
    expect(distanceKm(first, second)).to.be.below(0.05);
    const merged = mergeSources([result([first]), result([second])]);
    expect(merged.duplicates).to.equal(1);
    expect(merged.structures[0]).to.deep.include({ name: "Maison des Associations de l'Été", email: 'x@example.org' });
    expect(merged.structures[0]!.mergedFrom).to.deep.equal([{ id: second.id, source: 'b' }]);
  });

  it('does not merge the same name 200 m apart, nor different names at the same place', () => {
    const lat = 43.6047;
    const lon = 1.4442;
    const apart = mergeSources([result([
      structure({ name: 'France Services', lat, lon }),
      structure({ name: 'France Services', lat: north(lat, 200), lon }),
      structure({ name: 'France Services', lat, lon: east(lat, lon, 200) }),
    ])]);
    expect(apart.duplicates).to.equal(0);
    expect(apart.structures).to.have.length(3);
    const different = mergeSources([result([structure({ name: 'EPN', lat, lon }), structure({ name: 'DLA', lat, lon })])]);
    expect(different.duplicates).to.equal(0);
  });

  it('finds neighbours across grid cells and across the 180° meridian', () => {
    const a = structure({ name: 'Îlot', lat: -16.0, lon: 179.99985 });
    const b = structure({ name: 'Ilot', lat: -16.0, lon: -179.99985 });
    expect(distanceKm(a, b)).to.be.below(0.05);
    expect(mergeSources([result([a, b])]).duplicates).to.equal(1);
    // Points 40 m apart on each side of many cell boundaries.
    const pairs: Structure[] = [];
    for (let i = 0; i < 200; i++) {
      const lat = 42 + i * 0.0371;
      const lon = -4 + i * 0.0613;
      pairs.push(structure({ name: `P${i}`, lat, lon }), structure({ name: `P${i}`, lat: north(lat, 28), lon: east(lat, lon, 28) }));
    }
    expect(mergeSources([result(pairs)]).duplicates).to.equal(200);
  });

  it('keeps ids unique across sources', () => {
    const merged = mergeSources([
      result([structure({ id: 'f:1', name: 'A' })]),
      result([structure({ id: 'f:1', name: 'B' })]),
    ]);
    expect(merged.structures.map((s) => s.id)).to.deep.equal(['f:1', 'f:1~2']);
  });

  it('merges the sample files without false duplicates, and a file with itself entirely', async () => {
    const files = ['cap-numerique.json', 'structures.geojson', 'lieux-mediation-numerique.csv', 'lieux-mediation-numerique.json',
      'data-inclusion.json', 'plain-comma.csv', 'plain-semicolon-bom.csv'];
    const results: ReadResult[] = [];
    for (const file of files) {
      const outcome = readStructures(await (await fetch(`/demo/data/samples/${file}`)).text(), file);
      if (isReadError(outcome)) throw new Error(outcome.detail);
      results.push(outcome);
    }
    const kept = results.reduce((n, r) => n + r.structures.length, 0);
    const all = mergeSources(results);
    expect(all.duplicates).to.equal(0);
    expect(all.structures).to.have.length(kept);
    const twice = mergeSources([results[0]!, results[0]!]);
    expect(twice.duplicates).to.equal(results[0]!.structures.length);
  });

  it('merges 100,000 entries with the right count', () => {
    const structures: Structure[] = [];
    for (let i = 0; i < 100_000; i++) {
      const lat = 42 + (i % 400) * 0.02;
      const lon = -4 + Math.floor(i / 400) * 0.04;
      structures.push({ id: `g:${i}`, name: i % 3 === 0 ? 'France Services' : `Lieu ${i}`, types: [], themes: [], lat, lon, source: 'g' });
    }
    // 2,000 of them again, 10 m away, from another source.
    const again = structures.slice(0, 2000).map((s) => ({ ...s, id: `h:${s.id}`, source: 'h', lat: north(s.lat, 10) }));
    const merged = mergeSources([result(structures), result(again)]);
    expect(merged.duplicates).to.equal(2000);
    expect(merged.structures).to.have.length(100_000);
  });
});

describe('one file listing a place twice (mergeDuplicates)', () => {
  it('merges the same name within 50 m, accents and case aside, counts it, and leaves the rest', async () => {
    const lat = 48.1113;
    const lon = -1.68;
    const file = result([
      structure({ name: 'Médiathèque des Champs Libres', lat, lon, phone: '+33 2 23 40 66 00' }),
      structure({ name: 'Point numérique', lat: north(lat, 400), lon }),
      structure({ name: 'MEDIATHEQUE DES CHAMPS LIBRES', lat: north(lat, 30), lon: east(lat, lon, 20), email: 'contact@exemple.org' }),
      structure({ name: 'Médiathèque des Champs Libres', lat: north(lat, 70), lon }),
      structure({ name: 'Point numérique', lat: north(lat, 420), lon: east(lat, lon, 10) }),
    ]);
    const [first, other, , far] = file.structures;
    expect(await mergeDuplicates(file)).to.equal(2);
    expect(file.structures).to.deep.equal([first, other, far]);
    expect(file.skipped.duplicate).to.equal(2);
    expect(first!.email, 'the field only the duplicate had').to.equal('contact@exemple.org');
    expect(first!.mergedFrom).to.have.length(1);
  });

  it('finds rows close together across cell edges and the 180° meridian, and no others', async () => {
    const rows: Structure[] = [];
    for (let i = 0; i < 300; i++) {
      const lat = -21 + i * 0.0371;
      const lon = 165 + i * 0.0613;
      rows.push(structure({ name: `P${i}`, lat, lon }), structure({ name: `p${i}`, lat: north(lat, 33), lon: east(lat, lon, 33) }));
    }
    rows.push(structure({ name: 'Îlot', lat: -14.3, lon: 179.99985 }), structure({ name: 'ILOT', lat: -14.3, lon: -179.99985 }));
    // Alone: a kilometre from anything.
    for (let i = 0; i < 50; i++) rows.push(structure({ name: 'Seul', lat: 44 + i * 0.01, lon: 2 }));
    const close = await closeTogether(rows, SAME_PLACE_KM);
    expect(close).to.have.length(602);
    const file = result(rows);
    expect(await mergeDuplicates(file)).to.equal(301);
    expect(file.structures).to.have.length(351);
  });

  it('leaves a file without rows close together as it is, without folding a name', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => structure({ name: 'Même nom', lat: 43 + (i % 100) * 0.01, lon: 1 + Math.floor(i / 100) * 0.01 }));
    const file = result(rows);
    expect(await closeTogether(rows, SAME_PLACE_KM)).to.deep.equal([]);
    expect(await mergeDuplicates(file)).to.equal(0);
    expect(file.structures).to.equal(rows);
  });
});
