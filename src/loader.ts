/**
 * The script tag CMS editors paste: `<script src="…/dist/loader.js" defer></script>`.
 * A classic script (also fine as `type="module"`): it watches the page and, the first time a
 * `cap-*` element appears (now or later), loads only that element's code, found next to this file
 * so the folder works from any path, host or CDN.
 *
 * From the page's own origin the code loads as ES modules (`import()`). From another origin,
 * module scripts need CORS headers that many hosts do not send, so the loader takes the
 * System.register build (`system/`) through SystemJS (`system/s.js`), which loads every file with
 * a classic `<script>` tag: the host only has to be allowed by the page's `script-src`.
 */
import { VERSION } from './core/version.js';
import { listenForEmbeds } from './embed/protocol.js';
import { RESERVED_SPACE_CSS } from './reserve.js';

/** The tags it defines; `cap-x`'s module is `elements/x.js`, next to the loader (or under `system/`). */
const TAGS = ['cap-maturity-quiz', 'cap-results-gauge', 'cap-support-finder', 'cap-diagnostic', 'cap-network-overview'];

/** The Trusted Types policy of the script URLs the loader adds (only URLs under its own folder). */
const POLICY = 'cap-numerique';

/** What a reserved box says when its element's code cannot be loaded at all. */
const UNAVAILABLE = {
  fr: 'Ce contenu n’a pas pu être chargé. Rechargez la page ou prévenez le responsable du site.',
  en: 'This content could not be loaded. Reload the page or tell the site’s administrator.',
};

interface SystemLoader {
  import(url: string): Promise<unknown>;
  constructor: { prototype: { createScript(url: string): HTMLScriptElement } };
}

interface LoaderGlobal {
  __capNumeriqueLoader?: string;
  System?: SystemLoader;
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

const global = window as unknown as LoaderGlobal;

(() => {
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
  // `self.origin`, not `location.origin`: an about:srcdoc or sandboxed page has its own.
  const load = new URL(base).origin === self.origin ? (path: string) => import(new URL(path, base).href) : systemImport(base);
  const requested = new Set<string>();
  const failed = new Set<string>();

  const discover = (): void => {
    for (const tag of TAGS) {
      if (failed.has(tag)) document.querySelectorAll(tag).forEach(explainFailure);
      if (requested.has(tag) || customElements.get(tag)) continue;
      if (!document.querySelector(tag)) continue;
      requested.add(tag);
      load(`elements/${tag.slice(4)}.js`).catch((error: unknown) => {
        failed.add(tag);
        console.error(`[cap-numerique] could not load <${tag}> from ${base}:`, error);
        discover();
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

/**
 * `import()` for another origin: loads SystemJS once (or uses the page's own SystemJS 6), then the
 * module's System.register twin. Only the scripts under the loader's folder are created here:
 * classic (no `crossorigin`, so no CORS needed) and through a Trusted Types policy.
 */
function systemImport(base: string): (path: string) => Promise<unknown> {
  const folder = new URL('system/', base).href;
  const scriptUrl = trustedScriptUrl(folder);
  const script = (url: string): HTMLScriptElement => {
    const element = document.createElement('script');
    element.async = true;
    element.src = scriptUrl(url);
    return element;
  };
  let ready: Promise<SystemLoader> | undefined;
  const system = (): Promise<SystemLoader> =>
    (ready ??= new Promise<void>((resolve, reject) => {
      if (global.System) return resolve();
      const element = script(`${folder}s.js`);
      element.onload = () => resolve();
      element.onerror = () => reject(new Error(`${folder}s.js did not load`));
      document.head.append(element);
    }).then(() => {
      const prototype = global.System!.constructor.prototype;
      const createScript = prototype.createScript;
      prototype.createScript = function (this: unknown, url: string) {
        return url.startsWith(folder) ? script(url) : createScript.call(this, url);
      };
      return global.System!;
    }));
  return (path) => system().then((loader) => loader.import(folder + path));
}

/** URLs under `folder` as Trusted Types script URLs where the page enforces them. */
function trustedScriptUrl(folder: string): (url: string) => string {
  const check = (url: string): string => {
    if (!url.startsWith(folder)) throw new TypeError(`[cap-numerique] ${url} is outside ${folder}`);
    return url;
  };
  try {
    const policy = global.trustedTypes?.createPolicy(POLICY, { createScriptURL: check });
    if (policy) return (url) => policy.createScriptURL(url) as string;
  } catch {
    // The page's `trusted-types` directive does not list the policy: plain URLs, which load
    // wherever Trusted Types are not enforced (docs/integration.md names the policy).
  }
  return check;
}

/** A short message in the reserved box of an element whose code could not be loaded. */
function explainFailure(element: Element): void {
  if (customElements.get(element.localName) || element.querySelector(':scope > [data-cap-unavailable]')) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.setAttribute('data-cap-unavailable', '');
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  message.textContent = /^en\b/i.test(lang) ? UNAVAILABLE.en : UNAVAILABLE.fr;
  element.append(message);
}

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
