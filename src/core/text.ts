/**
 * The one accent folding shared by the readers, the crosswalk, the merge, the sort by name and the
 * commune search; what differs between them is an explicit option. Pure: no DOM.
 */

/** Combining diacritical marks, what `normalize('NFD')` splits off accented Latin letters. */
const MARKS = /[\u0300-\u036f]/g;
const SPELT: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };

export interface FoldOptions {
  /**
   * Letters without a decomposition, spelt out after lowercasing: `'ligatures'` œ → "oe" and
   * æ → "ae" (the vocabularies, "Œuvre"); `'latin'` also ß → "ss" and ø → "o" (commune names).
   * Default: kept as they are (with `words`, they then count as punctuation).
   */
  spell?: 'ligatures' | 'latin';
  /**
   * Words only: each run of characters other than a–z and 0–9 becomes one space, none left at
   * either end ("Données / RGPD" → "donnees rgpd"). Default: punctuation and spaces kept.
   */
  words?: boolean;
}

/**
 * Lowercase without accents: decomposed (NFD), the combining marks U+0300–U+036F removed, then
 * lowercased ("École" and "E\u0301cole" → "ecole"); `options` spell out ligatures and keep only
 * words.
 */
export function foldText(text: string, { spell, words }: FoldOptions = {}): string {
  let s = text.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (spell) s = s.replace(spell === 'latin' ? /[œæßø]/g : /[œæ]/g, (ch) => SPELT[ch]!);
  return words ? s.replace(/[^a-z0-9]+/g, ' ').trim() : s;
}

/** Folding for matching words: lowercase, no accents, œ/æ spelt out, punctuation as single spaces. */
export const WORDS: Readonly<FoldOptions> = { spell: 'ligatures', words: true };
