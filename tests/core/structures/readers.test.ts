import { expect } from '@open-wc/testing';
import type { ReadResult, Structure } from '../../../src/core/structures/model.js';
import {
  isReadError,
  loadReaders,
  readJsonInSlices,
  readObjectsInSlices,
  readParsedJson,
  readPosition,
  readStructureObjects,
  readStructures,
  type ReadOutcome,
} from '../../../src/core/structures/readers/index.js';
import { isInFrance } from '../../../src/core/structures/territory.js';

function ok(outcome: ReadOutcome): ReadResult {
  if (isReadError(outcome)) throw new Error(`expected structures, got ${outcome.error}: ${outcome.detail}`);
  return outcome;
}

function read(text: string, name = 'test.txt'): ReadResult {
  return ok(readStructures(text, name));
}

/** A sample file's text; `ignoreBOM` keeps a BOM in the text (response.text() would drop it). */
async function sample(file: string): Promise<string> {
  const response = await fetch(`/demo/data/samples/${file}`);
  expect(response.ok, file).to.equal(true);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

function byName(result: ReadResult, name: string): Structure {
  const found = result.structures.find((s) => s.name === name);
  if (!found) throw new Error(`no "${name}" among ${result.structures.map((s) => s.name).join(' | ')}`);
  return found;
}

/** A one-row own-format file. */
function own(row: Record<string, unknown>): ReadResult {
  return read(JSON.stringify({ structures: [{ name: 'Lieu', lat: 45.764, lon: 4.8357, ...row }] }), 'own.json');
}

// The CSV reader is a chunk of its own, loaded before a text that may be CSV is read.
before(() => loadReaders());

describe('readStructures: the sample files', () => {
  const expected: [string, ReadResult['format'], number, number, ReadResult['skipped']][] = [
    ['cap-numerique.json', 'cap-numerique', 9, 7, { 'missing-name': 1, 'missing-coordinates': 1 }],
    ['structures.geojson', 'geojson', 7, 5, { 'missing-coordinates': 1, 'invalid-coordinates': 1 }],
    // Its two rows without usable coordinates have a postcode: kept apart, to be placed (unplaced).
    ['lieux-mediation-numerique.csv', 'lieux-mediation-numerique', 8, 6, {}],
    ['lieux-mediation-numerique.json', 'lieux-mediation-numerique', 8, 6, { 'not-an-object': 1, 'missing-name': 1 }],
    ['data-inclusion.json', 'data-inclusion', 7, 5, { 'missing-name': 1, 'invalid-coordinates': 1 }],
    ['plain-comma.csv', 'csv', 7, 5, { 'missing-name': 1, 'missing-coordinates': 1 }],
    ['plain-semicolon-bom.csv', 'csv', 8, 6, { 'invalid-coordinates': 1, 'missing-name': 1 }],
  ];
  for (const [file, format, total, kept, skipped] of expected) {
    it(`detects and reads ${file}`, async () => {
      const result = read(await sample(file), file);
      expect(result.format).to.equal(format);
      expect(result.total).to.equal(total);
      expect(result.structures).to.have.length(kept);
      expect(result.skipped).to.deep.equal(skipped);
      for (const s of result.structures) {
        expect(s.name, s.id).to.be.a('string').and.not.equal('');
        expect(Number.isFinite(s.lat) && Number.isFinite(s.lon), s.id).to.equal(true);
        expect(s.source, s.id).to.be.a('string').and.not.equal('');
      }
      expect(new Set(result.structures.map((s) => s.id)).size).to.equal(kept);
    });
  }

  it('reads the own format with labels in place of ids, and every field', async () => {
    const result = read(await sample('cap-numerique.json'), 'cap-numerique.json');
    const dla = byName(result, 'Accompagnement associatif des Monts d\'Or (fictif)');
    expect(dla).to.deep.include({
      id: 'cap-numerique.json:dla-69',
      types: ['dla'],
      themes: ['strategie', 'financement', 'emploi-benevolat'],
      lat: 45.764,
      lon: 4.8357,
      postcode: '69001',
      city: 'Lyon',
      inseeCode: '69381',
      website: 'https://example.org/dla-rhone',
      hours: 'Mo-Fr 09:00-12:30,14:00-17:30; PH off',
      free: true,
      siret: '10000000000011',
      source: 'cap-numerique.json',
      updatedAt: '2025-03-12',
    });
    const mda = byName(result, 'Maison des associations de la Vilaine (fictif)');
    expect(mda.types).to.deep.equal(['maison-associations']);
    expect(mda.themes).to.deep.equal(['outils', 'communication', 'donnees-rgpd']);
  });

  it('reads GeoJSON positions as [lon, lat] and French property names', async () => {
    const result = read(await sample('structures.geojson'), 'structures.geojson');
    const reunion = byName(result, 'Espace numérique du Barachois (fictif)');
    expect([reunion.lat, reunion.lon]).to.deep.equal([-20.8789, 55.4481]);
    expect(reunion.positionWarning).to.equal(undefined);
    const strasbourg = byName(result, 'Maison des associations de l\'Ill (fictif)');
    expect(strasbourg.types).to.deep.equal(['maison-associations']);
    expect(strasbourg.themes).to.deep.equal(['outils', 'formation', 'communication']);
    expect(strasbourg).to.deep.include({ city: 'Strasbourg', postcode: '67000', phone: '+33300000002', id: 'structures.geojson:mda-67' });
  });

  it('reads LaMednum CSV: crosswalk, | and ; lists, fees, first website, swapped coordinates', async () => {
    const result = read(await sample('lieux-mediation-numerique.csv'), 'lmn.csv');
    const fs = byName(result, 'Guichet des démarches de la Reyssouze (fictif)');
    expect(fs).to.deep.include({
      id: 'Exemple:fs-01',
      source: 'Exemple',
      types: ['conseiller-numerique', 'france-services'],
      themes: ['formation'],
      free: true,
      siret: '20000000000012',
      postcode: '01000',
      hours: 'Mo-Fr 09:00-12:00,14:00-17:00',
      email: 'fs-bourg@example.org',
      updatedAt: '2025-04-01',
    });
    const fablab = byName(result, 'Atelier partagé de la Bastille (fictif)');
    expect(fablab.types).to.deep.equal(['tiers-lieu']);
    expect(fablab.free).to.equal(false);
    expect(fablab.website).to.equal('https://example.org/fablab-grenoble');
    const epn = byName(result, 'Espace numérique du Pilat (fictif)');
    // Older files separate lists with ";".
    // « Utilisation sécurisée du numérique » is a person's safe use: no association theme.
    expect(epn.themes).to.deep.equal(['formation']);
    // "Gratuit sous condition" counts as free.
    expect(epn.free).to.equal(true);
    expect(epn.accessibility).to.equal('https://example.org/acceslibre/epn-saint-etienne');
    expect(byName(result, 'Tiers-lieu de la Chouette (fictif)').types).to.deep.equal(['tiers-lieu']);
    const lille = byName(result, 'Centre social des Beffrois (fictif)');
    expect([lille.lat, lille.lon, lille.positionWarning]).to.deep.equal([50.6292, 3.0573, 'swapped']);
    expect(lille.types).to.deep.equal([]);
  });

  it('reads LaMednum JSON and keeps a point outside France, flagged', async () => {
    const result = read(await sample('lieux-mediation-numerique.json'), 'lmn.json');
    const montreal = byName(result, 'Antenne partenaire outre-Atlantique (fictif)');
    expect(montreal.positionWarning).to.equal('outside-france');
    expect([montreal.lat, montreal.lon]).to.deep.equal([45.5019, -73.5674]);
    const noumea = byName(result, 'Relais numérique de l\'Anse (fictif)');
    expect(noumea.positionWarning).to.equal(undefined);
    expect(noumea.siret).to.equal('150000001');
  });

  it('reads a data·inclusion bundle, joining services to their structure', async () => {
    const result = read(await sample('data-inclusion.json'), 'di.json');
    const fa = byName(result, 'Fonds solidaire des Abers (fictif)');
    expect(fa).to.deep.include({
      id: 'exemple:fa-35',
      source: 'exemple',
      types: ['france-active'],
      // Its services are business creation (`creation-activite--*`): help for individuals, no theme.
      themes: [],
      free: true,
      hours: 'Mo-Fr 09:00-17:00; PH off',
      email: 'bretagne@example.org',
      siret: '21000000000019',
    });
    const cayenne = byName(result, 'Médiateurs numériques de la Crique (fictif)');
    expect(cayenne.themes).to.deep.equal(['formation']);
    expect(cayenne.free).to.equal(false);
    expect(cayenne.accessibility).to.equal('https://example.org/acceslibre/cn-cayenne');
    // Leading a person towards volunteering is help for that person, not for an association.
    expect(byName(result, 'Tiers-lieu des Gorges (fictif)').themes).to.deep.equal([]);
  });

  it('reads a comma CSV with labels and a semicolon CSV with a BOM and decimal commas', async () => {
    const comma = read(await sample('plain-comma.csv'), 'plain-comma.csv');
    const dla = byName(comma, 'Accompagnement associatif du Limousin vert (fictif)');
    expect(dla).to.deep.include({ types: ['dla'], free: true, lat: 45.83, lon: 1.258, postcode: '87000' });
    expect(dla.themes).to.deep.equal(['strategie', 'financement', 'emploi-benevolat']);
    expect(byName(comma, "Accueil associatif des Dômes (fictif)").types).to.deep.equal(['point-appui']);
    const text = await sample('plain-semicolon-bom.csv');
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const semi = read(text, 'semi.csv');
    const hub = byName(semi, 'Plateforme numérique des Terrils (fictif)');
    expect(hub).to.deep.include({ lat: 50.631, lon: 3.06, city: 'Lille', email: 'hub-hdf@example.org', types: ['hub-numerique'] });
    expect(hub.themes).to.deep.equal(['outils', 'formation', 'donnees-rgpd']);
    expect(byName(semi, 'Tiers-lieu des Bastides (fictif)').website).to.equal('https://www.example.org/tiers-lieu-perigord');
  });
});

describe('readStructures: detection', () => {
  it('removes a BOM before JSON too', () => {
    expect(read('\uFEFF[{"name":"A","lat":45.76,"lon":4.83}]').format).to.equal('cap-numerique');
  });

  it('tells comma, semicolon and tab CSV apart from the header line', () => {
    for (const delimiter of [',', ';', '\t']) {
      const csv = ['nom', 'lat', 'lon', 'commune'].join(delimiter) + '\n' + ['Lieu', '45.76', '4.83', 'Lyon'].join(delimiter) + '\n';
      const result = read(csv);
      expect(result.format, JSON.stringify(delimiter)).to.equal('csv');
      expect(result.structures[0]).to.deep.include({ name: 'Lieu', lat: 45.76, lon: 4.83, city: 'Lyon' });
    }
  });

  it('accepts the usual column names, in any case and with accents', () => {
    const csv = 'Name;Latitude;LNG;Type(s);Thématiques;E-mail;Website;Code Postal;Mise à jour\n' +
      'Lieu;45,76;4,83;DLA|CRIB;Financement;contact@example.org;https://example.org;1000;15/03/2025\n';
    const [s] = read(csv).structures;
    expect(s).to.deep.include({
      name: 'Lieu',
      lat: 45.76,
      lon: 4.83,
      email: 'contact@example.org',
      website: 'https://example.org/',
      postcode: '1000',
      updatedAt: '2025-03-15',
    });
    expect(s!.themes).to.deep.equal(['financement']);
  });

  it('reads LaMednum CSV whatever the column order, and LaMednum lists in JSON arrays', () => {
    const csv = 'nom,code_postal,latitude,longitude,pivot,services\n"Lieu, avec virgule",69001,45.76,4.83,12345678900012,"Prendre en main un ordinateur"\n';
    const result = read(csv);
    expect(result.format).to.equal('lieux-mediation-numerique');
    expect(result.structures[0]).to.deep.include({ name: 'Lieu, avec virgule', themes: ['formation'] });
    const json = read(JSON.stringify([{ pivot: '12345678900012', nom: 'Lieu', latitude: 45.76, longitude: 4.83, typologie: ['EPN', 'ASSO'] }]));
    expect(json.structures[0]!.types).to.deep.equal(['epn']);
  });

  it('reads data·inclusion arrays: services mixed in or nested, API pages, v0 fields', () => {
    const structure = { source: 's', id: 's--1', nom: 'Structure', date_maj: '2025-01-01', latitude: 45.76, longitude: 4.83 };
    const mixed = read(JSON.stringify([
      structure,
      { source: 's', structure_id: 's--1', id: 's--1-a', nom: 'Service', thematiques: ['numerique--prendre-en-main-un-ordinateur'], frais: 'payant' },
      { source: 's', structure_id: 's--unknown', id: 'x', nom: 'Orphan', thematiques: ['creation-activite--financer-son-projet'] },
    ]));
    expect(mixed.format).to.equal('data-inclusion');
    expect(mixed.total).to.equal(1);
    expect(mixed.structures[0]).to.deep.include({ id: 's:1', themes: ['formation'], free: false });

    const nested = read(JSON.stringify({ items: [{ ...structure, services: [{ thematiques: ['numerique--maitriser-les-fondamentaux-du-numerique'], frais: ['gratuit'] }] }] }));
    expect(nested.structures[0]).to.deep.include({ themes: ['formation'], free: true });

    const v0 = read(JSON.stringify([{
      ...structure,
      typologie: 'TIERS_LIEUX',
      labels_nationaux: ['CONSEILLER_NUMERIQUE', 'FRANCE_SERVICE'],
      thematiques: ['numerique--prendre-en-main-un-ordinateur'],
      horaires_ouverture: 'Mo 10:00-12:00',
      presentation_resume: 'Résumé',
    }]));
    expect(v0.structures[0]).to.deep.include({
      types: ['conseiller-numerique', 'france-services', 'tiers-lieu'],
      themes: ['formation'],
      hours: 'Mo 10:00-12:00',
      description: 'Résumé',
    });
  });

  it('reads a single GeoJSON Feature and LaMednum properties inside GeoJSON', () => {
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.83, 45.76] },
      properties: { pivot: '12345678900012', nom: 'Lieu', dispositif_programmes_nationaux: 'Conseillers numériques', id: 'p1' },
    };
    const result = read(JSON.stringify(feature));
    expect(result.format).to.equal('geojson');
    expect(result.structures[0]).to.deep.include({ id: 'test.txt:p1', name: 'Lieu', lat: 45.76, lon: 4.83, types: ['conseiller-numerique'] });
  });

  it('skips GeoJSON features that are not points', () => {
    const result = read(JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[4, 45], [5, 45], [5, 46], [4, 45]]] }, properties: { name: 'Zone' } },
        { type: 'Feature', geometry: null, properties: { name: 'Nulle part' } },
        { type: 'Feature', properties: null },
        null,
      ],
    }));
    expect(result.skipped).to.deep.equal({ 'invalid-coordinates': 1, 'missing-coordinates': 1, 'missing-name': 1, 'not-an-object': 1 });
    expect(result.total).to.equal(4);
  });

  it('returns unknown-format, never throws, for files that are none of the formats', () => {
    const cases = [
      '{"foo": 1}',
      '"hello"',
      '42',
      'null',
      '[1, 2, 3]',
      '{"type": "FeatureCollection", "features": 3}',
      '{ not json',
      '<!doctype html><html><body>Erreur 404</body></html>',
      'nom,commune\nLieu,Lyon\n',
      'just a sentence',
    ];
    for (const text of cases) {
      const outcome = readStructures(text, 'x');
      expect(isReadError(outcome) && outcome.error, text).to.equal('unknown-format');
      expect((outcome as { detail: string }).detail, text).to.be.a('string').and.not.equal('');
    }
    const csv = readStructures('nom,commune\nLieu,Lyon\n', 'x');
    expect((csv as { detail: string }).detail).to.contain('latitude');
    expect((readStructures('<html></html>', 'x') as { detail: string }).detail).to.contain('HTML');
    expect(() => readStructures(undefined as unknown as string, 'x')).not.to.throw();
  });

  it('says that a JSON value that is no object or list is JSON, not a CSV without columns', () => {
    for (const text of ['null', '42', '"hello"', 'true']) {
      expect((readStructures(text, 'x') as { detail: string }).detail, text).to.equal('the JSON is neither an object nor a list');
    }
  });

  it('skips rows that throw when read (getters, proxies) one by one, keeping the others', () => {
    const trap = { get name(): string { throw new Error('trap'); }, lat: 45.76, lon: 4.84 };
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    const result = readStructureObjects([trap, proxy, { name: 'Lieu sain', lat: 45.76, lon: 4.84 }], 'structures') as ReadResult;
    expect(result.structures.map((s) => s.name)).to.deep.equal(['Lieu sain']);
    expect(result.skipped).to.deep.equal({ 'not-an-object': 2 });
  });

  it('returns empty for an empty file, blanks, a lone BOM or an empty list', () => {
    for (const text of ['', '   \n\t', '\uFEFF', '[]']) {
      const outcome = readStructures(text, 'x');
      expect(isReadError(outcome) && outcome.error, JSON.stringify(text)).to.equal('empty');
    }
  });

  it('reads a header-only CSV and an empty own-format list as zero rows', () => {
    expect(read('nom;latitude;longitude\n')).to.deep.equal({ format: 'csv', structures: [], skipped: {}, total: 0 });
    expect(read('{"structures": []}').format).to.equal('cap-numerique');
  });
});

describe('readStructures: rows', () => {
  it('counts every skipped row by reason, and total = kept + skipped', () => {
    const rows = [
      { name: 'ok', lat: 45.76, lon: 4.83 },
      { name: '   ', lat: 45.76, lon: 4.83 },
      { lat: 45.76, lon: 4.83 },
      { name: 'no lat', lon: 4.83 },
      { name: 'blank lat', lat: '', lon: 4.83 },
      { name: 'zero', lat: 0, lon: 0 },
      { name: 'text', lat: 'abc', lon: 4.83 },
      { name: 'nan', lat: 'NaN', lon: 4.83 },
      { name: 'infinite', lat: '1e999', lon: 4.83 },
      { name: 'too far north', lat: 91, lon: 4.83 },
      { name: 'too far east', lat: 45, lon: 181 },
      { name: 'a boolean', lat: true, lon: 4.83 },
      'a string',
      42,
      null,
      [1, 2],
    ];
    const result = read(JSON.stringify({ structures: rows }));
    expect(result.structures.map((s) => s.name)).to.deep.equal(['ok']);
    expect(result.skipped).to.deep.equal({
      'missing-name': 2,
      'missing-coordinates': 3,
      'invalid-coordinates': 6,
      'not-an-object': 4,
    });
    expect(result.total).to.equal(rows.length);
  });

  it('swaps coordinates only when the swapped point is in France', () => {
    expect(readPosition(4.8357, 45.764)).to.deep.equal({ lat: 45.764, lon: 4.8357, positionWarning: 'swapped' });
    expect(readPosition('-61.5331', '16.2411')).to.deep.equal({ lat: 16.2411, lon: -61.5331, positionWarning: 'swapped' });
    // Wallis-et-Futuna swapped: longitude -176 cannot be a latitude.
    expect(readPosition(-176.2, -13.28)).to.deep.equal({ lat: -13.28, lon: -176.2, positionWarning: 'swapped' });
    expect(readPosition(40.71, -74.0)).to.deep.equal({ lat: 40.71, lon: -74, positionWarning: 'outside-france' });
    expect(readPosition(45.764, 4.8357)).to.deep.equal({ lat: 45.764, lon: 4.8357 });
    expect(readPosition('45,764', '4,8357')).to.deep.equal({ lat: 45.764, lon: 4.8357 });
  });

  it('knows mainland France, Corsica and every overseas territory', () => {
    const inside: [string, number, number][] = [
      ['Paris', 48.8566, 2.3522], ['Brest', 48.3904, -4.4861], ['Strasbourg', 48.5734, 7.7521],
      ['Bonifacio', 41.3875, 9.1594], ['Dunkerque', 51.0344, 2.3768], ['Menton', 43.7747, 7.4975],
      ['Pointe-à-Pitre', 16.2411, -61.5331], ['Fort-de-France', 14.6161, -61.0588], ['Cayenne', 4.9224, -52.3135],
      ['Saint-Denis', -20.8789, 55.4481], ['Mamoudzou', -12.7806, 45.2279], ['Saint-Pierre', 46.7811, -56.1764],
      ['Gustavia', 17.8962, -62.8498], ['Marigot', 18.0679, -63.0825], ['Mata-Utu', -13.2825, -176.1745],
      ['Papeete', -17.535, -149.5696], ['Nouméa', -22.2758, 166.458],
    ];
    for (const [place, lat, lon] of inside) expect(isInFrance(lat, lon), place).to.equal(true);
    const outside: [string, number, number][] = [
      ['Montréal', 45.5019, -73.5674], ['Madrid', 40.4168, -3.7038], ['London', 51.5072, -0.1276],
      ['Null Island', 0, 0], ['Dakar', 14.7167, -17.4677], ['Swapped Lyon', 4.8357, 45.764],
    ];
    for (const [place, lat, lon] of outside) expect(isInFrance(lat, lon), place).to.equal(false);
    expect(isInFrance(Number.NaN, 2)).to.equal(false);
  });

  it('keeps HTML and scripts as plain text, untouched', () => {
    const name = '<script>alert("x")</script> Association <b>Gras</b>';
    const description = '<img src=x onerror="alert(1)">\nDeuxième ligne & suite';
    const [s] = own({ name, description, city: '<iframe src="javascript:alert(1)"></iframe>' }).structures;
    expect(s!.name).to.equal(name);
    expect(s!.description).to.equal(description);
    expect(s!.city).to.equal('<iframe src="javascript:alert(1)"></iframe>');
    const csv = read(`nom,lat,lon\n"<script>alert(1)</script>",45.76,4.83\n`);
    expect(csv.structures[0]!.name).to.equal('<script>alert(1)</script>');
  });

  it('keeps only http(s) URLs', () => {
    const dropped = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org',
      'mailto:a@example.org',
      'not a url',
    ];
    for (const url of dropped) {
      const [s] = own({ website: url, appointmentUrl: url, accessibility: url }).structures;
      expect(s!.website, url).to.equal(undefined);
      expect(s!.appointmentUrl, url).to.equal(undefined);
      if (url !== 'not a url') expect(s!.accessibility, url).to.equal(undefined);
    }
    const [s] = own({
      website: 'www.example.org/page',
      appointmentUrl: 'HTTPS://Example.org/rdv',
      accessibility: 'Accès de plain-pied, rampe à gauche',
    }).structures;
    expect(s).to.deep.include({
      website: 'https://www.example.org/page',
      appointmentUrl: 'https://example.org/rdv',
      accessibility: 'Accès de plain-pied, rampe à gauche',
    });
    const lmn = read('pivot,nom,code_postal,latitude,longitude,site_web,prise_rdv\n123456789,L,69001,45.76,4.83,javascript:alert(1)|https://example.org,"data:text/html;base64,AAAA"\n');
    expect(lmn.structures[0]).to.deep.include({ website: 'https://example.org/' });
    expect(lmn.structures[0]!.appointmentUrl).to.equal(undefined);
  });

  it('cleans text: trimmed, control and bidi-override characters removed, one line where one line is meant', () => {
    const [s] = own({
      name: '  Lieu\u0000 \u0007du\n\t centre\u202E  ',
      description: '  Ligne 1  \r\n\r\n\r\n\r\nLigne\u0008 2  ',
      phone: ' +33 4 00 00 00 00 ',
      email: 'mailto:contact@example.org',
    }).structures;
    expect(s).to.deep.include({
      name: 'Lieu du centre',
      description: 'Ligne 1\n\nLigne 2',
      phone: '+33 4 00 00 00 00',
      email: 'contact@example.org',
    });
  });

  it('caps a 10 MB field at 5,000 characters', () => {
    const huge = 'é'.repeat(10 * 1024 * 1024);
    const [s] = own({ name: huge, description: `${huge}\n${huge}` }).structures;
    expect(s!.name).to.have.length(5000);
    expect(s!.description).to.have.length(5000);
    const csv = read(`nom,lat,lon,description\n"${'x'.repeat(10 * 1024 * 1024)}",45.76,4.83,"${'<p>'.repeat(100000)}"\n`);
    expect(csv.structures[0]!.name).to.have.length(5000);
    expect(csv.structures[0]!.description).to.have.length(5000);
  });

  it('drops a bad optional field of the own format but keeps the row', () => {
    const [s] = own({
      id: 17,
      free: 'peut-être',
      siret: 'pas un siret',
      updatedAt: 'hier',
      email: 'pas un courriel',
      types: ['dla', 'inconnu', 42],
      themes: 'Financement, Outils',
      postcode: 1000,
      inseeCode: 1053,
    }).structures;
    expect(s).to.deep.include({ id: 'own.json:17', types: ['dla'], themes: ['financement', 'outils'], postcode: '01000', inseeCode: '01053' });
    for (const key of ['free', 'siret', 'updatedAt', 'email']) expect(s, key).not.to.have.property(key);
  });

  it('makes ids unique within a file and falls back to the row number', () => {
    const result = read(JSON.stringify([
      { id: 'a', name: 'A', lat: 45.76, lon: 4.83 },
      { id: 'a', name: 'B', lat: 45.76, lon: 4.83 },
      { name: 'C', lat: 45.76, lon: 4.83 },
    ]), 'f.json');
    expect(result.structures.map((s) => s.id)).to.deep.equal(['f.json:a', 'f.json:a~2', 'f.json:3']);
  });

  it('never lets __proto__ or constructor keys pollute anything', () => {
    const json = `{
      "__proto__": {"polluted": "top"},
      "constructor": {"prototype": {"polluted": "ctor"}},
      "structures": [
        {"name": "A", "lat": 45.76, "lon": 4.83, "__proto__": {"polluted": "row", "name": "Proto"},
         "constructor": {"prototype": {"polluted": "row-ctor"}}, "types": ["constructor", "__proto__", "toString"],
         "themes": ["hasOwnProperty", "valueOf"]},
        {"__proto__": {"name": "Proto", "lat": 1, "lon": 2}}
      ]
    }`;
    const result = read(json);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
    expect(result.structures).to.have.length(1);
    const [s] = result.structures;
    expect(Object.getPrototypeOf(s)).to.equal(Object.prototype);
    expect(s!.name).to.equal('A');
    expect(s!.types).to.deep.equal([]);
    expect(s!.themes).to.deep.equal([]);
    expect(Object.keys(s!).sort()).to.deep.equal(['id', 'lat', 'lon', 'name', 'source', 'themes', 'types']);
    expect(result.skipped).to.deep.equal({ 'missing-name': 1 });

    const lmn = read(JSON.stringify([{ pivot: '123456789', nom: 'L', latitude: 45.76, longitude: 4.83, typologie: 'constructor|__proto__', services: 'toString' }]));
    expect(lmn.structures[0]).to.deep.include({ types: [], themes: [] });
    const di = read(JSON.stringify([
      { source: 's', id: 'constructor', nom: 'D', date_maj: '2025-01-01', latitude: 45.76, longitude: 4.83 },
      { source: 's', structure_id: 'constructor', id: 'x', nom: 'S', thematiques: ['se-former--utiliser-le-numerique'] },
      { source: 's', structure_id: '__proto__', id: 'y', nom: 'T', thematiques: ['creation-activite'] },
      { source: 's', structure_id: 'toString', id: 'z', nom: 'U', thematiques: ['creation-activite'] },
    ]));
    expect(di.structures[0]!.themes).to.deep.equal(['formation']);
    const csv = read('__proto__,constructor,nom,lat,lon\n{"polluted":1},x,Lieu,45.76,4.83\n');
    expect(csv.structures[0]!.name).to.equal('Lieu');
    const geo = read('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[4.83,45.76]},"properties":{"__proto__":{"name":"P"},"name":"G"}}]}');
    expect(geo.structures[0]!.name).to.equal('G');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).name).to.equal(undefined);
  });

  it('reads 100,000 CSV rows with the right counts', () => {
    const lines = ['nom;latitude;longitude;types;themes;code_postal'];
    for (let i = 0; i < 100_000; i++) {
      const lat = (43 + (i % 500) / 100).toFixed(4);
      const lon = (1 + Math.floor(i / 500) / 100).toFixed(4);
      if (i % 10 === 0) lines.push(`Lieu ${i};;${lon};DLA;Outils;69001`);
      else if (i % 25 === 1) lines.push(`;${lat};${lon};;;`);
      else lines.push(`Lieu ${i};${lat};${lon};DLA|CRIB;Outils|Formation;69001`);
    }
    const result = read(lines.join('\n'), 'big.csv');
    expect(result.total).to.equal(100_000);
    // Rows without a latitude but with a postcode are kept apart, to be placed at their commune.
    expect(result.skipped).to.deep.equal({ 'missing-name': 4_000 });
    expect(result.unplaced).to.have.length(10_000);
    expect(result.structures).to.have.length(86_000);
    expect(result.structures[0]).to.deep.include({ name: 'Lieu 2', types: ['dla', 'crib'], themes: ['outils', 'formation'] });
  });

  it('reads 100,000 rows of the own JSON format with the right counts', () => {
    const structures = Array.from({ length: 100_000 }, (_, i) =>
      i % 20 === 0
        ? { name: `Lieu ${i}`, lat: 'x', lon: 2 }
        : { id: i, name: `Lieu ${i}`, lat: 43 + (i % 700) / 100, lon: -1 + (i % 900) / 100, types: ['epn'], website: 'https://example.org' },
    );
    const result = read(JSON.stringify({ structures }), 'big.json');
    expect(result.total).to.equal(100_000);
    expect(result.skipped).to.deep.equal({ 'invalid-coordinates': 5_000 });
    expect(result.structures).to.have.length(95_000);
  });
});

describe('readStructureObjects: details after the first draw', () => {
  const rows = Array.from({ length: 700 }, (_, i) => ({
    id: `r${i}`,
    name: `  Lieu ${i}  `,
    lat: 45 + i / 1000,
    lon: 4,
    themes: ['outils'],
    city: 'Lyon',
    hours: 'Mo-Fr 09:00-12:00',
    free: 'oui',
    address: `${i} rue\u0000 de la Paix`,
    description: '<b>Accueil</b>\n\n\n\nsur place',
    phone: 1234,
    email: i % 2 ? `contact${i}@exemple.org` : 'pas une adresse',
    website: i % 3 ? 'javascript:alert(1)' : 'www.exemple.org/lieu',
    accessibility: 'https://acceslibre.beta.gouv.fr/x',
    siret: '123 456 789 00012',
    updatedAt: '03/02/2026',
  }));

  it('leaves the detail fields for later, then gives exactly what a full read gives', () => {
    const full = ok(readStructureObjects(rows, 'x'));
    const deferred = readStructureObjects(rows, 'x', { deferDetails: true });
    if (isReadError(deferred)) throw new Error(deferred.detail);
    expect(full).not.to.have.property('details');
    // Needed for the list, its filters and open status: read at once.
    expect(deferred.structures[1]).to.include({ name: 'Lieu 1', city: 'Lyon', hours: 'Mo-Fr 09:00-12:00', free: true });
    expect(deferred.structures[1]).not.to.have.property('description');
    expect(deferred.structures[1]).not.to.have.property('email');
    expect(deferred.skipped).to.deep.equal(full.skipped);
    // A deadline already passed: one slice (256 rows), not everything.
    expect(deferred.details!.run(0)).to.equal(false);
    expect(deferred.structures[255]).to.have.property('description');
    expect(deferred.structures[256]).not.to.have.property('description');
    expect(deferred.details!.run()).to.equal(true);
    expect(deferred.structures).to.deep.equal(full.structures);
    expect(deferred.structures[1]).to.include({ email: 'contact1@exemple.org', description: '<b>Accueil</b>\n\nsur place', siret: '12345678900012', updatedAt: '2026-02-03' });
    expect(deferred.structures[1]).not.to.have.property('website');
    expect(deferred.structures[0]).to.include({ website: 'https://www.exemple.org/lieu' });
  });

  it('defers nothing for the other formats', () => {
    const lamednum = [{ id: '1', pivot: '00000000000000', nom: 'Lieu', latitude: 45, longitude: 4, adresse: '1 rue', code_postal: '69001', commune: 'Lyon', presentation_resume: 'Texte' }];
    const outcome = readStructureObjects(lamednum, 'x', { deferDetails: true });
    if (isReadError(outcome)) throw new Error(outcome.detail);
    expect(outcome.format).to.equal('lieux-mediation-numerique');
    expect(outcome).not.to.have.property('details');
    expect(outcome.structures[0]).to.include({ description: 'Texte' });
  });
});

describe('reading in slices', () => {
  // 1,800 rows of our format, with a bad row, duplicate ids and rows without ids across slices.
  const rows: unknown[] = Array.from({ length: 1800 }, (_, i) => ({
    ...(i % 7 ? { id: `s${i % 900}` } : {}),
    name: `Lieu ${i}`,
    lat: 45 + i / 10000,
    lon: 4,
    themes: ['outils'],
    description: `Description ${i}`,
  }));
  rows[1000] = { name: 'Sans position' };
  rows[1200] = 'not an object';

  it('gives what reading at once gives, pausing between slices of 256 rows', async () => {
    let pauses = 0;
    const pause = () => {
      pauses++;
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    const data = { structures: rows };
    const sliced = await readJsonInSlices(data, 'x', { deferDetails: true }, pause);
    const whole = readParsedJson(data, 'x', { deferDetails: true });
    if (isReadError(sliced) || isReadError(whole)) throw new Error('read error');
    expect(pauses).to.equal(7);
    expect(sliced.structures).to.deep.equal(whole.structures);
    expect(sliced.skipped).to.deep.equal({ 'missing-coordinates': 1, 'not-an-object': 1 });
    expect(sliced.structures.map((s) => s.id).filter((id) => id.endsWith('~2'))).to.have.length(whole.structures.filter((s) => s.id.endsWith('~2')).length);
    // The details are still deferred, and complete the same way.
    sliced.details!.run();
    whole.details!.run();
    expect(sliced.structures).to.deep.equal(whole.structures);

    const objects = await readObjectsInSlices(rows, 'structures', {}, pause);
    expect(objects).to.deep.equal(readStructureObjects(rows, 'structures'));
    expect(pauses).to.equal(14);
  });

  it('reads LaMednum rows in slices too, small lists and rows whose getters throw at once', async () => {
    let pauses = 0;
    const pause = () => void pauses++;
    const lamednum = Array.from({ length: 600 }, (_, i) => ({ id: String(i), pivot: '00000000000000', nom: `Lieu ${i}`, latitude: 45, longitude: 4 }));
    expect(await readJsonInSlices(lamednum, 'x', {}, pause)).to.deep.equal(readParsedJson(lamednum, 'x'));
    expect(pauses).to.equal(2);
    const small = rows.slice(0, 200);
    expect(await readJsonInSlices(small, 'x', {}, pause)).to.deep.equal(readParsedJson(small, 'x'));
    expect(pauses).to.equal(2);
    // A getter that throws (rows handed over by a script): that row is skipped, the others kept.
    const tricky = rows.slice(0, 900).map((row, i) => (i === 700 ? { get name(): string { throw new Error('boom'); }, lat: 45, lon: 4 } : row));
    const outcome = await readObjectsInSlices(tricky, 'x', {}, pause);
    expect(outcome).to.deep.equal(readStructureObjects(tricky, 'x'));
    if (isReadError(outcome)) throw new Error(outcome.detail);
    expect(outcome.structures).to.have.length(899);
  });
});
