/**
 * Crosswalk from the national vocabularies (Lieux de médiation numérique, data·inclusion) to the
 * project's structure types and support themes. The tables are data so that the docs can print
 * them (docs/crosswalk.md, with the reasons of each row kept in scripts/crosswalk-notes.mjs so
 * that they are not shipped). A value maps only when a structure carrying it can honestly be
 * expected to be that type, or to help AN ASSOCIATION on that theme: services for individuals
 * (one's own administrative procedures, a person's internet access, equipment or safe use of the
 * internet, a job search, business creation) map to no theme, except basic digital skills, which
 * serve an association's volunteers (`formation`). Rows with an empty `to` are listed on purpose
 * ("known, deliberately not mapped") and unknown values map to nothing.
 */
import { SUPPORT_THEMES, type SupportTheme } from '../vocabulary.js';
import { foldText, WORDS } from '../text.js';
import { GUIDASSO_LEVELS, STRUCTURE_TYPES, type GuidAssoLevel, type StructureType } from './model.js';

export type Standard = 'lieux-mediation-numerique' | 'data-inclusion';

export interface CrosswalkRow<T extends string> {
  standard: Standard;
  field: string;
  /** The value as the standard spells it; `category--*` = any other sub-theme of that category. */
  from: string;
  /** Empty: known value, deliberately not mapped. */
  to: readonly T[];
}

import { GUIDASSO_LABELS, THEME_LABELS, TYPE_LABELS, type Labels } from './labels.js';

/** "Données / RGPD", "donnees-rgpd" and "DONNÉES_RGPD" are the same value: "donnees rgpd". */
const fold = (value: string): string => foldText(value, WORDS);

export { GUIDASSO_LABELS, THEME_LABELS, TYPE_LABELS, type Labels };

const LMN = 'lieux-mediation-numerique' as const;
const DI = 'data-inclusion' as const;

type Row<T extends string> = CrosswalkRow<T>;
// The annotations let a bundle that only needs the labels (the finder's first chunk) drop the tables.
const lmn = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(field: string, from: string, to: T[] = []): Row<T> => ({ standard: LMN, field, from, to });
const di = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(field: string, from: string, to: T[] = []): Row<T> => ({ standard: DI, field, from, to });

/** Several values of one field, none mapped. */
const none = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(make: typeof lmn, field: string, values: string[]): Row<T>[] =>
  values.map((v) => make<T>(field, v));

/** Tables joined. */
const rows = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(...parts: (readonly Row<T>[])[]): readonly Row<T>[] => parts.flat();

const LABELS = 'labels_nationaux';
const PROGRAMMES = 'dispositif_programmes_nationaux';

/** The rows that map to something: the only ones the readers need. */
const TYPE_MAPPED: readonly Row<StructureType>[] = [
  lmn('typologie', 'RFS', ['france-services']),
  lmn('typologie', 'TIERS_LIEUX', ['tiers-lieu']),
  lmn('typologie', 'FABLAB', ['tiers-lieu']),
  lmn('typologie', 'FABRIQUE', ['tiers-lieu']),
  lmn('typologie', 'EPN', ['epn']),
  lmn('typologie', 'EPI', ['epn']),
  lmn('typologie', 'ENM', ['epn']),
  lmn('typologie', 'FAIS', ['reseau']),
  lmn(PROGRAMMES, 'Conseillers numériques', ['conseiller-numerique']),
  lmn(PROGRAMMES, 'France Services', ['france-services']),
  lmn('formations_labels', 'Fabriques de Territoire', ['tiers-lieu']),
  // The older field name (Lieux de médiation numérique v0.1 and the cartographie exports).
  lmn(LABELS, 'CNFS', ['conseiller-numerique']),
  lmn(LABELS, 'France Services', ['france-services']),
  lmn(LABELS, 'Fabriques de Territoire', ['tiers-lieu']),
  di('reseaux_porteurs', 'france-service', ['france-services']),
  di('reseaux_porteurs', 'conseillers-numeriques', ['conseiller-numerique']),
  di('reseaux_porteurs', 'espaces-publics-numeriques', ['epn']),
  di('reseaux_porteurs', 'fabrique-de-territoire', ['tiers-lieu']),
  di('reseaux_porteurs', 'france-active', ['france-active']),
  di(LABELS, 'conseiller-numerique', ['conseiller-numerique']),
];

/** Every row, with the values deliberately not mapped (for the docs: dropped from the bundles). */
export const TYPE_CROSSWALK: readonly Row<StructureType>[] = /* @__PURE__ */ rows(
  TYPE_MAPPED,
  none<StructureType>(lmn, 'typologie', ['MSAP', 'ASSO', 'ESS', 'CS', 'MJC', 'BIB', 'CCAS', 'PIMMS', 'MDA']),
  none<StructureType>(lmn, PROGRAMMES, [
    'Aidants Connect', 'Certification PIX', 'Emmaüs Connect', 'Point d’accès numérique CAF', 'Promeneurs du net', 'La Croix Rouge',
  ]),
  none<StructureType>(lmn, LABELS, [
    'APTIC', 'Aidants Connect', 'Grandes écoles du numérique', 'Point relais CAF', 'Point numérique CAF', 'Relais pôle emploi',
    'French Tech', 'Campus connecté',
  ]),
  none<StructureType>(di, 'reseaux_porteurs', ['msap', 'fcsf', 'mjc']),
);

/** Basic digital skills: help for a person that also serves an association's volunteers. */
const SKILLS: SupportTheme[] = ['formation'];

/** The rows that map to something: the only ones the readers need. */
const THEME_MAPPED: readonly Row<SupportTheme>[] = [
  // Lieux de médiation numérique v1 (9 values).
  lmn('services', 'Aide aux démarches administratives'),
  lmn('services', 'Maîtrise des outils numériques du quotidien', SKILLS),
  lmn('services', 'Insertion professionnelle via le numérique'),
  lmn('services', 'Utilisation sécurisée du numérique'),
  lmn('services', 'Parentalité et éducation avec le numérique'),
  lmn('services', 'Loisirs et créations numériques'),
  lmn('services', 'Compréhension du monde numérique', SKILLS),
  lmn('services', 'Accès internet et matériel informatique'),
  lmn('services', 'Acquisition de matériel informatique à prix solidaire'),
  // Lieux de médiation numérique v0.1 (2022), still in files.
  lmn('services', 'Prendre en main un smartphone ou une tablette', SKILLS),
  lmn('services', 'Prendre en main un ordinateur', SKILLS),
  lmn('services', 'Utiliser le numérique au quotidien', SKILLS),
  lmn('services', 'Approfondir ma culture numérique', SKILLS),
  // data·inclusion: the `numerique` sub-themes are the v0.1 services above, as slugs.
  di('thematiques', 'numerique--maitriser-les-fondamentaux-du-numerique', SKILLS),
  di('thematiques', 'numerique--prendre-en-main-un-ordinateur', SKILLS),
  di('thematiques', 'numerique--prendre-en-main-un-smartphone-ou-une-tablette', SKILLS),
  di('thematiques', 'numerique--utiliser-le-numerique-au-quotidien', SKILLS),
  di('thematiques', 'numerique--approfondir-ma-culture-numerique', SKILLS),
  di('thematiques', 'se-former--utiliser-le-numerique', SKILLS),
];

/** Every row, with the values deliberately not mapped (for the docs: dropped from the bundles). */
export const THEME_CROSSWALK: readonly Row<SupportTheme>[] = /* @__PURE__ */ rows(
  THEME_MAPPED,
  none<SupportTheme>(lmn, 'services', [
    'Devenir autonome dans les démarches administratives', 'Réaliser des démarches administratives avec un accompagnement',
    'Favoriser mon insertion professionnelle', 'Accéder à une connexion internet', 'Accéder à du matériel',
    'S’équiper en matériel informatique', 'Créer et développer mon entreprise', 'Créer avec le numérique',
    'Accompagner les démarches de santé', 'Promouvoir la citoyenneté numérique',
    'Soutenir la parentalité et l’éducation avec le numérique',
  ]),
  none<SupportTheme>(di, 'thematiques', [
    'numerique',
    'numerique--*',
    'numerique--acceder-a-des-services-en-ligne',
    'numerique--acquerir-un-equipement',
    'numerique--acceder-a-une-connexion-internet',
    'numerique--acceder-a-du-materiel',
    'numerique--s-equiper-en-materiel-informatique',
    'numerique--realiser-des-demarches-administratives-avec-un-accompagnement',
    'numerique--devenir-autonome-dans-les-demarches-administratives',
    'numerique--accompagner-les-demarches-de-sante',
    'numerique--creer-et-developper-mon-entreprise',
    'numerique--creer-avec-le-numerique',
    'numerique--favoriser-mon-insertion-professionnelle',
    'numerique--promouvoir-la-citoyennete-numerique',
    'numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique',
    'illettrisme--utiliser-numerique',
    'creation-activite',
    'creation-activite--*',
    'creer-une-entreprise--*',
    'remobilisation--benevolat-action-citoyenne',
    'remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat',
    'trouver-un-emploi--*',
    'preparer-sa-candidature--*',
    'choisir-un-metier--*',
  ]),
);

interface Index<T extends string> {
  exact: Map<string, readonly T[]>;
  /** By folded category, for `category--*` rows. */
  category: Map<string, readonly T[]>;
}

/** Maps, not objects: a value such as "constructor" or "__proto__" must find nothing. */
/* @__NO_SIDE_EFFECTS__ */
function index<T extends string>(rows: readonly Row<T>[], standard: Standard, fields: string[]): Index<T> {
  const exact = new Map<string, readonly T[]>();
  const category = new Map<string, readonly T[]>();
  for (const row of rows) {
    if (row.standard !== standard || !fields.includes(row.field)) continue;
    if (row.from.endsWith('--*')) category.set(fold(row.from.slice(0, -3)), row.to);
    else exact.set(fold(row.from), row.to);
  }
  return { exact, category };
}

/** Files repeat the same few values on every row: fold each once. */
const folded = new Map<string, string>();
function foldCached(value: string): string {
  let key = folded.get(value);
  if (key === undefined) {
    if (folded.size > 10_000) folded.clear();
    key = fold(value);
    folded.set(value, key);
  }
  return key;
}

function lookup<T extends string>(values: readonly unknown[], indexes: Index<T>[], order: readonly T[]): T[] {
  if (values.length === 0) return [];
  const found = new Set<T>();
  for (const value of values) {
    if (typeof value !== 'string' || value.length > 500) continue;
    const key = foldCached(value);
    if (!key) continue;
    for (const { exact, category } of indexes) {
      let to = exact.get(key);
      if (!to && value.includes('--')) to = category.get(foldCached(value.slice(0, value.indexOf('--'))));
      if (to) for (const t of to) found.add(t);
    }
  }
  return order.filter((t) => found.has(t));
}

const lmnTypologie = index(TYPE_MAPPED, LMN, ['typologie']);
// Programmes and labels: one index, as files put the same values in either field.
const lmnLabels = index(TYPE_MAPPED, LMN, [PROGRAMMES, 'formations_labels', LABELS]);
const lmnServices = index(THEME_MAPPED, LMN, ['services']);
const diReseaux = index(TYPE_MAPPED, DI, ['reseaux_porteurs', 'labels_nationaux']);
const diThematiques = index(THEME_MAPPED, DI, ['thematiques']);

/**
 * Types from LaMednum `typologie` codes, `dispositif_programmes_nationaux` (older files:
 * `labels_nationaux`) and `formations_labels`.
 */
export function typesFromLamednum(
  typologie: readonly string[],
  dispositifs: readonly string[],
  labels: readonly string[] = [],
): StructureType[] {
  const found = new Set([
    ...lookup(typologie, [lmnTypologie], STRUCTURE_TYPES),
    ...lookup(dispositifs, [lmnLabels], STRUCTURE_TYPES),
    ...lookup(labels, [lmnLabels], STRUCTURE_TYPES),
  ]);
  return STRUCTURE_TYPES.filter((t) => found.has(t));
}

/** Themes from LaMednum `services` (accents and case do not matter: files vary). */
export function themesFromLamednum(services: readonly string[]): SupportTheme[] {
  return lookup(services, [lmnServices], SUPPORT_THEMES);
}

/** Types from data·inclusion `reseaux_porteurs` (v1) or `labels_nationaux` (v0, `FRANCE_SERVICE` spelling too). */
export function typesFromDataInclusion(reseaux: readonly string[]): StructureType[] {
  return lookup(reseaux, [diReseaux], STRUCTURE_TYPES);
}

/** Themes from data·inclusion `thematiques` (`categorie--sous-thematique`). */
export function themesFromDataInclusion(thematiques: readonly string[]): SupportTheme[] {
  return lookup(thematiques, [diThematiques], SUPPORT_THEMES);
}

/* @__NO_SIDE_EFFECTS__ */
function aliases<T extends string>(
  labels: Readonly<Record<T, Labels>>,
  extra: Readonly<Record<T, readonly string[]>>,
  national: readonly Row<T>[],
  combined: readonly (readonly [string, T[]])[] = [],
): Index<T> {
  const exact = new Map<string, readonly T[]>();
  // National values first, so that the project's own words win on a clash.
  for (const row of national) if (row.to.length && !row.from.endsWith('--*')) exact.set(fold(row.from), row.to);
  for (const id of Object.keys(labels) as T[]) {
    for (const word of [id, labels[id].fr, labels[id].en, ...extra[id]]) exact.set(fold(word), [id]);
  }
  for (const [word, ids] of combined) exact.set(fold(word), ids);
  return { exact, category: new Map() };
}

const ownTypes = aliases(
  TYPE_LABELS,
  {
    dla: ['Dispositif local d’accompagnement'],
    // Guid’Asso alone, and its older names, still say "point d'appui" (a level makes it the label: guidassoFromLabels).
    'point-appui': [
      "Point d'appui", 'Guid’Asso', 'GuidAsso', 'PAVA', 'Point d’appui à la vie associative (Guid’Asso)', 'Association support point (Guid’Asso)',
    ],
    'maison-associations': ['Maisons des associations'],
    crib: ['Centre de ressources et d’information des bénévoles'],
    cress: ['Chambre régionale de l’économie sociale et solidaire'],
    'france-active': [],
    'hub-numerique': ['Hubs numériques', 'Hub', 'Hub pour un numérique inclusif'],
    'conseiller-numerique': ['Conseillers numériques'],
    'france-services': ['France Service', 'Maison France Services'],
    'tiers-lieu': ['Tiers-lieux', 'Tiers lieu', 'Fablab', 'Fab lab', 'Fablabs', 'Fabrique de territoire'],
    epn: ['Espaces publics numériques'],
    reseau: ['Réseau', 'Fédération', 'Tête de réseau'],
  },
  TYPE_MAPPED,
);

const ownThemes = aliases(
  THEME_LABELS,
  {
    strategie: ['Stratégie numérique', 'Gouvernance'],
    financement: ['Financements', 'Finance'],
    outils: ['Outil', 'Outils numériques'],
    formation: ['Formations'],
    communication: [],
    collaboration: ['Travail collaboratif'],
    'donnees-rgpd': ['Données', 'Données personnelles', 'Protection des données', 'RGPD', 'GDPR', 'Data', 'Personal data', 'Data protection'],
    cybersecurite: [
      'Sécurité', 'Sécurité numérique', 'Sécurité informatique', 'Cyber', 'Cybersécurité', 'Cybermalveillance', 'Security', 'Cybersecurity',
    ],
    materiel: ['Équipement', 'Équipements', 'Hardware'],
    'emploi-benevolat': ['Emploi', 'Bénévolat', 'Employment', 'Volunteering'],
    juridique: ['Droit', 'Vie statutaire', 'Statuts', 'Legal', 'Law', 'Statutory life'],
  },
  THEME_MAPPED,
  // The built-in questionnaire's dimension, before security had its own theme.
  [
    ['Données, sécurité et RGPD', ['donnees-rgpd', 'cybersecurite']],
    ['Données / sécurité', ['donnees-rgpd', 'cybersecurite']],
    ['Data, security and GDPR', ['donnees-rgpd', 'cybersecurite']],
  ],
);

/** The Guid’Asso levels by their ids, French and English names (« accompagnement spécialiste »). */
const GUIDASSO_WORDS = /* @__PURE__ */ (() => {
  const words = new Map<string, GuidAssoLevel>();
  for (const level of GUIDASSO_LEVELS) for (const word of [level, GUIDASSO_LABELS[level].fr, GUIDASSO_LABELS[level].en]) words.set(fold(word), level);
  return words;
})();
/** "Guid’Asso", "GuidAsso", "label Guid’Asso" and the older "PAVA" before a level. */
const GUIDASSO_PREFIX = /^(?:label )?(?:guid ?asso|pava)(?: niveau)?(?: |$)/;

/**
 * The Guid’Asso level that values say, the highest if several: « Guid’Asso accompagnement
 * spécialiste », « guidasso-orientation », « PAVA information ». `field`: the values are those
 * of a `guidasso` field, where a level alone (« spécialiste ») counts, and so does a label
 * without a level (« Guid’Asso », « oui », `true`), as its first level, orientation.
 */
export function guidassoFromLabels(values: readonly unknown[], field = false): GuidAssoLevel | undefined {
  let found = -1;
  for (const value of values) {
    if (value === true && field) found = Math.max(found, 0);
    if (typeof value !== 'string' || value.length > 200) continue;
    let key = fold(value);
    const prefixed = GUIDASSO_PREFIX.exec(key);
    if (prefixed) key = key.slice(prefixed[0].length);
    else if (!field) continue;
    const level = GUIDASSO_WORDS.get(key) ?? GUIDASSO_WORDS.get(key.replace(/^accompagnement /, ''));
    if (level) found = Math.max(found, GUIDASSO_LEVELS.indexOf(level));
    else if (field && (prefixed ? key === '' : /^(?:oui|yes|true|1)$/.test(key))) found = Math.max(found, 0);
  }
  return found < 0 ? undefined : GUIDASSO_LEVELS[found];
}

/**
 * Types written by people: our ids, French or English labels and a few usual names (case, accents
 * and punctuation do not matter), then any national code of the crosswalk. Used for the project's
 * own JSON, GeoJSON properties and plain CSV.
 */
export function typesFromLabels(values: readonly string[]): StructureType[] {
  return lookup(values, [ownTypes], STRUCTURE_TYPES);
}

/** Themes written by people (see typesFromLabels), then national values of the crosswalk. */
export function themesFromLabels(values: readonly string[]): SupportTheme[] {
  return lookup(values, [ownThemes, diThematiques], SUPPORT_THEMES);
}
