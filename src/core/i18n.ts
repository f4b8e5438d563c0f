import type { LocalizedText } from './types.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Normalise any BCP 47 tag to a shipped language: `en-GB` → `en`; anything else → `fr`. */
export function normalizeLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'fr';
}

/**
 * DESIGN §2: the element's `lang`, else the closest `[lang]` ancestor (across shadow roots, so an
 * element inside another one follows it), else `<html lang>`, else French.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return normalizeLang(tag);
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return normalizeLang(document.documentElement.getAttribute('lang'));
}

/** The text in a language: its translation, else the French text. */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.fr;
}

export type Messages = Record<string, string>;

/** Replace `{name}` placeholders. Values are inserted as text by Lit, never as markup. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** One lookup for every element: the message in the language, else French, else the key. */
export function translator(catalog: Record<Lang, Messages>) {
  return (lang: Lang, key: string, params?: Record<string, string | number>): string =>
    format(catalog[lang][key] ?? catalog.fr[key] ?? key, params);
}

/** Numbers the French way (`1 234,5`) or the English way. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR').format(value);
}

/** A date as "3 mars 2026" / "3 March 2026"; a bare YYYY-MM-DD is read at noon UTC (no day shift). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}
