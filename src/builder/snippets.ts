/** Pure snippet generation for the builder (and its tests). */
import { safeHttpUrl } from '../core/url.js';

export type Widget = 'diagnostic' | 'quiz' | 'gauge' | 'finder' | 'overview';

export const TAGS: Record<Widget, string> = {
  diagnostic: 'cap-diagnostic',
  quiz: 'cap-maturity-quiz',
  gauge: 'cap-results-gauge',
  finder: 'cap-support-finder',
  overview: 'cap-network-overview',
};

export interface SnippetOptions {
  widget: Widget;
  /** URL of the dist/ folder, ending with "/". */
  base: string;
  lang: 'fr' | 'en';
  /** A #rrggbb colour (the `primary` attribute), or '' for the default. */
  primary: string;
  /** The element's attributes; '' values are left out, `true` is a boolean attribute. */
  attributes: Record<string, string | boolean>;
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const COLOR = /^#[0-9a-f]{6}$/i;

function attributeList(options: SnippetOptions): [string, string | true][] {
  const list: [string, string | true][] = [];
  if (options.lang === 'en') list.push(['lang', 'en']);
  if (COLOR.test(options.primary)) list.push(['primary', options.primary]);
  for (const [name, value] of Object.entries(options.attributes)) {
    if (value === true) list.push([name, true]);
    else if (typeof value === 'string' && value.trim()) list.push([name, value.trim()]);
  }
  return list;
}

/**
 * The reserved-space stylesheet, `<script src="…/loader.js" defer></script>` and the element (the
 * stylesheet keeps the page from moving while the element's code loads). No `style` attribute:
 * the colour is the element's `primary` attribute, which a strict `style-src` allows.
 */
export function scriptSnippet(options: SnippetOptions): string {
  const tag = TAGS[options.widget];
  const attributes = attributeList(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  const base = escape(options.base);
  return `<link rel="stylesheet" href="${base}cap-numerique.css" />\n<script src="${base}loader.js" defer></script>\n<${tag}${attributes}></${tag}>`;
}

/** The iframe of dist/embed.html, for CMSs that strip scripts. */
export function iframeSnippet(options: SnippetOptions, title: string): string {
  const query = new URLSearchParams({ widget: options.widget });
  for (const [name, value] of attributeList(options)) query.set(name, value === true ? '1' : value);
  return (
    `<iframe src="${escape(`${options.base}embed.html?${query.toString()}`)}" title="${escape(title)}" ` +
    `width="100%" height="900" style="border:0" loading="lazy" allow="geolocation; clipboard-write" data-cap-embed></iframe>`
  );
}

const origin = (url: string): string | undefined => safeHttpUrl(url)?.origin;

const IGN = 'https://data.geopf.fr';

/**
 * What a page with a Content-Security-Policy must add for this snippet, directive by directive
 * (`[['script-src', 'https://cdn.example'], …]`): dist/'s origin for the scripts, and the servers
 * the chosen options reach. Data URLs are relative to the page unless absolute.
 */
export function cspAdditions(options: SnippetOptions): [directive: string, sources: string][] {
  const add = new Map<string, Set<string>>();
  const need = (directive: string, source: string | undefined) => {
    if (source) add.set(directive, (add.get(directive) ?? new Set()).add(source));
  };
  need('script-src', origin(options.base));
  // The reserved-space stylesheet the snippet links.
  need('style-src', origin(options.base));
  const attributes = options.attributes;
  const text = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string).trim() : '');
  for (const name of ['src', 'questionnaire-src', 'structures-src']) {
    for (const url of text(name).split(/\s+/).filter(Boolean)) need('connect-src', origin(url));
  }
  const tiles = text('tiles');
  need('img-src', tiles === 'ign' ? IGN : origin(tiles.replace(/[{}]/g, '')));
  const geocoder = text('geocoder');
  need('connect-src', geocoder === 'geoplateforme' ? IGN : origin(geocoder.replace(/[{}]/g, '')));
  return [...add].map(([directive, sources]) => [directive, [...sources].join(' ')]);
}

/** The package's dist/ folder on the public npm CDNs, for this version. */
export function cdnBases(version: string): { name: string; base: string }[] {
  return [
    { name: 'jsDelivr', base: `https://cdn.jsdelivr.net/npm/cap-numerique@${version}/dist/` },
    { name: 'unpkg', base: `https://unpkg.com/cap-numerique@${version}/dist/` },
  ];
}
