// Weight: gzip (zlib level 9) and brotli (quality 11) bytes of our pages (the definitions of
// scripts/size.mjs) and of the files an integrator includes with a script tag for each peer.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { closure, COMMUNE_PART, lazyChunks, pages } from '../size.mjs';

/** Raw, gzip and brotli bytes of a buffer. */
export function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Sum of the sizes of files (paths from the repository root), or of `{ name, buffer }` items. */
function group(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = compressed(typeof file === 'string' ? readFileSync(file) : file.buffer);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return { ...total, files: files.map((f) => (typeof f === 'string' ? f : f.name)) };
}

/**
 * Every weight row: `{ id, side, name, raw, gzip, brotli, files }`. `surveyJson` is the converted
 * questionnaire as the SurveyJS page ships it (our quiz page includes the built-in questionnaire).
 */
export function weights({ surveyJson }) {
  const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8'));
  const ours = pages(meta).map((p) => ({ id: p.id, side: 'cap', name: p.name, ...group(p.files.map((f) => `dist/${f}`)) }));
  ours.splice(3, 0, {
    id: 'gauge-alone',
    side: 'cap',
    name: 'gauge alone (loader + gauge)',
    ...group(['loader.js', ...closure(meta, ['elements/results-gauge.js'])].map((f) => `dist/${f}`)),
  });
  const lazy = new Map();
  for (const { entry, files } of lazyChunks(meta)) {
    for (const file of files) {
      if (file.startsWith('elements/')) continue; // another element, counted above
      // The commune index's parts (a hundred or so): a search loads a few, counted in the first-search row.
      if (COMMUNE_PART.test(file)) continue;
      lazy.set(file, [...(lazy.get(file) ?? []), entry.replace(/^elements\/|\.js$/g, '')]);
    }
  }
  const chunks = [...lazy].map(([file, by]) => ({
    id: `lazy:${file}`,
    side: 'cap',
    name: `lazy: ${file.replace(/^chunks\/|-[\w-]{8}\.js$/g, '')} (${by.join(', ')})`,
    ...group([`dist/${file}`]),
  }));
  const nm = (path) => `node_modules/${path}`;
  const peers = [
    {
      id: 'surveyjs',
      name: 'SurveyJS: survey.core.min.js + survey-js-ui.min.js + survey-core.fontless.min.css + i18n/french.min.js',
      files: [nm('survey-core/survey.core.min.js'), nm('survey-js-ui/survey-js-ui.min.js'), nm('survey-core/survey-core.fontless.min.css'), nm('survey-core/i18n/french.min.js')],
    },
    {
      id: 'surveyjs-page',
      name: 'SurveyJS quiz page: the above + the questionnaire (converted JSON) + its start script',
      files: [
        nm('survey-core/survey.core.min.js'),
        nm('survey-js-ui/survey-js-ui.min.js'),
        nm('survey-core/survey-core.fontless.min.css'),
        nm('survey-core/i18n/french.min.js'),
        { name: 'survey-json.js', buffer: Buffer.from(surveyJson) },
        'scripts/bench/pages/survey-start.js',
      ],
    },
    {
      id: 'leaflet',
      name: 'Leaflet + markercluster: leaflet.js + leaflet.css + leaflet.markercluster.js + MarkerCluster(.Default).css',
      files: [
        nm('leaflet/dist/leaflet.js'),
        nm('leaflet/dist/leaflet.css'),
        nm('leaflet.markercluster/dist/leaflet.markercluster.js'),
        nm('leaflet.markercluster/dist/MarkerCluster.css'),
        nm('leaflet.markercluster/dist/MarkerCluster.Default.css'),
      ],
    },
    {
      id: 'chartjs',
      name: 'Chart.js gauge: chart.umd.min.js + a minimal gauge script',
      files: [nm('chart.js/dist/chart.umd.min.js'), 'scripts/bench/pages/gauge-chartjs.js'],
    },
    {
      id: 'echarts',
      name: 'ECharts gauge: echarts.min.js (full build) + a minimal gauge script',
      files: [nm('echarts/dist/echarts.min.js'), 'scripts/bench/pages/gauge-echarts.js'],
    },
  ].map((p) => ({ id: p.id, side: 'peer', name: p.name, ...group(p.files) }));
  return [...ours, ...chunks, ...peers];
}
