// The element table (src/elements/registry.ts) against the other places that name elements: the
// folders under src/elements/, the all-in-one module, package.json's exports and sideEffects, and
// what the build wrote (run `npm run build` first). Adding an element is a line of that table.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementEntries, elementName, TAGS } from '../../config/elements.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** package.json's patterns (`*` within a path segment) as a test of `./path`. */
const matches = (pattern, path) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(path);

/** What `exports` maps `cap-numerique/<subpath>` to, for a condition. */
function exported(subpath, condition) {
  for (const [key, target] of Object.entries(pkg.exports)) {
    const [before, after = null] = key.split('*');
    const star = after === null ? (key === `./${subpath}` ? '' : null) : `./${subpath}`.startsWith(before) && `./${subpath}`.endsWith(after) ? `./${subpath}`.slice(before.length, `./${subpath}`.length - after.length) : null;
    if (star === null) continue;
    const value = typeof target === 'string' ? target : target[condition] ?? target.default;
    return value.replaceAll('*', star);
  }
  return undefined;
}

test('every element folder is in the table, and every tag of the table has its folder and define.ts', () => {
  const folders = readdirSync(join(ROOT, 'src/elements'), { withFileTypes: true })
    // shared/ holds what the elements share (its define.ts is the guard they register through).
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(join(ROOT, 'src/elements', entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
  assert.deepEqual(folders, TAGS.map(elementName).sort(), 'a folder src/elements/x/ with a define.ts needs its line in src/elements/registry.ts');
  for (const tag of TAGS) {
    assert.match(read(`src/elements/${elementName(tag)}/define.ts`), new RegExp(`define\\('${tag}'`), `src/elements/${elementName(tag)}/define.ts defines <${tag}>`);
  }
});

test('the all-in-one module exports every element of the table', () => {
  const source = read('src/cap-numerique.ts');
  const missing = TAGS.filter((tag) => !source.includes(`export * from './elements/${elementName(tag)}/define.js';`));
  assert.deepEqual(missing, [], 'src/cap-numerique.ts needs `export * from \'./elements/x/define.js\';` for each');
});

test('package.json exports each element with its types and keeps its side effects', () => {
  for (const tag of TAGS) {
    const name = elementName(tag);
    assert.equal(exported(`elements/${name}`, 'default'), `./dist/elements/${name}.js`);
    assert.equal(exported(`elements/${name}`, 'types'), `./dist/types/elements/${name}/define.d.ts`);
    for (const file of [`./dist/elements/${name}.js`, `./src/elements/${name}/define.ts`]) {
      assert.ok(pkg.sideEffects.some((pattern) => matches(pattern, file)), `sideEffects keeps ${file}`);
    }
  }
  assert.ok(pkg.sideEffects.some((pattern) => matches(pattern, './dist/loader.js')));
  assert.ok(pkg.sideEffects.some((pattern) => matches(pattern, './dist/cap-numerique.js')));
});

test('the build wrote each element of the table, as a module and as a System.register script', () => {
  assert.deepEqual(Object.values(elementEntries), TAGS.map((tag) => `src/elements/${elementName(tag)}/define.ts`));
  for (const tag of TAGS) {
    for (const file of [`dist/elements/${elementName(tag)}.js`, `dist/system/elements/${elementName(tag)}.js`, `dist/types/elements/${elementName(tag)}/define.d.ts`]) {
      assert.ok(existsSync(join(ROOT, file)), `${file} (run npm run build first)`);
    }
  }
  const css = read('dist/cap-numerique.css');
  for (const tag of TAGS) assert.ok(css.includes(`${tag}:not(:defined){min-height:`), `dist/cap-numerique.css reserves <${tag}>`);
});
