/**
 * Rows with our field names or the usual French/English ones ("nom", "code_postal", "Latitude"…),
 * as the project's own format, GeoJSON properties and plain CSV columns have them: the names'
 * aliases, a row's values by field, and its cleaned draft.
 */
import type { SupportTheme } from '../../vocabulary.js';
import { foldText, WORDS } from '../../text.js';
import { guidassoFromLabels, themesFromLabels, typesFromLabels } from '../crosswalk.js';
import type { GuidAssoLevel, Structure, StructureType } from '../model.js';
import {
  cleanAccessibility,
  cleanBoolean,
  cleanCode,
  cleanDate,
  cleanEmail,
  cleanSiret,
  cleanText,
  cleanUrl,
  first,
  LABEL_SEPARATOR,
  list,
  type Json,
} from './clean.js';
import { setPhones, type Draft } from './collector.js';

/** Our field names and the usual French/English column names, as folded by `columnKey`. */
const PLAIN_ALIASES = {
  id: ['id', 'identifiant'],
  name: ['name', 'nom', 'nom_structure', 'nom_du_lieu', 'nom_de_la_structure', 'raison_sociale', 'libelle', 'title', 'titre'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  types: ['types', 'type', 'type_s', 'typologie', 'categorie', 'categories'],
  themes: ['themes', 'theme', 'theme_s', 'thematiques', 'thematique'],
  address: ['address', 'adresse'],
  postcode: ['postcode', 'code_postal', 'codepostal', 'cp', 'postal_code'],
  city: ['city', 'commune', 'ville'],
  inseeCode: ['inseecode', 'insee_code', 'code_insee', 'insee', 'citycode'],
  description: ['description', 'presentation', 'presentation_resume'],
  phone: ['phone', 'telephone', 'tel'],
  email: ['email', 'e_mail', 'courriel', 'courriels', 'mail'],
  website: ['website', 'site_web', 'siteweb', 'site_internet', 'site', 'url', 'web'],
  hours: ['hours', 'horaires', 'opening_hours', 'horaires_accueil'],
  free: ['free', 'gratuit'],
  accessibility: ['accessibility', 'accessibilite'],
  appointmentUrl: ['appointmenturl', 'appointment_url', 'prise_rdv', 'rdv', 'rendez_vous'],
  siret: ['siret', 'pivot'],
  source: ['source'],
  updatedAt: ['updatedat', 'updated_at', 'date_maj', 'mise_a_jour', 'maj'],
  guidasso: ['guidasso', 'guid_asso', 'label_guidasso', 'label_guid_asso', 'niveau_guidasso', 'niveau_guid_asso'],
} as const;

export type PlainField = keyof typeof PLAIN_ALIASES;

export const ALIAS_TO_FIELD = new Map<string, PlainField>();
for (const field of Object.keys(PLAIN_ALIASES) as PlainField[]) {
  for (const alias of PLAIN_ALIASES[field]) ALIAS_TO_FIELD.set(alias, field);
}

/** "Code postal", "code-postal" and "CODE_POSTAL" are the same column; camelCase folds to lowercase. */
export function columnKey(name: string): string {
  return foldText(name, WORDS).replace(/ /g, '_');
}

/** One row's values by field. */
export type PlainValues = Partial<Record<PlainField, unknown>>;

const PLAIN_FIELDS = Object.keys(PLAIN_ALIASES) as PlainField[];
/** A field and its bit (for "first matching key wins"), found with one lookup per key. */
export interface FieldEntry {
  field: PlainField;
  bit: number;
}
const FIELD_ENTRY = new Map<PlainField, FieldEntry>(PLAIN_FIELDS.map((field, i) => [field, { field, bit: 1 << i }]));
/** Our own field names as written ("inseeCode"): found without folding. */
const OWN_KEYS = new Map<string, FieldEntry>(PLAIN_FIELDS.map((f) => [f, FIELD_ENTRY.get(f)!]));

/** Every field present, in the same order: one object shape for every row (fast property access). */
export function emptyValues(): PlainValues {
  return {
    id: undefined, name: undefined, lat: undefined, lon: undefined, types: undefined, themes: undefined,
    address: undefined, postcode: undefined, city: undefined, inseeCode: undefined, description: undefined,
    phone: undefined, email: undefined, website: undefined, hours: undefined, free: undefined,
    accessibility: undefined, appointmentUrl: undefined, siret: undefined, source: undefined, updatedAt: undefined,
    guidasso: undefined,
  };
}

/**
 * Types and themes of one read, by raw value: files repeat the same few lists thousands of times.
 * The arrays are shared between the structures that have the same list (nothing mutates them:
 * merging replaces them).
 */
export class LabelLookups {
  private readonly types = new ListCache<StructureType>();
  private readonly themes = new ListCache<SupportTheme>();
  private readonly guidasso = new ListCache<GuidAssoLevel>();
  /** The Guid’Asso level named among a row's types (« Guid’Asso orientation »), by their types. */
  private readonly guidassoInTypes = new WeakMap<StructureType[], GuidAssoLevel>();

  // Made once, not for every row.
  private readonly readTypes = (value: unknown): StructureType[] => {
    const labels = list(value, LABEL_SEPARATOR);
    const types = typesFromLabels(labels);
    const level = guidassoFromLabels(labels, false);
    if (level) this.guidassoInTypes.set(types, level);
    return types;
  };

  typesOf(value: unknown): StructureType[] {
    return this.types.get(value, this.readTypes);
  }

  themesOf(value: unknown): SupportTheme[] {
    return this.themes.get(value, readThemes);
  }

  /** The Guid’Asso level of a `guidasso` field, else of a label among the types `typesOf` gave. */
  guidassoOf(field: unknown, types: StructureType[]): GuidAssoLevel | undefined {
    return (field === undefined ? undefined : this.guidasso.get(field, readGuidasso)[0]) ?? this.guidassoInTypes.get(types);
  }
}

const readThemes = (value: unknown): SupportTheme[] => themesFromLabels(list(value, LABEL_SEPARATOR));

function readGuidasso(value: unknown): GuidAssoLevel[] {
  const level = guidassoFromLabels(typeof value === 'boolean' ? [value] : list(value, LABEL_SEPARATOR), true);
  return level ? [level] : [];
}

interface ListNode<T> {
  value?: T[];
  next?: Map<string, ListNode<T>>;
}

/**
 * Results by raw list: a string (up to 500 characters) is looked up as is, an array of up to 20
 * short strings item by item along a tree (no joined key to build and hash for every row).
 * Anything else is read each time. Bounded: a file of all-different lists gains nothing.
 */
class ListCache<T> {
  private readonly strings = new Map<string, T[]>();
  private readonly arrays: ListNode<T> = {};
  private size = 0;

  get(value: unknown, read: (value: unknown) => T[]): T[] {
    if (typeof value === 'string') {
      if (value.length > 500) return read(value);
      let found = this.strings.get(value);
      if (found === undefined) {
        found = read(value);
        if (this.size++ < 2000) this.strings.set(value, found);
      }
      return found;
    }
    if (!Array.isArray(value) || value.length > 20) return read(value);
    let node = this.arrays;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string' || item.length > 100) return read(value);
      let next = node.next?.get(item);
      if (next === undefined) {
        if (this.size >= 2000) return read(value);
        this.size++;
        next = {};
        (node.next ??= new Map()).set(item, next);
      }
      node = next;
    }
    return (node.value ??= read(value));
  }
}

function clearValues(v: PlainValues): void {
  v.id = v.name = v.lat = v.lon = v.types = v.themes = undefined;
  v.address = v.postcode = v.city = v.inseeCode = v.description = undefined;
  v.phone = v.email = v.website = v.hours = v.free = undefined;
  v.accessibility = v.appointmentUrl = v.siret = v.source = v.updatedAt = v.guidasso = undefined;
}

/**
 * A row's draft, written into `into` (one object reused for every row of a read); without
 * `details`, the fields of `addDetails` are left out.
 */
export function plainDraft(v: PlainValues, lookups: LabelLookups, into: Draft = emptyDraft(), details = true): Draft {
  into.id = v.id;
  into.name = v.name;
  into.lat = v.lat;
  into.lon = v.lon;
  into.types = lookups.typesOf(v.types);
  into.themes = lookups.themesOf(v.themes);
  into.guidasso = lookups.guidassoOf(v.guidasso, into.types);
  into.postcode = v.postcode === undefined ? undefined : cleanCode(v.postcode);
  into.city = v.city === undefined ? undefined : cleanText(v.city);
  into.inseeCode = v.inseeCode === undefined ? undefined : cleanCode(v.inseeCode);
  into.hours = v.hours === undefined ? undefined : cleanText(v.hours);
  into.free = v.free === undefined ? undefined : cleanBoolean(v.free);
  into.source = v.source === undefined ? undefined : cleanText(v.source);
  if (details) {
    into.address = v.address === undefined ? undefined : cleanText(v.address);
    into.description = v.description === undefined ? undefined : cleanText(v.description, true);
    into.phone = v.phone === undefined ? undefined : cleanText(v.phone);
    into.email = v.email === undefined ? undefined : first(list(v.email), cleanEmail);
    into.website = v.website === undefined ? undefined : cleanUrl(v.website);
    into.accessibility = v.accessibility === undefined ? undefined : cleanAccessibility(v.accessibility);
    into.appointmentUrl = v.appointmentUrl === undefined ? undefined : cleanUrl(v.appointmentUrl);
    into.siret = v.siret === undefined ? undefined : cleanSiret(v.siret);
    into.updatedAt = v.updatedAt === undefined ? undefined : cleanDate(v.updatedAt);
  } else {
    into.address = into.description = into.phone = into.email = into.website = undefined;
    into.accessibility = into.appointmentUrl = into.siret = into.updatedAt = undefined;
  }
  return into;
}

/** The fields `plainDraft` leaves out without `details`, cleaned into `structure`. */
export function addDetails(structure: Structure, v: PlainValues): void {
  const address = v.address === undefined ? undefined : cleanText(v.address);
  if (address !== undefined) structure.address = address;
  const description = v.description === undefined ? undefined : cleanText(v.description, true);
  if (description !== undefined) structure.description = description;
  if (v.phone !== undefined) setPhones(structure, cleanText(v.phone));
  const email = v.email === undefined ? undefined : first(list(v.email), cleanEmail);
  if (email !== undefined) structure.email = email;
  const website = v.website === undefined ? undefined : cleanUrl(v.website);
  if (website !== undefined) structure.website = website;
  const accessibility = v.accessibility === undefined ? undefined : cleanAccessibility(v.accessibility);
  if (accessibility !== undefined) structure.accessibility = accessibility;
  const appointmentUrl = v.appointmentUrl === undefined ? undefined : cleanUrl(v.appointmentUrl);
  if (appointmentUrl !== undefined) structure.appointmentUrl = appointmentUrl;
  const siret = v.siret === undefined ? undefined : cleanSiret(v.siret);
  if (siret !== undefined) structure.siret = siret;
  const updatedAt = v.updatedAt === undefined ? undefined : cleanDate(v.updatedAt);
  if (updatedAt !== undefined) structure.updatedAt = updatedAt;
}

/** A draft object with every field, in one shape, to be reused row after row. */
export function emptyDraft(): Draft {
  return {
    id: undefined, name: undefined, lat: undefined, lon: undefined, types: [], themes: [],
    address: undefined, postcode: undefined, city: undefined, inseeCode: undefined, description: undefined,
    phone: undefined, email: undefined, website: undefined, hours: undefined, free: undefined,
    accessibility: undefined, appointmentUrl: undefined, siret: undefined, source: undefined, updatedAt: undefined,
    guidasso: undefined,
  };
}

/**
 * Values of a JSON object with our or usual names; the first matching key wins. Only our field
 * names are written, so a "__proto__" key in the data is never one of them. With `unused`, the
 * filled fields of no known name are counted there.
 */
export function plainValues(
  row: Json,
  keyCache: Map<string, FieldEntry | null>,
  values: PlainValues = emptyValues(),
  unused?: Map<string, number>,
): PlainValues {
  clearValues(values);
  let seen = 0;
  const keys = Object.keys(row);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // Our own names (the project's format) first: no folding, one lookup.
    let entry = OWN_KEYS.get(key);
    if (entry === undefined) {
      let found = keyCache.get(key);
      if (found === undefined) {
        const field = ALIAS_TO_FIELD.get(columnKey(key.slice(0, 100)));
        found = field === undefined ? null : FIELD_ENTRY.get(field)!;
        keyCache.set(key, found);
      }
      if (found === null) {
        const value = row[key];
        if (unused && value !== null && value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
          const name = key.slice(0, 100);
          unused.set(name, (unused.get(name) ?? 0) + 1);
        }
        continue;
      }
      entry = found;
    }
    if (seen & entry.bit) continue;
    seen |= entry.bit;
    values[entry.field] = row[key];
  }
  return values;
}
