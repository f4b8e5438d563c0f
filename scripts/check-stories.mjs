// `npm run test:stories`: opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in each engine of BROWSERS (Chromium by default; `BROWSERS=all` for
// Chromium, Firefox ESR and WebKit, see scripts/browsers.mjs) and fails when one of them throws,
// when its play function fails (the play functions assert what each state shows), or when the a11y
// addon's axe run finds a violation. Storybook itself only shows these in its panels, so a story
// could break unnoticed; this makes it a CI failure. The preview (.storybook/preview.ts) keeps each
// story's outcome on `window`, which is read here through puppeteer-core (Chromium, Firefox over
// WebDriver BiDi) or WebDriver (WebKit).
//
// Usage: node scripts/check-stories.mjs [text]   (only the stories whose id contains `text`)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, missing, PATHS, requestedEngines, startWebKitDriver, webkitCapabilities } from './browsers.mjs';
import { listen, staticHandler } from './static-server.mjs';

const ROOT = resolve('storybook-static');
/** How long a story may take to render and play (a few of them load data files). */
const STORY_TIMEOUT = 30_000;

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8').catch(() => {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}));
const filter = process.argv[2] ?? '';
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && entry.id.includes(filter))
  .map((entry) => entry.id);

const server = await listen(staticHandler({ '/': ROOT }, { index: true }));
const base = server.origin;

const VIEWPORT = { width: 1000, height: 800 };

/** One browser of `engine`: `visit(url)`, `read(expression)` (a JSON value), `close()`. */
async function open(engine) {
  const problem = missing(engine);
  if (problem) throw new Error(problem);
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: { ...webkitCapabilities(), pageLoadStrategy: 'eager' } });
    await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
    return {
      visit: (url) => browser.url(url),
      read: (expression) => browser.execute(`return ${expression}`),
      close: async () => {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      },
    };
  }
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: PATHS.firefox, headless: true }
      : { executablePath: PATHS.chromium, headless: true, args: CHROMIUM_ARGS },
  );
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return {
    // The story is polled below: waiting for `load` would also wait for map tiles that may never answer.
    visit: (url) => page.goto(url, { waitUntil: 'domcontentloaded' }),
    read: (expression) => page.evaluate(expression),
    close: () => browser.close(),
  };
}

/** Runs every story in one engine; returns the failures. */
async function check(engine) {
  const browser = await open(engine);
  const failures = [];
  const started = Date.now();
  try {
    for (const id of ids) {
      const problems = [];
      await browser.visit(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`).catch((error) => problems.push(`navigation: ${String(error).split('\n')[0]}`));
      const deadline = Date.now() + STORY_TIMEOUT;
      let events = [];
      let finished = false;
      while (Date.now() < deadline) {
        events = (await browser.read('window.__storyEvents').catch(() => null)) ?? [];
        finished = events.some((e) => e.name === 'storyFinished' || e.name === 'storyMissing');
        if (finished) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const pageErrors = (await browser.read('window.__storyErrors').catch(() => null)) ?? [];
      if (!finished) problems.push(`did not finish within ${STORY_TIMEOUT / 1000} s`);
      for (const { name, detail } of events) {
        if (name === 'storyFinished') {
          if (detail?.status !== 'success') problems.push(`finished with status "${detail?.status}"`);
          for (const reporter of detail?.reporters ?? []) {
            for (const violation of reporter.type === 'a11y' ? (reporter.result?.violations ?? []) : []) {
              problems.push(`axe: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes?.map((n) => n.target?.join(' ')).join(', ')}`);
            }
          }
        } else {
          const message = detail?.message ?? detail?.description ?? JSON.stringify(detail);
          problems.push(`${name}: ${String(message).split('\n')[0]}`);
        }
      }
      problems.push(...pageErrors.map((error) => `page error: ${error}`));
      if (problems.length > 0) failures.push({ id, problems });
      console.log(`${problems.length > 0 ? 'FAIL' : 'ok  '} ${engine} ${id}`);
      for (const problem of problems) console.log(`       ${problem}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`${engine}: ${ids.length} stories, ${failures.length} failing, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return failures;
}

if (ids.length === 0) {
  console.error(`No story matches "${filter}".`);
  process.exit(1);
}
let failed = 0;
try {
  for (const engine of requestedEngines()) failed += (await check(engine)).length;
} finally {
  server.close();
}
process.exit(failed > 0 ? 1 : 0);
