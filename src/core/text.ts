/**
 * The one accent folding shared by the readers, the crosswalk, the merge, the sort by name and the
 * commune search; what differs between them is an explicit option. Pure: no DOM.
 */

/** Combining diacritical marks, what `normalize('NFD')` splits off accented Latin letters. */
const MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const SPELT: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };

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
export function foldText(text: string, { spell, separator }: FoldOptions = {}): string {
  let s = (ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '')).toLowerCase();
  if (spell) s = s.replace(spell === 'latin' ? /[œæßø]/g : /[œæ]/g, (ch) => SPELT[ch]!);
  // Only a–z, 0–9 and single spaces are left before the trim: no separator at either end.
  return separator === undefined ? s : s.replace(/[^a-z0-9]+/g, ' ').trim().replaceAll(' ', separator);
}

/** Folding for matching words: lowercase, no accents, œ/æ spelt out, punctuation as single spaces. */
export const WORDS: Readonly<FoldOptions> = { spell: 'ligatures', separator: ' ' };
