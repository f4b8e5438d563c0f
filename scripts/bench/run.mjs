// `npm run bench`: the project's weight, speed and memory side by side with the libraries a network
// would otherwise use (SurveyJS for the quiz, Leaflet + markercluster for the map; Chart.js and
// ECharts for the gauge's weight), in one run, in Debian's Chromium headless, on loopback.
// Every timed figure is the median of the runs after a warm-up, with min and max; the two sides of
// a comparison alternate (A B, B A, …), each run in a fresh browser context (cold cache).
//
//   npm run bench                          # build, 5 runs, 1,000/20,000/100,000 structures; writes docs/benchmarks.md
//   npm run bench -- --quick               # build, 1 run, no warm-up, 1,000 structures; prints only,
//                                          # fails if a measurement is not a finite number (CI)
//   node scripts/bench/run.mjs --runs 7 --sizes 1000,20000   # without rebuilding
//   … --json results.json                 # also writes every run's raw figures
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { networkExport } from '../demo-network-export.mjs';
import { markdown, printTables } from './report.mjs';
import { serve } from './server.mjs';
import { toSurveyJs } from './surveyjs.mjs';
import { weights } from './weight.mjs';
import { PATHS } from '../browsers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const runs = Number(option('runs', quick ? '1' : '5'));
const warmup = quick ? 0 : 1;
const sizes = option('sizes', quick ? '1000' : '1000,20000,100000').split(',').map(Number);
if (!existsSync('dist/meta.json')) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}
const started = Date.now();
const environment = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} logical cores`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${type()} ${release()}`,
  node: process.version,
  load: loadavg().map((l) => l.toFixed(2)).join(' / '),
  cores: cpus().length,
  runs,
  warmup,
};

// ——— data and pages ———
const builtin = JSON.parse(readFileSync('dist/questionnaires/cap-numerique-maturite.json', 'utf8'));
const surveyJson = `window.BENCH_SURVEY = ${JSON.stringify(toSurveyJs(builtin))};\n`;

/**
 * The steps the driver answers, choosing each step's first option: the profile, then the questions
 * those answers show (show-if, as `visibleSteps` in src/core/scoring.ts).
 */
function stepsWithFirstOptions(questionnaire) {
  const answers = {};
  for (const step of [...(questionnaire.profile ?? []), ...questionnaire.questions]) {
    const shown = step.showIf ? answers[step.showIf.question] : undefined;
    if (step.showIf && !(shown !== undefined && step.showIf.anyOf.includes(shown))) continue;
    answers[step.id] = step.options?.[0]?.id ?? 'yes';
  }
  return Object.keys(answers).length;
}
environment.quizSteps = stepsWithFirstOptions(builtin);
environment.quizProfileSteps = builtin.profile?.length ?? 0;
environment.quizScaleQuestions = builtin.questions.filter((q) => q.type === 'scale').length;
const dataDir = mkdtempSync(join(tmpdir(), 'cap-bench-'));
for (const n of new Set([1000, ...sizes])) {
  const json = execFileSync('npx', ['tsx', 'scripts/generate-structures.ts', String(n)], { maxBuffer: 1 << 30 });
  writeFileSync(join(dataDir, `structures-${n}.json`), json);
}
/** The overview's exports: fictitious diagnostics, with one contact request for twenty of them. */
const overviewSizes = quick ? [1000] : [1000, 10000];
for (const n of overviewSizes) {
  writeFileSync(join(dataDir, `export-${n}.jsonl`), networkExport({ diagnostics: n, contactCount: Math.round(n / 20) }));
}

/** The host page's variants: what goes in the head, mid-article, and at the end of the body. */
const HOST = {
  'cap-quiz': { widget: '<cap-maturity-quiz persist="none"></cap-maturity-quiz>' },
  'cap-gauge': { widget: '<cap-results-gauge value="62"></cap-results-gauge>' },
  'cap-finder': { widget: '<cap-support-finder src="/data/structures-1000.json"></cap-support-finder>' },
  'cap-diagnostic': { widget: '<cap-diagnostic></cap-diagnostic>' },
  surveyjs: {
    head: `<link rel="stylesheet" href="/node_modules/survey-core/survey-core.fontless.min.css" />
    <script src="/node_modules/survey-core/survey.core.min.js"></script>
    <script src="/node_modules/survey-core/i18n/french.min.js"></script>
    <script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>
    <script src="/bench/survey-json.js"></script>`,
    widget: '<div id="quiz"></div>',
    end: '<script src="/bench/pages/survey-start.js"></script>',
  },
  leaflet: {
    head: `<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css" />
    <link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.css" />
    <link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css" />
    <script src="/node_modules/leaflet/dist/leaflet.js"></script>
    <script src="/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js"></script>
    <script src="/bench/pages/leaflet-map.js"></script>`,
    widget: '<div id="map"></div>',
    end: '<script src="/bench/pages/leaflet-host.js"></script>',
  },
};
const hostTemplate = readFileSync('scripts/bench/pages/host.html', 'utf8');
const generated = { '/bench/survey-json.js': surveyJson };
for (const [variant, { head, widget, end }] of Object.entries(HOST)) {
  generated[`/bench/host/${variant}.html`] = hostTemplate
    .replace('<!--HEAD-->', head ?? '<link rel="stylesheet" href="/dist/cap-numerique.css" />\n    <script src="/dist/loader.js" defer></script>')
    .replace('<!--WIDGET-->', widget)
    .replace('<!--END-->', end ?? '');
}

const server = await serve({ dataDir, generated });
const browser = await chromium.launch({
  executablePath: PATHS.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
environment.chromium = browser.version();

/** Opens a page in a fresh context with the driver, runs `fn(page)`, closes the context. */
async function visit(path, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: 'scripts/bench/pages/driver.js' });
    await page.goto(server.base + path);
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** JS heap in MB after a full garbage collection (CDP). */
async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const failures = [];
/**
 * Runs each side `runs` times after `warmup` discarded runs, alternating their order. A failed
 * measurement is reported and recorded as NaN (the run then exits non-zero).
 */
async function compare(label, sides) {
  const results = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  const keys = Object.keys(sides);
  for (let i = -warmup; i < runs; i++) {
    const order = (i + warmup) % 2 === 0 ? keys : [...keys].reverse();
    for (const key of order) {
      let result;
      try {
        result = await sides[key]();
      } catch (error) {
        failures.push(`${label}, ${key}: ${error.message.split('\n')[0]}`);
        console.error(`  ${label}, ${key}: ${error.message.split('\n')[0]}`);
        result = { failed: NaN };
      }
      if (i >= 0) results[key].push(result);
    }
  }
  console.log(`  ${label}: done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return results;
}

console.log(`Chromium ${environment.chromium}; ${runs} run(s) after ${warmup} warm-up; structures: ${sizes.join(', ')}`);

// ——— quiz ———
const quizRun = (side) => () =>
  visit(`/bench/pages/quiz-${side}.html`, async (page) => {
    const { answerAll, answered } = await page.evaluate(() => bench.answerAll());
    const { startReady, firstReady } = await page.evaluate(() => bench.quiz);
    if (answered !== environment.quizSteps) throw new Error(`answered ${answered} steps, not ${environment.quizSteps}`);
    return { startReady, firstReady, answerAll, heap: await heapMB(page) };
  });
const quiz = await compare('quiz', { cap: quizRun('cap'), surveyjs: quizRun('surveyjs') });

// ——— finder ———
const finder = {};
for (const n of sizes) {
  const url = `/data/structures-${n}.json`;
  let mapSize;
  finder[n] = await compare(`finder, ${n} structures`, {
    cap: () =>
      visit('/bench/pages/finder-cap.html', async (page) => {
        const drawn = await page.evaluate((u) => bench.finderCap(u), url);
        mapSize = { width: drawn.width, height: drawn.height };
        const heap = await heapMB(page);
        const search = await page.evaluate(() => bench.finderCapSearch());
        return { firstDraw: drawn.firstDraw, zoom: drawn.zoom, heap, ...search };
      }),
    leaflet: () =>
      visit('/bench/pages/finder-leaflet.html', async (page) => {
        if (!mapSize) throw new Error("the finder's map size is not known yet");
        const drawn = await page.evaluate(([u, size]) => bench.finderLeaflet(u, size), [url, mapSize]);
        return { ...drawn, heap: await heapMB(page) };
      }),
  });
  finder[n].mapSize = mapSize;
}

// ——— network overview ———
const overview = {};
for (const n of overviewSizes) {
  overview[n] = await compare(`overview, ${n} diagnostics`, {
    cap: () => visit('/bench/pages/overview-cap.html', (page) => page.evaluate((u) => bench.overviewCap(u), `/data/export-${n}.jsonl`)),
  });
}

// ——— host page ———
const hostRun = (variant) => () =>
  visit(`/bench/host/${variant}.html`, (page) => page.evaluate((v) => bench.host(v), variant));
const host = await compare('host page', Object.fromEntries(Object.keys(HOST).map((v) => [v, hostRun(v)])));

await browser.close();
await server.close();
rmSync(dataDir, { recursive: true, force: true });

environment.duration = `${((Date.now() - started) / 1000 / 60).toFixed(1)} min`;
const results = { environment, weight: weights({ surveyJson }), quiz, finder, overview, overviewSizes, host, sizes };
if (option('json')) writeFileSync(option('json'), JSON.stringify(results, null, 2));
const missing = printTables(results);
if (missing.length > 0) console.error(`Not a finite number: ${missing.join('; ')}`);
if (failures.length > 0 || missing.length > 0) process.exit(1);
if (quick) {
  console.log(`Quick run: every measurement produced a number (${environment.duration}). Nothing written.`);
} else {
  writeFileSync('docs/benchmarks.md', markdown(results));
  console.log(`Written docs/benchmarks.md (${environment.duration}).`);
}
