import { expect } from '@open-wc/testing';
import { communeQuery, compactCommuneName, createCommuneSearch, parseCommuneIndex, type Commune } from '../../src/core/geo/communes.js';
import { findCommunes, locateCommunes, partsFor, suggestCommunes } from '../../src/data/communes.js';
import { loadCodePart } from '../../src/data/communes.generated.js';

// The split commune index (src/data/communes.ts over the parts scripts/build-communes.mjs writes).

const labels = (matches: { label: string }[]) => matches.map((m) => m.label);

describe('data/communes: the split index', () => {
  it('finds the overseas collectivities by name and postcode', async () => {
    expect(labels(await findCommunes('Nouméa'))[0]).to.equal('Nouméa (988)');
    expect(labels(await findCommunes('noumea'))[0]).to.equal('Nouméa (988)');
    expect(labels(await findCommunes('PAPEETE'))[0]).to.equal('Papeete (987)');
    expect(labels(await findCommunes('97133'))).to.deep.equal(['Saint-Barthélemy (977)']);
    expect(labels(await findCommunes('97150'))).to.deep.equal(['Saint-Martin (978)']);
    expect(labels(await findCommunes('98800'))).to.deep.equal(['Nouméa (988)']);
    expect(labels(await findCommunes('Mata-Utu')).length).to.equal(0);
    expect(labels(await findCommunes('Uvea'))[0]).to.equal('Uvea (986)');
    expect(labels(await findCommunes('saint pierre 975'))).to.deep.equal(['Saint-Pierre (975)']);
  });

  it('gives Lyon for the postcode 69003, not a choice with the commune whose INSEE code it is', async () => {
    expect(labels(await findCommunes('69003'))).to.deep.equal(['Lyon (69)']);
    expect(labels(await findCommunes('Albigny-sur-Saône'))[0]).to.equal('Albigny-sur-Saône (69)');
    // An INSEE code that is no postcode still finds its commune.
    expect(labels(await findCommunes('69123'))).to.deep.equal(['Lyon (69)']);
    expect(labels(await findCommunes('2A004'))).to.deep.equal(['Ajaccio (2A)']);
  });

  it('ignores accents, case and hyphens, for small communes in their part too', async () => {
    expect(labels(await findCommunes('saint-etienne'))[0]).to.equal('Saint-Étienne (42)');
    expect(labels(await findCommunes('SAINT ÉTIENNE'))[0]).to.equal('Saint-Étienne (42)');
    expect(labels(await findCommunes('l isle sur la sorgue'))[0]).to.equal("L'Isle-sur-la-Sorgue (84)");
    // 270 inhabitants: not in the head, found in its name part.
    expect(labels(await findCommunes('abergement de varey'))[0]).to.equal("L'Abergement-de-Varey (01)");
    expect(labels(await findCommunes('Œuilly'))).to.include('Œuilly (02)');
  });

  it('answers from the largest communes at once, then from the part a query narrows to', async () => {
    await findCommunes('lyon');
    // One letter spans many parts: the head answers alone.
    expect(partsFor('s')).to.deep.equal([]);
    expect(suggestCommunes('s', 3).length).to.equal(3);
    expect(partsFor('69')).to.deep.equal(['c69']);
    expect(partsFor('97')).to.deep.equal([]);
    expect(partsFor('971')).to.deep.equal(['c971']);
    expect(partsFor('abergement').length).to.be.within(1, 2);
  });

  it('agrees with a search over the whole index on what it answers', async () => {
    const texts = await Promise.all(Object.values(loadCodePart).map((load) => load().then((m) => m.default)));
    const whole = new Map<string, Commune>();
    for (const text of texts) for (const c of parseCommuneIndex(text)) whole.set(c.insee, c);
    const search = createCommuneSearch([...whole.values()]);
    for (const q of ['Paris', 'lyon', 'marseille', 'saint denis', 'st martin d', 'bourg', 'le havre', 'les sables', 'nouméa', 'papeete',
      'brest', 'yz', 'eu', 'y', '01000', '75011', '2a004', 'ajaccio', 'abergement', 'villeneuve sur', 'fort de france']) {
      const split = (await findCommunes(q)).map((m) => m.commune.insee);
      const reference = search(q).map((m) => m.commune.insee);
      // The first answer agrees; when the query has its parts, so do all whole names and name starts
      // (the head may lack small communes matched by a later word only).
      expect(split[0], q).to.equal(reference[0]);
      const { variants } = communeQuery(q);
      const starts = reference.filter((i) => variants.some((v) => compactCommuneName(whole.get(i)!.name).startsWith(v)));
      if (partsFor(q).length) expect(split.slice(0, starts.length), q).to.deep.equal(starts);
    }
  });
});

describe('data/communes: locateCommunes', () => {
  it('places refs by INSEE code first, else postcode, with the city when a postcode has several communes', async () => {
    const found = await locateCommunes([
      { inseeCode: '69123' },
      { inseeCode: '69003', postcode: '69003' },
      { postcode: '69003' },
      { postcode: '01000', city: 'Saint-Denis-lès-Bourg' },
      { postcode: '01000', city: 'BOURG EN BRESSE' },
      { postcode: '01000' },
      { inseeCode: '75111', postcode: '75011' },
      { postcode: '98800', city: 'Nouméa' },
      { inseeCode: '97701' },
      { postcode: '1000', city: 'Bourg-en-Bresse' },
      { postcode: '69361', city: 'Lyon Cedex 07' },
      { inseeCode: '99999' },
      { postcode: 'abc', city: 'Lyon' },
      {},
      { city: 'Lyon' },
    ]);
    expect(found.map((c) => c?.name)).to.deep.equal([
      'Lyon',
      'Albigny-sur-Saône',
      'Lyon',
      'Saint-Denis-lès-Bourg',
      'Bourg-en-Bresse',
      undefined,
      'Paris',
      'Nouméa',
      'Saint-Barthélemy',
      'Bourg-en-Bresse',
      'Lyon',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(found[0]!.lat).to.be.closeTo(45.76, 0.05);
  });

  it('never rejects for malformed refs', async () => {
    const odd = [null, { inseeCode: 69123 }, { postcode: ['69003'] }, { inseeCode: 'constructor' }] as never[];
    const found = await locateCommunes(odd);
    expect(found.map((c) => c?.name)).to.deep.equal([undefined, 'Lyon', undefined, undefined]);
  });
});
