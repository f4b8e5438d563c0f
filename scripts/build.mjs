// Full build: bundles (rollup), type declarations, Custom Elements Manifest, JSON Schemas, the
// collector (the package's bin), and dist/meta.json (the static import graph the size check reads).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const started = Date.now();

rmSync('dist', { recursive: true, force: true });
// The bundles, as `npx rollup -c` writes them (its plugins also write the generated data modules,
// src/data/*.generated.js), with the import graph of each chunk kept for dist/meta.json.
const graph = {};
for (const config of configs) {
  const bundle = await rollup({ ...config, onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? null : warn(w)) });
  const { output } = await bundle.write(config.output);
  // Keys relative to dist/ (the System.register build is written to dist/system/).
  const dir = config.output.dir?.replace(/^dist\/?/, '');
  const key = (file) => (dir ? `${dir}/${file}` : file);
  for (const item of output) {
    if (item.type !== 'chunk') continue;
    graph[key(item.fileName)] = { isEntry: item.isEntry, imports: item.imports.map(key), dynamicImports: item.dynamicImports.map(key) };
  }
  await bundle.close();
}
mkdirSync('dist', { recursive: true });
// SystemJS's minimal loader, which loader.js adds to pages that load dist/ from another origin.
copyFileSync('node_modules/systemjs/dist/s.min.js', 'dist/system/s.js');
copyFileSync('node_modules/systemjs/dist/s.min.js.map', 'dist/system/s.min.js.map');
writeFileSync('dist/meta.json', JSON.stringify(graph, null, 2));
// Static pages shipped with the library: the iframe embed and the snippet builder.
for (const file of ['embed/embed.html', 'embed/embed.css', 'builder/builder.html', 'builder/builder.css']) {
  if (existsSync(`src/${file}`)) copyFileSync(`src/${file}`, `dist/${file.split('/')[1]}`);
}

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']);
run('npx', ['tsx', 'scripts/schemas.ts']);
run('node', ['scripts/build-collector.mjs']);
run('npx', ['tsx', 'scripts/reserve-css.ts']);
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
