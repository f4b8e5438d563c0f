// The project's own build steps, as rollup plugins: the same list serves the build (rollup.config.js),
// the browser tests (web-test-runner.config.mjs, through @web/dev-server-rollup's fromRollup) and
// Storybook (.storybook/main.ts, Vite), so the three run the same d3, the same opening_hours and the
// same generated data. Bundling, TypeScript and minifying are each tool's own.
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { franceOnly, OPENING_HOURS_FILE } from './opening-hours-france.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * d3-transition and d3-selection replaced by the smaller copies of src/vendor/ (see
 * src/vendor/d3-transition-lite.ts and src/vendor/d3-selection-lite.ts), for d3-zoom too.
 */
export const d3Lite = {
  name: 'cap-numerique:d3-lite',
  resolveId(id) {
    if (id === 'd3-transition') return { id: fromRoot('src/vendor/d3-transition-lite.ts'), moduleSideEffects: true };
    if (id === 'd3-selection') return { id: fromRoot('src/vendor/d3-selection-lite.ts'), moduleSideEffects: true };
    // The parts d3-selection-lite.ts is built from (the package's "exports" lists only its index).
    if (id.startsWith('d3-selection/src/')) return fromRoot(`node_modules/${id}`);
    return null;
  },
};

/** The opening_hours package for France only (see config/opening-hours-france.mjs). */
export const openingHoursFranceOnly = {
  name: 'cap-numerique:opening-hours-france-only',
  transform: (code, id) => (OPENING_HOURS_FILE.test(id) ? { code: franceOnly(code), map: null } : null),
};

/** The scripts that write src/data/*.generated.js (not committed: made from packages at build time). */
const GENERATORS = ['scripts/build-outline.mjs', 'scripts/build-communes.mjs'];
let generated;

/**
 * Writes the generated data modules (France's outline, the commune index) before the first build
 * of the process; a generator leaves an unchanged file untouched.
 */
export const generatedData = {
  name: 'cap-numerique:generated-data',
  async buildStart() {
    generated ??= (async () => {
      for (const script of GENERATORS) {
        const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: root });
        if (process.env.CAP_VERBOSE) process.stdout.write(stdout);
      }
    })();
    await generated;
  },
};

/**
 * Modules whose exports are data computed from other data (the element table, the reserved-space
 * CSS made from it): evaluated at build time and shipped as their values, so that the loader
 * carries the CSS text and the tag list, not the table and the code that writes the CSS.
 */
const PRECOMPUTED = ['src/elements/registry.ts', 'src/reserve.ts'].map(fromRoot);

export const precomputed = {
  name: 'cap-numerique:precomputed',
  async load(id) {
    if (!PRECOMPUTED.includes(id)) return null;
    const { outputFiles, metafile } = await build({ entryPoints: [id], absWorkingDir: root, bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    // In watch mode, an edit of the table (or anything the module reads) rebuilds it.
    for (const input of Object.keys(metafile.inputs)) this.addWatchFile?.(resolve(root, input));
    const values = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    const code = Object.entries(values).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
    return { code: code.join('\n'), map: null };
  },
};

/** The shared list, in this order. */
export const sharedPlugins = () => [generatedData, precomputed, d3Lite, openingHoursFranceOnly];
