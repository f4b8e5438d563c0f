import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { CHROMIUM_ARGS, missing, PATHS, requestedEngines, startWebKitDriver, webkitCapabilities } from './scripts/browsers.mjs';
import { sharedPlugins } from './config/plugins.mjs';
import { listen, notFound, staticHandler } from './scripts/static-server.mjs';

const recovered = new Set();
const submissions = new Map();

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Another origin (another port on loopback) serving the built dist/ folder the way most hosts do:
 * right MIME types, no CORS header. Under /broken/dist/ only loader.js exists: every other file
 * answers 404, as when an upload is incomplete or a firewall blocks the element code.
 */
function otherOrigin() {
  let server;
  const state = { origin: '' };
  const files = staticHandler({ '/dist/': 'dist', '/broken/dist/': 'dist' });
  return {
    state,
    plugin: {
      name: 'other-origin',
      async serverStart() {
        server = await listen((req, res) => {
          const { pathname } = new URL(req.url ?? '/', 'http://x');
          if (pathname.startsWith('/broken/dist/') && pathname !== '/broken/dist/loader.js') return notFound(res);
          files(req, res);
        });
        state.origin = server.origin;
      },
      async serverStop() {
        await server?.close();
      },
    },
  };
}
const other = otherOrigin();

/** A page of the test suite that pastes the snippet with dist/ on the other origin (or a broken copy). */
function crossOriginPage(query) {
  const dist = `${other.state.origin}${query.broken ? '/broken' : ''}/dist/`;
  const lang = query.lang === 'en' ? 'en' : 'fr';
  const elements = String(query.elements ?? 'all') === 'all'
    ? `<cap-maturity-quiz persist="none"></cap-maturity-quiz>
      <cap-results-gauge value="62"></cap-results-gauge>
      <cap-support-finder src="/demo/data/samples/lieux-mediation-numerique.json"></cap-support-finder>
      <cap-diagnostic persist="none"></cap-diagnostic>`
    : String(query.elements).split(',').filter((t) => /^cap-[a-z-]+$/.test(t)).map((t) => `<${t}></${t}>`).join('\n');
  return {
    csp: `default-src 'self'; script-src 'self' ${other.state.origin}; style-src 'self'; require-trusted-types-for 'script'`,
    html: `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Snippet from another origin</title>
    <script src="/tests/pages/trap.js"></script>
    <script src="${dist}loader.js" defer></script>
  </head>
  <body>
    ${elements}
  </body>
</html>`,
  };
}

/**
 * Test-only routes: pages served with a strict Content-Security-Policy, and data URLs that fail
 * the way real servers do (error statuses, no answer).
 */
function fixtures() {
  return async (ctx, next) => {
    // The snippet pasted in a page whose dist/ is on another origin: ?elements=all|tag,tag &lang= &broken=1
    if (ctx.path === '/__fixtures/cross-origin.html') {
      const page = crossOriginPage(ctx.query);
      ctx.type = 'text/html';
      ctx.set('Content-Security-Policy', page.csp);
      ctx.body = page.html;
      return;
    }
    // A map tile server: the same small PNG for every {z}/{x}/{y}.
    if (/^\/__fixtures\/tile\/\d+\/\d+\/\d+\.png$/.test(ctx.path)) {
      ctx.type = 'image/png';
      ctx.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      return;
    }
    // A tile server that fails half of the time: 404 for every odd {x}, the small PNG otherwise.
    const half = /^\/__fixtures\/half-tile\/\d+\/(\d+)\/\d+\.png$/.exec(ctx.path);
    if (half) {
      if (Number(half[1]) % 2 === 1) {
        ctx.status = 404;
        ctx.body = 'Not found';
        return;
      }
      ctx.type = 'image/png';
      ctx.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      return;
    }
    if (ctx.path === '/__fixtures/other-origin') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ origin: other.state.origin });
      return;
    }
    // A snippet pasted into a blank page under the strict policy plus ?add= (directives to add,
    // as the builder's note lists them, e.g. "script-src http://…").
    if (ctx.path === '/__fixtures/paste.html') {
      let csp = CSP;
      for (const addition of [].concat(ctx.query.add ?? [])) {
        const [directive, ...sources] = String(addition).split(' ');
        const list = `${directive} 'self' ${sources.join(' ')}`;
        csp = csp.includes(`${directive} `) ? csp.replace(`${directive} 'self'`, list) : `${csp}; ${list}`;
      }
      ctx.type = 'text/html';
      ctx.set('Content-Security-Policy', csp);
      ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pasted snippet</title><script src="/tests/pages/trap.js"></script></head><body>${ctx.query.html ?? ''}</body></html>`;
      return;
    }
    // The snippet pasted in a page of this origin whose dist/ copy has only loader.js.
    if (ctx.path.startsWith('/broken/dist/')) {
      if (ctx.path !== '/broken/dist/loader.js') {
        ctx.status = 404;
        ctx.body = 'Not found';
        return;
      }
      ctx.path = '/dist/loader.js';
    }
    if (ctx.path.startsWith('/tests/pages/csp-')) {
      await next();
      ctx.set('Content-Security-Policy', CSP);
      return;
    }
    // The built dist/ folder as if served from a CDN under another path.
    const cdn = /^\/cdn\/[^/]+(\/dist\/.*)$/.exec(ctx.path);
    if (cdn) ctx.path = cdn[1];
    const status = /^\/__fixtures\/status\/(\d{3})$/.exec(ctx.path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = '<!doctype html><title>Error</title>';
      return;
    }
    // Fails with 500 until /__fixtures/flaky/<key>/recover is called, then serves the mini questionnaire.
    const flaky = /^\/__fixtures\/flaky\/([\w-]+)(\/recover)?$/.exec(ctx.path);
    if (flaky) {
      if (flaky[2]) {
        recovered.add(flaky[1]);
        ctx.body = 'ok';
      } else if (recovered.has(flaky[1])) {
        ctx.type = 'application/json';
        ctx.body = readFileSync('tests/fixtures/mini-questionnaire.json', 'utf8');
      } else {
        ctx.status = 500;
        ctx.body = 'boom';
      }
      return;
    }
    // A collector for the forms that send: submit-url="/__fixtures/submit/<key>/<mode>/" receives
    // POST …/results and …/contact; mode "ok", "fail-<n>" (503 the first n times) or "status-<code>"
    // (always that status, with a JSON reason); GET /__fixtures/submit/<key> lists what arrived.
    const posted = /^\/__fixtures\/submit\/([\w-]+)\/([\w-]+)\/(results|contact)$/.exec(ctx.path);
    if (posted && ctx.method === 'POST') {
      const [, key, mode, kind] = posted;
      const state = submissions.get(key) ?? { bodies: [], failures: 0 };
      submissions.set(key, state);
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      state.bodies.push({ kind, body: Buffer.concat(chunks).toString('utf8'), cookie: ctx.get('cookie') ?? '' });
      const fail = /^fail-(\d+)$/.exec(mode);
      const status = /^status-(\d+)$/.exec(mode);
      if (fail && state.failures < Number(fail[1])) {
        state.failures++;
        ctx.status = 503;
        ctx.body = 'busy';
      } else if (status) {
        ctx.status = Number(status[1]);
        if (ctx.status === 429) ctx.set('retry-after', '120');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ error: 'refused', reason: 'email: expected an e-mail address' });
      } else {
        ctx.status = 201;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ ok: true, kind, id: state.bodies.length });
      }
      return;
    }
    const log = /^\/__fixtures\/submit\/([\w-]+)$/.exec(ctx.path);
    if (log) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(submissions.get(log[1])?.bodies ?? []);
      return;
    }
    // A repository file sent in pieces of ?size= bytes, 2 ms apart: the page reads it as it arrives.
    const trickle = /^\/__fixtures\/trickle\/((?:demo|tests)\/[\w./-]+)$/.exec(ctx.path);
    if (trickle && !trickle[1].includes('..')) {
      const bytes = readFileSync(trickle[1]);
      const size = Math.max(1, Number(ctx.query.size ?? 97));
      ctx.type = trickle[1].endsWith('.csv') ? 'text/csv' : 'application/json';
      ctx.body = Readable.from(
        (async function* pieces() {
          for (let at = 0; at < bytes.length; at += size) {
            yield bytes.subarray(at, at + size);
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
        })(),
      );
      return;
    }
    if (ctx.path === '/__fixtures/hang') {
      // Answers long after any test's time-out; bounded so the server never keeps it forever.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      ctx.body = '{}';
      return;
    }
    // Stand-in for https://data.geopf.fr/geocodage/search (type=municipality), same response shapes.
    if (ctx.path === '/__fixtures/geoplateforme/search') {
      const q = String(ctx.query.q ?? '').trim();
      ctx.type = 'application/json';
      if (q === 'ratelimit') {
        ctx.status = 429;
        ctx.set('retry-after', '1');
        ctx.body = { code: 429, message: 'Too Many Requests' };
        return;
      }
      if (q.length < 3 || q.length > 200) {
        ctx.status = 400;
        ctx.body = {
          code: 400,
          message: 'Failed parsing query',
          detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'],
        };
        return;
      }
      const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      // [name, citycode, postcode, context, lon, lat, x, y (Lambert-93 metres, or local UTM overseas), population]
      const towns = [
        ['Lyon', '69123', '69001', '69, Rhône, Auvergne-Rhône-Alpes', 4.835, 45.758, 842667.42, 6519924.37, 520774],
        ['Lyons-la-Forêt', '27377', '27480', '27, Eure, Normandie', 1.4767, 49.3986, 597216.1, 6922520.3, 714],
        ['Saint-Denis', '97411', '97400', '974, La Réunion', 55.4481, -20.8789, 338393.8, 7690398.6, 155634],
        ['Saint-Denis', '93066', '93200', '93, Seine-Saint-Denis, Île-de-France', 2.357, 48.9295, 652510.11, 6869908.6, 149077],
        ['Lille', '59350', '59000', '59, Nord, Hauts-de-France', 3.0586, 50.6311, 704113.3, 7059142.4, 236710],
        ['Paris', '75056', '75001', '75, Paris, Île-de-France', 2.347, 48.859, 651897.2, 6862304.5, 2103778],
        ['Ajaccio', '2A004', '20000', '2A, Corse-du-Sud, Corse', 8.7369, 41.9272, 1188409.9, 6101636.9, 76320],
      ];
      const limit = Number(ctx.query.limit ?? 5) || 5;
      const found = towns.filter(([name]) => fold(name).startsWith(fold(q))).slice(0, limit);
      ctx.body = {
        type: 'FeatureCollection',
        features: found.map(([name, citycode, postcode, context, lon, lat, x, y, population], i) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [lon, lat] },
          properties: {
            label: name, score: 0.96 - i / 10, id: citycode, type: 'municipality', name, postcode, citycode,
            x, y, population, city: name, context, importance: 0.6, municipality: name, _type: 'address',
          },
        })),
        query: q,
      };
      return;
    }
    await next();
  };
}

/**
 * `emulate-media-features`: CSS media type and features in one call, including `forced-colors`
 * (which the stock emulateMedia command cannot set with Chromium). Payload:
 * `{media?: 'print' | 'screen' | '', features: [{name, value}]}`; an empty list resets them.
 * Answers false where the engine cannot emulate media (it needs the Chrome DevTools Protocol:
 * Firefox over WebDriver BiDi and WebKit over WebDriver have no equivalent).
 */
function mediaFeatures() {
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(session.id);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

/**
 * `viewport`: the page's viewport size `{width, height}` in every engine (the stock setViewport
 * command has no WebDriver support): WebDriver sizes the window, so its frame is added.
 */
function viewport() {
  return {
    name: 'viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport') return undefined;
      const { width, height } = payload;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      const driver = session.browser.driver;
      const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
      // The window manager applies a new size asynchronously, later under load: after each
      // resize, wait for the page to see it before measuring the frame again.
      for (let attempt = 0; attempt < 5; attempt++) {
        const [w, h] = await inner();
        if (w === width && h === height) return true;
        const outer = await driver.getWindowSize();
        await driver.setWindowSize(outer.width + width - w, outer.height + height - h);
        for (let wait = 0; wait < 20; wait++) {
          const [nw, nh] = await inner();
          if (nw !== w || nh !== h) break;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      const [w, h] = await inner();
      return w === width && h === height;
    },
  };
}

/** The engines of BROWSERS (scripts/browsers.mjs): `npm test` runs Chromium, `npm run test:engines` all three. */
const engines = requestedEngines();
for (const engine of engines) {
  const problem = missing(engine);
  if (problem) throw new Error(problem);
}

async function launcher(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: PATHS.chromium,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Test files run in parallel tabs: keep timers and animation frames running in each.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    });
  }
  if (engine === 'firefox') {
    // puppeteer-core drives Firefox over WebDriver BiDi (no geckodriver needed).
    return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: PATHS.firefox, headless: true } });
  }
  const driver = await startWebKitDriver();
  return webdriverLauncher({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: background tabs get no animation frames in headless Chromium.
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    mediaFeatures(),
    viewport(),
    // Generated data, d3-lite and opening_hours for France, as the build has them (config/plugins.mjs).
    ...sharedPlugins().map((plugin) => fromRollup(() => plugin)()),
    other.plugin,
  ],
  middleware: [fixtures()],
  browsers: await Promise.all(engines.map(launcher)),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
