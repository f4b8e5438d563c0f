// Checks the gzip weight of what each page downloads before any lazy chunk against its budget
// (the budgets and their reasons: docs/design.md, docs/performance.md).
// A page's weight = loader.js + the element modules it loads + their static imports (dist/meta.json).
// `pages()`, `lazyChunks()` and `closure()` are also used by the benchmark (scripts/bench/run.mjs).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const readMeta = () => JSON.parse(readFileSync('dist/meta.json', 'utf8'));

/**
 * Files downloaded up front for these entry modules: the entries and their static imports; with
 * `lazy`, also what they import dynamically, except the files `except` matches.
 */
export function closure(meta, entries, { lazy = false, except = /$^/ } = {}) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || except.test(file)) return;
    seen.add(file);
    for (const dep of meta[file]?.imports ?? []) visit(dep.replace(/^\.\//, ''));
    if (lazy) for (const dep of meta[file]?.dynamicImports ?? []) visit(dep.replace(/^\.\//, ''));
  };
  entries.forEach(visit);
  return [...seen];
}

/** The gzip weight of files of dist/. */
const weight = (files) => files.reduce((sum, f) => sum + gz(f), 0);

/** loader.js, the finder and its static imports, and the lazy chunks matching `lazy` with theirs. */
function finderWith(meta, lazy) {
  const eager = closure(meta, ['elements/support-finder.js']);
  const chunks = (meta['elements/support-finder.js'] ? closure(meta, ['elements/support-finder.js'], { lazy: true }) : []).filter((f) => lazy.test(f));
  return [...new Set(['loader.js', ...eager, ...closure(meta, chunks)])];
}

/** A commune part of the split index: a name part (`n12`) or a code part (`c69`). */
export const COMMUNE_PART = /^(?:system\/)?chunks\/communes-(n\d+|c[0-9ab]+)-[\w-]{8}\.js$/i;

/**
 * What the finder downloads for the worst first search, beyond what it had loaded: the commune
 * search (the index's table of parts and the search code, with their static imports), the head
 * (the largest communes, loaded on focus) and the heaviest parts one query can ask for: two name
 * parts, or one code part (a 2-digit postcode or INSEE prefix).
 */
export function firstSearch(meta) {
  const eager = new Set(closure(meta, ['elements/support-finder.js']));
  const lazy = closure(meta, ['elements/support-finder.js'], { lazy: true });
  const index = lazy.find((f) => meta[f]?.dynamicImports?.some((d) => /chunks\/communes-head-/.test(d)));
  if (!index) return [];
  const parts = meta[index].dynamicImports.map((d) => d.replace(/^\.\//, ''));
  const head = parts.filter((f) => /chunks\/communes-head-/.test(f));
  const id = (f) => f.match(COMMUNE_PART)?.[1] ?? '';
  // A query loads at most two name parts (two spellings, "saint m" and "st m", may ask for parts apart).
  const names = parts.filter((f) => /^n/.test(id(f))).sort((a, b) => gz(b) - gz(a));
  const candidates = [names.slice(0, 2), ...parts.filter((f) => /^c/.test(id(f))).map((f) => [f])];
  const worst = candidates.reduce((a, b) => (weight(a) >= weight(b) ? a : b), []);
  return [...closure(meta, [index]).filter((f) => !eager.has(f)), ...head, ...worst];
}

/** The pages with a budget: a name, the dist/ files downloaded before any lazy chunk, the gzip budget. */
export function pages(meta = readMeta()) {
  const quiz = closure(meta, ['elements/maturity-quiz.js']);
  return [
    { id: 'loader', name: 'loader.js', files: ['loader.js'], max: 3 * KB },
    { id: 'quiz', name: 'quiz page (loader + quiz + built-in questionnaire)', files: ['loader.js', ...quiz], max: 25 * KB },
    {
      id: 'gauge',
      name: 'gauge on top of the quiz page',
      files: closure(meta, ['elements/results-gauge.js']).filter((f) => !quiz.includes(f)),
      max: 12 * KB,
    },
    {
      // What loads before the finder renders: its element, map and the shared code. Its lazy chunks
      // (opening hours, commune index, demo data, data readers, online geocoder) are listed below.
      id: 'finder',
      name: 'finder (before its lazy chunks)',
      files: ['loader.js', ...closure(meta, ['elements/support-finder.js'])],
      max: 45 * KB,
    },
    {
      // What a page with one JSON `src` file downloads to show it: the finder, the file fetcher and the
      // readers (with their static imports; a CSV file also loads the CSV reader with d3-dsv). Not counted: what waits for the first list (opening
      // hours, the detail view, one file's merge), what waits for a search (commune index, online
      // geocoder, the search near a place), the merge of several files, the demo data and the English text.
      id: 'finder-data',
      name: 'finder reading a src file (loader, finder, file fetcher, readers)',
      files: finderWith(meta, /^chunks\/(load-json|reading)-/),
      max: 55 * KB,
    },
    {
      // What a page downloads until the finder's first list is drawn, with the demo data or with
      // the readers of a `src` file, whichever weighs more. The opening hours come after the list.
      id: 'finder-first-list',
      name: 'finder page until its first list (demo data or readers of a src file)',
      files: [finderWith(meta, /^chunks\/demo-structures-/), finderWith(meta, /^chunks\/(load-json|reading)-/)].reduce((a, b) =>
        weight(a) >= weight(b) ? a : b,
      ),
      max: 57 * KB,
    },
    {
      // The commune index is split (scripts/build-communes.mjs): a first search downloads the
      // search, the largest communes and at most two small parts, never the whole index (~390 KB).
      id: 'communes-first-search',
      name: 'commune data for a first search (search, largest communes, the heaviest parts one query loads)',
      files: firstSearch(meta),
      max: 30 * KB,
    },
    {
      // A network's staff page: the loader and the overview, before its lazy chunks (the export
      // reader with the payload schemas, the file fetcher, English text).
      id: 'overview',
      name: '<cap-network-overview> (before its lazy chunks)',
      files: ['loader.js', ...closure(meta, ['elements/network-overview.js'])],
      max: 30 * KB,
    },
    {
      id: 'all',
      name: 'all four elements on one page (before lazy chunks)',
      files: [
        'loader.js',
        ...closure(meta, ['elements/maturity-quiz.js', 'elements/results-gauge.js', 'elements/support-finder.js', 'elements/diagnostic.js']),
      ],
      max: 80 * KB,
    },
    // Reported, not checked: the same pages when dist/ is on another origin than the page, where
    // loader.js adds SystemJS (system/s.js) and loads the System.register build (system/).
    ...[
      ['quiz', ['elements/maturity-quiz.js']],
      ['finder', ['elements/support-finder.js']],
      ['all', ['elements/maturity-quiz.js', 'elements/results-gauge.js', 'elements/support-finder.js', 'elements/diagnostic.js']],
    ].map(([id, entries]) => ({
      id: `${id}-other-origin`,
      name: `${id === 'all' ? 'all four elements' : `${id} page`} from another origin (+ system/s.js, System.register build)`,
      files: ['loader.js', 'system/s.js', ...closure(meta, entries.map((e) => `system/${e}`))],
      max: undefined,
    })),
  ];
}

/** Lazy chunks by element module: `[{ entry, files }]`, the files loaded on demand only. */
export function lazyChunks(meta = readMeta()) {
  return Object.keys(meta)
    .filter((f) => f.startsWith('elements/'))
    .map((entry) => {
      const eager = new Set(closure(meta, [entry]));
      return { entry, files: closure(meta, [entry], { lazy: true }).filter((f) => !eager.has(f)) };
    })
    .filter((e) => e.files.length > 0);
}

function main() {
  let failed = false;
  const rows = pages().map((b) => {
    const bytes = b.files.reduce((sum, f) => sum + gz(f), 0);
    if (b.max === undefined) return { budget: b.name, 'gzip bytes': bytes, limit: '—', result: 'reported' };
    const ok = bytes <= b.max;
    failed ||= !ok;
    return { budget: b.name, 'gzip bytes': bytes, 'limit': b.max, result: ok ? 'ok' : 'OVER BUDGET' };
  });
  console.table(rows);

  console.log('Lazy chunks (loaded on demand), by element:');
  for (const { entry, files } of lazyChunks()) {
    console.log(`  ${entry}`);
    for (const file of files) if (!COMMUNE_PART.test(file)) console.log(`    ${file}: ${gz(file)} B gzip`);
    // The commune parts, summed up: a search loads one or two of them.
    for (const [kind, prefix] of [['name', 'n'], ['code', 'c']]) {
      const sizes = files.filter((f) => COMMUNE_PART.exec(f)?.[1].startsWith(prefix)).map(gz);
      if (sizes.length) console.log(`    chunks/communes-${prefix}*: ${sizes.length} ${kind} parts, ${Math.min(...sizes)}–${Math.max(...sizes)} B gzip each`);
    }
  }
  if (failed) {
    console.error('Size check failed: a page is over its budget (docs/performance.md).');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
