import { expect } from '@open-wc/testing';
import {
  THEME_CROSSWALK,
  THEME_LABELS,
  themesFromDataInclusion,
  themesFromLabels,
  themesFromLamednum,
  TYPE_CROSSWALK,
  TYPE_LABELS,
  typesFromDataInclusion,
  typesFromLabels,
  typesFromLamednum,
} from '../../../src/core/structures/crosswalk.js';
import { STRUCTURE_TYPES } from '../../../src/core/structures/model.js';
import { SUPPORT_THEMES } from '../../../src/core/vocabulary.js';

const LAMEDNUM_SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
];

describe('crosswalk: labels', () => {
  it('labels every type and theme in French and English, French as specified', () => {
    expect(Object.keys(TYPE_LABELS)).to.deep.equal([...STRUCTURE_TYPES]);
    expect(Object.keys(THEME_LABELS)).to.deep.equal([...SUPPORT_THEMES]);
    expect(STRUCTURE_TYPES.map((t) => TYPE_LABELS[t].fr)).to.deep.equal([
      'Dispositif local d’accompagnement (DLA)',
      'Point d’appui à la vie associative (Guid’Asso)',
      'Maison des associations',
      'CRIB',
      'CRESS',
      'France Active',
      'Hub numérique',
      'Conseiller numérique',
      'France Services',
      'Tiers-lieu / fablab',
      'Espace public numérique',
      'Réseau / fédération',
    ]);
    expect(SUPPORT_THEMES.map((t) => THEME_LABELS[t].fr)).to.deep.equal([
      'Stratégie', 'Financement', 'Outils', 'Formation', 'Communication', 'Collaboration', 'Données / RGPD', 'Matériel',
      'Emploi / bénévolat',
    ]);
    for (const labels of [...Object.values(TYPE_LABELS), ...Object.values(THEME_LABELS)]) {
      expect(labels.en).to.be.a('string').and.not.equal('');
    }
  });
});

describe('crosswalk: tables', () => {
  it('only targets known ids and lists each national value once', () => {
    for (const row of TYPE_CROSSWALK) for (const t of row.to) expect(STRUCTURE_TYPES, row.from).to.include(t);
    for (const row of THEME_CROSSWALK) for (const t of row.to) expect(SUPPORT_THEMES, row.from).to.include(t);
    for (const table of [TYPE_CROSSWALK, THEME_CROSSWALK]) {
      const keys = table.map((r) => `${r.standard}|${r.field}|${r.from}`);
      expect(new Set(keys).size).to.equal(keys.length);
    }
  });

  it('covers the nine LaMednum services', () => {
    const listed = THEME_CROSSWALK.filter((r) => r.field === 'services').map((r) => r.from);
    expect(listed).to.have.members(LAMEDNUM_SERVICES);
  });

  it('is what the functions do, row by row', () => {
    for (const row of TYPE_CROSSWALK) {
      const got =
        row.standard === 'data-inclusion'
          ? typesFromDataInclusion([row.from])
          : row.field === 'typologie'
            ? typesFromLamednum([row.from], [])
            : row.field === 'dispositif_programmes_nationaux'
              ? typesFromLamednum([], [row.from])
              : typesFromLamednum([], [], [row.from]);
      expect(got, `${row.field} ${row.from}`).to.deep.equal(row.to);
    }
    for (const row of THEME_CROSSWALK) {
      const value = row.from.replace('--*', '--une-sous-thematique');
      const got = row.standard === 'data-inclusion' ? themesFromDataInclusion([value]) : themesFromLamednum([value]);
      expect(got, `${row.field} ${row.from}`).to.deep.equal(row.to);
    }
  });
});

describe('crosswalk: LaMednum', () => {
  it('maps typologie codes honestly and ignores unknown ones', () => {
    expect(typesFromLamednum(['RFS'], [])).to.deep.equal(['france-services']);
    expect(typesFromLamednum(['TIERS_LIEUX', 'FABLAB'], [])).to.deep.equal(['tiers-lieu']);
    expect(typesFromLamednum(['EPN', 'ASSO'], [])).to.deep.equal(['epn']);
    expect(typesFromLamednum(['ESS', 'CS', 'MJC', 'BIB', 'CCAS', 'PIMMS', 'ASSO', 'MSAP'], [])).to.deep.equal([]);
    expect(typesFromLamednum(['NOT_A_CODE', '', '  '], [])).to.deep.equal([]);
    expect(typesFromLamednum(['tiers_lieux', ' epn '], [])).to.deep.equal(['tiers-lieu', 'epn']);
  });

  it('maps national programmes and returns types in the canonical order', () => {
    expect(typesFromLamednum(['RFS'], ['Conseillers numériques', 'Aidants Connect'])).to.deep.equal(['conseiller-numerique', 'france-services']);
    expect(typesFromLamednum([], ['France Services'])).to.deep.equal(['france-services']);
    expect(typesFromLamednum([], ['conseillers numeriques'])).to.deep.equal(['conseiller-numerique']);
  });

  it('maps services whatever the case and accents (the schema itself misspells one)', () => {
    expect(themesFromLamednum(['Comprehension du monde numerique'])).to.deep.equal(['formation']);
    expect(themesFromLamednum(['MAÎTRISE DES OUTILS NUMÉRIQUES DU QUOTIDIEN'])).to.deep.equal(['outils', 'formation']);
    expect(themesFromLamednum(LAMEDNUM_SERVICES)).to.deep.equal(['outils', 'formation', 'donnees-rgpd', 'materiel']);
    expect(themesFromLamednum(['Insertion professionnelle via le numérique'])).to.deep.equal([]);
  });
});

describe('crosswalk: data·inclusion', () => {
  it('maps reseaux_porteurs, and the v0 labels_nationaux spellings', () => {
    expect(typesFromDataInclusion(['france-service'])).to.deep.equal(['france-services']);
    expect(typesFromDataInclusion(['conseillers-numeriques'])).to.deep.equal(['conseiller-numerique']);
    expect(typesFromDataInclusion(['espaces-publics-numeriques'])).to.deep.equal(['epn']);
    expect(typesFromDataInclusion(['fabrique-de-territoire'])).to.deep.equal(['tiers-lieu']);
    expect(typesFromDataInclusion(['france-active', 'fcsf', 'mjc', 'mission-locale'])).to.deep.equal(['france-active']);
    expect(typesFromDataInclusion(['FRANCE_SERVICE', 'CONSEILLER_NUMERIQUE'])).to.deep.equal(['conseiller-numerique', 'france-services']);
  });

  it('maps thematiques, with a rule for whole categories', () => {
    expect(themesFromDataInclusion(['numerique--maitriser-les-fondamentaux-du-numerique'])).to.deep.equal(['outils', 'formation']);
    expect(themesFromDataInclusion(['numerique--acquerir-un-equipement', 'numerique--acceder-a-une-connexion-internet'])).to.deep.equal(['materiel']);
    expect(themesFromDataInclusion(['numerique--acceder-a-des-services-en-ligne'])).to.deep.equal(['outils']);
    expect(themesFromDataInclusion(['creation-activite--financer-son-projet'])).to.deep.equal(['financement']);
    expect(themesFromDataInclusion(['creation-activite--definir-son-projet-de-creation-dentreprise'])).to.deep.equal(['strategie']);
    expect(themesFromDataInclusion(['remobilisation--benevolat-action-citoyenne'])).to.deep.equal(['emploi-benevolat']);
    expect(themesFromDataInclusion(['trouver-un-emploi--repondre-a-des-offres-demploi', 'sante--addictions', 'numerique--inconnu'])).to.deep.equal([]);
  });
});

describe('crosswalk: our own words', () => {
  it('reads ids and French or English labels, whatever the case, accents and punctuation', () => {
    expect(typesFromLabels(['Maison des associations'])).to.deep.equal(['maison-associations']);
    expect(typesFromLabels(['maison-associations', 'MAISON DES ASSOCIATIONS'])).to.deep.equal(['maison-associations']);
    expect(typesFromLabels(["Dispositif local d'accompagnement (DLA)", 'dla'])).to.deep.equal(['dla']);
    expect(typesFromLabels(['Point d’appui à la vie associative (Guid’Asso)', "guid'asso"])).to.deep.equal(['point-appui']);
    expect(typesFromLabels(['Tiers-lieu / fablab', 'Espace public numerique', 'reseau / federation'])).to.deep.equal(['tiers-lieu', 'epn', 'reseau']);
    expect(typesFromLabels(['Network / federation', 'Third place / fablab'])).to.deep.equal(['tiers-lieu', 'reseau']);
    expect(themesFromLabels(['Données / RGPD'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['donnees-rgpd', 'DONNEES_RGPD', 'Data / GDPR'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['Emploi / bénévolat', 'Stratégie', 'materiel'])).to.deep.equal(['strategie', 'materiel', 'emploi-benevolat']);
  });

  it('falls back to national values, and maps nothing else', () => {
    expect(typesFromLabels(['RFS', 'Conseillers numériques'])).to.deep.equal(['conseiller-numerique', 'france-services']);
    expect(themesFromLabels(['numerique--acquerir-un-equipement', 'Accès internet et matériel informatique'])).to.deep.equal(['materiel']);
    // "MDA" also means "Maison départementale de l'autonomie": not guessed.
    expect(typesFromLabels(['MDA', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])).to.deep.equal([]);
    expect(themesFromLabels(['constructor', '__proto__', 'valueOf', ''])).to.deep.equal([]);
    expect(typesFromLabels([42 as unknown as string, null as unknown as string])).to.deep.equal([]);
  });
});
