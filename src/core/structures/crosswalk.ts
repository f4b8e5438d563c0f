/**
 * Crosswalk from the national vocabularies (Lieux de médiation numérique, data·inclusion) to the
 * project's structure types and support themes. The tables are data so that the docs can print
 * them (docs/data-standards.md). A value maps only when a structure carrying it can honestly be expected
 * to be that type or to help an association on that theme; rows with an empty `to` are listed on
 * purpose ("known, deliberately not mapped") and unknown values map to nothing.
 */
import { SUPPORT_THEMES, type SupportTheme } from '../vocabulary.js';
import { foldText, WORDS } from '../text.js';
import { STRUCTURE_TYPES, type StructureType } from './model.js';

export type Standard = 'lieux-mediation-numerique' | 'data-inclusion';

export interface CrosswalkRow<T extends string> {
  standard: Standard;
  field: string;
  /** The value as the standard spells it; `category--*` = any other sub-theme of that category. */
  from: string;
  /** Empty: known value, deliberately not mapped. */
  to: readonly T[];
  note?: string;
}

import { THEME_LABELS, TYPE_LABELS, type Labels } from './labels.js';

/** "Données / RGPD", "donnees-rgpd" and "DONNÉES_RGPD" are the same value: "donnees rgpd". */
const fold = (value: string): string => foldText(value, WORDS);

export { THEME_LABELS, TYPE_LABELS, type Labels };

const LMN = 'lieux-mediation-numerique' as const;
const DI = 'data-inclusion' as const;

type Row<T extends string> = CrosswalkRow<T>;
// The annotations let a bundle that only needs the labels (the finder's first chunk) drop the tables.
const lmn = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(field: string, from: string, to: T[], note?: string): Row<T> =>
  note ? { standard: LMN, field, from, to, note } : { standard: LMN, field, from, to };
const di = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(field: string, from: string, to: T[], note?: string): Row<T> =>
  note ? { standard: DI, field, from, to, note } : { standard: DI, field, from, to };

export const TYPE_CROSSWALK: readonly Row<StructureType>[] = [
  lmn('typologie', 'RFS', ['france-services'], 'Réseau France Services'),
  lmn('typologie', 'TIERS_LIEUX', ['tiers-lieu']),
  lmn('typologie', 'FABLAB', ['tiers-lieu']),
  lmn('typologie', 'EPN', ['epn']),
  lmn('typologie', 'EPI', ['epn'], 'Espace public internet, the older name'),
  lmn('typologie', 'ENM', ['epn'], 'Espace numérique mobile: an itinerant EPN'),
  lmn('typologie', 'FAIS', ['reseau'], "Fédération d'acteurs de l'insertion et de la solidarité"),
  lmn('typologie', 'MSAP', [], 'Maison de services au public: not all became France Services'),
  lmn('typologie', 'ASSO', [], 'any association: says nothing about support'),
  lmn('typologie', 'ESS', [], 'an ESS enterprise is not a CRESS'),
  lmn('typologie', 'CS', []),
  lmn('typologie', 'MJC', []),
  lmn('typologie', 'BIB', []),
  lmn('typologie', 'CCAS', []),
  lmn('typologie', 'PIMMS', []),
  lmn('dispositif_programmes_nationaux', 'Conseillers numériques', ['conseiller-numerique']),
  lmn('dispositif_programmes_nationaux', 'France Services', ['france-services']),
  lmn('dispositif_programmes_nationaux', 'Aidants Connect', []),
  lmn('formations_labels', 'Fabriques de Territoire', ['tiers-lieu'], 'the State label for tiers-lieux'),
  di('reseaux_porteurs', 'france-service', ['france-services']),
  di('reseaux_porteurs', 'conseillers-numeriques', ['conseiller-numerique']),
  di('reseaux_porteurs', 'espaces-publics-numeriques', ['epn']),
  di('reseaux_porteurs', 'fabrique-de-territoire', ['tiers-lieu']),
  di('reseaux_porteurs', 'france-active', ['france-active']),
  di('reseaux_porteurs', 'msap', []),
  di('reseaux_porteurs', 'fcsf', [], 'a centre social, not a federation itself'),
  di('reseaux_porteurs', 'mjc', []),
  di('labels_nationaux', 'conseiller-numerique', ['conseiller-numerique'], 'data·inclusion v0'),
];

export const THEME_CROSSWALK: readonly Row<SupportTheme>[] = [
  lmn('services', 'Aide aux démarches administratives', ['outils'], 'online services'),
  lmn('services', 'Maîtrise des outils numériques du quotidien', ['outils', 'formation']),
  lmn('services', 'Insertion professionnelle via le numérique', [], 'serves job seekers, not employers'),
  lmn('services', 'Utilisation sécurisée du numérique', ['donnees-rgpd']),
  lmn('services', 'Parentalité et éducation avec le numérique', []),
  lmn('services', 'Loisirs et créations numériques', []),
  lmn('services', 'Compréhension du monde numérique', ['formation']),
  lmn('services', 'Accès internet et matériel informatique', ['materiel']),
  lmn('services', 'Acquisition de matériel informatique à prix solidaire', ['materiel']),
  di('thematiques', 'numerique', ['outils']),
  di('thematiques', 'numerique--maitriser-les-fondamentaux-du-numerique', ['outils', 'formation']),
  di('thematiques', 'numerique--acceder-a-des-services-en-ligne', ['outils']),
  di('thematiques', 'numerique--acquerir-un-equipement', ['materiel']),
  di('thematiques', 'numerique--acceder-a-une-connexion-internet', ['materiel']),
  // Values of the older (v0) list, still found in files.
  di('thematiques', 'numerique--acceder-a-du-materiel', ['materiel']),
  di('thematiques', 'numerique--s-equiper-en-materiel-informatique', ['materiel']),
  di('thematiques', 'numerique--prendre-en-main-un-ordinateur', ['outils', 'formation']),
  di('thematiques', 'numerique--prendre-en-main-un-smartphone-ou-une-tablette', ['outils', 'formation']),
  di('thematiques', 'numerique--utiliser-le-numerique-au-quotidien', ['outils', 'formation']),
  di('thematiques', 'numerique--approfondir-ma-culture-numerique', ['formation']),
  di('thematiques', 'numerique--realiser-des-demarches-administratives-avec-un-accompagnement', ['outils']),
  di('thematiques', 'numerique--devenir-autonome-dans-les-demarches-administratives', ['outils']),
  di('thematiques', 'numerique--creer-et-developper-mon-entreprise', ['outils']),
  di('thematiques', 'numerique--favoriser-mon-insertion-professionnelle', [], 'serves job seekers'),
  di('thematiques', 'se-former--utiliser-le-numerique', ['formation']),
  di('thematiques', 'illettrisme--utiliser-numerique', ['formation']),
  di('thematiques', 'creation-activite--financer-son-projet', ['financement']),
  di('thematiques', 'creation-activite', ['strategie']),
  di('thematiques', 'creation-activite--*', ['strategie'], 'defining and structuring a project'),
  di('thematiques', 'creer-une-entreprise--*', ['strategie'], 'defining and structuring a project'),
  di('thematiques', 'remobilisation--benevolat-action-citoyenne', ['emploi-benevolat']),
  di('thematiques', 'remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat', ['emploi-benevolat']),
  di('thematiques', 'trouver-un-emploi--*', [], 'serves job seekers, not employers'),
  di('thematiques', 'preparer-sa-candidature--*', [], 'serves job seekers, not employers'),
  di('thematiques', 'choisir-un-metier--*', [], 'serves job seekers, not employers'),
];

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

const lmnTypologie = index(TYPE_CROSSWALK, LMN, ['typologie']);
// Older exports name national programmes `labels_nationaux`: one index for both fields.
const lmnDispositifs = index(TYPE_CROSSWALK, LMN, ['dispositif_programmes_nationaux', 'labels_nationaux']);
const lmnLabels = index(TYPE_CROSSWALK, LMN, ['formations_labels']);
const lmnServices = index(THEME_CROSSWALK, LMN, ['services']);
const diReseaux = index(TYPE_CROSSWALK, DI, ['reseaux_porteurs', 'labels_nationaux']);
const diThematiques = index(THEME_CROSSWALK, DI, ['thematiques']);

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
    ...lookup(dispositifs, [lmnDispositifs], STRUCTURE_TYPES),
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
): Index<T> {
  const exact = new Map<string, readonly T[]>();
  // National values first, so that the project's own words win on a clash.
  for (const row of national) if (row.to.length && !row.from.endsWith('--*')) exact.set(fold(row.from), row.to);
  for (const id of Object.keys(labels) as T[]) {
    for (const word of [id, labels[id].fr, labels[id].en, ...extra[id]]) exact.set(fold(word), [id]);
  }
  return { exact, category: new Map() };
}

const ownTypes = aliases(
  TYPE_LABELS,
  {
    dla: ['Dispositif local d’accompagnement'],
    'point-appui': ["Point d'appui", "Point d'appui à la vie associative", 'Guid’Asso', 'GuidAsso', 'PAVA'],
    'maison-associations': ['Maisons des associations'],
    crib: ['Centre de ressources et d’information des bénévoles'],
    cress: ['Chambre régionale de l’économie sociale et solidaire'],
    'france-active': [],
    'hub-numerique': ['Hubs numériques', 'Hub', 'Hub pour un numérique inclusif'],
    'conseiller-numerique': ['Conseillers numériques', 'CNFS'],
    'france-services': ['France Service', 'Maison France Services'],
    'tiers-lieu': ['Tiers-lieux', 'Tiers lieu', 'Fablab', 'Fab lab', 'Fablabs'],
    epn: ['EPN', 'Espaces publics numériques'],
    reseau: ['Réseau', 'Fédération', 'Tête de réseau'],
  },
  TYPE_CROSSWALK,
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
    'donnees-rgpd': ['Données', 'RGPD', 'GDPR', 'Data'],
    materiel: ['Équipement', 'Équipements', 'Hardware'],
    'emploi-benevolat': ['Emploi', 'Bénévolat', 'Employment', 'Volunteering'],
  },
  THEME_CROSSWALK,
);

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
