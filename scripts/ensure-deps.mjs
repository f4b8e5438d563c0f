// Runs `npm ci` when node_modules is missing, so `npm start` and `npm test` work on a fresh clone,
// and says which browser of BROWSERS (scripts/browsers.mjs) is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('Installing dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
const { missing, requestedEngines } = await import('./browsers.mjs');
for (const engine of requestedEngines()) {
  const problem = missing(engine);
  if (problem) console.warn(`${problem}.`);
}
