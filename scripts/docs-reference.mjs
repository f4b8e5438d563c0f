#!/usr/bin/env node
/**
 * Writes the generated tables of the docs from what the code says, so that the reference pages
 * stay true when the code changes:
 *
 * - the element tables (attributes, properties, methods, events, slots, parts, CSS custom
 *   properties) from `dist/custom-elements.json`, which `npm run build` writes from the JSDoc of
 *   the element classes;
 * - the design tokens and their light / dark defaults from `src/elements/shared/tokens.styles.ts`,
 *   and an element's own custom properties from its `*.styles.ts` files;
 * - the structure types, support themes, Guid’Asso levels and the crosswalk from the national
 *   standards, from `src/core/structures/labels.ts` and `src/core/structures/crosswalk.ts`, with the
 *   reason of each row from `scripts/crosswalk-notes.mjs`;
 * - the fields of the project's structure format from `dist/schema/structures.schema.json`.
 *
 * A generated block sits between two comments in any Markdown file of `docs/`:
 *
 *   <!-- generated: attributes cap-maturity-quiz -->
 *   …replaced on each run…
 *   <!-- /generated -->
 *
 * Usage, after `npm run build`:
 *   node scripts/docs-reference.mjs           rewrite the blocks
 *   node scripts/docs-reference.mjs --check   list the blocks that are out of date, exit 1 if any
 *
 * `tests/node/docs.test.mjs` runs the check in `npm test`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { CROSSWALK_NOTES } from './crosswalk-notes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'dist/custom-elements.json';
const TOKENS = 'src/elements/shared/tokens.styles.ts';
const STRUCTURES_SCHEMA = 'dist/schema/structures.schema.json';
const BLOCK = /(<!-- generated: ([^>]*?) -->\n)([\s\S]*?)(<!-- \/generated -->)/g;

/** Every Markdown file under `dir`, sorted. */
export function markdownFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found.sort();
}

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return text ? `\`${text}\`` : '';
}

function table(header, rows) {
  if (rows.length === 0) return '_None._\n';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/** `15_000` → `15000`: a default as an integrator writes it. */
function defaultValue(text) {
  if (text === undefined || text === 'undefined') return '';
  return /^[\d_.]+$/.test(text) ? text.replace(/_/g, '') : text;
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';

function elementsOf(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) byTag.set(declaration.tagName, declaration);
    }
  }
  return byTag;
}

/** The renderers of the element tables, by block kind. */
const ELEMENT_TABLES = {
  attributes: (el) =>
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(defaultValue(a.default)), a.description]),
    ),
  properties: (el) => {
    const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
    const fields = (el.members ?? []).filter(
      (m) => m.kind === 'field' && isPublic(m) && !m.static && !attributeFields.has(m.name),
    );
    return table(
      ['property', 'type', 'access', 'description'],
      fields.map((m) => [code(m.name), code(m.type?.text), m.readonly ? 'read-only' : 'read / write', m.description]),
    );
  },
  methods: (el) => {
    const methods = (el.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.static);
    const signature = (m) =>
      `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
    return table(['method', 'description'], methods.map((m) => [code(signature(m)), m.description]));
  },
  events: (el) =>
    table(
      ['event', 'description'],
      (el.events ?? []).map((e) => [code(e.name), e.description]),
    ),
  slots: (el) =>
    table(
      ['slot', 'description'],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
  parts: (el) =>
    table(
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
  'css-properties': (el) =>
    table(
      ['custom property', 'description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), p.description]),
    ),
};

/**
 * The `--cap-*` hooks that have a default of their own, with their light and dark defaults: the
 * shared design tokens, or (given a tag) those of the element's own style sheets.
 */
function tokensTable(root, tag) {
  const files = tag === undefined ? [TOKENS] : elementStyleSheets(root, tag);
  const rows = [];
  const hook = /var\((--cap-[\w-]+),\s*(?:light-dark\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\)|([^()]+?))\s*\)/g;
  const seen = new Set();
  for (const file of files) {
    for (const [, name, light, dark, same] of readFileSync(join(root, file), 'utf8').matchAll(hook)) {
      if (seen.has(name)) continue;
      seen.add(name);
      rows.push(same === undefined ? [code(name), code(light), code(dark)] : [code(name), code(same), 'same']);
    }
  }
  if (rows.length === 0) throw new Error(`${files.join(', ')}: no --cap-* custom property with a default`);
  return table(['custom property', 'default (light scheme)', 'default (dark scheme)'], rows);
}

/** `cap-support-finder` → the `*.styles.ts` files of `src/elements/support-finder/`. */
function elementStyleSheets(root, tag) {
  const dir = `src/elements/${tag.replace(/^cap-/, '')}`;
  if (!existsSync(join(root, dir))) throw new Error(`no folder ${dir} for the tokens of ${tag}`);
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.styles.ts'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

const STANDARD_NAMES = {
  'lieux-mediation-numerique': 'Lieux de médiation numérique',
  'data-inclusion': 'data·inclusion',
};

/** The key of a crosswalk row in CROSSWALK_NOTES. */
export const crosswalkKey = (r) => `${r.standard}|${r.field}|${r.from}`;

function crosswalkTable(rows) {
  return table(
    ['standard', 'field', 'value', 'maps to', 'why'],
    rows.map((r) => [
      STANDARD_NAMES[r.standard] ?? r.standard,
      code(r.field),
      code(r.from),
      r.to.length ? r.to.map(code).join(', ') : 'nothing (deliberately not mapped)',
      CROSSWALK_NOTES[crosswalkKey(r)] ?? '',
    ]),
  );
}

function labelsTable(labels) {
  return table(
    ['id', 'French', 'English'],
    Object.entries(labels).map(([id, l]) => [code(id), l.fr, l.en]),
  );
}

/** A JSON Schema type as a reader says it: `string`, `number or string`, `array of ids`. */
function schemaType(schema) {
  if (schema.anyOf) return schema.anyOf.map(schemaType).join(' or ');
  if (schema.type === 'array') return schema.items?.enum ? 'array of ids' : `array of ${schemaType(schema.items ?? {})}`;
  return schema.type ?? 'any';
}

/** The fields of one structure in the project's own format, from its published JSON Schema. */
function structureFieldsTable(root) {
  const schema = JSON.parse(readFileSync(join(root, STRUCTURES_SCHEMA), 'utf8'));
  const item = schema.properties?.structures?.items;
  if (!item?.properties) throw new Error(`${STRUCTURES_SCHEMA}: no structures[].properties`);
  const required = new Set(item.required ?? []);
  return table(
    ['field', 'type', 'required', 'description'],
    Object.entries(item.properties).map(([name, field]) => [
      code(name),
      schemaType(field),
      required.has(name) ? 'yes' : '',
      field.description,
    ]),
  );
}

async function codeTables(root) {
  const crosswalk = await tsImport('../src/core/structures/crosswalk.ts', import.meta.url);
  return {
    'structure-types': () => labelsTable(crosswalk.TYPE_LABELS),
    'support-themes': () => labelsTable(crosswalk.THEME_LABELS),
    'guidasso-levels': () => labelsTable(crosswalk.GUIDASSO_LABELS),
    'type-crosswalk': () => crosswalkTable(crosswalk.TYPE_CROSSWALK),
    'theme-crosswalk': () => crosswalkTable(crosswalk.THEME_CROSSWALK),
    'structure-fields': () => structureFieldsTable(root),
  };
}

/**
 * The docs with their generated blocks rewritten: `{file, before, after}` for each Markdown file
 * of `docs/` that has a block. Throws on an unknown block or element.
 */
export async function generate(root = ROOT) {
  const manifestPath = join(root, MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${MANIFEST} is missing: run \`npm run build\` first`);
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const fromCode = await codeTables(root);
  const results = [];
  for (const file of markdownFiles(join(root, 'docs'))) {
    const before = readFileSync(file, 'utf8');
    if (!before.includes('<!-- generated:')) continue;
    const where = relative(root, file);
    const after = before.replace(BLOCK, (_, open, spec, _old, close) => {
      const [kind, tag, ...rest] = spec.trim().split(/\s+/);
      if (rest.length > 0) throw new Error(`${where}: too many words in "generated: ${spec}"`);
      let body;
      if (ELEMENT_TABLES[kind]) {
        const el = elements.get(tag);
        if (!el) throw new Error(`${where}: "${tag}" is not an element of ${MANIFEST}`);
        body = ELEMENT_TABLES[kind](el);
      } else if (kind === 'tokens') {
        body = tokensTable(root, tag);
      } else if (fromCode[kind] && tag === undefined) {
        body = fromCode[kind]();
      } else {
        throw new Error(`${where}: unknown generated block "${spec}"`);
      }
      return `${open}\n${body}\n${close}`;
    });
    results.push({ file: where, before, after });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const results = await generate();
  const stale = results.filter((r) => r.before !== r.after);
  if (check) {
    for (const r of stale) console.error(`${r.file} is out of date: run \`node scripts/docs-reference.mjs\``);
    if (stale.length === 0) console.log(`${results.length} files with generated tables, all up to date.`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const r of stale) writeFileSync(join(ROOT, r.file), r.after);
    console.log(`${stale.length} of ${results.length} files rewritten.`);
  }
}
