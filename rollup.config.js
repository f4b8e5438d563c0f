import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { elementEntries } from './config/elements.mjs';
import { sharedPlugins } from './config/plugins.mjs';

// Entry points of the ES build: the all-in-one module and one module per element of
// src/elements/registry.ts.
export { elementEntries };

const plugins = () => [
  // Generated data, d3-lite, opening_hours for France (config/plugins.mjs, shared with the tests and Storybook).
  ...sharedPlugins(),
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
  if (/src\/(elements\/shared\/(?!context|messages\.en|load-json|idle|contact-form)|elements\/registry\.ts|define\.ts|core\/(i18n|events|version|url)\.ts|data\/builtin-meta\.ts)/.test(id)) return 'shared';
  return undefined;
}

export default [
  {
    // (`npx rollup -c` alone writes these bundles; `npm run build` also writes the types, the
    // manifest, the schemas, the collector and dist/meta.json: scripts/build.mjs.)
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
