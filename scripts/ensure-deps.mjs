// Runs `npm ci` when node_modules is missing, so `npm start` and `npm test` work on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('Installing dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
if (!existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
  console.warn('Chromium not found at /usr/bin/chromium: install it (apt-get install -y chromium) or set CHROME_PATH.');
}
