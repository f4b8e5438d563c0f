// The message catalogs of the elements hold no dead key: each French key is used by the code, as a
// quoted key ('start') or through a key the code builds (`step-${step}` uses every `step-…` key).
// That the English catalog has exactly the French keys is checked by tsc (messages.en.ts is typed
// with the French catalog's keys).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ELEMENTS = 'src/elements';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

const isCatalog = (path) => /\/messages(\.en)?\.ts$/.test(path);
const catalogs = sources(ELEMENTS).filter((path) => path.endsWith('/messages.ts'));
const code = sources('src')
  .filter((path) => !isCatalog(path))
  .map((path) => readFileSync(path, 'utf8'));

/** The keys of a catalog's `const fr = { … }` object (top-level properties only). */
function frenchKeys(path) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('const fr = {');
  assert.ok(start >= 0, `${path}: no "const fr = {" catalog`);
  const body = text.slice(start, text.indexOf('\n};', start));
  return [...body.matchAll(/^ {2}'?([\w-]+)'?:/gm)].map((m) => m[1]);
}

/** Prefixes of the keys the code builds: `prefix-${…}` passed to a translator (xxxMsg). */
const builtPrefixes = new Set(code.flatMap((text) => [...text.matchAll(/Msg\([^,()]+,\s*`([\w-]+-)\$\{/g)].map((m) => m[1])));

const used = (key) =>
  [...builtPrefixes].some((prefix) => key.startsWith(prefix)) ||
  code.some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`) || text.includes(`\`${key}\``));

test('every catalog is found and read', () => {
  assert.deepEqual(catalogs.map((path) => path.split('/')[2]).sort(), [
    'diagnostic',
    'maturity-quiz',
    'network-overview',
    'results-gauge',
    'shared',
    'support-finder',
  ]);
  for (const path of catalogs) assert.ok(frenchKeys(path).length > 5, `${path}: keys read`);
  assert.ok(builtPrefixes.has('step-'), 'keys the code builds are recognised');
});

test('no catalog holds a key the code never uses', () => {
  const unused = catalogs.flatMap((path) => frenchKeys(path).filter((key) => !used(key)).map((key) => `${path}: ${key}`));
  assert.deepEqual(unused, []);
});

test('the check catches an unused key', () => {
  assert.equal(used('start'), true);
  assert.equal(used('noSuchMessageKeyAnywhere'), false);
});
