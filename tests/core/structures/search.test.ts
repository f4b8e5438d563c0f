import { expect } from '@open-wc/testing';
import { nameKey } from '../../../src/core/structures/by-name.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { findStructures, NO_FILTERS } from '../../../src/core/structures/search.js';

const at = (id: string, name: string, lat: number, lon: number): Structure => ({
  id,
  name,
  lat,
  lon,
  types: ['maison-associations'],
  themes: ['outils'],
  source: 'test',
});

describe('findStructures', () => {
  // Three structures in one building, one nearer, one beyond the radius.
  const all = [
    at('z', 'Zèbre numérique', 45.77, 4.84),
    at('e', 'École du clic', 45.77, 4.84),
    at('n', 'Au plus près', 45.7601, 4.8401),
    at('a', 'abeille', 45.77, 4.84),
    at('far', 'Lille', 50.63, 3.06),
  ];
  const origin = { lat: 45.76, lon: 4.84, label: 'Lyon' };
  const byKey = (a: Structure, b: Structure) => (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : 0);

  it('lists the structures within the radius nearest first, ties in the given order or by name', () => {
    const plain = findStructures(all, { origin, radiusKm: 30, filters: NO_FILTERS });
    expect(plain.items.map((i) => i.structure.id)).to.deep.equal(['n', 'z', 'e', 'a']);
    const byName = findStructures(all, { origin, radiusKm: 30, filters: NO_FILTERS, tieBreak: byKey });
    expect(byName.items.map((i) => i.structure.id)).to.deep.equal(['n', 'a', 'e', 'z']);
    expect(byName.fallback).to.equal(false);
  });

  it('falls back to the nearest when nothing is within the radius', () => {
    const result = findStructures(all, { origin: { lat: 43.3, lon: 5.37, label: 'Marseille' }, radiusKm: 30, filters: NO_FILTERS, fallbackCount: 2 });
    expect(result.fallback).to.equal(true);
    expect(result.items).to.have.length(2);
    expect(result.items[0]!.distanceKm).to.be.lessThan(result.items[1]!.distanceKm! + 1e-9);
  });
});
