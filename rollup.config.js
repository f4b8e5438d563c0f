import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { franceOnly, OPENING_HOURS_FILE } from './scripts/opening-hours-france.mjs';

/** Entry points of the ES build: the all-in-one module and one module per element. */
export const elementEntries = {
  'elements/maturity-quiz': 'src/elements/maturity-quiz/define.ts',
  'elements/results-gauge': 'src/elements/results-gauge/define.ts',
  'elements/support-finder': 'src/elements/support-finder/define.ts',
  'elements/diagnostic': 'src/elements/diagnostic/define.ts',
  // <cap-network-overview>: for a network's staff, not the associations' pages.
  'elements/network-overview': 'src/elements/network-overview/define.ts',
};

/** See src/vendor/d3-transition-lite.ts and src/vendor/d3-selection-lite.ts. */
const d3Lite = {
  name: 'd3-lite',
  resolveId(id) {
    const vendor = (file) => new URL(`src/vendor/${file}`, import.meta.url).pathname;
    if (id === 'd3-transition') return { id: vendor('d3-transition-lite.ts'), moduleSideEffects: true };
    if (id === 'd3-selection') return { id: vendor('d3-selection-lite.ts'), moduleSideEffects: true };
    // The parts d3-selection-lite.ts is built from (the package's "exports" lists only its index).
    if (id.startsWith('d3-selection/src/')) return new URL(`node_modules/${id}`, import.meta.url).pathname;
    return null;
  },
};

/** See scripts/opening-hours-france.mjs. */
const openingHoursFranceOnly = {
  name: 'opening-hours-france-only',
  transform: (code, id) => (OPENING_HOURS_FILE.test(id) ? { code: franceOnly(code), map: null } : null),
};

const plugins = () => [
  d3Lite,
  openingHoursFranceOnly,
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // Collapses the whitespace of Lit's html`` and css`` templates.
  minifyLiterals(),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * One chunk for what every element needs up front (Lit and the shared core): fewer files, and
 * gzip compresses them together better than apart.
 */
function manualChunks(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'shared';
  if (/src\/(elements\/shared\/(?!context|messages\.en|load-json|idle)|define\.ts|core\/(i18n|events|version)\.ts|data\/builtin-meta\.ts)/.test(id)) return 'shared';
  return undefined;
}

export default [
  {
    input: { 'cap-numerique': 'src/cap-numerique.ts', embed: 'src/embed/embed.ts', builder: 'src/builder/builder.ts', ...elementEntries },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks,
    },
    plugins: plugins(),
  },
  {
    // The same elements as System.register scripts, which SystemJS (dist/system/s.js) loads through
    // classic <script> tags: what loader.js uses when dist/ is on another origin than the page,
    // because module scripts (and so import()) need CORS there and classic scripts do not.
    input: elementEntries,
    output: {
      dir: 'dist/system',
      format: 'system',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks,
    },
    plugins: plugins(),
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/loader.js', format: 'iife', sourcemap: true },
    plugins: plugins(),
  },
];
