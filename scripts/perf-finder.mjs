// Measures the support finder with generated data in headless Chromium (the targets: with 20,000
// structures, first list and map within 300 ms of the data arriving; each search keystroke or
// filter change within 16 ms; memory proportional). Prints figures; asserts nothing.
// "Data arriving" is measured three ways: a JSON file fetched through `src` from the loopback
// server (from the response's end), the same file sent at 100 Mbit/s as by a real connection (from
// its last byte), and an array already parsed handed to the `structures` property (from the
// assignment). On loopback the 12 MB arrive faster than the page decodes and parses them, so the
// time after the last byte includes part of that work; at 100 Mbit/s the finder parses the file
// while it arrives. The two `src` measures run in a browser without DevTools network agent
// (scripts/bench/bare-chromium.mjs); the others through Playwright.
//
//   npm run build && node scripts/perf-finder.mjs [--sizes 1000,20000,100000] [--runs 5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchBare } from './bench/bare-chromium.mjs';
import { PATHS } from './browsers.mjs';
import { contentType, listen, notFound, resolveFile, staticHandler } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('sizes', '1000,20000,100000').split(',').map(Number);
const runs = Number(option('runs', '5'));
if (!existsSync('dist/loader.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'cap-perf-'));
for (const n of sizes) {
  const json = execFileSync('npx', ['tsx', 'scripts/generate-structures.ts', String(n)], { maxBuffer: 1 << 30 });
  writeFileSync(join(dataDir, `structures-${n}.json`), json);
}

/** Send `file` in 64 KB pieces at `mbps` megabits per second. */
async function throttled(res, file, mbps) {
  const bytes = readFileSync(file);
  const start = Date.now();
  for (let at = 0; at < bytes.length; at += 65536) {
    res.write(bytes.subarray(at, at + 65536));
    const due = start + ((at + 65536) * 8) / (mbps * 1000);
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
  }
  res.end();
}

// The repository at /, the generated files at /data/, and at /slow/<mbps>/<file> a generated file
// sent at that rate.
const roots = { '/data/': dataDir, '/': '.' };
const server = await listen(
  staticHandler(roots, {
    fallback(req, res, url) {
      const slow = /^\/slow\/(\d+)\/(.*)$/.exec(url.pathname);
      const file = slow && resolveFile({ '/': dataDir }, `/${slow[2]}`);
      if (!file) return notFound(res);
      res.writeHead(200, { 'content-type': contentType(file) });
      void throttled(res, file, Number(slow[1]));
    },
  }),
);
const base = server.origin;

const browser = await chromium.launch({
  executablePath: PATHS.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const bare = await launchBare({ executablePath: PATHS.chromium });

/**
 * A finder fed by `src` in the bare browser: from the response's end (`responseEnd`) to the first
 * list and map drawn, and the page's long tasks (over 50 ms) meanwhile.
 */
async function measureSrc(url) {
  const page = await bare.open(`${base}/scripts/perf/finder.html`);
  const result = await page.evaluate(async (url) => {
    const until = async (test) => {
      for (let i = 0; i < 1e6 && !test(); i++) await new Promise((r) => setTimeout(r, 0));
    };
    await import('/dist/elements/support-finder.js');
    const longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const el = document.createElement('cap-support-finder');
    el.setAttribute('src', url);
    document.getElementById('host').append(el);
    const map = () => el.shadowRoot?.querySelector('cap-finder-map')?.shadowRoot;
    await until(() => el.shadowRoot?.querySelector('.result-list li') && map()?.querySelector('.cluster, .marker'));
    // Drawn: once the next frame is painted (a task queued from requestAnimationFrame runs after it).
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const time = performance.now() - performance.getEntriesByType('resource').find((e) => e.name.endsWith(url)).responseEnd;
    // The work left for idle moments (sort by name, zoom 7–11 clusters, details) counts too.
    await new Promise((r) => setTimeout(r, 1500));
    return { time, longest: Math.max(0, ...longTasks) };
  }, url);
  await page.close();
  return result;
}

/** One run: load N structures, then time a keystroke, a place search and filter changes. */
async function measure(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/scripts/perf/finder.html`);
  const result = await page.evaluate(async (url) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const until = async (test) => {
      for (let i = 0; i < 100000 && !test(); i++) await new Promise((r) => setTimeout(r, 0));
    };
    const el = document.createElement('cap-support-finder');
    el.setAttribute('src', url);
    document.getElementById('host').append(el);
    await customElements.whenDefined('cap-support-finder');
    const map = () => el.shadowRoot?.querySelector('cap-finder-map')?.shadowRoot;
    await until(() => el.shadowRoot?.querySelector('.result-list li') && map()?.querySelector('.cluster, .marker'));
    // Drawn: once the next frame is painted (a task queued from requestAnimationFrame runs after it).
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

    const input = el.shadowRoot.querySelector('#place');
    input.focus();
    // Warm the commune index (a lazy chunk loaded on focus) so the keystroke measures the search.
    await until(() => el.places.searcher !== undefined);
    await el.places.searcher;
    const keystroke = async (value) => {
      const t = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await until(() => el.shadowRoot.querySelectorAll('[role="option"]').length > 0 && el.places.query === value);
      await el.updateComplete;
      return performance.now() - t;
    };
    await keystroke('Ly');
    const keystrokes = [];
    for (const v of ['Lyo', 'Lyon', 'Lil', 'Lill', 'Lille', 'Bor', 'Bord']) keystrokes.push(await keystroke(v));

    const searchStart = performance.now();
    el.shadowRoot.querySelector('[role="option"]').click();
    await el.updateComplete;
    const search = performance.now() - searchStart;

    const filter = async (label) => {
      const box = [...el.shadowRoot.querySelectorAll('label.check')].find((l) => l.textContent.trim() === label).querySelector('input');
      const t = performance.now();
      box.click();
      await el.updateComplete;
      return performance.now() - t;
    };
    el.shadowRoot.querySelector('[part="filters"]').open = true;
    await el.updateComplete;
    const filters = [];
    for (const label of ['Outils', 'Formation', 'Outils', 'Formation', 'Gratuit', 'Gratuit']) filters.push(await filter(label));
    // The map's clusters follow the list on the frame after it: count once both are drawn.
    await frame();
    await frame();
    await el.shadowRoot.querySelector('cap-finder-map').updateComplete;
    const nodes = (root) => [...root.querySelectorAll('*')].reduce((sum, e) => sum + 1 + (e.shadowRoot ? nodes(e.shadowRoot) : 0), 0);
    return {
      keystroke: Math.max(...keystrokes),
      search,
      filter: Math.max(...filters),
      domNodes: nodes(el.shadowRoot),
    };
  }, `/data/structures-${n}.json`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  const loopback = await measureSrc(`/data/structures-${n}.json`);
  const network = await measureSrc(`/slow/100/structures-${n}.json`);
  return {
    ...result,
    firstDraw: loopback.time,
    fromNetwork: network.time,
    longest: Math.max(loopback.longest, network.longest),
    fromMemory: await measureProperty(n),
    heapMB: usedSize / 1048576,
  };
}

/** The same structures parsed beforehand and handed to the `structures` property. */
async function measureProperty(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/scripts/perf/finder.html`);
  const time = await page.evaluate(async (url) => {
    const until = async (test) => {
      for (let i = 0; i < 100000 && !test(); i++) await new Promise((r) => setTimeout(r, 0));
    };
    await import('/dist/elements/support-finder.js');
    const rows = (await (await fetch(url)).json()).structures;
    await new Promise((r) => setTimeout(r, 50));
    const el = document.createElement('cap-support-finder');
    const start = performance.now();
    el.structures = rows;
    document.getElementById('host').append(el);
    const map = () => el.shadowRoot?.querySelector('cap-finder-map')?.shadowRoot;
    await until(() => el.shadowRoot?.querySelector('.result-list li') && map()?.querySelector('.cluster, .marker'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - start;
  }, `/data/structures-${n}.json`);
  await page.close();
  return time;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const n of sizes) {
  await measure(n); // warm-up
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(n));
  const stat = (key, digits = 1) => {
    const values = all.map((r) => r[key]);
    return `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  };
  rows.push({
    structures: n,
    'loopback: response end → list + map (ms)': stat('firstDraw'),
    'at 100 Mbit/s: last byte → list + map (ms)': stat('fromNetwork'),
    'structures set → list + map (ms)': stat('fromMemory'),
    'longest task, src loads (ms)': stat('longest', 0),
    'slowest keystroke (ms)': stat('keystroke'),
    'place chosen → list (ms)': stat('search'),
    'slowest filter change (ms)': stat('filter'),
    'DOM nodes': stat('domNodes', 0),
    'JS heap (MB)': stat('heapMB'),
  });
}
const version = browser.version();
await browser.close();
await bare.close();
server.close();
console.log(`Chromium ${version}, ${runs} runs after a warm-up, median (min–max):`);
console.table(rows);
