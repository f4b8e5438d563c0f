import type { LocalizedText } from './types.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Normalise any BCP 47 tag to a shipped language: `en-GB` → `en`; anything else → `fr`. */
export function normalizeLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'fr';
}

/** The text in a language: its translation, else the French text. */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.fr;
}

export type Messages = Record<string, string>;

/**
 * Replace `{name}` placeholders. `{name:one|other}` writes the singular or the plural form for the
 * number in `name` (a number, or a string `formatNumber` wrote); the forms may hold placeholders.
 * French puts 0 and 1 in the singular ("0 structure", "1 structure"), English only 1: the Unicode
 * CLDR rules for integers, written by hand because `Intl.PluralRules`, like `Intl.NumberFormat`,
 * starts ICU on first use. Values are inserted as text by Lit, never as markup, and never read
 * as placeholders.
 */
export function format(template: string, params: Record<string, string | number> = {}, lang: Lang = 'fr'): string {
  return template.replace(/\{(\w+)(?::((?:[^{}|]|\{\w+\})*)\|((?:[^{}]|\{\w+\})*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    if (!(key in params)) return whole;
    if (other === undefined) return String(params[key]);
    const n = Number(String(params[key]).replace(/[^\d.-]/g, ''));
    return format((lang === 'en' ? n === 1 : Math.abs(n) < 2) ? one! : other, params, lang);
  });
}

/**
 * One lookup for every element: the message in the language, else French, else the key. The keys
 * are the French catalog's, so a call with a key it lacks fails to compile.
 */
export function translator<K extends string>(catalog: Record<Lang, Messages> & { fr: Record<K, string> }) {
  return (lang: Lang, key: K, params?: Record<string, string | number>): string =>
    format(catalog[lang][key] ?? catalog.fr[key] ?? key, params, catalog[lang][key] === undefined ? 'fr' : lang);
}

/** Digit group separator and decimal mark, as `Intl.NumberFormat` writes them for fr-FR and en-GB. */
const NUMBER_MARKS: Record<Lang, readonly [group: string, decimal: string]> = {
  fr: ['\u202f', ','],
  en: [',', '.'],
};

/**
 * Numbers the French way (`1 234,5`, narrow no-break space) or the English way (`1,234.5`), with
 * at most `maxDigits` decimals (3 by default, like `Intl.NumberFormat`). Written by hand because
 * the first `Intl.NumberFormat` of a page costs 20–60 ms in Chromium (ICU start-up), which fell
 * on the finder's first draw. Values `toFixed` cannot write plainly go to `Intl`.
 */
export function formatNumber(value: number, lang: Lang, maxDigits = 3): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) {
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: maxDigits }).format(value);
  }
  const [group, decimal] = NUMBER_MARKS[lang] ?? NUMBER_MARKS.fr;
  const [whole, fraction = ''] = Math.abs(value).toFixed(maxDigits).split('.') as [string, string?];
  const decimals = fraction.replace(/0+$/, '');
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, group) + (decimals ? decimal + decimals : '');
  return value < 0 && /[1-9]/.test(whole + decimals) ? `-${digits}` : digits;
}

/** A date as "3 mars 2026" / "3 March 2026"; a bare YYYY-MM-DD is read at noon UTC (no day shift). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}
