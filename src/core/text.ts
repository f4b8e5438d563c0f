/**
 * Text helpers shared by the readers, the crosswalk, the sort by name and the commune search:
 * one accent folding and one check of http(s) addresses. Pure: no DOM, no network.
 */

/** Combining diacritical marks, what `normalize('NFD')` splits off accented Latin letters. */
const MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const LIGATURES = /[œæ]/g;
const LATIN = /[œæßø]/g;
const SPELT: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };
const spell = (ch: string) => SPELT[ch]!;

export interface FoldOptions {
  /**
   * Letters without a decomposition, spelt out after lowercasing: `'ligatures'` œ → "oe" and
   * æ → "ae" (the vocabularies, "Œuvre"); `'latin'` also ß → "ss" and ø → "o" (commune names).
   * Default: kept as they are (or, with a `separator`, replaced by it).
   */
  spell?: 'ligatures' | 'latin';
  /**
   * Each run of characters other than a–z and 0–9 becomes this string, and none is left at either
   * end: `' '` for words ("Données / RGPD" → "donnees rgpd"), `'-'` for slugs. Default: kept.
   */
  separator?: string;
}

/**
 * Lowercase without accents: decomposed (NFD), the combining marks U+0300–U+036F removed, then
 * lowercased ("École" and "E\u0301cole" → "ecole"); `options` spell out ligatures and fold
 * punctuation. Text that is all ASCII skips the decomposition (same result, much faster).
 */
export function foldText(text: string, options: FoldOptions = {}): string {
  let s = ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (options.spell) s = s.replace(options.spell === 'latin' ? LATIN : LIGATURES, spell);
  const { separator } = options;
  if (separator !== undefined) {
    s = s.replace(/[^a-z0-9]+/g, separator);
    // Runs are already single: at most one separator at each end.
    if (separator && s.startsWith(separator)) s = s.slice(separator.length);
    if (separator && s.endsWith(separator)) s = s.slice(0, -separator.length);
  }
  return s;
}

/** Folding for matching words: lowercase, no accents, œ/æ spelt out, punctuation as single spaces. */
export const WORDS: Readonly<FoldOptions> = { spell: 'ligatures', separator: ' ' };

/**
 * `value` read as a URL (relative to `base` when given) if its scheme is http or https, else
 * undefined (`javascript:`, `data:`, `mailto:`, unparsable text…). Never throws.
 */
export function safeHttpUrl(value: string, base?: string | URL): URL | undefined {
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
