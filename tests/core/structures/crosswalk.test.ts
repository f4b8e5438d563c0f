import { expect } from '@open-wc/testing';
import {
  THEME_CROSSWALK,
  THEME_LABELS,
  themesFromDataInclusion,
  themesFromLabels,
  themesFromLamednum,
  TYPE_CROSSWALK,
  TYPE_LABELS,
  guidassoFromLabels,
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

const LAMEDNUM_V01_SERVICES = [
  'Devenir autonome dans les démarches administratives',
  'Réaliser des démarches administratives avec un accompagnement',
  'Prendre en main un smartphone ou une tablette',
  'Prendre en main un ordinateur',
  'Utiliser le numérique au quotidien',
  'Approfondir ma culture numérique',
  'Favoriser mon insertion professionnelle',
  'Accéder à une connexion internet',
  'Accéder à du matériel',
  'S’équiper en matériel informatique',
  'Créer et développer mon entreprise',
  'Créer avec le numérique',
  'Accompagner les démarches de santé',
  'Promouvoir la citoyenneté numérique',
  'Soutenir la parentalité et l’éducation avec le numérique',
];

/** Basic digital skills: help for a person that also serves an association's volunteers. */
const BASIC_SKILLS = [
  'Maîtrise des outils numériques du quotidien', 'Compréhension du monde numérique', 'Prendre en main un smartphone ou une tablette',
  'Prendre en main un ordinateur', 'Utiliser le numérique au quotidien', 'Approfondir ma culture numérique',
  'numerique--maitriser-les-fondamentaux-du-numerique', 'numerique--prendre-en-main-un-ordinateur',
  'numerique--prendre-en-main-un-smartphone-ou-une-tablette', 'numerique--utiliser-le-numerique-au-quotidien',
  'numerique--approfondir-ma-culture-numerique', 'se-former--utiliser-le-numerique',
];

/**
 * Help for individuals: one's own administrative procedures, a person's internet access,
 * equipment or safe use of the internet, health, parenting, leisure, a job search, business
 * creation. None may become an association theme.
 */
const INDIVIDUAL_HELP = [
  'Aide aux démarches administratives', 'Insertion professionnelle via le numérique', 'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique', 'Loisirs et créations numériques', 'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
  ...LAMEDNUM_V01_SERVICES.filter((s) => !BASIC_SKILLS.includes(s)),
  'numerique', 'numerique--*', 'numerique--acceder-a-des-services-en-ligne', 'numerique--acquerir-un-equipement',
  'numerique--acceder-a-une-connexion-internet', 'numerique--acceder-a-du-materiel', 'numerique--s-equiper-en-materiel-informatique',
  'numerique--realiser-des-demarches-administratives-avec-un-accompagnement', 'numerique--devenir-autonome-dans-les-demarches-administratives',
  'numerique--accompagner-les-demarches-de-sante', 'numerique--creer-et-developper-mon-entreprise', 'numerique--creer-avec-le-numerique',
  'numerique--favoriser-mon-insertion-professionnelle', 'numerique--promouvoir-la-citoyennete-numerique',
  'numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique', 'illettrisme--utiliser-numerique',
  'creation-activite', 'creation-activite--*', 'creer-une-entreprise--*',
  'remobilisation--benevolat-action-citoyenne', 'remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat',
  'trouver-un-emploi--*', 'preparer-sa-candidature--*', 'choisir-un-metier--*',
];

describe('crosswalk: labels', () => {
  it('labels every type and theme in French and English, French as specified', () => {
    expect(Object.keys(TYPE_LABELS)).to.deep.equal([...STRUCTURE_TYPES]);
    expect(Object.keys(THEME_LABELS)).to.deep.equal([...SUPPORT_THEMES]);
    expect(STRUCTURE_TYPES.map((t) => TYPE_LABELS[t].fr)).to.deep.equal([
      'Dispositif local d’accompagnement (DLA)',
      'Point d’appui à la vie associative',
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
      'Stratégie', 'Financement', 'Outils', 'Formation', 'Communication', 'Collaboration', 'Données / RGPD', 'Cybersécurité',
      'Matériel', 'Emploi / bénévolat', 'Juridique / vie statutaire',
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

  it('covers the nine LaMednum services and the fifteen of v0.1', () => {
    const listed = THEME_CROSSWALK.filter((r) => r.field === 'services').map((r) => r.from);
    expect(listed).to.include.members([...LAMEDNUM_SERVICES, ...LAMEDNUM_V01_SERVICES]);
    expect(listed).to.have.length(LAMEDNUM_SERVICES.length + LAMEDNUM_V01_SERVICES.length);
  });

  it('maps no help for individuals to an association theme, except basic digital skills to formation', () => {
    for (const row of THEME_CROSSWALK) {
      const value = row.from.replace('--*', '--une-sous-thematique');
      const got = row.standard === 'data-inclusion' ? themesFromDataInclusion([value]) : themesFromLamednum([value]);
      if (BASIC_SKILLS.includes(row.from)) expect(got, row.from).to.deep.equal(['formation']);
      else if (INDIVIDUAL_HELP.includes(row.from)) expect(got, row.from).to.deep.equal([]);
      else expect.fail(`${row.from}: say whether it is help for individuals`);
    }
    // Whole categories of help for individuals, whatever their sub-theme.
    for (const value of ['creer-une-entreprise--etudier-le-marche', 'creation-activite--financer-son-projet', 'numerique--nouvelle-sous-thematique']) {
      expect(themesFromDataInclusion([value]), value).to.deep.equal([]);
      expect(themesFromLabels([value]), value).to.deep.equal([]);
    }
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
    expect(typesFromLamednum(['ESS', 'CS', 'MJC', 'BIB', 'CCAS', 'PIMMS', 'ASSO', 'MSAP', 'MDA'], [])).to.deep.equal([]);
    expect(typesFromLamednum(['FABRIQUE'], [])).to.deep.equal(['tiers-lieu']);
    expect(typesFromLamednum(['NOT_A_CODE', '', '  '], [])).to.deep.equal([]);
    expect(typesFromLamednum(['tiers_lieux', ' epn '], [])).to.deep.equal(['tiers-lieu', 'epn']);
  });

  it('maps national programmes and returns types in the canonical order', () => {
    expect(typesFromLamednum(['RFS'], ['Conseillers numériques', 'Aidants Connect'])).to.deep.equal(['conseiller-numerique', 'france-services']);
    expect(typesFromLamednum([], ['France Services'])).to.deep.equal(['france-services']);
    expect(typesFromLamednum([], ['conseillers numeriques'])).to.deep.equal(['conseiller-numerique']);
  });

  it('maps the older labels_nationaux values, in either argument', () => {
    expect(typesFromLamednum([], ['CNFS', 'France Services'])).to.deep.equal(['conseiller-numerique', 'france-services']);
    expect(typesFromLamednum([], [], ['CNFS', 'Fabriques de Territoire'])).to.deep.equal(['conseiller-numerique', 'tiers-lieu']);
    expect(typesFromLamednum([], ['APTIC', 'Aidants Connect', 'Point numérique CAF', 'French Tech'])).to.deep.equal([]);
  });

  it('maps services whatever the case and accents (the schema itself misspells one)', () => {
    expect(themesFromLamednum(['Comprehension du monde numerique'])).to.deep.equal(['formation']);
    expect(themesFromLamednum(['MAÎTRISE DES OUTILS NUMÉRIQUES DU QUOTIDIEN'])).to.deep.equal(['formation']);
    expect(themesFromLamednum(LAMEDNUM_SERVICES)).to.deep.equal(['formation']);
    expect(themesFromLamednum(['Prendre en main un ordinateur', 'Accéder à du matériel', 'Accompagner les démarches de santé'])).to.deep.equal(['formation']);
    expect(themesFromLamednum(['Utilisation sécurisée du numérique', 'Aide aux démarches administratives', 'Accès internet et matériel informatique'])).to.deep.equal([]);
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
    expect(themesFromDataInclusion(['numerique--maitriser-les-fondamentaux-du-numerique'])).to.deep.equal(['formation']);
    expect(themesFromDataInclusion(['numerique--acquerir-un-equipement', 'numerique--acceder-a-une-connexion-internet'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['numerique--acceder-a-des-services-en-ligne'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['creation-activite--financer-son-projet'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['creation-activite--definir-son-projet-de-creation-dentreprise'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['numerique--creer-et-developper-mon-entreprise', 'creer-une-entreprise--x'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['remobilisation--benevolat-action-citoyenne'])).to.deep.equal([]);
    expect(themesFromDataInclusion(['trouver-un-emploi--repondre-a-des-offres-demploi', 'sante--addictions', 'numerique--inconnu'])).to.deep.equal([]);
  });
});

describe('crosswalk: our own words', () => {
  it('reads ids and French or English labels, whatever the case, accents and punctuation', () => {
    expect(typesFromLabels(['Maison des associations'])).to.deep.equal(['maison-associations']);
    expect(typesFromLabels(['maison-associations', 'MAISON DES ASSOCIATIONS'])).to.deep.equal(['maison-associations']);
    expect(typesFromLabels(["Dispositif local d'accompagnement (DLA)", 'dla'])).to.deep.equal(['dla']);
    expect(typesFromLabels(['Point d’appui à la vie associative (Guid’Asso)', "guid'asso"])).to.deep.equal(['point-appui']);
    expect(typesFromLabels(['Point d’appui à la vie associative', 'PAVA', 'GuidAsso'])).to.deep.equal(['point-appui']);
    expect(typesFromLabels(['CRIB', 'Centre de ressources et d’information des bénévoles'])).to.deep.equal(['crib']);
    // With a level, Guid’Asso is the label, not a type.
    expect(typesFromLabels(['Maison des associations', 'Guid’Asso accompagnement spécialiste'])).to.deep.equal(['maison-associations']);
    expect(typesFromLabels(['Tiers-lieu / fablab', 'Espace public numerique', 'reseau / federation'])).to.deep.equal(['tiers-lieu', 'epn', 'reseau']);
    expect(typesFromLabels(['Network / federation', 'Third place / fablab'])).to.deep.equal(['tiers-lieu', 'reseau']);
    expect(themesFromLabels(['Données / RGPD'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['donnees-rgpd', 'DONNEES_RGPD', 'Data / GDPR'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['Emploi / bénévolat', 'Stratégie', 'materiel'])).to.deep.equal(['strategie', 'materiel', 'emploi-benevolat']);
  });

  it('keeps the older ids and words working, and reads the new themes', () => {
    expect(themesFromLabels(['donnees-rgpd'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['RGPD', 'Données'])).to.deep.equal(['donnees-rgpd']);
    expect(themesFromLabels(['cybersecurite', 'Cybersécurité', 'Sécurité', 'Security'])).to.deep.equal(['cybersecurite']);
    expect(themesFromLabels(['Données, sécurité et RGPD'])).to.deep.equal(['donnees-rgpd', 'cybersecurite']);
    expect(themesFromLabels(['juridique', 'Vie statutaire', 'Statuts', 'Juridique / vie statutaire', 'Legal'])).to.deep.equal(['juridique']);
  });

  it('reads the Guid’Asso level from a guidasso field or a label among the types', () => {
    expect(guidassoFromLabels(['Guid’Asso accompagnement spécialiste'])).to.equal('specialiste');
    expect(guidassoFromLabels(['Guid’Asso · accompagnement généraliste'])).to.equal('generaliste');
    expect(guidassoFromLabels(['guidasso-orientation', 'PAVA information'])).to.equal('information');
    expect(guidassoFromLabels(['Maison des associations', 'Guid’Asso', 'spécialiste'])).to.equal(undefined);
    expect(guidassoFromLabels(['specialiste'], true)).to.equal('specialiste');
    expect(guidassoFromLabels(['Accompagnement spécialiste'], true)).to.equal('specialiste');
    expect(guidassoFromLabels(['specialist support'], true)).to.equal('specialiste');
    expect(guidassoFromLabels(['oui'], true)).to.equal('orientation');
    expect(guidassoFromLabels([true], true)).to.equal('orientation');
    expect(guidassoFromLabels(['Guid’Asso'], true)).to.equal('orientation');
    expect(guidassoFromLabels(['non', '', 'constructor', 42], true)).to.equal(undefined);
  });

  it('falls back to national values, and maps nothing else', () => {
    expect(typesFromLabels(['RFS', 'Conseillers numériques'])).to.deep.equal(['conseiller-numerique', 'france-services']);
    expect(themesFromLabels(['numerique--prendre-en-main-un-ordinateur', 'Accès internet et matériel informatique'])).to.deep.equal(['formation']);
    // "MDA" also means "Maison départementale de l'autonomie": not guessed.
    expect(typesFromLabels(['MDA', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])).to.deep.equal([]);
    expect(themesFromLabels(['constructor', '__proto__', 'valueOf', ''])).to.deep.equal([]);
    expect(typesFromLabels([42 as unknown as string, null as unknown as string])).to.deep.equal([]);
  });
});
