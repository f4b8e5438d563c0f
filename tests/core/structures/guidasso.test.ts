import { expect } from '@open-wc/testing';
import type { ReadResult } from '../../../src/core/structures/model.js';
import { isReadError, loadCsvReader, loadReaders, readStructures } from '../../../src/core/structures/readers/index.js';
import { mergeSources } from '../../../src/core/structures/merge.js';
import { typeNames } from '../../../src/core/structures/labels.js';

function read(text: string, name = 'test.json'): ReadResult {
  const outcome = readStructures(text, name);
  if (isReadError(outcome)) throw new Error(`${outcome.error}: ${outcome.detail}`);
  return outcome;
}

const AT = { lat: 45.76, lon: 4.83 };

describe('Guid’Asso: a label with a level, on any type', () => {
  it('reads the guidasso field of the project format, as an id, in words or as a yes', () => {
    const result = read(JSON.stringify({
      structures: [
        { name: 'A', types: ['maison-associations'], guidasso: 'specialiste', ...AT },
        { name: 'B', types: ['crib'], guidasso: 'Accompagnement généraliste', ...AT },
        { name: 'C', types: ['reseau'], guidasso: true, ...AT },
        { name: 'D', types: ['point-appui'], ...AT },
        { name: 'E', types: ['dla'], guidasso: 'peut-être', ...AT },
      ],
    }));
    expect(result.structures.map((s) => s.guidasso)).to.deep.equal(['specialiste', 'generaliste', 'orientation', undefined, undefined]);
    // Still the types they said: the label is not a type.
    expect(result.structures.map((s) => s.types)).to.deep.equal([['maison-associations'], ['crib'], ['reseau'], ['point-appui'], ['dla']]);
  });

  it('reads « Guid’Asso accompagnement spécialiste » among the types of a plain CSV, and a guidasso column', async () => {
    const csv = [
      'nom;latitude;longitude;types;guidasso',
      'Maison des associations;45,76;4,83;Maison des associations|Guid’Asso accompagnement spécialiste;',
      'Relais;45,76;4,83;CRIB;information',
      'Ancien PAVA;45,76;4,83;PAVA;',
    ].join('\n');
    await loadCsvReader();
    const result = read(csv, 'plain.csv');
    expect(result.structures.map((s) => [s.types, s.guidasso])).to.deep.equal([
      [['maison-associations'], 'specialiste'],
      [['crib'], 'information'],
      [['point-appui'], undefined],
    ]);
  });

  it('reads it from GeoJSON properties, and keeps it when duplicates merge', async () => {
    await loadReaders();
    const geojson = (guidasso?: string) => JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [4.83, 45.76] }, properties: { nom: 'Maison des associations', siret: '12345678900012', ...(guidasso ? { guidasso } : {}) } }],
    });
    const withLabel = read(geojson('Guid’Asso · orientation'), 'a.geojson');
    expect(withLabel.structures[0]!.guidasso).to.equal('orientation');
    const merged = mergeSources([read(geojson(), 'b.geojson'), withLabel]);
    expect(merged.structures).to.have.length(1);
    expect(merged.structures[0]!.guidasso).to.equal('orientation');
  });

  it('names it after the types, in French and English', () => {
    expect(typeNames({ types: ['maison-associations'], guidasso: 'specialiste' }, 'fr')).to.equal('Maison des associations, Guid’Asso · accompagnement spécialiste');
    expect(typeNames({ types: [], guidasso: 'orientation' }, 'en')).to.equal('Guid’Asso · guidance');
    expect(typeNames({ types: ['point-appui'] }, 'fr')).to.equal('Point d’appui à la vie associative');
  });
});
