/**
 * The script tag CMS editors paste: `<script src="…/dist/loader.js" defer></script>`.
 * A classic script (also fine as `type="module"`): it watches the page and, the first time a
 * `cap-*` element appears (now or later), imports only that element's code, found next to
 * this file so the folder works from any path or CDN.
 */
import { VERSION } from './core/version.js';
import { listenForEmbeds } from './embed/protocol.js';
import { RESERVED_SPACE_CSS } from './reserve.js';

/** Tag → module, relative to the loader's own URL. */
const ELEMENTS: Record<string, string> = {
  'cap-maturity-quiz': 'elements/maturity-quiz.js',
  'cap-results-gauge': 'elements/results-gauge.js',
  'cap-support-finder': 'elements/support-finder.js',
  'cap-diagnostic': 'elements/diagnostic.js',
};

interface LoaderGlobal {
  __capNumeriqueLoader?: string;
}

(() => {
  const global = window as unknown as LoaderGlobal;
  if (global.__capNumeriqueLoader) {
    if (global.__capNumeriqueLoader !== VERSION) {
      console.warn(
        `[cap-numerique] loader ${VERSION} ignored: loader ${global.__capNumeriqueLoader} is already on this page.`,
      );
    }
    return;
  }
  global.__capNumeriqueLoader = VERSION;
  reserveSpace();
  // Host pages with iframe embeds (`<iframe data-cap-embed src="…/embed.html?…">`) resize them.
  listenForEmbeds();

  const base = loaderUrl();
  const requested = new Set<string>();

  const discover = (): void => {
    for (const tag of Object.keys(ELEMENTS)) {
      if (requested.has(tag) || customElements.get(tag)) continue;
      if (!document.querySelector(tag)) continue;
      requested.add(tag);
      import(new URL(ELEMENTS[tag]!, base).href).catch((error: unknown) => {
        requested.delete(tag);
        console.error(`[cap-numerique] could not load <${tag}> from ${base}:`, error);
      });
    }
  };

  const start = (): void => {
    discover();
    new MutationObserver(discover).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  // Elements already in the parsed part of the page load at once, without waiting for the rest.
  discover();
})();

/** Adopts the reserved space of src/reserve.ts (a constructed sheet: allowed under a strict `style-src`). */
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED_SPACE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Browsers without constructed style sheets only lose the reservation.
  }
}

/**
 * The loader's own URL. `document.currentScript` works for classic scripts; module scripts have
 * none, so fall back to the script element whose `src` names this file.
 */
function loaderUrl(): string {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'));
  const mine = scripts.reverse().find((s) => /(?:^|\/)loader(?:\.min)?\.js(?:[?#]|$)/.test(s.src));
  return mine?.src ?? document.baseURI;
}
