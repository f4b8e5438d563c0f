import { expect } from '@open-wc/testing';
import type { ReadResult, Structure } from '../../../src/core/structures/model.js';
import { isReadError, loadReaders, readTextInSlices, readStructures, type ReadOutcome } from '../../../src/core/structures/readers/index.js';

/** A file of tests/fixtures/standards/ read as the finder reads a `src` file (in slices). */
async function readFixture(file: string): Promise<ReadResult> {
  const response = await fetch(`/tests/fixtures/standards/${file}`);
  expect(response.ok, file).to.equal(true);
  return ok(await readTextInSlices(await response.text(), file, {}, () => undefined));
}

function ok(outcome: ReadOutcome): ReadResult {
  if (isReadError(outcome)) throw new Error(`expected structures, got ${outcome.error}: ${outcome.detail}`);
  return outcome;
}

function named(list: readonly Structure[] | undefined, name: string): Structure {
  const found = list?.find((s) => s.name === name);
  if (!found) throw new Error(`no "${name}" among ${list?.map((s) => s.name).join(' | ')}`);
  return found;
}

describe('real files: LaMednum v0.1 (the standard’s first example)', () => {
  it('reads the older names: e-mail, accessibility link, national labels, fees, ways of support', async () => {
    const result = await readFixture('lamednum-v0.1-exemple.csv');
    expect(result.format).to.equal('lieux-mediation-numerique');
    expect(result.total).to.equal(2);
    const anonymal = named(result.structures, 'Anonymal');
    expect(anonymal.email).to.equal('contact@laquincaillerie.tl');
    expect(anonymal.accessibility).to.equal('https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/');
    // `labels_nationaux` goes to the crosswalk as `dispositif_programmes_nationaux` does.
    expect(anonymal.types).to.include('france-services');
    // « Payant : … ; Accepte le Pass numérique : … »: the pass makes it free for someone.
    expect(anonymal.free).to.equal(true);
    expect(anonymal.supportModes).to.deep.equal([
      'Seul : j\'ai accès à du matériel et une connexion',
      'Avec de l\'aide : je suis accompagné seul dans l\'usage du numérique',
    ]);
    expect(anonymal.updatedAt).to.equal('2022-06-02');
  });

  it('keeps a row without coordinates but with an INSEE code, to be placed at its commune', async () => {
    const result = await readFixture('lamednum-v0.1-exemple.csv');
    expect(result.structures.map((s) => s.name)).to.deep.equal(['Anonymal']);
    expect(result.skipped).to.deep.equal({});
    const mediatheque = named(result.unplaced, 'Médiathèque Jean Falala (variante)');
    expect(mediatheque).to.deep.include({ inseeCode: '51454', postcode: '51100', positionWarning: 'approximate', free: true });
    expect(Number.isNaN(mediatheque.lat) && Number.isNaN(mediatheque.lon)).to.equal(true);
    expect(mediatheque.phones).to.deep.equal(['03 26 35 68 00', '03 26 35 68 01']);
    expect(mediatheque.phone).to.equal('03 26 35 68 00');
    // 1970-01-01 is a placeholder, not « mis à jour le 1 janvier 1970 ».
    expect(mediatheque.updatedAt).to.equal(undefined);
  });

  it('counts the filled fields it does not use, by rows', async () => {
    const result = await readFixture('lamednum-v0.1-exemple.csv');
    expect(result.unusedFields).to.deep.equal({ cle_ban: 1, structure_parente: 1, publics_accueillis: 2, labels_autres: 1 });
  });
});

describe('real files: LaMednum v1 (the standard’s current example)', () => {
  it('reads the first of several e-mails separated by commas, and counts the fields left out', async () => {
    const result = await readFixture('lamednum-v1-exemple.csv');
    const anonymal = named(result.structures, 'Anonymal');
    expect(anonymal.email).to.equal('contact@laquincaillerie.tl');
    expect(anonymal.supportModes).to.deep.equal(['En autonomie', 'Accompagnement individuel']);
    expect(anonymal.free).to.equal(true);
    // Its lists are separated by commas: « TIERS_LIEUX,ASSO », « Aidants Connect, Conseillers numériques, … ».
    expect(anonymal.types).to.deep.equal(['conseiller-numerique', 'tiers-lieu']);
    expect(anonymal.themes).to.not.be.empty;
    expect(Object.keys(result.unusedFields ?? {}).sort()).to.deep.equal([
      'autres_formations_labels', 'itinerance', 'modalite_acces', 'prise_en_charge_specifique',
      'publics_specifiquement_adresses', 'structure_parente',
    ]);
  });
});

describe('real files: a 2024 cartographie export (LaMednum JSON)', () => {
  it('shows every row: placed, placed approximately, or skipped with its reason', async () => {
    const result = await readFixture('lamednum-export-2024.json');
    expect(result.total).to.equal(8);
    expect(result.skipped).to.deep.equal({ 'missing-coordinates': 1, duplicate: 1 });
    expect(result.unplaced?.map((s) => s.name)).to.deep.equal(['France Services de Tarare', 'Point numérique de Papeete']);
    expect(result.structures.length + (result.unplaced?.length ?? 0) + 2).to.equal(result.total);
  });

  it('merges the same place listed by two sources, keeping both sources and dates', async () => {
    const result = await readFixture('lamednum-export-2024.json');
    const epn = named(result.structures, 'Espace numérique de la Croix-Rousse');
    expect(result.structures.filter((s) => s.name.toLowerCase() === epn.name.toLowerCase())).to.have.length(1);
    expect(epn.source).to.equal('Conseiller Numerique');
    expect(epn.mergedFrom).to.deep.equal([{ id: 'Hinaura:conseiller-numerique-5f3c2a-bis', source: 'Hinaura', updatedAt: '2024-05-02' }]);
    expect(epn.types).to.include.members(['conseiller-numerique', 'france-services', 'epn']);
  });

  it('keeps e-mails, accessibility links, phones, fees and ways of support under older names', async () => {
    const result = await readFixture('lamednum-export-2024.json');
    const epn = named(result.structures, 'Espace numérique de la Croix-Rousse');
    expect(epn.email).to.equal('numerique@example.org');
    expect(epn.accessibility).to.match(/^https:\/\/acceslibre\.beta\.gouv\.fr\//);
    expect(epn.phones).to.deep.equal(['+33478000001', '+33612345678']);
    expect(epn.free).to.equal(true);
    expect(epn.supportModes).to.deep.equal(['À distance', 'Itinérant', 'Dans un lieu']);
    const tarare = named(result.unplaced, 'France Services de Tarare');
    expect(tarare.phones).to.deep.equal(['04 74 00 00 02', '04 74 00 00 03']);
    expect(tarare.email).to.equal('franceservices.tarare@example.org');
    expect(tarare.free).to.equal(false);
    expect(tarare.types).to.deep.equal(['france-services']);
    expect(tarare.updatedAt).to.equal(undefined);
  });

  it('reads overseas rows, and ignores placeholder dates', async () => {
    const result = await readFixture('lamednum-export-2024.json');
    const noumea = named(result.structures, 'Cyber-base de Nouméa');
    expect(noumea).to.deep.include({ inseeCode: '98818', lat: -22.2758, lon: 166.458 });
    expect(noumea.positionWarning).to.equal(undefined);
    expect(noumea.supportModes).to.deep.equal(['Accompagnement individuel']);
    expect(named(result.unplaced, 'Point numérique de Papeete')).to.deep.include({ postcode: '98714', inseeCode: '98735' });
    const gustavia = named(result.structures, 'Espace numérique de Gustavia');
    expect(gustavia.postcode).to.equal('97133');
    expect(gustavia.updatedAt, '0001-01-01').to.equal(undefined);
    // A position far from its own commune is kept as given (flagged later, from the commune index).
    expect(named(result.structures, 'Médiathèque de Reims (position d\'exemple)')).to.deep.include({ lat: 43.52609, lon: 5.41423 });
  });

  it('counts the unused fields', async () => {
    const result = await readFixture('lamednum-export-2024.json');
    expect(result.unusedFields).to.deep.equal({ publics_accueillis: 1, structure_parente: 1 });
  });
});

describe('real files: data·inclusion v1', () => {
  it('joins services to their structures: themes, fees, mobilisation link, ways of support', async () => {
    const result = await readFixture('data-inclusion-v1-bundle.json');
    expect(result.format).to.equal('data-inclusion');
    const maison = named(result.structures, 'Maison du numérique de Villeurbanne');
    expect(maison.mobilisationUrl).to.equal('https://www.actionlogement.fr/demande-cfi');
    expect(maison.supportModes).to.deep.equal(['en-presentiel', 'a-distance']);
    expect(maison.themes).to.include('formation');
    expect(maison.free).to.equal(true);
    expect(maison.types).to.deep.equal(['conseiller-numerique']);
    expect(maison.phones).to.deep.equal(['0478000004', '0478000005']);
    // The same structure listed twice, merged; the other listing's website kept.
    expect(result.skipped).to.deep.equal({ duplicate: 1 });
    expect(maison.website).to.equal('https://example.org/maison-numerique');
    expect(maison.mergedFrom?.map((m) => m.updatedAt)).to.deep.equal(['2024-11-02']);
  });

  it('keeps the schema’s example structure (no coordinates, an INSEE code) to be placed, and counts orphan services', async () => {
    const result = await readFixture('data-inclusion-v1-bundle.json');
    expect(named(result.unplaced, 'état français')).to.deep.include({ inseeCode: '75108', siret: '10000001700010', positionWarning: 'approximate' });
    expect(result.servicesWithoutStructure).to.equal(1);
    expect(result.unusedFields).to.deep.include({ lien_source: 1, 'services.nom': 2, 'services.description': 2 });
  });

  it('reads the search endpoint’s answer: each structure once, with all its services', async () => {
    const result = await readFixture('data-inclusion-v1-search.json');
    expect(result.format).to.equal('data-inclusion');
    expect(result.total).to.equal(2);
    const centre = named(result.structures, 'Centre social des Pentes');
    expect(centre.id).to.equal('dora:st1');
    expect(centre.mobilisationUrl).to.equal('https://example.org/inscription');
    // Basic digital skills serve volunteers: training, not tools for the association.
    expect(centre.themes).to.deep.equal(['formation']);
    expect(centre.supportModes).to.deep.equal(['en-presentiel']);
    expect(named(result.unplaced, 'Accueil de jour de Villeurbanne').inseeCode).to.equal('69266');
    expect(result.servicesWithoutStructure).to.equal(undefined);
  });

  it('says how many services came without their structure in a services-only file', async () => {
    const result = await readFixture('data-inclusion-v1-services.json');
    expect(result.format).to.equal('data-inclusion');
    expect(result.structures).to.have.length(0);
    expect(result.total).to.equal(0);
    expect(result.servicesWithoutStructure).to.equal(3);
  });
});

describe('reading details', () => {
  // The synchronous reader needs the lazy readers loaded (the sliced one fetches them itself).
  before(() => loadReaders());
  const row = (fields: Record<string, unknown>) =>
    ok(readStructures(JSON.stringify([{ id: '1', pivot: '12345678900011', nom: 'Lieu', code_postal: '69001', latitude: 45.76, longitude: 4.83, ...fields }]), 'x.json')).structures[0]!;

  it('splits phones on |, ;, /, « ou », but not a text with an extension', () => {
    expect(row({ telephone: '01 02 03 04 05 ; 06 07 08 09 10' }).phones).to.deep.equal(['01 02 03 04 05', '06 07 08 09 10']);
    expect(row({ telephone: '0102030405 ou 0607080910' }).phones).to.deep.equal(['0102030405', '0607080910']);
    const extension = row({ telephone: '01 02 03 04 05 / poste 12' });
    expect(extension.phone).to.equal('01 02 03 04 05 / poste 12');
    expect(extension.phones).to.equal(undefined);
    expect(row({ telephone: '+33102030405' })).to.deep.include({ phone: '+33102030405' }).and.not.have.property('phones');
  });

  it('ignores placeholder and future dates, keeps real ones', () => {
    const tomorrow = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
    expect(row({ date_maj: '1970-01-01' }).updatedAt).to.equal(undefined);
    expect(row({ date_maj: '1900-01-01' }).updatedAt).to.equal(undefined);
    expect(row({ date_maj: '0001-01-01T00:00:00Z' }).updatedAt).to.equal(undefined);
    expect(row({ date_maj: '2999-12-31' }).updatedAt).to.equal(undefined);
    expect(row({ date_maj: tomorrow }).updatedAt).to.equal(tomorrow);
    expect(row({ date_maj: '02/06/2022' }).updatedAt).to.equal('2022-06-02');
  });

  it('reads `conditions_acces` and `courriel` only when the current names are empty', () => {
    expect(row({ frais_a_charge: 'Payant', conditions_acces: 'Gratuit' }).free).to.equal(false);
    expect(row({ courriels: '', courriel: 'a@example.org' }).email).to.equal('a@example.org');
    expect(row({ courriels: 'b@example.org', courriel: 'a@example.org' }).email).to.equal('b@example.org');
    expect(row({ conditions_acces: 'Adhésion : L\'accès au lieu et/ou à ses services nécessite d\'y adhérer' }).free).to.equal(false);
  });

  it('drops a mobilisation link that is not http(s)', () => {
    const [structure] = ok(
      readStructures(JSON.stringify({ structures: [{ id: 'a--1', source: 'a', nom: 'Lieu', date_maj: '2025-01-01', latitude: 45.76, longitude: 4.83, lien_mobilisation: 'javascript:alert(1)' }], services: [] }), 'x.json'),
    ).structures;
    expect(structure!.mobilisationUrl).to.equal(undefined);
  });
});

describe('rows to be placed, in the project’s own format', () => {
  it('get their details later like the others, without shifting anyone’s', async () => {
    const rows = [
      { name: 'A', lat: 45.76, lon: 4.83, phone: '01 00 00 00 01' },
      { name: 'B', postcode: '69001', phone: '01 00 00 00 02 | 01 00 00 00 03', email: 'b@example.org' },
      { name: 'C', lat: 45.77, lon: 4.84, phone: '01 00 00 00 04' },
    ];
    const outcome = readStructures(JSON.stringify({ structures: rows }), 'own.json', { deferDetails: true });
    const result = ok(outcome);
    if (isReadError(outcome) || !outcome.details) throw new Error('details expected to be deferred');
    expect(result.structures.map((s) => s.phone)).to.deep.equal([undefined, undefined]);
    outcome.details.run();
    expect(result.structures.map((s) => [s.name, s.phone])).to.deep.equal([['A', '01 00 00 00 01'], ['C', '01 00 00 00 04']]);
    expect(result.unplaced![0]).to.deep.include({ name: 'B', phone: '01 00 00 00 02', phones: ['01 00 00 00 02', '01 00 00 00 03'], email: 'b@example.org' });
  });
});
