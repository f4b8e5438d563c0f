// Checks the gzip weight of what each page downloads before any lazy chunk against DESIGN §5.
// A page's weight = loader.js + the element modules it loads + their static imports (dist/meta.json).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

/**
 * Files downloaded up front for these entry modules: the entries and their static imports; with
 * `lazy`, also what they import dynamically, except the files `except` matches.
 */
function closure(entries, { lazy = false, except = /$^/ } = {}) {
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

const budgets = [
  { name: 'loader.js', files: ['loader.js'], max: 3 * KB },
  {
    name: 'quiz page (loader + quiz + built-in questionnaire)',
    files: ['loader.js', ...closure(['elements/maturity-quiz.js'])],
    max: 25 * KB,
  },
  {
    name: 'gauge on top of the quiz page',
    files: closure(['elements/results-gauge.js']).filter((f) => !closure(['elements/maturity-quiz.js']).includes(f)),
    max: 12 * KB,
  },
  {
    // What loads before the finder renders: its element, map and the shared code. Its lazy chunks
    // (opening hours, commune index, demo data, data readers, online geocoder) are listed below.
    name: 'finder (before its lazy chunks)',
    files: ['loader.js', ...closure(['elements/support-finder.js'])],
    max: 45 * KB,
  },
  {
    name: 'all four elements on one page (before lazy chunks)',
    files: [
      'loader.js',
      ...closure(['elements/maturity-quiz.js', 'elements/results-gauge.js', 'elements/support-finder.js', 'elements/diagnostic.js']),
    ],
    max: 80 * KB,
  },
];

let failed = false;
const rows = budgets.map((b) => {
  const bytes = b.files.reduce((sum, f) => sum + gz(f), 0);
  const ok = bytes <= b.max;
  failed ||= !ok;
  return { budget: b.name, 'gzip bytes': bytes, 'limit': b.max, result: ok ? 'ok' : 'OVER BUDGET' };
});
console.table(rows);

console.log('Lazy chunks (loaded on demand), by element:');
for (const entry of Object.keys(meta).filter((f) => f.startsWith('elements/'))) {
  const eager = new Set(closure([entry]));
  const lazy = closure([entry], { lazy: true }).filter((f) => !eager.has(f));
  if (lazy.length === 0) continue;
  console.log(`  ${entry}`);
  for (const file of lazy) console.log(`    ${file}: ${gz(file)} B gzip`);
}
if (failed) {
  console.error('Size check failed: see DESIGN.md §5.');
  process.exit(1);
}
