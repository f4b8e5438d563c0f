import { expect } from '@open-wc/testing';
import {
  createCommuneSearch,
  normalizeCommuneName,
  parseCommuneIndex,
  searchCommunes,
  type Commune,
} from '../../../src/core/geo/communes.js';
import { loadCommuneSearch, suggestCommunes } from '../../../src/data/communes.js';
import { loadCodePart } from '../../../src/data/communes.generated.js';

/** The whole index, from every code part (each commune once): what the split parts must agree with. */
async function wholeIndex(): Promise<Commune[]> {
  const texts = await Promise.all(Object.values(loadCodePart).map((load) => load().then((m) => m.default)));
  const byInsee = new Map<string, Commune>();
  for (const text of texts) for (const c of parseCommuneIndex(text)) byInsee.set(c.insee, c);
  return [...byInsee.values()];
}

// name|insee (or the difference from the line before)|postcodes|lat|lon|approx|round(20 × log10(population + 1))
const FIXTURE = [
  'Lyon|69123|69001,69002,69003,69004,69005,69006,69007,69008,69009|45.7485|4.8467|0|114',
  'Lyons-la-Forêt|27377|27480|49.3986|1.4767|0|57',
  'Saint-Denis|93066|93200,93210,93380|48.9356|2.3539|0|103',
  'Saint-Denis|97411|97400,97417,97490|-20.8823|55.4504|0|104',
  'Saint-Denis-en-Bugey|01345|01500|45.95|5.33|1|67',
  "L'Île-Saint-Denis|93039|93450|48.9367|2.3394|0|79",
  'Sainte-Marie|97418|97438|-20.8969|55.5491|0|91',
  'Stenay|55502|55700|49.4869|5.1861|0|68',
  "L'Isle-Adam|95313|95290|49.1111|2.2222|0|82",
  "L'Isle-sur-la-Sorgue|84054|84800|43.9194|5.0514|0|86",
  'Lisle|41116|41100|47.8|1.1|1|47',
  'Ajaccio|2A004|20000,20090,20167|41.9189|8.7381|0|98',
  'Bastia|2B033|20200,20600|42.7028|9.45|0|94',
  'Œuilly|02565|02160|49.39|3.68|1|42',
  'Alixan|26005|26300|44.97|5.02|1|68',
  'Bourg-de-Péage|52|26300|45.03|5.05|0|80',
  'Châteauneuf-sur-Isère|24|26300|45.01|4.94|1|72',
  'Albigny-sur-Saône|69003|69250|45.87|4.83|0|62',
  'Not a commune line',
  '',
].join('\n');

const names = (matches: { commune: Commune }[]) => matches.map((m) => `${m.commune.name} ${m.commune.department}`);

describe('geo/communes', () => {
  const index = parseCommuneIndex(FIXTURE);
  const search = createCommuneSearch(index);

  it('parses the index lines and skips malformed ones', () => {
    expect(index).to.have.length(18);
    expect(index[0]).to.deep.equal({
      name: 'Lyon',
      insee: '69123',
      postcodes: ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'],
      department: '69',
      lat: 45.7485,
      lon: 4.8467,
      approximate: false,
      population: 501186, // 520,774, kept as round(20 × log10(520,775)) = 114
    });
    // Codes written as the difference from the line before: 26005, then +52 and +24.
    expect(index.slice(-4, -1).map((c) => c.insee)).to.deep.equal(['26005', '26057', '26081']);
    expect(index.find((c) => c.insee === '01345')!.approximate).to.equal(true);
    expect(parseCommuneIndex('')).to.deep.equal([]);
    expect(parseCommuneIndex('A|12345|2|x|y|0|0')).to.deep.equal([]);
    // A difference with no code before it is not a code.
    expect(parseCommuneIndex('A|12|01000|46|5|0|0')).to.deep.equal([]);
  });

  it('normalises case, accents, punctuation and Saint abbreviations', () => {
    expect(normalizeCommuneName("L'Île-Saint-Denis")).to.equal('l ile saint denis');
    expect(normalizeCommuneName('St.-Denis')).to.equal('saint denis');
    expect(normalizeCommuneName('STE MARIE')).to.equal('sainte marie');
    expect(normalizeCommuneName('Œuilly')).to.equal('oeuilly');
  });

  it('matches name prefixes case- and accent-insensitively, exact names first', () => {
    expect(names(search('lyon'))).to.deep.equal(['Lyon 69', 'Lyons-la-Forêt 27']);
    expect(names(search('LYONS'))).to.deep.equal(['Lyons-la-Forêt 27']);
    expect(names(search('chateauneuf'))).to.deep.equal(['Châteauneuf-sur-Isère 26']);
    expect(names(search('oeuil'))).to.deep.equal(['Œuilly 02']);
    expect(search('zzz')).to.deep.equal([]);
    expect(search('constructor')).to.deep.equal([]);
    expect(search('__proto__')).to.deep.equal([]);
    expect(search('  ')).to.deep.equal([]);
  });

  it('matches at the start of any word, after the names that start with the query', () => {
    expect(names(search('denis'))).to.deep.equal(['Saint-Denis 974', 'Saint-Denis 93', "L'Île-Saint-Denis 93", 'Saint-Denis-en-Bugey 01']);
    expect(names(search('sorgue'))).to.deep.equal(["L'Isle-sur-la-Sorgue 84"]);
    expect(names(search('bugey'))).to.deep.equal(['Saint-Denis-en-Bugey 01']);
  });

  it('reads St/St./Ste as Saint/Sainte and makes hyphens and apostrophes optional', () => {
    const expected = ['Saint-Denis 974', 'Saint-Denis 93', 'Saint-Denis-en-Bugey 01', "L'Île-Saint-Denis 93"];
    for (const q of ['saint denis', 'Saint-Denis', 'st denis', 'St. Denis', 'st-denis', 'saintdenis', 'SAINT DENIS']) {
      expect(names(search(q)), q).to.deep.equal(expected);
    }
    expect(names(search('ste marie'))).to.deep.equal(['Sainte-Marie 974']);
    // "st" being typed may also be the start of a name.
    expect(names(search('st'))).to.include('Stenay 55');
    expect(names(search('st'))).to.include('Saint-Denis 93');
    expect(names(search('sten'))).to.deep.equal(['Stenay 55']);
    // Spaces are optional too, so "Lisle" is an exact match.
    expect(names(search('l isle'))).to.deep.equal(['Lisle 41', "L'Isle-sur-la-Sorgue 84", "L'Isle-Adam 95"]);
    expect(names(search('lisle'))).to.deep.equal(['Lisle 41', "L'Isle-sur-la-Sorgue 84", "L'Isle-Adam 95"]);
    expect(names(search("l'isle-ad"))).to.deep.equal(["L'Isle-Adam 95"]);
  });

  it('labels every match with its department so homonyms can be told apart', () => {
    expect(search('saint denis').map((m) => m.label)).to.deep.equal([
      'Saint-Denis (974)',
      'Saint-Denis (93)',
      'Saint-Denis-en-Bugey (01)',
      "L'Île-Saint-Denis (93)",
    ]);
  });

  it('narrows by a department or postcode typed after the name, such as a label', () => {
    expect(names(search('Saint-Denis (93)'))).to.deep.equal(['Saint-Denis 93', "L'Île-Saint-Denis 93"]);
    expect(names(search('saint denis 974'))).to.deep.equal(['Saint-Denis 974']);
    expect(names(search('saint denis 93380'))).to.deep.equal(['Saint-Denis 93']);
    expect(names(search('ajaccio 2a'))).to.deep.equal(['Ajaccio 2A']);
    // A number that fits nothing is ignored.
    expect(names(search('lyon 3'))).to.deep.equal(['Lyon 69', 'Lyons-la-Forêt 27']);
  });

  it('lists every commune of a postcode, largest first, and finds INSEE codes', () => {
    expect(names(search('26300'))).to.deep.equal(['Bourg-de-Péage 26', 'Châteauneuf-sur-Isère 26', 'Alixan 26']);
    expect(names(search('26300', 1))).to.have.length(3);
    expect(names(search('97400'))).to.deep.equal(['Saint-Denis 974']);
    expect(names(search('69123'))).to.deep.equal(['Lyon 69']);
    // A postcode wins over the INSEE code written the same: 69003 is a postcode of Lyon's and the
    // INSEE code of Albigny-sur-Saône, which a name or its own postcode still finds.
    expect(names(search('69003'))).to.deep.equal(['Lyon 69']);
    expect(names(search('69250'))).to.deep.equal(['Albigny-sur-Saône 69']);
    expect(names(search('2A004'))).to.deep.equal(['Ajaccio 2A']);
    expect(names(search('2b033'))).to.deep.equal(['Bastia 2B']);
    expect(names(search('20000'))).to.deep.equal(['Ajaccio 2A']);
    expect(search('99999')).to.deep.equal([]);
    // Postcodes being typed.
    expect(names(search('200'))).to.deep.equal(['Ajaccio 2A']);
    expect(names(search('93'))).to.deep.equal(['Saint-Denis 93', "L'Île-Saint-Denis 93"]);
  });

  it('respects the limit and keeps the best matches', () => {
    expect(names(search('s', 2))).to.deep.equal(['Saint-Denis 974', 'Saint-Denis 93']);
    expect(search('s', 0)).to.deep.equal([]);
    expect(names(searchCommunes(index, 'lyon', 1))).to.deep.equal(['Lyon 69']);
  });
});

// The real index, once scripts/build-communes.mjs has run (the build and the test command run it).
describe('geo/communes: generated index', function () {
  let index: Commune[] = [];

  before(async function () {
    const url = new URL('../../../src/data/communes.generated.js', import.meta.url).href;
    const head = await fetch(url, { method: 'HEAD' });
    if (!head.ok) this.skip();
    index = await wholeIndex();
  });

  const first = (q: string) => searchCommunes(index, q, 8)[0]?.commune;

  it('holds every commune of France, overseas departments included', () => {
    expect(index.length).to.be.greaterThan(34000);
    const departments = new Set(index.map((c) => c.department));
    for (const d of ['01', '2A', '2B', '75', '95', '971', '972', '973', '974', '976']) expect(departments.has(d), d).to.equal(true);
    expect(index.every((c) => Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180)).to.equal(true);
  });

  it('finds the big cities with their own coordinates', () => {
    const paris = first('paris')!;
    expect([paris.insee, paris.approximate]).to.deep.equal(['75056', false]);
    expect(paris.lat).to.be.closeTo(48.86, 0.05);
    expect(paris.lon).to.be.closeTo(2.35, 0.05);
    const lyon = first('Lyon')!;
    expect([lyon.insee, lyon.approximate]).to.deep.equal(['69123', false]);
    expect(lyon.lat).to.be.closeTo(45.76, 0.05);
    const marseille = first('marseille')!;
    expect([marseille.insee, marseille.department]).to.deep.equal(['13055', '13']);
    expect(marseille.lon).to.be.closeTo(5.38, 0.05);
  });

  it('finds both big Saint-Denis, the postcode 97400 and Ajaccio by INSEE code', () => {
    const labels = searchCommunes(index, 'St Denis').map((m) => m.label);
    expect(labels.slice(0, 2)).to.have.members(['Saint-Denis (93)', 'Saint-Denis (974)']);
    expect(searchCommunes(index, '97400').map((m) => m.commune.insee)).to.deep.equal(['97411']);
    const ajaccio = searchCommunes(index, '2A004');
    expect(ajaccio.map((m) => m.label)).to.deep.equal(['Ajaccio (2A)']);
    expect(ajaccio[0]!.commune.lat).to.be.closeTo(41.92, 0.05);
    expect(searchCommunes(index, '75011').map((m) => m.commune.name)).to.deep.equal(['Paris']);
  });

  it('flags communes whose coordinates are approximate', () => {
    const approximate = index.filter((c) => c.approximate);
    expect(approximate.length).to.be.greaterThan(0);
    expect(approximate.length).to.be.lessThan(index.length);
    // L'Abergement-de-Varey (270 inhabitants) is not in GeoNames' list of places over 1,000.
    const small = searchCommunes(index, '01002')[0]!.commune;
    expect(small.name).to.equal("L'Abergement-de-Varey");
    expect(small.approximate).to.equal(true);
    expect(small.lat).to.be.closeTo(46, 0.3);
    expect(small.lon).to.be.closeTo(5.4, 0.3);
  });

  it('gives a ready search over the largest communes once the first part is there', async () => {
    const search = await loadCommuneSearch();
    expect(search('Marseille', 1)[0]!.label).to.equal('Marseille (13)');
    expect(suggestCommunes('Marseille', 1)[0]!.label).to.equal('Marseille (13)');
  });

  it('holds the overseas collectivities, with their postcodes and positions', () => {
    const one = (insee: string) => index.find((c) => c.insee === insee)!;
    for (const d of ['975', '977', '978', '986', '987', '988']) expect(index.some((c) => c.department === d), d).to.equal(true);
    expect(index.some((c) => /^98[49]/.test(c.department)), 'no uninhabited French Southern Lands or Clipperton').to.equal(false);
    const noumea = one('98818');
    expect([noumea.name, noumea.postcodes, noumea.approximate]).to.deep.equal(['Nouméa', ['98800'], false]);
    expect(noumea.lat).to.be.closeTo(-22.27, 0.05);
    expect(noumea.lon).to.be.closeTo(166.45, 0.05);
    const papeete = one('98735');
    expect([papeete.name, papeete.postcodes]).to.deep.equal(['Papeete', ['98714']]);
    expect(papeete.lon).to.be.closeTo(-149.57, 0.05);
    expect([one('97701').name, one('97701').postcodes]).to.deep.equal(['Saint-Barthélemy', ['97133']]);
    expect(one('97701').lat).to.be.closeTo(17.9, 0.05);
    expect(one('97801').lon).to.be.closeTo(-63.08, 0.05);
    expect(one('98613').name).to.equal('Uvea');
    expect(one('97502').postcodes).to.deep.equal(['97500']);
    // Atolls that GeoNames' list of places over 1,000 lacks: their island, flagged approximate.
    const rangiroa = one('98740');
    expect(rangiroa.approximate).to.equal(true);
    expect(rangiroa.lat).to.be.closeTo(-15, 0.3);
    expect(rangiroa.lon).to.be.closeTo(-147.7, 0.3);
  });

  it('ranks like a plain scan of every commune', () => {
    // Reference: every name matched from each word, exact > start of name > later word, then by
    // population and name.
    const entries = index.map((c) => {
      const words = normalizeCommuneName(c.name).split(' ');
      const suffixes = words.map((_, i) => words.slice(i).join(''));
      return { c, suffixes, key: suffixes[0]! };
    });
    const reference = (q: string) =>
      entries
        .map((e) => ({ e, tier: e.key === q ? 0 : e.key.startsWith(q) ? 1 : e.suffixes.some((s) => s.startsWith(q)) ? 2 : 3 }))
        .filter((m) => m.tier < 3)
        .sort((a, b) => a.tier - b.tier || b.e.c.population - a.e.c.population || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0) || (a.e.c.department < b.e.c.department ? -1 : 1))
        .slice(0, 8)
        .map((m) => m.e.c.insee);
    const search = createCommuneSearch(index);
    const queries = [...'abcdefghijklmnopqrstuvwxyz', 'sa', 'le', 'la', 'mo', 'ch', 'br', 'vi', 'be', 'ma', 'po', 'sur', 'les', 'en', 'de',
      'saint', 'sainte', 'saintg', 'mont', 'ville', 'bourg', 'fontaine', 'villers', 'chateau', 'beau', 'la ch', 'yz', 'zz'];
    for (const q of queries) {
      expect(search(q).map((m) => m.commune.insee), q).to.deep.equal(reference(q.replace(/ /g, '')));
    }
  });

  it('answers each keystroke in well under a millisecond', () => {
    const search = createCommuneSearch(index);
    const queries = ['s', 'sa', 'sai', 'sain', 'saint', 'saint d', 'saint de', 'l', 'la', 'le', 'b', 'bo', 'bou', 'bourg',
      'ma', 'mar', 'mars', 'st', 'ste', 'ly', 'lyo', '6', '69', '690', '6900', '69001', 'pa', 'par', 'pari', 'paris'];
    search('warm up');
    const started = performance.now();
    let rounds = 0;
    while (rounds < 10) {
      for (const q of queries) search(q);
      rounds++;
    }
    const perQuery = (performance.now() - started) / (rounds * queries.length);
    expect(perQuery).to.be.lessThan(1);
  });
});
