// Bundles the collector (src/collector/, with the payload schemas of src/core/) into one ES module
// that Node 20 runs as it is: the package's `bin`, dist/collector/cap-numerique-collector.js.
// better-sqlite3 stays outside: a native module, loaded from node_modules at run time.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'dist/collector/cap-numerique-collector.js';
await build({
  entryPoints: ['src/collector/cli.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`collector written to ${outfile}`);
