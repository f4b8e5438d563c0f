import { expect } from '@open-wc/testing';
import { firstPageByName, nameKey, nameKeys, sortByName, sortByNameInSteps } from '../../../src/core/structures/by-name.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { NO_FILTERS } from '../../../src/core/structures/search.js';

const NAMES = [
  'Zèbre numérique', 'école du clic', 'Ecole des données', 'École Ouverte', 'E\u0301cole décomposée', 'Æther',
  'abeille', 'Âge d’or', 'AB Conseil', 'aB', 'a', 'Ω Oméga', '10 rue du Port', '2 Rives', 'Œuvre commune',
  'ßtraße', 'Ĳssel', 'Ørsted', 'Île-de-France Active', 'ile aux Moines', 'Ĺuč', 'Ŀ', 'İstanbul', 'ǅemal',
  'Mairie', 'Maison', 'Maison des associations', 'maison', 'Maïson', 'Élan', 'Elan', 'élan', 'Ça va',
  'Cabane', 'ca', 'Dé', '  ', 'Éé', 'Ee', 'ee', 'Yves', 'ÿ', 'Ÿ', 'Ž', 'Ša', 'sa', 'x', 'X', '日本',
];

function structures(names: readonly string[]): Structure[] {
  return names.map((name, i) => ({
    id: `s${i}`,
    name,
    lat: 45,
    lon: 4,
    types: ['maison-associations'],
    themes: i % 3 === 0 ? ['formation'] : ['outils'],
    source: 'test',
  }));
}

/** A deterministic shuffle, so ties and data order are exercised. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('order by name', () => {
  it('ignores case and accents, and keeps the data order on ties', () => {
    expect(nameKey('École Ouverte')).to.equal('ecole ouverte');
    expect(nameKey('E\u0301cole')).to.equal('ecole');
    const all = structures(['élan', 'Elan', 'Abeille', 'Élan']);
    expect(sortByName(all, nameKeys(all)).map((s) => s.name)).to.deep.equal(['Abeille', 'élan', 'Elan', 'Élan']);
  });

  it('picks the same first page as the full sort, before sorting, for any page size, data order and filter', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const all = structures(shuffled(NAMES, seed));
      const sorted = sortByName(all, nameKeys(all));
      for (const page of [1, 5, 20, 60]) {
        const first = firstPageByName(all, NO_FILTERS, undefined, page);
        expect(first.sorted).to.equal(false);
        expect(first.items.length, 'every structure is listed').to.equal(all.length);
        expect(first.items.slice(0, page).map((i) => i.structure.name), `seed ${seed}, page ${page}`).to.deep.equal(
          sorted.slice(0, page).map((s) => s.name),
        );
        expect(new Set(first.items.map((i) => i.structure.id)).size).to.equal(all.length);
        expect(first.structures).to.have.length(all.length);
      }
      const filters = { ...NO_FILTERS, themes: ['formation' as const] };
      const filtered = firstPageByName(all, filters, undefined, 5);
      const expected = sorted.filter((s) => s.themes.includes('formation'));
      expect(filtered.items.length).to.equal(expected.length);
      expect(filtered.items.slice(0, 5).map((i) => i.structure.name)).to.deep.equal(expected.slice(0, 5).map((s) => s.name));
    }
  });

  it('sorts a step at a time into the same order as one sort, ties in data order, whatever the run length', () => {
    for (const count of [0, 1, 2, 5, 49, 200]) {
      // Many equal keys (case and accents folded), so that ties cross the runs being merged.
      const names = Array.from({ length: count }, (_, i) => NAMES[(i * 7) % NAMES.length]!);
      const all = structures(shuffled(names, count + 1));
      const keys = nameKeys(all);
      const expected = Array.from(all.keys())
        .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b))
        .map((i) => all[i]!.id);
      for (const run of [1, 2, 3, 16, 2048]) {
        const steps = sortByNameInSteps(all, keys, run);
        let next = steps.next();
        let taken = 1;
        while (!next.done) {
          next = steps.next();
          taken++;
        }
        expect(next.value.map((s) => s.id), `${count} names, runs of ${run}`).to.deep.equal(expected);
        // Cut into steps: one per run sorted, one per pair merged (at least the runs themselves).
        if (count > run) expect(taken, `${count} names, runs of ${run}`).to.be.greaterThan(Math.ceil(count / run));
      }
      expect(sortByName(all, keys).map((s) => s.id)).to.deep.equal(expected);
    }
  });

  it('hands back the matching structures in the data\'s order, the data\'s own array when all match', () => {
    const all = structures(NAMES);
    const filters = { ...NO_FILTERS, themes: ['formation' as const] };
    expect(firstPageByName(all, filters, undefined, 5).structures).to.deep.equal(all.filter((s) => s.themes.includes('formation')));
    expect(firstPageByName(all, NO_FILTERS, undefined, 5).structures).to.equal(all);
  });
});
