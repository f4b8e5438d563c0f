/** Pure snippet generation for the builder (and its tests). */
export type Widget = 'diagnostic' | 'quiz' | 'gauge' | 'finder';

export const TAGS: Record<Widget, string> = {
  diagnostic: 'cap-diagnostic',
  quiz: 'cap-maturity-quiz',
  gauge: 'cap-results-gauge',
  finder: 'cap-support-finder',
};

export interface SnippetOptions {
  widget: Widget;
  /** URL of the dist/ folder, ending with "/". */
  base: string;
  lang: 'fr' | 'en';
  /** A #rrggbb colour, or '' for the default. */
  primary: string;
  /** The element's attributes; '' values are left out, `true` is a boolean attribute. */
  attributes: Record<string, string | boolean>;
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeList(options: SnippetOptions): [string, string | true][] {
  const list: [string, string | true][] = [];
  if (options.lang === 'en') list.push(['lang', 'en']);
  for (const [name, value] of Object.entries(options.attributes)) {
    if (value === true) list.push([name, true]);
    else if (typeof value === 'string' && value.trim()) list.push([name, value.trim()]);
  }
  return list;
}

/**
 * The reserved-space stylesheet, `<script src="…/loader.js" defer></script>` and the element (the
 * stylesheet keeps the page from moving while the element's code loads).
 */
export function scriptSnippet(options: SnippetOptions): string {
  const tag = TAGS[options.widget];
  const attributes = attributeList(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  const style = /^#[0-9a-f]{6}$/i.test(options.primary) ? ` style="--cap-color-primary: ${options.primary}"` : '';
  const base = escape(options.base);
  return `<link rel="stylesheet" href="${base}cap-numerique.css" />\n<script src="${base}loader.js" defer></script>\n<${tag}${attributes}${style}></${tag}>`;
}

/** The iframe of dist/embed.html, for CMSs that strip scripts. */
export function iframeSnippet(options: SnippetOptions, title: string): string {
  const query = new URLSearchParams({ widget: options.widget });
  for (const [name, value] of attributeList(options)) query.set(name, value === true ? '1' : value);
  if (/^#[0-9a-f]{6}$/i.test(options.primary)) query.set('primary', options.primary);
  return (
    `<iframe src="${escape(`${options.base}embed.html?${query.toString()}`)}" title="${escape(title)}" ` +
    `width="100%" height="900" style="border:0" loading="lazy" allow="geolocation; clipboard-write" data-cap-embed></iframe>`
  );
}
