// `npm run test:core`: the unit tests of src/core (no DOM) under Node as well as in the browser
// suite, through tsx and tests/node-setup.mjs. Left to the browser suite: the opening-hours tests,
// which check the build's France-only `opening_hours`, and the online geocoder's, which need the
// test server's stand-in.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BROWSER_ONLY = /(geoplateforme|opening-hours)\.test\.ts$/;

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.test.ts') ? [path] : [];
  });

const tests = files('tests/core').filter((f) => !BROWSER_ONLY.test(f)).sort();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/node-setup.mjs', '--test', ...tests], { stdio: 'inherit' });
process.exit(run.status ?? 1);
