// `npm run test:stories`: opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and fails when one of them throws, when its play
// function fails (the play functions assert what each state shows), or when the a11y addon's axe
// run finds a violation. Storybook itself only shows these in its panels, so a story could break
// unnoticed; this makes it a CI failure.
//
// Usage: node scripts/check-stories.mjs [text]   (only the stories whose id contains `text`)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve('storybook-static');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
};
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

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
  try {
    if (!file.startsWith(ROOT)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const failures = [];
const started = Date.now();
try {
  for (const id of ids) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error).split('\n')[0]));
    // Storybook's preview reports each story's outcome on its channel: listen from the start.
    await page.addInitScript(() => {
      let channel;
      window.__storyEvents = [];
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set: (value) => {
          channel = value;
          for (const name of ['storyFinished', 'playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']) {
            value.on(name, (detail) => window.__storyEvents.push({ name, detail: JSON.parse(JSON.stringify(detail ?? null)) }));
          }
        },
      });
    });
    const problems = [];
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const finished = await page
      .waitForFunction(() => window.__storyEvents.some((e) => e.name === 'storyFinished' || e.name === 'storyMissing'), null, { timeout: STORY_TIMEOUT })
      .then(() => true, () => false);
    const events = await page.evaluate(() => window.__storyEvents);
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
    console.log(`${problems.length > 0 ? 'FAIL' : 'ok  '} ${id}`);
    for (const problem of problems) console.log(`       ${problem}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${ids.length} stories, ${failures.length} failing, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (ids.length === 0) {
  console.error(`No story matches "${filter}".`);
  process.exit(1);
}
process.exit(failures.length > 0 ? 1 : 0);
