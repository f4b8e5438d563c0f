/**
 * Cleaning shared by every format: single values (text, URLs, e-mails, codes, dates, yes/no,
 * fees, lists) and positions. Every value is kept as plain text (trimmed, control characters
 * removed, capped at MAX_TEXT): nothing is interpreted as HTML here, the elements render text.
 */
import { foldText, WORDS } from '../../text.js';
import { safeHttpUrl } from '../../url.js';
import type { PositionWarning, SkipReason } from '../model.js';
import { MAX_TEXT, SIRET } from '../limits.js';
import { isInFrance } from '../territory.js';

export type Json = Record<string, unknown>;


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
  return safeHttpUrl(candidate)?.href;
}

const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file|blob|about|filesystem):/;

/** Accessibility: an http(s) URL, or a text; a URL with any other scheme is dropped. */
export function cleanAccessibility(value: unknown): string | undefined {
  const s = cleanText(value, true);
  if (!s) return undefined;
  // Browsers ignore whitespace inside a scheme ("java script:"): look at it without any.
  const head = s.slice(0, 40).replace(/\s+/g, '').toLowerCase();
  if (DANGEROUS_SCHEME.test(head)) return undefined;
  // A lone URL ("ftp://…", "www.…") is a link or nothing; a sentence is kept as text.
  if (/^(https?:|www\.)/.test(head) || (!/\s/.test(s) && /^[a-z][a-z0-9+.-]*:/i.test(s))) return cleanUrl(s);
  return s;
}

export function cleanEmail(value: unknown): string | undefined {
  const s = cleanText(value)?.replace(/^mailto:/i, '');
  return s && s.length <= 320 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(s) ? s : undefined;
}

/** The first valid e-mail address of a list (`|`, `;`, `,` or spaces between addresses). */
export function firstEmail(value: unknown): string | undefined {
  return first(Array.isArray(value) ? list(value) : (cleanText(value)?.split(/[|;,\s]+/) ?? []), cleanEmail);
}

/**
 * Phone numbers: one, or several separated by `|`, `;`, `/`, `,` or « ou ». A part with fewer than
 * six digits is not a number of its own ("poste 12"): it stays with the text, read whole.
 */
export function phonesOf(value: unknown): string[] {
  const s = cleanText(value);
  if (!s) return [];
  const parts = s.split(/\s*(?:[|;/,]|\bou\b)\s*/i);
  if (parts.length < 2) return [s];
  const numbers: string[] = [];
  for (const part of parts) {
    if (part.replace(/\D/g, '').length < 6) return [s];
    if (!numbers.includes(part)) numbers.push(part);
  }
  return numbers;
}

/** Numbers lose leading zeros ("01000" → 1000): pad them back. */
export function cleanCode(value: unknown): string | undefined {
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
export function cleanSiret(value: unknown): string | undefined {
  const s = cleanText(value)?.replace(/[\s.]+/g, '').toUpperCase();
  return s && SIRET.test(s) && !/^0+$/.test(s) ? s : undefined;
}

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;
const FRENCH_DATE = /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/(\d{4})$/;

/** The day after tomorrow (UTC), YYYY-MM-DD, computed again each hour: later dates are placeholders. */
let future = '';
let futureUntil = 0;

/**
 * YYYY-MM-DD from an ISO date or date-time, or a French DD/MM/YYYY. Placeholders are no date:
 * 1970-01-01 (the Unix epoch), anything before it (1900-01-01, 0001-01-01) or after tomorrow.
 */
export function cleanDate(value: unknown): string | undefined {
  const s = cleanText(value) ?? '';
  const iso = ISO_DATE.exec(s);
  const french = iso ? null : FRENCH_DATE.exec(s);
  const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : french ? `${french[3]}-${french[2]}-${french[1]}` : '';
  const now = Date.now();
  if (now > futureUntil) {
    future = new Date(now + 2 * 864e5).toISOString().slice(0, 10);
    futureUntil = now + 36e5;
  }
  return date > '1970-01-01' && date < future ? date : undefined;
}

const TRUE_WORDS = new Set(['true', 'oui', 'yes', 'vrai', '1', 'gratuit', 'free']);
const FALSE_WORDS = new Set(['false', 'non', 'no', 'faux', '0', 'payant', 'paid']);

export function cleanBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const s = typeof value === 'string' || typeof value === 'number' ? foldText(String(value).slice(0, 50), WORDS) : '';
  return TRUE_WORDS.has(s) ? true : FALSE_WORDS.has(s) ? false : undefined;
}

/**
 * Fees as LaMednum (`frais_a_charge`, older `conditions_acces`) or data·inclusion (`frais`) say
 * them. Free as soon as
 * something is free for someone: "Gratuit sous condition" (and data·inclusion v0
 * "gratuit-sous-conditions", "pass-numerique") count as free, the condition being in the
 * description; only "Payant" (or "adhesion") alone makes it paid.
 */
export function freeFrom(values: readonly string[]): boolean | undefined {
  let paid = false;
  for (const value of values) {
    // Older LaMednum files (`conditions_acces`) explain each value after a colon: "Payant : …".
    const v = foldText(value.split(':')[0]!, WORDS);
    if (v.startsWith('gratuit') || v.endsWith('pass numerique')) return true;
    if (v === 'payant' || v === 'adhesion') paid = true;
  }
  return paid ? false : undefined;
}

/** `supportModes`: the values as written (the detail view names the known ones), no repeats. */
export function supportModesOf(values: readonly string[]): string[] | undefined {
  const out = [...new Set(values)];
  return out.length ? out : undefined;
}

/** A list: a JSON array, or a string split on `|` (older LaMednum files: `;`). */
export function list(value: unknown, separator: RegExp | null = null): string[] {
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
export const LABEL_SEPARATOR = /[|;,]/;

export function first<T>(values: readonly string[], clean: (v: string) => T | undefined): T | undefined {
  for (const v of values) {
    const c = clean(v);
    if (c !== undefined) return c;
  }
  return undefined;
}

export function joinAddress(street: unknown, complement: unknown): string | undefined {
  const a = cleanText(street);
  const b = cleanText(complement);
  return a && b ? `${a}, ${b}` : (a ?? b);
}


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

export interface Position {
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

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: "constructor" or "toString" must not come from the prototype. */
export function own(row: Json, key: string): unknown {
  return Object.hasOwn(row, key) ? row[key] : undefined;
}
