// The docs describe the code as it is: the generated tables match the Custom Elements Manifest and
// the code's own tables, every link between the docs resolves, and no doc points outside the
// repository. Needs `npm run build` first (it reads dist/custom-elements.json and dist/schema/).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { crosswalkKey, generate, markdownFiles } from '../../scripts/docs-reference.mjs';
import { CROSSWALK_NOTES } from '../../scripts/crosswalk-notes.mjs';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

/** Markdown without its fenced code blocks and inline code, where links are not links. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens. */
export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file, with GitHub's `-1`, `-2` for repeated headings. */
function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, text] of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  return found;
}

function links(markdown) {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

test('the generated tables of docs/ match dist/custom-elements.json and the code', async () => {
  const results = await generate(ROOT);
  assert.ok(results.length >= 4, 'the element reference pages hold generated tables');
  const stale = results.filter((r) => r.before !== r.after).map((r) => r.file);
  assert.deepEqual(stale, [], 'out of date: run `node scripts/docs-reference.mjs` after `npm run build`');
});

test('docs/crosswalk.md holds both crosswalk tables; every row left unmapped says why, every reason has its row', async () => {
  const page = readFileSync(join(ROOT, 'docs/crosswalk.md'), 'utf8');
  for (const kind of ['type-crosswalk', 'theme-crosswalk']) assert.ok(page.includes(`<!-- generated: ${kind} -->`), kind);
  const { TYPE_CROSSWALK, THEME_CROSSWALK } = await tsImport('../../src/core/structures/crosswalk.ts', import.meta.url);
  const rows = [...TYPE_CROSSWALK, ...THEME_CROSSWALK];
  const keys = new Set(rows.map(crosswalkKey));
  for (const row of rows) if (row.to.length === 0) assert.ok(CROSSWALK_NOTES[crosswalkKey(row)], `no reason for ${crosswalkKey(row)}`);
  for (const key of Object.keys(CROSSWALK_NOTES)) assert.ok(keys.has(key), `a note for no row: ${key}`);
  // The table says what the code says, row by row.
  for (const row of rows) {
    const line = page.split('\n').find((l) => l.includes(`| \`${row.field}\` | \`${row.from}\` |`));
    assert.ok(line, `no line for ${crosswalkKey(row)}`);
    assert.ok(line.includes(row.to.length ? row.to.map((t) => `\`${t}\``).join(', ') : 'nothing (deliberately not mapped)'), line);
  }
});

test('every element of dist/elements/ has a reference page with its generated tables', () => {
  const names = readdirSync(join(ROOT, 'dist/elements'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3));
  assert.ok(names.length >= 4);
  for (const name of names) {
    const page = join(ROOT, 'docs/elements', `${name}.md`);
    assert.ok(existsSync(page), `${relative(ROOT, page)} is missing`);
    const text = readFileSync(page, 'utf8');
    for (const kind of ['attributes', 'events', 'parts']) {
      assert.ok(text.includes(`<!-- generated: ${kind} cap-${name} -->`), `${relative(ROOT, page)} has no ${kind} table`);
    }
  }
});

test('links between the docs lead to a file and, with a #fragment, to a heading of it', () => {
  const broken = [];
  for (const file of DOCS) {
    const text = readFileSync(file, 'utf8');
    for (const target of links(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
      const [path, fragment] = target.split('#');
      const linked = path ? resolve(dirname(file), decodeURI(path)) : file;
      const where = `${relative(ROOT, file)} → ${target}`;
      if (!existsSync(linked)) {
        broken.push(`${where}: no such file`);
        continue;
      }
      if (fragment === undefined || statSync(linked).isDirectory() || !linked.endsWith('.md')) continue;
      if (!anchors(readFileSync(linked, 'utf8')).has(decodeURIComponent(fragment))) {
        broken.push(`${where}: no such heading`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('no doc points to a design page outside the repository', () => {
  const outside = /DESIGN\.md|DESIGN\s*§|(?:\.\.|\/work)\/shared\/|reference\/data-standards/;
  const found = DOCS.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => [line, i + 1])
      .filter(([line]) => outside.test(line))
      .map(([line, n]) => `${relative(ROOT, file)}:${n}: ${line.trim()}`),
  );
  assert.deepEqual(found, []);
});

/** Every file under `dir` (recursively) whose name ends with one of `extensions`. */
function sourceFiles(dir, extensions) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path, extensions);
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

test('no build or test tool points to a design page outside the repository', () => {
  const outside = /DESIGN\.md|DESIGN\s*§|(?:\.\.|\/work)\/shared\/|reference\/data-standards/;
  const files = [
    ...['rollup.config.js', 'web-test-runner.config.mjs', 'custom-elements-manifest.config.mjs', '.ci/run'].map((f) => join(ROOT, f)),
    ...['scripts', 'config', '.storybook', 'tests/trust'].flatMap((dir) => sourceFiles(join(ROOT, dir), ['.mjs', '.js', '.ts'])),
  ].filter((file) => existsSync(file));
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => [line, i + 1])
      .filter(([line]) => outside.test(line))
      .map(([line, n]) => `${relative(ROOT, file)}:${n}: ${line.trim()}`),
  );
  assert.deepEqual(found, []);
});

test('the anchors follow GitHub: punctuation dropped, accents kept', () => {
  assert.equal(slug('`<cap-maturity-quiz>` reference'), 'cap-maturity-quiz-reference');
  assert.equal(slug('data·inclusion'), 'datainclusion');
  assert.equal(slug('Lieux de médiation numérique'), 'lieux-de-médiation-numérique');
  assert.equal(slug("The finder's speed"), 'the-finders-speed');
  assert.equal(slug('Places: the commune index and the geocoders'), 'places-the-commune-index-and-the-geocoders');
});
