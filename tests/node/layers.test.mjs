// The layer rule of docs/design.md: imports only go down (entry points → elements → data → core),
// nothing in src/core touches the DOM, and no import runs from src/ back into scripts/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** `src/<layer>/…` of a file, or the file's top folder. */
function layerOf(path) {
  const rel = relative(ROOT, path).split('/');
  if (rel[0] !== 'src') return rel[0];
  return rel.length > 2 ? `src/${rel[1]}` : 'src/entry';
}

function importsOf(path) {
  const text = readFileSync(path, 'utf8');
  const found = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) found.push(resolve(dirname(path), spec));
  }
  return found;
}

// What each layer may import, besides itself.
const ALLOWED = {
  'src/core': [],
  'src/data': ['src/core'],
  'src/elements': ['src/core', 'src/data'],
  'src/collector': ['src/core'],
  'src/vendor': [],
};

test('imports only go down a layer', () => {
  const wrong = [];
  for (const file of files(join(ROOT, 'src'))) {
    const from = layerOf(file);
    const allowed = ALLOWED[from];
    if (!allowed) continue; // entry points, embed, builder: may use every layer of src/
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to === from || allowed.includes(to) || to === 'src/vendor') continue;
      wrong.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('nothing in src/ imports from scripts/', () => {
  const wrong = files(join(ROOT, 'src')).flatMap((file) =>
    importsOf(file).filter((t) => relative(ROOT, t).startsWith('scripts/')).map((t) => `${relative(ROOT, file)} imports ${relative(ROOT, t)}`),
  );
  assert.deepEqual(wrong, []);
});

test('nothing in src/core touches the DOM', () => {
  const DOM = /\b(document|window|customElements|HTMLElement|CustomEvent|MutationObserver|localStorage|navigator)\b\s*[.(]|\bnew\s+(CustomEvent|Event|MutationObserver)\b/;
  const wrong = [];
  for (const file of files(join(ROOT, 'src/core'))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        if (DOM.test(code)) wrong.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(wrong, []);
});

test('no source file over 600 lines outside src/data/', () => {
  const long = files(join(ROOT, 'src'))
    .filter((f) => !relative(ROOT, f).startsWith('src/data/'))
    .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length])
    .filter(([, n]) => n > 600)
    .map(([f, n]) => `${f}: ${n} lines`);
  assert.deepEqual(long, []);
});
