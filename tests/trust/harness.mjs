// Page-level trust suite harness: serves the built dist/ folder and test pages on loopback, exactly
// as an integrator's site would, and drives Debian's Chromium through playwright-core.
//
//   const server = await startServer();            // two origins: server.origin, server.otherOrigin
//   server.page('/p/quiz.html', html, { csp: true }); // a page written by the test
//   server.handle('/data/x.json', (req, res) => …);  // any route (faults, stand-ins)
//   const browser = await launch();
//   const t = await openPage(browser, server.origin + '/p/quiz.html');
//   t.requests, t.errors, t.violations, t.console, await t.pwned()
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { PATHS } from '../../scripts/browsers.mjs';
import { listen, notFound, resolveFile, sendFile } from '../../scripts/static-server.mjs';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

/** Static roots, by URL prefix. */
const ROOTS = { '/dist/': 'dist', '/demo/': 'demo', '/tests/': 'tests' };

/**
 * The loopback server and Chromium for one test file: started before its tests, then `setup`
 * runs with both (to keep them and add the file's pages and routes); stopped after the tests.
 */
export function serverAndBrowser(setup) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    await setup(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * Two HTTP servers on 127.0.0.1 sharing the same routes: `origin` (the host page's) and
 * `otherOrigin` (another origin, for CORS and third-party checks). Every request is logged in
 * `server.log` as { origin, method, path, cookie }.
 */
export async function startServer() {
  const pages = new Map();
  const handlers = new Map();
  const log = [];
  const listener = (which) => async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push({ server: which, method: req.method, path: url.pathname + url.search, cookie: req.headers.cookie ?? '' });
    try {
      const handler = handlers.get(url.pathname);
      if (handler) return await handler(req, res, url, which);
      const page = pages.get(url.pathname);
      if (page) {
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
        if (page.csp) headers['content-security-policy'] = page.csp === true ? CSP : page.csp;
        res.writeHead(200, headers).end(page.html);
        return;
      }
      const file = resolveFile(ROOTS, url.pathname);
      if (!file) return notFound(res);
      sendFile(res, file, url.searchParams.has('cors') ? { 'access-control-allow-origin': '*' } : {});
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    }
  };
  const main = await listen(listener('main'));
  const other = await listen(listener('other'));
  return {
    origin: main.origin,
    otherOrigin: other.origin,
    log,
    /** Serve `html` at `path`; `csp: true` adds the strict policy (CSP: self-only scripts and styles, Trusted Types; or pass a policy string). */
    page(path, html, { csp = false } = {}) {
      pages.set(path, { html, csp });
    },
    /** Route `path` to `handler(req, res, url, which)`. */
    handle(path, handler) {
      handlers.set(path, handler);
    },
    async close() {
      await Promise.all([main.close(), other.close()]);
    },
  };
}

export function launch() {
  return chromium.launch({
    executablePath: PATHS.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * Installed before any page script: what a hostile input or a policy problem would cause.
 * `window.__pwned` is what injected payloads increment; `onerror`-reachable errors and CSP
 * violations are collected.
 */
const TRAP = () => {
  window.__pwned = 0;
  window.__errors = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  const original = window.alert;
  window.alert = (...args) => {
    window.__pwned++;
    return original?.apply(window, args);
  };
};

/**
 * A fresh context and page at `url` (options: viewport, colorScheme, forcedColors,
 * reducedMotion, permissions, geolocation, contextOptions), with everything recorded.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    permissions: options.permissions ?? [],
    geolocation: options.geolocation,
    ...(options.contextOptions ?? {}),
  });
  const page = await context.newPage();
  const record = { page, context, requests: [], pageErrors: [], console: [] };
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('pageerror', (e) => record.pageErrors.push(String(e)));
  page.on('console', (m) => record.console.push({ type: m.type(), text: m.text() }));
  await page.addInitScript(TRAP);
  if (options.initScript) await page.addInitScript(options.initScript);
  if (url) await page.goto(url);
  record.pwned = () => page.evaluate(() => window.__pwned);
  record.errors = () => page.evaluate(() => window.__errors);
  record.violations = () => page.evaluate(() => window.__violations);
  record.close = () => context.close();
  return record;
}

/** A plain integrator page: the loader snippet and `body`. */
export function integratorPage(body, { title = 'Page de test', head = '' } = {}) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
    <script src="/dist/loader.js" defer></script>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>`;
}
