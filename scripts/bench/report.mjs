// Tables of the benchmark: printed by every run, written to docs/benchmarks.md by a full run (the
// text around the tables, the method, is kept here so that it is regenerated with the figures).

const KB = 1024;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const group = (n) => n.toLocaleString('en-US');
const FORMATS = {
  ms: (v) => (v === 0 ? '0' : Math.abs(v) < 10 ? v.toFixed(1) : group(Math.round(v))),
  MB: (v) => v.toFixed(1),
  cls: (v) => v.toFixed(3),
  count: (v) => group(Math.round(v)),
};

/** Median, min and max of one metric over the runs; NaN when a run lacks it. */
function stat(runs, key) {
  const values = runs.map((r) => (Number.isFinite(r[key]) ? r[key] : NaN));
  if (values.length === 0 || values.some(Number.isNaN)) return { median: NaN, min: NaN, max: NaN };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
const cell = (s, unit) =>
  Number.isFinite(s.median)
    ? s.min === s.max
      ? FORMATS[unit](s.median)
      : `${FORMATS[unit](s.median)} (${FORMATS[unit](s.min)}–${FORMATS[unit](s.max)})`
    : '—';
/** How many times the peer's median is ours (> 1: the peer is slower, heavier or bigger). */
const ratio = (peer, ours) => {
  if (!Number.isFinite(peer) || !Number.isFinite(ours) || ours <= 0) return '—';
  const r = peer / ours;
  return `×${r < 1 ? r.toFixed(2) : r.toFixed(1)}`;
};

const QUIZ = [
  ['startReady', 'ms', 'start screen ready (ms after script start)'],
  ['firstReady', 'ms', 'first question ready for input (ms after script start)'],
  ['answerAll', 'ms', 'all steps answered → end screen (ms)'],
  ['heap', 'MB', 'JS heap after the end screen (MB)'],
];
const FINDER = [
  ['firstDraw', 'ms', 'data available → list and map drawn (ms)'],
  ['zoom', 'ms', 'one zoom step → redrawn (ms)'],
  ['heap', 'MB', 'JS heap after drawing and zooming (MB)'],
  ['keystroke', 'ms', 'slowest of 7 search keystrokes (ms)'],
  ['filter', 'ms', 'slowest of 6 filter changes (ms)'],
];
const OVERVIEW = [
  ['firstDraw', 'ms', 'export file given → read, checked and every table drawn (ms)'],
  ['longestTask', 'ms', 'longest task meanwhile (ms; 0: none over 50 ms)'],
  ['filter', 'ms', 'one period change → redrawn (ms)'],
];
const HOST = [
  ['ready', 'ms', 'ready (ms after navigation start)'],
  ['cls', 'cls', 'cumulative layout shift'],
  ['longTasks', 'count', 'long tasks (> 50 ms)'],
  ['longestTask', 'ms', 'longest task (ms)'],
];
const HOST_NAMES = {
  'cap-quiz': '`<cap-maturity-quiz>`',
  'cap-gauge': '`<cap-results-gauge value="62">`',
  'cap-finder': '`<cap-support-finder>` (1,000 structures, `src`)',
  'cap-diagnostic': '`<cap-diagnostic>`',
  surveyjs: 'SurveyJS (the converted quiz)',
  leaflet: 'Leaflet + markercluster (1,000 structures, fetched)',
};

/** Table rows (arrays of cells) of every section, and the list of figures that are not numbers. */
function tables({ weight, quiz, finder, overview = {}, overviewSizes = [], host, sizes }) {
  const missing = [];
  const check = (label, s) => {
    if (!Number.isFinite(s.median)) missing.push(label);
    return s;
  };
  const w = (id) => weight.find((x) => x.id === id);
  const weightRows = weight.map((x) => {
    for (const k of ['raw', 'gzip', 'brotli']) if (!Number.isFinite(x[k])) missing.push(`weight ${x.id} ${k}`);
    return [x.side === 'peer' ? `**${x.name}**` : x.name, (x.raw / KB).toFixed(1), (x.gzip / KB).toFixed(1), (x.brotli / KB).toFixed(1)];
  });
  const quizRows = QUIZ.map(([key, unit, label]) => {
    const ours = check(`quiz cap ${key}`, stat(quiz.cap, key));
    const peer = check(`quiz surveyjs ${key}`, stat(quiz.surveyjs, key));
    return [label, cell(ours, unit), cell(peer, unit), ratio(peer.median, ours.median)];
  });
  const finderRows = Object.fromEntries(
    sizes.map((n) => [
      n,
      FINDER.map(([key, unit, label]) => {
        const ours = check(`finder ${n} cap ${key}`, stat(finder[n].cap, key));
        const compared = key !== 'keystroke' && key !== 'filter';
        const peer = compared ? check(`finder ${n} leaflet ${key}`, stat(finder[n].leaflet, key)) : null;
        return [label, cell(ours, unit), peer ? cell(peer, unit) : 'n/a', peer ? ratio(peer.median, ours.median) : ''];
      }),
    ]),
  );
  const overviewRows = overviewSizes.map((n) => [
    `${group(n)} diagnostics, ${group(Math.round(n / 20))} contact requests`,
    ...OVERVIEW.map(([key, unit]) => cell(check(`overview ${n} ${key}`, stat(overview[n].cap, key)), unit)),
  ]);
  const hostRows = Object.keys(host).map((variant) => [
    HOST_NAMES[variant] ?? variant,
    ...HOST.map(([key, unit]) => cell(check(`host ${variant} ${key}`, stat(host[variant], key)), unit)),
  ]);
  const headline = [
    ['weight: SurveyJS quiz page / our quiz page (gzip)', ratio(w('surveyjs-page').gzip, w('quiz').gzip)],
    ['weight: Leaflet + markercluster / our finder (gzip)', ratio(w('leaflet').gzip, w('finder').gzip)],
    ['weight: Leaflet + markercluster / our finder with its data readers (gzip)', ratio(w('leaflet').gzip, w('finder-data').gzip)],
    ['weight: Chart.js gauge / our gauge alone (gzip)', ratio(w('chartjs').gzip, w('gauge-alone').gzip)],
    ['weight: ECharts gauge / our gauge alone (gzip)', ratio(w('echarts').gzip, w('gauge-alone').gzip)],
    ...QUIZ.filter(([k]) => k !== 'startReady').map(([key, , label]) => [
      `quiz, ${label.replace(/ \(.*\)$/, '')}: SurveyJS / ours`,
      ratio(stat(quiz.surveyjs, key).median, stat(quiz.cap, key).median),
    ]),
  ];
  const n = sizes.includes(20000) ? 20000 : sizes[sizes.length - 1];
  for (const [key, , label] of FINDER.slice(0, 3)) {
    headline.push([
      `finder, ${group(n)} structures, ${label.replace(/ \(.*\)$/, '')}: Leaflet + markercluster / ours`,
      ratio(stat(finder[n].leaflet, key).median, stat(finder[n].cap, key).median),
    ]);
  }
  return { weightRows, quizRows, finderRows, overviewRows, hostRows, headline, missing };
}

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Prints every table; returns the figures that are not finite numbers. */
export function printTables(results) {
  const t = tables(results);
  const e = results.environment;
  console.log(`\nChromium ${e.chromium}; ${e.cpu}; ${e.memory}; ${e.date}; ${e.runs} run(s) after ${e.warmup} warm-up; median (min–max)\n`);
  console.log('Headline (peer / ours):');
  console.table(Object.fromEntries(t.headline));
  console.log('Weight (KB):');
  console.table(t.weightRows.map(([name, raw, gzip, brotli]) => ({ name: name.replace(/\*\*/g, '').slice(0, 90), raw, gzip, brotli })));
  console.log('Quiz (Cap Numérique | SurveyJS | ratio):');
  console.table(t.quizRows.map(([m, a, b, r]) => ({ measure: m, 'Cap Numérique': a, SurveyJS: b, ratio: r })));
  for (const n of results.sizes) {
    console.log(`Finder, ${group(n)} structures (Cap Numérique | Leaflet + markercluster | ratio):`);
    console.table(t.finderRows[n].map(([m, a, b, r]) => ({ measure: m, 'Cap Numérique': a, Leaflet: b, ratio: r })));
  }
  if (t.overviewRows.length > 0) {
    console.log('Network overview (Cap Numérique):');
    console.table(t.overviewRows.map(([name, ...cells]) => Object.fromEntries([['export', name], ...OVERVIEW.map(([, , label], i) => [label, cells[i]])])));
  }
  console.log('Host page:');
  console.table(t.hostRows.map(([name, ...cells]) => Object.fromEntries([['element', name], ...HOST.map(([, , label], i) => [label, cells[i]])])));
  return t.missing;
}

/** A warning when the machine was busy when the run started (load average over half the cores). */
function busy(e) {
  const [load] = e.load.split(' / ').map(Number);
  return load > e.cores / 2
    ? `\n- **The machine was busy** (load average ${load} on ${e.cores} cores at start): expect wide\n  min–max ranges, and compare the two sides of a row rather than absolute figures.`
    : '';
}

/** What explains a layout shift of our elements, written only when there is one. */
function shiftNote(host) {
  const shifting = Object.keys(host).filter((v) => v.startsWith('cap-') && stat(host[v], 'cls').median > 0);
  if (shifting.length === 0) return '';
  return `
Our elements shift the article (${shifting.map((v) => HOST_NAMES[v]).join(', ')}): the space
reserved by \`cap-numerique.css\` (the same as each element's \`min-height\`) does not hold what the
element draws first, so the text after it moves down. The elements promise no shift. SurveyJS
renders before the first paint here (its scripts block the parser) and Leaflet's container has a
fixed height, hence no shift on their side.
`;
}

/** docs/benchmarks.md. */
export function markdown(results) {
  const t = tables(results);
  const e = results.environment;
  const sizes = results.sizes;
  return `# Benchmarks

Generated by \`npm run bench\` (scripts/bench/): do not edit the figures by hand, run it again.

- **Date**: ${e.date}
- **Browser**: Chromium ${e.chromium}, headless (Debian's \`chromium\`, or \`CHROME_PATH\`, driven by playwright-core)
- **Machine**: ${e.cpu}, ${e.memory} of memory; ${e.os}; Node ${e.node}; load average at start ${e.load}
- **Runs**: every timed figure is the median of ${e.runs} runs after ${e.warmup} warm-up run, shown as
  median (min–max); the two sides of a comparison run alternately (A B, B A, …), each in a fresh
  browser context (empty cache and storage), in the same browser. Whole run (after the build):
  ${e.duration}.${busy(e)}
- **Peers**: survey-core and survey-js-ui 2.5.38, leaflet 1.9.4, leaflet.markercluster 1.5.3,
  chart.js 4.6.1, echarts 6.1.0 (pinned devDependencies), served from \`node_modules/\` on loopback
  like \`dist/\`.

## Headline

A ratio is the peer's median divided by ours: above 1, the peer is heavier, slower or uses more
memory.

${table(['comparison', 'ratio'], t.headline)}

## Weight

Bytes an integrator's page downloads, in KB (1 KB = 1,024 bytes): minified, then gzip (zlib level
9) and brotli (quality 11). Our pages are those of \`npm run size\` (scripts/size.mjs: the element
modules and their static imports, before any lazy chunk); "lazy" rows are chunks loaded on demand
only (with the elements that can load them). The peers' rows are the files of their documented
script-tag embed. SurveyJS: the fontless stylesheet (the default one also pulls a web font) and the
French locale, which our quiz needs no extra file for; the "quiz page" row adds the converted
questionnaire, as our quiz page includes the built-in one. Leaflet: its two marker images (2 KB,
loaded when a single marker shows) are not counted. ECharts: the full build; a custom build with
the gauge only would be smaller. Chart.js and ECharts draw a bare gauge (one value); ours also
draws the levels, the dimensions and a text alternative, and its "alone" row includes the loader
and Lit.

${table(['what', 'minified', 'gzip', 'brotli'], t.weightRows)}

## Quiz: \`<cap-maturity-quiz>\` against SurveyJS

The built-in questionnaire (${e.quizProfileSteps ?? 0} questions about the association, then the scored ones) is converted to SurveyJS's JSON by
\`scripts/bench/surveyjs.mjs\` (tested in \`tests/node/surveyjs.test.mjs\`): same questions, order,
French texts and show-if conditions (\`visibleIf\`); a start page, one question a page with a
progress bar and a review before completing, as our \`steps\` layout. Both pages are French; ours
loads with \`loader.js\` (\`defer\`), SurveyJS with its documented scripts in the head.

- *Script start* is a \`performance.mark\` in an inline script right before the library's script
  tag(s). *Start screen ready*: its "Commencer" button is rendered and enabled; the driver clicks it
  at once. *First question ready*: the first question's first input exists and is enabled (so this
  figure includes the click on "Commencer").
- *All questions answered*: from the first question, the same clicks on both sides, inside the
  page: the first option of each question, a painted frame, "Suivant"; then, on the review page,
  "Voir mes résultats" (ours) or "Terminer" (SurveyJS), until the end screen is painted (ours:
  the results gauge drawn, its code loaded lazily at that moment; SurveyJS: its completed page).
  Some questions depend on an earlier answer (of the profile); with the first options, both sides
  answer ${e.quizSteps ?? '?'} steps.
- *JS heap*: \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\` (CDP), on the end screen.
- Difference of content: a SurveyJS \`rating\` has no extra choice, so its
  ${e.quizScaleQuestions ?? '?'} scale questions lack "Je ne sais pas" and "Non concerné" (ours have them).

${table(['measure', 'Cap Numérique', 'SurveyJS', 'ratio'], t.quizRows)}

## Finder: \`<cap-support-finder>\` against Leaflet + markercluster

Generated structures (\`npx tsx scripts/generate-structures.ts N\`, the same file for both sides).
Each page fetches and parses the file, waits 50 ms, then the timer starts (*data available*):

- ours: \`structures\` set on a new \`<cap-support-finder>\`, until the first list item and the
  map's first cluster or marker are in the DOM and painted. It draws a list (a page of 20), filters
  and the map; the map is ${results.finder[sizes[0]]?.mapSize ? `${Math.round(results.finder[sizes[0]].mapSize.width)} × ${Math.round(results.finder[sizes[0]].mapSize.height)} px` : 'of the finder\'s size'} in a 1280 × 900 viewport;
- Leaflet: \`L.map\` of metropolitan France with the finder map's size, no tiles (no network), one
  \`L.marker\` a structure (its name as title) in \`L.markerClusterGroup\` filled with \`addLayers\`
  (chunked loading off), until the first cluster or marker is in the DOM and painted. Map only,
  no list.
- *Zoom step*, 1 s after the first draw (so that work deferred to idle time, such as our map's
  zoom 7–11 index, is not counted): ours, the "+" key on the map (×1.6, no animation) until the
  map has re-rendered and painted; Leaflet, \`map.zoomIn()\` (×2) until \`zoomend\` and a painted
  frame. Animations are off on the Leaflet side (\`zoomAnimation\`, \`markerZoomAnimation\`,
  \`animate\`), so both measure the work, not a 250 ms transition.
- *JS heap*: after drawing and zooming, as for the quiz. Ours holds the structures themselves (the
  list, filters and details need them); Leaflet holds its markers (position and title).
- Ours only (Leaflet has no search or filters): the slowest of 7 keystrokes in the place search
  (suggestions rendered; the commune index, a lazy chunk, loaded before) and the slowest of 6
  filter changes (list re-rendered), as \`npm run perf:finder\`, which also times loading through
  \`src\` (docs/performance.md).

${sizes.map((n) => `### ${group(n)} structures\n\n${table(['measure', 'Cap Numérique', 'Leaflet + markercluster', 'ratio'], t.finderRows[n])}`).join('\n\n')}

## Network overview: \`<cap-network-overview>\`

Ours only. A fictitious collector export in JSON Lines (\`networkExport()\` of
\`scripts/demo-network-export.mjs\`, the demo page's generator: diagnostics over a year, one
contact request for twenty diagnostics, two damaged lines) is fetched first, then handed to the
element as a \`File\`, as when the staff drop it: *drawn* is when every row has been checked
against the payload schemas, the figures computed and every chart and table painted (the export
reader is a lazy chunk, loaded within this time); the rows are checked in slices that yield to
the page, and the longest task in that time is reported (the figures and the tables are then
computed and drawn in one task). Then the period's start date is changed: the figures and tables
are computed and painted again.

${table(['export', ...OVERVIEW.map(([, , label]) => label)], t.overviewRows)}

## Host page

A typical article page (header, headings, paragraphs, an image with its dimensions, footer) with
each element inserted mid-article: ours with the README's snippet in the head (\`cap-numerique.css\`,
which reserves each element's space before its code arrives, and \`loader.js\` with \`defer\`); SurveyJS and
Leaflet with their documented tags (the Leaflet map in a div of 800 × 500 px, as its documentation
requires a height; 1,000 structures fetched). From navigation start until the element is ready
(ours: its first screen, list and map or gauge drawn; SurveyJS: its start button; Leaflet: its
first cluster) and painted, plus 1 s: the sum of \`layout-shift\` entries without recent input
(CLS) and the \`longtask\` entries (tasks over 50 ms), both through \`PerformanceObserver\`
(buffered, registered before any script of the page).

${table(['element', ...HOST.map(([, , label]) => label)], t.hostRows)}
${shiftNote(results.host)}
## Reading these figures

Timings depend on the machine and on what else runs on it: compare the two sides of a row (they
alternate within one run) rather than figures across runs. \`npm run bench -- --quick\` (one run,
1,000 structures) runs in CI only to check that every measurement still produces a number; it
asserts no time.
`;
}
