/**
 * Reads support structures from any supported file (DESIGN §3.3) into the internal model. The
 * format is detected from the content, never from the file name:
 *
 * - JSON starting with `{` or `[`:
 *   - GeoJSON: `{"type": "FeatureCollection", "features": [...]}` of Points (a single Feature or a
 *     bare `features` array too). Properties use our field names, usual French/English names
 *     (see PLAIN_ALIASES) or the LaMednum names when they have a `pivot`.
 *   - Lieux de médiation numérique (LaMednum) JSON: an array of objects with `pivot`.
 *   - data·inclusion: an array of structures (`source`, `id`, `nom`, `date_maj`…), a
 *     `{"structures": [...], "services": [...]}` bundle, or an API page `{"items": [...]}`.
 *     Services (objects with `structure_id`, in the bundle's `services`, mixed in the array or
 *     nested as a structure's `services` array) are joined to the structure whose `id` equals
 *     their `structure_id`: they add themes (`thematiques`), `frais` and `prise_rdv`. Only
 *     structures are rows (counted in `total`); a service without its structure is ignored.
 *     The older v0 shape (`typologie`, `labels_nationaux`, `thematiques` on the structure,
 *     `horaires_ouverture`) is read too.
 *   - The project's own format: `{"$schema"?, "structures": [...]}` or an array of objects with
 *     `name` and `lat`/`lon`. Rows are cleaned field by field like the other formats, so what
 *     comes out fits the published schema (schema.ts, checked by the tests) without loading zod.
 * - Anything else is CSV (comma, semicolon or tab, detected from the header line; UTF-8 BOM
 *   removed): LaMednum when the header has `pivot`, `nom` and `code_postal`, else plain CSV when
 *   it has a name column and latitude and longitude columns (PLAIN_ALIASES).
 *
 * It never throws: a file that is none of these returns `{error: 'unknown-format', detail}`, an
 * empty one `{error: 'empty', detail}` (`detail` is an English sentence for logs and messages).
 * Every value is kept as plain text (trimmed, control characters removed, capped at MAX_TEXT):
 * nothing is interpreted as HTML here, the elements render text. Linear in the number of rows.
 */
import { dsvFormat } from 'd3-dsv';
import type { SupportTheme } from '../vocabulary.js';
import {
  foldText,
  themesFromDataInclusion,
  themesFromLabels,
  themesFromLamednum,
  typesFromDataInclusion,
  typesFromLabels,
  typesFromLamednum,
} from './crosswalk.js';
import {
  STRUCTURE_TYPES,
  type PositionWarning,
  type ReadResult,
  type SkipReason,
  type Structure,
  type StructureType,
} from './model.js';
import { MAX_TEXT, SIRET } from './limits.js';
import { isInFrance } from './territory.js';

export interface ReadError {
  error: 'unknown-format' | 'empty';
  detail: string;
}

export type ReadOutcome = (ReadResult & { details?: PendingDetails }) | ReadError;

export interface ReadOptions {
  /**
   * Our own format only: leave the fields shown only in a structure's detail (address,
   * description, phone, e-mail, website, accessibility, appointment link, SIRET, update date)
   * for `details`, so that the first list and map do not wait for them.
   */
  deferDetails?: boolean;
}

/** The detail fields of a read with `deferDetails`, cleaned into the same structures later. */
export interface PendingDetails {
  /**
   * Cleans the details of the next structures, until `deadline` (a `performance.now()` time)
   * passes or all are done (no deadline: all at once). True once every structure has them.
   */
  run(deadline?: number): boolean;
}

export function isReadError(outcome: ReadOutcome): outcome is ReadError {
  return 'error' in outcome;
}

type Format = ReadResult['format'];
type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Cleaning of single values

/** C0/C1 controls except tab and newlines, bidi overrides/isolates (spoofing), stray BOMs. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Controls, whitespace other than single spaces (`\s` spelt out: one character class is faster
 * than alternatives), or two spaces; a space at either end is checked apart.
 */
// eslint-disable-next-line no-control-regex, no-regex-spaces -- controls, and two spaces in a row
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF]|  /;

/** A plain, trimmed, capped string, or undefined when empty. Numbers are accepted (postcodes, phones). */
export function cleanText(value: unknown, multiline = false): string | undefined {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' && Number.isFinite(value)) s = String(value);
  else return undefined;
  // Most values are already clean: one test instead of four replacements (100,000-row files).
  if (s.length <= MAX_TEXT && s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !NEEDS_CLEANING.test(s)) {
    return s || undefined;
  }
  // Cut first: the regexes below then never run over a 10 MB field.
  if (s.length > MAX_TEXT * 2) s = s.slice(0, MAX_TEXT * 2);
  s = s.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  s = multiline ? s.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n') : s.replace(/\s+/g, ' ');
  s = s.trim();
  if (s.length > MAX_TEXT) {
    s = s.slice(0, MAX_TEXT);
    // Never end on half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    s = s.trimEnd();
  }
  return s || undefined;
}

/**
 * An http(s) URL that the URL parser would return unchanged: lowercase host ending in a name (not
 * an IPv4 address), a path without dot segments, escapes or backslashes, no port, user or fragment.
 */
const PLAIN_URL = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?%]*)?$/;

/** An http(s) URL (normalised by the URL parser), else undefined: `javascript:`, `data:`… are dropped. */
export function cleanUrl(value: unknown): string | undefined {
  const s = cleanText(value);
  if (!s || s.length > 2000) return undefined;
  // Most URLs are already normal: `new URL` for 20,000 rows costs tens of milliseconds.
  // (Punycode labels are checked by the parser; "/." may be a dot segment.)
  if (PLAIN_URL.test(s) && !s.includes('/.') && !s.includes('xn--')) return s;
  let candidate = s;
  // "www.example.fr" is common in real files: read it as https.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s) && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(s)) candidate = `https://${s}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file|blob|about|filesystem):/;

/** Accessibility: an http(s) URL, or a text; a URL with any other scheme is dropped. */
function cleanAccessibility(value: unknown): string | undefined {
  const s = cleanText(value, true);
  if (!s) return undefined;
  // Browsers ignore whitespace inside a scheme ("java script:"): look at it without any.
  const head = s.slice(0, 40).replace(/\s+/g, '').toLowerCase();
  if (DANGEROUS_SCHEME.test(head)) return undefined;
  // A lone URL ("ftp://…", "www.…") is a link or nothing; a sentence is kept as text.
  if (/^(https?:|www\.)/.test(head) || (!/\s/.test(s) && /^[a-z][a-z0-9+.-]*:/i.test(s))) return cleanUrl(s);
  return s;
}

function cleanEmail(value: unknown): string | undefined {
  const s = cleanText(value)?.replace(/^mailto:/i, '');
  return s && s.length <= 320 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(s) ? s : undefined;
}

/** Numbers lose leading zeros ("01000" → 1000): pad them back. */
function cleanCode(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100000) {
    return String(value).padStart(5, '0');
  }
  const s = cleanText(value);
  return s && s.length <= 20 ? s : undefined;
}

/**
 * SIRET (14 digits), SIREN (9), RNA (W + 9 digits) or RIDET; the all-zero placeholder of many
 * LaMednum rows is no identifier (it would merge unrelated places).
 */
function cleanSiret(value: unknown): string | undefined {
  const s = cleanText(value)?.replace(/[\s.]+/g, '').toUpperCase();
  return s && SIRET.test(s) && !/^0+$/.test(s) ? s : undefined;
}

const ISO_DATE = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** YYYY-MM-DD from an ISO date or date-time, or a French DD/MM/YYYY. */
function cleanDate(value: unknown): string | undefined {
  const s = cleanText(value);
  if (!s) return undefined;
  if (s.length === 10 && ISO_DATE.test(s)) return s;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let ymd = m ? [m[1]!, m[2]!, m[3]!] : undefined;
  if (!ymd) {
    m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
    if (m) ymd = [m[3]!, m[2]!, m[1]!];
  }
  if (!ymd) return undefined;
  const [y, mo, d] = ymd.map(Number) as [number, number, number];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y > 1900 ? ymd.join('-') : undefined;
}

const TRUE_WORDS = new Set(['true', 'oui', 'yes', 'vrai', '1', 'gratuit', 'free']);
const FALSE_WORDS = new Set(['false', 'non', 'no', 'faux', '0', 'payant', 'paid']);

function cleanBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const s = typeof value === 'string' || typeof value === 'number' ? foldText(String(value).slice(0, 50)) : '';
  return TRUE_WORDS.has(s) ? true : FALSE_WORDS.has(s) ? false : undefined;
}

/**
 * Fees as LaMednum (`frais_a_charge`) or data·inclusion (`frais`) say them. Free as soon as
 * something is free for someone: "Gratuit sous condition" (and data·inclusion v0
 * "gratuit-sous-conditions", "pass-numerique") count as free, the condition being in the
 * description; only "Payant" (or "adhesion") alone makes it paid.
 */
function freeFrom(values: readonly string[]): boolean | undefined {
  let paid = false;
  for (const value of values) {
    const v = foldText(value);
    if (v.startsWith('gratuit') || v === 'pass numerique') return true;
    if (v === 'payant' || v === 'adhesion') paid = true;
  }
  return paid ? false : undefined;
}

/** A list: a JSON array, or a string split on `|` (older LaMednum files: `;`). */
function list(value: unknown, separator: RegExp | null = null): string[] {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value.slice(0, 1000)) {
      const s = cleanText(v);
      if (s) out.push(s);
    }
    return out;
  }
  let s = typeof value === 'string' ? value : '';
  if (!s) return [];
  if (s.length > MAX_TEXT * 2) s = s.slice(0, MAX_TEXT * 2);
  const sep = separator ?? (s.includes('|') ? '|' : ';');
  const out: string[] = [];
  for (const part of s.split(sep)) {
    const item = cleanText(part);
    if (item) out.push(item);
  }
  return out;
}

/** People's lists of types or themes: "DLA, Maison des associations" or "dla|crib". */
const LABEL_SEPARATOR = /[|;,]/;

function first<T>(values: readonly string[], clean: (v: string) => T | undefined): T | undefined {
  for (const v of values) {
    const c = clean(v);
    if (c !== undefined) return c;
  }
  return undefined;
}

function joinAddress(street: unknown, complement: unknown): string | undefined {
  const a = cleanText(street);
  const b = cleanText(complement);
  return a && b ? `${a}, ${b}` : (a ?? b);
}

// ---------------------------------------------------------------------------------------------
// Coordinates

type Coordinate = number | 'missing' | 'invalid';

function coordinate(value: unknown): Coordinate {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  let s = value.trim();
  if (!s) return 'missing';
  if (s.length > 40) return 'invalid';
  // French spreadsheets write "45,764".
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return 'invalid';
  const n = Number(s);
  return Number.isFinite(n) ? n : 'invalid';
}

interface Position {
  lat: number;
  lon: number;
  positionWarning?: PositionWarning;
}

/**
 * A trusted position, or why the row is skipped. Points outside France are kept but flagged;
 * when swapping latitude and longitude puts the point in France, they are swapped and flagged.
 */
export function readPosition(latValue: unknown, lonValue: unknown): Position | SkipReason {
  const lat = coordinate(latValue);
  const lon = coordinate(lonValue);
  if (lat === 'missing' || lon === 'missing') return 'missing-coordinates';
  if (lat === 'invalid' || lon === 'invalid') return 'invalid-coordinates';
  // 0,0 ("Null Island") is what exports write for "no position".
  if (lat === 0 && lon === 0) return 'missing-coordinates';
  const swappedInFrance = Math.abs(lon) <= 90 && Math.abs(lat) <= 180 && isInFrance(lon, lat);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return swappedInFrance ? { lat: lon, lon: lat, positionWarning: 'swapped' } : 'invalid-coordinates';
  }
  if (isInFrance(lat, lon)) return { lat, lon };
  if (swappedInFrance) return { lat: lon, lon: lat, positionWarning: 'swapped' };
  return { lat, lon, positionWarning: 'outside-france' };
}

// ---------------------------------------------------------------------------------------------
// Rows → structures

/** What a format reader extracts from one row: already cleaned, except name, id and position. */
interface Draft {
  id: unknown;
  name: unknown;
  lat: unknown;
  lon: unknown;
  types: StructureType[];
  themes: SupportTheme[];
  address?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  inseeCode?: string | undefined;
  description?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  hours?: string | undefined;
  free?: boolean | undefined;
  accessibility?: string | undefined;
  appointmentUrl?: string | undefined;
  siret?: string | undefined;
  source?: string | undefined;
  updatedAt?: string | undefined;
}

class Collector {
  readonly structures: Structure[] = [];
  readonly skipped: Partial<Record<SkipReason, number>> = {};
  total = 0;
  /** Local ids already used, by source (hashing the short local id, not the joined one). */
  private readonly ids = new Map<string, Set<string>>();
  private readonly fileSource: string;

  constructor(
    readonly format: Format,
    sourceName: string,
  ) {
    this.fileSource = cleanText(sourceName)?.slice(0, 200) || 'source';
  }

  skip(reason: SkipReason): void {
    this.total++;
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  add(draft: Draft): Structure | undefined {
    const name = cleanText(draft.name);
    if (!name) {
      this.skip('missing-name');
      return undefined;
    }
    const position = readPosition(draft.lat, draft.lon);
    if (typeof position === 'string') {
      this.skip(position);
      return undefined;
    }
    const source = draft.source?.slice(0, 200) || this.fileSource;
    const structure: Structure = {
      id: '',
      name,
      types: draft.types,
      themes: draft.themes,
      lat: position.lat,
      lon: position.lon,
      source,
    };
    if (position.positionWarning) structure.positionWarning = position.positionWarning;
    // Spelt out, always in this order (one object shape per set of fields): quicker than a loop
    // over dynamic keys for 100,000 rows.
    if (draft.address !== undefined) structure.address = draft.address;
    if (draft.postcode !== undefined) structure.postcode = draft.postcode;
    if (draft.city !== undefined) structure.city = draft.city;
    if (draft.inseeCode !== undefined) structure.inseeCode = draft.inseeCode;
    if (draft.description !== undefined) structure.description = draft.description;
    if (draft.phone !== undefined) structure.phone = draft.phone;
    if (draft.email !== undefined) structure.email = draft.email;
    if (draft.website !== undefined) structure.website = draft.website;
    if (draft.hours !== undefined) structure.hours = draft.hours;
    if (draft.free !== undefined) structure.free = draft.free;
    if (draft.accessibility !== undefined) structure.accessibility = draft.accessibility;
    if (draft.appointmentUrl !== undefined) structure.appointmentUrl = draft.appointmentUrl;
    if (draft.siret !== undefined) structure.siret = draft.siret;
    if (draft.updatedAt !== undefined) structure.updatedAt = draft.updatedAt;
    let localId = cleanText(draft.id)?.slice(0, 200) ?? String(this.total + 1);
    // data·inclusion ids already start with "<source>--": do not say the source twice.
    // (Compared in place: a "<source>--" string for every row would be garbage.)
    const n = source.length;
    if (localId.length > n + 2 && localId.charCodeAt(n) === 45 && localId.charCodeAt(n + 1) === 45 && localId.startsWith(source)) {
      localId = localId.slice(n + 2);
    }
    structure.id = `${source}:${this.uniqueId(source, localId)}`;
    this.total++;
    this.structures.push(structure);
    return structure;
  }

  private reject(reason: SkipReason): false {
    this.skip(reason);
    return false;
  }

  private uniqueId(source: string, localId: string): string {
    let used = this.ids.get(source);
    if (!used) this.ids.set(source, (used = new Set()));
    let unique = localId;
    for (let n = 2; used.has(unique); n++) unique = `${localId}~${n}`;
    used.add(unique);
    return unique;
  }

  result(): ReadResult {
    return { format: this.format, structures: this.structures, skipped: this.skipped, total: this.total };
  }
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: "constructor" or "toString" must not come from the prototype. */
function own(row: Json, key: string): unknown {
  return Object.hasOwn(row, key) ? row[key] : undefined;
}

type Get = (key: string) => unknown;

// LaMednum, same field names in CSV, JSON and GeoJSON properties.
function lamednumDraft(get: Get): Draft {
  return {
    id: get('id'),
    name: get('nom'),
    lat: get('latitude'),
    lon: get('longitude'),
    types: typesFromLamednum(
      list(get('typologie')),
      list(get('dispositif_programmes_nationaux')),
      list(get('formations_labels')),
    ),
    themes: themesFromLamednum(list(get('services'))),
    address: joinAddress(get('adresse'), get('complement_adresse')),
    postcode: cleanCode(get('code_postal')),
    city: cleanText(get('commune')),
    inseeCode: cleanCode(get('code_insee')),
    description: cleanText(get('presentation_resume'), true) ?? cleanText(get('presentation_detail'), true),
    phone: cleanText(get('telephone')),
    email: first(list(get('courriels')), cleanEmail),
    website: first(list(get('site_web')), cleanUrl),
    hours: cleanText(get('horaires')),
    free: freeFrom(list(get('frais_a_charge'))),
    accessibility: cleanAccessibility(get('fiche_acces_libre')),
    appointmentUrl: cleanUrl(get('prise_rdv')),
    siret: cleanSiret(get('pivot')),
    source: cleanText(get('source')),
    updatedAt: cleanDate(get('date_maj')),
  };
}

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
} as const;

type PlainField = keyof typeof PLAIN_ALIASES;

const ALIAS_TO_FIELD = new Map<string, PlainField>();
for (const field of Object.keys(PLAIN_ALIASES) as PlainField[]) {
  for (const alias of PLAIN_ALIASES[field]) ALIAS_TO_FIELD.set(alias, field);
}

/** "Code postal", "code-postal" and "CODE_POSTAL" are the same column; camelCase folds to lowercase. */
function columnKey(name: string): string {
  return foldText(name).replace(/ /g, '_');
}

/** One row's values by field. */
type PlainValues = Partial<Record<PlainField, unknown>>;

const PLAIN_FIELDS = Object.keys(PLAIN_ALIASES) as PlainField[];
/** Our own field names as written ("inseeCode"): found without folding. */
/** A field and its bit (for "first matching key wins"), found with one lookup per key. */
interface FieldEntry {
  field: PlainField;
  bit: number;
}
const FIELD_ENTRY = new Map<PlainField, FieldEntry>(PLAIN_FIELDS.map((field, i) => [field, { field, bit: 1 << i }]));
const OWN_KEYS = new Map<string, FieldEntry>(PLAIN_FIELDS.map((f) => [f, FIELD_ENTRY.get(f)!]));

/** Every field present, in the same order: one object shape for every row (fast property access). */
function emptyValues(): PlainValues {
  return {
    id: undefined, name: undefined, lat: undefined, lon: undefined, types: undefined, themes: undefined,
    address: undefined, postcode: undefined, city: undefined, inseeCode: undefined, description: undefined,
    phone: undefined, email: undefined, website: undefined, hours: undefined, free: undefined,
    accessibility: undefined, appointmentUrl: undefined, siret: undefined, source: undefined, updatedAt: undefined,
  };
}

/**
 * Types and themes of one read, by raw value: files repeat the same few lists thousands of times.
 * The arrays are shared between the structures that have the same list (nothing mutates them:
 * merging replaces them).
 */
class LabelLookups {
  private readonly types = new ListCache<StructureType>();
  private readonly themes = new ListCache<SupportTheme>();

  typesOf(value: unknown): StructureType[] {
    return this.types.get(value, (v) => typesFromLabels(list(v, LABEL_SEPARATOR)));
  }

  themesOf(value: unknown): SupportTheme[] {
    return this.themes.get(value, (v) => themesFromLabels(list(v, LABEL_SEPARATOR)));
  }
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
  v.accessibility = v.appointmentUrl = v.siret = v.source = v.updatedAt = undefined;
}

/**
 * A row's draft, written into `into` (one object reused for every row of a read); without
 * `details`, the fields of `addDetails` are left out.
 */
function plainDraft(v: PlainValues, lookups: LabelLookups, into: Draft = emptyDraft(), details = true): Draft {
  into.id = v.id;
  into.name = v.name;
  into.lat = v.lat;
  into.lon = v.lon;
  into.types = lookups.typesOf(v.types);
  into.themes = lookups.themesOf(v.themes);
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
function addDetails(structure: Structure, v: PlainValues): void {
  const address = v.address === undefined ? undefined : cleanText(v.address);
  if (address !== undefined) structure.address = address;
  const description = v.description === undefined ? undefined : cleanText(v.description, true);
  if (description !== undefined) structure.description = description;
  const phone = v.phone === undefined ? undefined : cleanText(v.phone);
  if (phone !== undefined) structure.phone = phone;
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
function emptyDraft(): Draft {
  return {
    id: undefined, name: undefined, lat: undefined, lon: undefined, types: [], themes: [],
    address: undefined, postcode: undefined, city: undefined, inseeCode: undefined, description: undefined,
    phone: undefined, email: undefined, website: undefined, hours: undefined, free: undefined,
    accessibility: undefined, appointmentUrl: undefined, siret: undefined, source: undefined, updatedAt: undefined,
  };
}

/**
 * Values of a JSON object with our or usual names; the first matching key wins. Only our field
 * names are written, so a "__proto__" key in the data is never one of them.
 */
function plainValues(row: Json, keyCache: Map<string, FieldEntry | null>, values: PlainValues = emptyValues()): PlainValues {
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
      if (found === null) continue;
      entry = found;
    }
    if (seen & entry.bit) continue;
    seen |= entry.bit;
    values[entry.field] = row[key];
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// JSON formats

/** Rows of the project's own format, read a range at a time (see `readJsonInSlices`). */
class OwnRowsReader {
  private readonly out: Collector;
  private readonly keyCache = new Map<string, FieldEntry | null>();
  private readonly lookups = new LabelLookups();
  // One values object and one draft for every row: the collector copies what it keeps.
  private readonly values = emptyValues();
  private readonly draft = emptyDraft();
  private readonly details: boolean;
  // With deferred details: the rows kept, in the order of their structures.
  private readonly kept: Json[] = [];

  constructor(sourceName: string, options: ReadOptions) {
    this.out = new Collector('cap-numerique', sourceName);
    this.details = !options.deferDetails;
  }

  read(rows: readonly unknown[], from = 0, to = rows.length): void {
    const { out, keyCache, lookups, values, draft, details, kept } = this;
    for (let i = from; i < to; i++) {
      const row = rows[i];
      if (!isRecord(row)) {
        out.skip('not-an-object');
        continue;
      }
      const structure = out.add(plainDraft(plainValues(row, keyCache, values), lookups, draft, details));
      if (structure && !details) kept.push(row);
    }
  }

  result(): ReadOutcome {
    const result = this.out.result();
    return this.details ? result : { ...result, details: pendingDetails(result.structures, this.kept, this.keyCache) };
  }
}

function readOwnRows(rows: readonly unknown[], sourceName: string, options: ReadOptions = {}): ReadOutcome {
  const reader = new OwnRowsReader(sourceName, options);
  reader.read(rows);
  return reader.result();
}

function pendingDetails(structures: readonly Structure[], rows: Json[], keyCache: Map<string, FieldEntry | null>): PendingDetails {
  let next = 0;
  const values = emptyValues();
  return {
    run(deadline = Infinity) {
      while (next < rows.length) {
        const row = rows[next]!;
        // Released as they are read: the caller's rows are not kept alive by the finder.
        rows[next] = undefined as unknown as Json;
        try {
          addDetails(structures[next]!, plainValues(row, keyCache, values));
        } catch {
          // A row handed over by a script whose getter throws now: its details stay unknown.
        }
        next++;
        if ((next & 255) === 0 && performance.now() > deadline) break;
      }
      return next >= rows.length;
    },
  };
}

function readLamednumRows(rows: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('lieux-mediation-numerique', sourceName);
  for (const row of rows) {
    if (!isRecord(row)) out.skip('not-an-object');
    else out.add(lamednumDraft((key) => own(row, key)));
  }
  return out.result();
}

function readGeoJson(features: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('geojson', sourceName);
  const keyCache = new Map<string, FieldEntry | null>();
  const lookups = new LabelLookups();
  const values = emptyValues();
  const plain = emptyDraft();
  for (const feature of features) {
    if (!isRecord(feature)) {
      out.skip('not-an-object');
      continue;
    }
    const properties = isRecord(own(feature, 'properties')) ? (own(feature, 'properties') as Json) : {};
    const draft = Object.hasOwn(properties, 'pivot')
      ? lamednumDraft((key) => own(properties, key))
      : plainDraft(plainValues(properties, keyCache, values), lookups, plain);
    const featureId = own(feature, 'id');
    if (featureId !== undefined && featureId !== null) draft.id = featureId;
    // GeoJSON positions are [lon, lat]; anything but a Point has no single position.
    const geometry = own(feature, 'geometry');
    if (!isRecord(geometry)) {
      draft.lat = draft.lon = undefined;
    } else {
      const coordinates = own(geometry, 'coordinates');
      if (own(geometry, 'type') === 'Point' && Array.isArray(coordinates) && coordinates.length >= 2) {
        draft.lon = coordinates[0];
        draft.lat = coordinates[1];
      } else {
        draft.lat = draft.lon = Number.NaN;
      }
    }
    out.add(draft);
  }
  return out.result();
}

function readDataInclusion(structures: readonly unknown[], services: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('data-inclusion', sourceName);
  // Services by the id of their structure (a Map: ids are data, not keys of an object).
  const servicesOf = new Map<string, Json[]>();
  const addService = (service: unknown) => {
    if (!isRecord(service)) return;
    const structureId = own(service, 'structure_id');
    if (typeof structureId !== 'string') return;
    let bucket = servicesOf.get(structureId);
    if (!bucket) servicesOf.set(structureId, (bucket = []));
    bucket.push(service);
  };
  for (const service of services) addService(service);
  const rows: unknown[] = [];
  for (const item of structures) {
    if (isRecord(item) && typeof own(item, 'structure_id') === 'string') addService(item);
    else rows.push(item);
  }
  for (const row of rows) {
    if (!isRecord(row)) {
      out.skip('not-an-object');
      continue;
    }
    const get = (key: string) => own(row, key);
    const id = get('id');
    const nested = get('services');
    const related = [
      ...(typeof id === 'string' ? (servicesOf.get(id) ?? []) : []),
      ...(Array.isArray(nested) ? nested.filter(isRecord) : []),
    ];
    const thematiques = list(get('thematiques'));
    const fees: string[] = [];
    let appointmentUrl: string | undefined;
    for (const service of related) {
      thematiques.push(...list(own(service, 'thematiques')));
      fees.push(...list(own(service, 'frais')));
      appointmentUrl ??= cleanUrl(own(service, 'prise_rdv'));
    }
    const types = new Set([
      ...typesFromDataInclusion([...list(get('reseaux_porteurs')), ...list(get('labels_nationaux'))]),
      // v0 `typologie` uses the same codes as LaMednum.
      ...typesFromLamednum(list(get('typologie')), []),
    ]);
    out.add({
      id,
      name: get('nom'),
      lat: get('latitude'),
      lon: get('longitude'),
      types: STRUCTURE_TYPES.filter((t) => types.has(t)),
      themes: themesFromDataInclusion(thematiques),
      address: joinAddress(get('adresse'), get('complement_adresse')),
      postcode: cleanCode(get('code_postal')),
      city: cleanText(get('commune')),
      inseeCode: cleanCode(get('code_insee')),
      description:
        cleanText(get('description'), true) ??
        cleanText(get('presentation_resume'), true) ??
        cleanText(get('presentation_detail'), true),
      phone: cleanText(get('telephone')),
      email: cleanEmail(get('courriel')),
      website: cleanUrl(get('site_web')),
      hours: cleanText(get('horaires_accueil')) ?? cleanText(get('horaires_ouverture')),
      free: freeFrom(fees),
      accessibility: cleanAccessibility(get('accessibilite_lieu') ?? get('accessibilite')),
      appointmentUrl,
      siret: cleanSiret(get('siret')),
      source: cleanText(get('source')),
      updatedAt: cleanDate(get('date_maj')),
    });
  }
  return out.result();
}

type RowKind = 'lamednum' | 'data-inclusion' | 'own' | 'feature';

/** Which format an array of rows is, from its first objects (files are homogeneous). */
function detectRows(rows: readonly unknown[]): RowKind | undefined {
  const votes = { lamednum: 0, 'data-inclusion': 0, own: 0, feature: 0 };
  let seen = 0;
  for (const row of rows) {
    if (!isRecord(row)) continue;
    if (++seen > 50) break;
    const has = (key: string) => Object.hasOwn(row, key);
    if (has('pivot')) votes.lamednum++;
    else if (has('structure_id') || has('reseaux_porteurs') || (has('nom') && (has('date_maj') || has('source')))) {
      votes['data-inclusion']++;
    } else if (own(row, 'type') === 'Feature') votes.feature++;
    else if (has('name') || has('nom') || has('lat') || has('latitude')) votes.own++;
  }
  let best: RowKind | undefined;
  for (const kind of ['lamednum', 'data-inclusion', 'own', 'feature'] as const) {
    if (votes[kind] > 0 && (!best || votes[kind] > votes[best])) best = kind;
  }
  return best;
}

function readRows(rows: readonly unknown[], sourceName: string, extraServices: readonly unknown[] = [], options: ReadOptions = {}): ReadOutcome {
  if (rows.length === 0) return { error: 'empty', detail: 'the file holds an empty list' };
  switch (detectRows(rows)) {
    case 'lamednum':
      return readLamednumRows(rows, sourceName);
    case 'data-inclusion':
      return readDataInclusion(rows, extraServices, sourceName);
    case 'own':
      return readOwnRows(rows, sourceName, options);
    case 'feature':
      return readGeoJson(rows, sourceName);
    default:
      return {
        error: 'unknown-format',
        detail: 'the list holds no recognisable structure (expected objects with a name and a position)',
      };
  }
}

function readJson(data: unknown, sourceName: string, options: ReadOptions = {}): ReadOutcome {
  if (Array.isArray(data)) return readRows(data, sourceName, [], options);
  if (!isRecord(data)) return { error: 'unknown-format', detail: 'the JSON is neither an object nor a list' };
  const type = own(data, 'type');
  const features = own(data, 'features');
  if (type === 'FeatureCollection' || (type === undefined && Array.isArray(features))) {
    if (!Array.isArray(features)) return { error: 'unknown-format', detail: 'a FeatureCollection without a "features" list' };
    return readGeoJson(features, sourceName);
  }
  if (type === 'Feature') return readGeoJson([data], sourceName);
  const structures = own(data, 'structures');
  if (Array.isArray(structures)) {
    const services = own(data, 'services');
    if (Array.isArray(services)) return readDataInclusion(structures, services, sourceName);
    const kind = detectRows(structures);
    if (kind === 'data-inclusion') return readDataInclusion(structures, [], sourceName);
    if (kind === 'lamednum') return readLamednumRows(structures, sourceName);
    // Our own format, even when empty or when every row is bad (the counts say why).
    return readOwnRows(structures, sourceName, options);
  }
  const items = own(data, 'items');
  if (Array.isArray(items)) return readRows(items, sourceName);
  return {
    error: 'unknown-format',
    detail: 'a JSON object without "structures", "features" or "items"',
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function readCsv(text: string, sourceName: string): ReadOutcome {
  const newline = text.search(/\r?\n/);
  const headerLine = newline < 0 ? text : text.slice(0, newline);
  if (headerLine.trimStart().startsWith('<')) {
    return { error: 'unknown-format', detail: 'this looks like HTML or XML, not structure data' };
  }
  // parseRows, not parse: d3-dsv's parse compiles the header with `new Function`, which a strict
  // Content-Security-Policy forbids (and which would read a "__proto__" column as a prototype).
  const rows = dsvFormat(detectDelimiter(headerLine)).parseRows(text);
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const exact = new Map<string, number>();
  header.forEach((name, i) => exact.has(name) || exact.set(name, i));
  const blank = (row: string[]) => row.every((cell) => cell.trim() === '');

  if (exact.has('pivot') && exact.has('nom') && exact.has('code_postal')) {
    const out = new Collector('lieux-mediation-numerique', sourceName);
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      if (blank(row)) continue;
      out.add(lamednumDraft((key) => {
        const i = exact.get(key);
        return i === undefined ? undefined : row[i];
      }));
    }
    return out.result();
  }

  const columns = new Map<PlainField, number>();
  header.forEach((name, i) => {
    const field = ALIAS_TO_FIELD.get(columnKey(name));
    if (field && !columns.has(field)) columns.set(field, i);
  });
  if (!columns.has('name') || !columns.has('lat') || !columns.has('lon')) {
    const found = header.slice(0, 12).map((h) => `"${h.slice(0, 40)}"`).join(', ');
    return {
      error: 'unknown-format',
      detail:
        'not a recognised structure file: a CSV needs a header with a name column (nom/name) and ' +
        `latitude and longitude columns (latitude/lat, longitude/lon/lng); found ${found || 'no header'}`,
    };
  }
  const out = new Collector('csv', sourceName);
  const fields = [...columns];
  const lookups = new LabelLookups();
  const draft = emptyDraft();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (blank(row)) continue;
    const values: PlainValues = {};
    for (const [field, i] of fields) values[field] = row[i];
    out.add(plainDraft(values, lookups, draft));
  }
  return out.result();
}

// ---------------------------------------------------------------------------------------------

/**
 * Read structures from the text of a file. `sourceName` (the file name or URL) is the source of
 * entries that do not name theirs. Never throws.
 */
export function readStructures(text: string, sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    const content = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '');
    const start = content.search(/\S/);
    if (start < 0) return { error: 'empty', detail: 'the file is empty' };
    const head = content[start];
    // A JSON value that is no object or list ("null", 42, "text") is JSON all the same, not a CSV header.
    if (head !== '{' && head !== '[' && /^(null|true|false|-?\d[\d.eE+-]*|"(?:[^"\\\n]|\\.)*")\s*$/.test(content.slice(start, start + 1000))) {
      return readJson(JSON.parse(content), sourceName);
    }
    if (head === '{' || head === '[') {
      let data: unknown;
      try {
        data = JSON.parse(content);
      } catch (error) {
        return { error: 'unknown-format', detail: `invalid JSON: ${String((error as Error).message).slice(0, 200)}` };
      }
      return readJson(data, sourceName, options);
    }
    return readCsv(content.slice(start), sourceName);
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the file: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}

/** Read structures from a JSON file already parsed (as `readStructures` would from its text). Never throws. */
export function readParsedJson(data: unknown, sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    return readJson(data, sourceName, options);
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the file: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}

/** The rows `readJson` reads as the project's own format, or undefined for any other shape. */
function ownRows(data: unknown): readonly unknown[] | undefined {
  if (Array.isArray(data)) return data.length > 0 && detectRows(data) === 'own' ? data : undefined;
  if (!isRecord(data)) return undefined;
  const type = own(data, 'type');
  if (type === 'FeatureCollection' || type === 'Feature' || (type === undefined && Array.isArray(own(data, 'features')))) return undefined;
  const structures = own(data, 'structures');
  if (!Array.isArray(structures) || Array.isArray(own(data, 'services'))) return undefined;
  const kind = detectRows(structures);
  return kind === 'data-inclusion' || kind === 'lamednum' ? undefined : structures;
}

/** Rows of our own format read between two pauses. */
const SLICE = 500;

/**
 * `readParsedJson`, for a large file of the project's own format, cut into slices: `pause()` is
 * called between slices and may return a promise (the caller's chance to let the page run). Other
 * formats are read at once. Same result as `readParsedJson`; never rejects.
 */
export function readJsonInSlices(data: unknown, sourceName: string, options: ReadOptions, pause: Pause): Promise<ReadOutcome> {
  return inSlices(data, sourceName, options, pause, () => readParsedJson(data, sourceName, options));
}

/** `readStructureObjects` in slices, as `readJsonInSlices`. */
export function readObjectsInSlices(rows: readonly unknown[], sourceName: string, options: ReadOptions, pause: Pause): Promise<ReadOutcome> {
  const whole = () => readStructureObjects(rows, sourceName, options);
  return Array.isArray(rows) ? inSlices({ structures: rows }, sourceName, options, pause, whole) : Promise.resolve(whole());
}

type Pause = () => Promise<void> | undefined;

async function inSlices(data: unknown, sourceName: string, options: ReadOptions, pause: Pause, whole: () => ReadOutcome): Promise<ReadOutcome> {
  let rows: readonly unknown[] | undefined;
  try {
    rows = ownRows(data);
  } catch {
    rows = undefined;
  }
  if (!rows || rows.length <= SLICE) return whole();
  try {
    const reader = new OwnRowsReader(sourceName, options);
    for (let at = 0; at < rows.length; at += SLICE) {
      reader.read(rows, at, Math.min(rows.length, at + SLICE));
      await pause();
    }
    return reader.result();
  } catch {
    // A row that throws when read (rows handed over by a script): read at once, as before.
    return whole();
  }
}

/**
 * Objects handed over by a script may throw when read (getters, proxies): such a row becomes
 * unreadable (skipped and counted) instead of failing the whole list.
 */
function readable(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  try {
    for (const key of Object.keys(row)) void (row as Json)[key];
    return row;
  } catch {
    return undefined;
  }
}

/**
 * Read structures already in memory (the finder's `structures` property): the rows of our own
 * format, or of any JSON format above, read as `readStructures` reads `{"structures": rows}`
 * without serialising them first. Never throws.
 */
export function readStructureObjects(rows: readonly unknown[], sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    if (!Array.isArray(rows)) return { error: 'unknown-format', detail: 'the structures are not a list' };
    try {
      return readJson({ structures: rows }, sourceName, options);
    } catch {
      // A row that throws when read (a getter, a proxy): read again with such rows made
      // unreadable (skipped and counted). Checked only then: ordinary rows pay nothing.
      return readJson({ structures: rows.map(readable) }, sourceName, options);
    }
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the structures: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}
