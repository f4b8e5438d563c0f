// French typography in everything users read: U+202F (narrow no-break space) before ; ! ? and %,
// U+00A0 (no-break space) before : and inside « guillemets », one apostrophe (’) and no straight
// double quotes; in English, no space before ; : ! ? % and the same apostrophe. It reads the
// catalogs, the data and the templates of the elements (string literals through the TypeScript
// parser), the demo, builder and embed pages, and the example questionnaires.
//
//   node scripts/typography.mjs          lists the violations (exit code 1 if any)
//   node scripts/typography.mjs --fix    fixes what can be fixed by rule (not straight double quotes)
//
// tests/node/typography.test.mjs runs the check in `npm test`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const SPACES = ' \u00a0\u202f';

/**
 * Parts of a text that are code, not prose: URLs, e-mail addresses, markup, message placeholders
 * (`{name}`, `{count:` … `|` … `}`), times and ratios (`09:00`).
 */
const PROTECTED = /&(?:#x?[\da-f]+|[a-z]+);|https?:\/\/[^\s"'<>)«»]+|[\w.+-]+@[\w-]+\.[\w.-]+|<[^<>]*>|\{\w+\}|\{\w+:|\||\}|\d:\d/g;

function protectedMask(text) {
  const mask = new Array(text.length).fill(false);
  for (const m of text.matchAll(PROTECTED)) for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  return mask;
}

/**
 * The violations in a text (`lang` fr or en), and the text with the fixable ones fixed.
 * Each violation: `{ index, rule, message }`.
 */
export function checkText(text, lang) {
  const mask = protectedMask(text);
  const violations = [];
  let fixed = '';
  const report = (index, rule, message) => violations.push({ index, rule, message });
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (mask[i]) {
      fixed += c;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : '';
    const next = text[i + 1] ?? '';
    if (c === "'") {
      report(i, 'apostrophe', 'straight apostrophe: use ’ (U+2019)');
      fixed += '’';
      continue;
    }
    if (c === '"') {
      report(i, 'quotes', lang === 'fr' ? 'straight quotes: use « guillemets »' : 'straight quotes: use “ ”');
      fixed += c;
      continue;
    }
    if (lang === 'en') {
      if (';:!?%'.includes(c) && prev && SPACES.includes(prev)) {
        report(i, 'space-before', `no space before "${c}" in English`);
        fixed = fixed.replace(/[ \u00a0\u202f]+$/, '');
      }
      fixed += c;
      continue;
    }
    // French
    const wanted = c === ':' || c === '«' || c === '»' ? NBSP : ';!?%'.includes(c) ? NNBSP : undefined;
    if (wanted === undefined) {
      fixed += c;
      continue;
    }
    const name = wanted === NBSP ? 'U+00A0 (no-break space)' : 'U+202F (narrow no-break space)';
    if (c === '«') {
      fixed += c;
      if (next !== NBSP && next !== '') {
        report(i, 'guillemets', `« must be followed by ${name}`);
        if (SPACES.includes(next)) i++;
        fixed += NBSP;
      }
      continue;
    }
    const clustered = c !== '%' && c !== '»' && ';!?:'.includes(prev) && prev !== '';
    const start = i === 0 || (c === '%' && !/[\d}\s\u00a0\u202f]/.test(prev));
    if (prev !== wanted && !clustered && !start) {
      report(i, c === '»' ? 'guillemets' : 'space-before', `"${c}" must be preceded by ${name}`);
      if (SPACES.includes(prev)) fixed = fixed.slice(0, -1);
      fixed += wanted;
    }
    fixed += c;
  }
  return { violations, fixed };
}

// ——— where users read text ———

/** Files whose string literals are all texts (catalogs and data), language by file or by key. */
const TEXT_FILES = [
  'src/data/questionnaire.fr.ts',
  'src/data/questionnaire.en.ts',
  'src/data/recommendations.fr.ts',
  'src/data/builtin-meta.ts',
  'src/data/builtin-contacts.ts',
  'src/data/demo-structures.ts',
  'src/data/communes-credits.ts',
  'src/core/structures/labels.ts',
  'src/elements/maturity-quiz/guidance.ts',
  'src/elements/shared/contact-form.messages.ts',
  'src/elements/shared/load-json.ts',
  'src/builder/builder.ts',
  'src/embed/embed.ts',
  'src/elements/support-finder/views/report.ts',
];

/** Element files: the text of their html`` templates. */
const TEMPLATE_DIRS = ['src/elements'];

/** Object keys whose values are code (ids, addresses, hours…), never prose. */
const CODE_KEYS = new Set([
  'id', 'url', 'href', 'licenceHref', 'website', 'email', 'phone', 'type', 'types', 'themes', 'hours', 'question',
  'anyOf', 'dimension', 'role', 'version', 'postcode', 'updatedAt', 'siret', 'unknownScore', 'aggregation', 'name',
  'source', 'tag', 'attributes', 'inseeCode', 'insee',
]);
/** Keys that hold prose in these files although they hold codes elsewhere. */
const PROSE_KEYS = new Set(['name']);
const PROSE_KEY_FILES = new Set(['src/data/demo-structures.ts', 'src/data/builtin-contacts.ts', 'src/builder/builder.ts']);

function listFiles(dir, test) {
  const out = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(path, test));
    else if (test(path)) out.push(path);
  }
  return out.sort();
}

/** Code-like strings: identifiers, paths, selectors, URLs (nothing to read). */
const looksLikeCode = (text) => !/[A-Za-zÀ-ÿ]/.test(text) || /^[\w.:/#?&=%@+,[\]()*-]*$/.test(text);

function languageOf(node, file) {
  for (let n = node; n; n = n.parent) {
    const name = ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n) ? n.name?.getText() : undefined;
    if (name === 'en' || name === "'en'") return 'en';
    if (name === 'fr' || name === "'fr'") return 'fr';
  }
  return /\.en\.ts$/.test(file) ? 'en' : 'fr';
}

function keyOf(node) {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return parent.name.getText().replace(/['"]/g, '');
  return undefined;
}

/**
 * A piece of text in a file: `text` is what is checked (in `lang`), `fix(fixedText)` gives the
 * replacements `[{start, end, text}]` that write the fixed text back into the file.
 */
function segment(file, lang, start, text, fix) {
  return { file, lang, start, text, fix };
}

/** A JS string literal with this content and delimiter. */
function serialize(text, quote) {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return quote === '`' ? escaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') : escaped.split(quote).join(`\\${quote}`);
}

/**
 * Template text (html`` or svg``): its static parts joined by NUL where expressions go. Only the text
 * between tags is checked; attribute values and markup are code (the catalogs hold the texts).
 */
function templateSegments(file, lang, parts) {
  const full = parts.map((p) => p.raw).join('\0');
  const runs = [];
  let inTag = false;
  let from = 0;
  for (let i = 0; i < full.length; i++) {
    const c = full[i];
    if (!inTag && c === '<' && /[A-Za-z/!]/.test(full[i + 1] ?? '')) {
      if (i > from) runs.push([from, i]);
      inTag = true;
    } else if (inTag && c === '>') {
      inTag = false;
      from = i + 1;
    }
  }
  if (!inTag && from < full.length) runs.push([from, full.length]);
  // The runs of one template are fixed together: each fix rewrites every part with all fixes so far.
  const fixedRuns = new Map();
  const rebuild = () => {
    let next = full;
    for (let k = runs.length - 1; k >= 0; k--) {
      if (fixedRuns.has(k)) next = next.slice(0, runs[k][0]) + fixedRuns.get(k) + next.slice(runs[k][1]);
    }
    const pieces = next.split('\0');
    return parts.map((p, i) => ({ start: p.start, end: p.end, text: pieces[i] }));
  };
  const out = [];
  runs.forEach(([s, e], k) => {
    const text = full.slice(s, e);
    if (!/[A-Za-zÀ-ÿ:;!?%«»'"]/.test(text.replace(/\0/g, ''))) return;
    out.push(
      segment(file, lang, parts[0].start, text, (fixed) => {
        fixedRuns.set(k, fixed);
        return rebuild();
      }),
    );
  });
  return out;
}

/** Text segments of a TypeScript file (`templatesOnly`: the html`` templates only). */
function tsSegments(file, { templatesOnly }) {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const segments = [];
  const literal = (node) => {
    const start = node.getStart() + 1;
    const close = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1;
    return { start, end: node.getEnd() - close, raw: source.slice(start, node.getEnd() - close) };
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText();
      if (tag === 'css') return;
      if (tag === 'html' || tag === 'svg') {
        const t = node.template;
        const parts = (ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)]).map(literal);
        segments.push(...templateSegments(file, languageOf(node, file), parts));
        if (!ts.isNoSubstitutionTemplateLiteral(t)) t.templateSpans.forEach((span) => visit(span.expression));
        return;
      }
    }
    const isString = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    const isPart = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (!templatesOnly && (isString || isPart) && isText(node, file)) {
      const { start, end, raw } = literal(node);
      const cooked = isString ? node.text : raw;
      if (!looksLikeCode(cooked)) {
        const quote = source[start - 1];
        segments.push(
          segment(file, languageOf(node, file), start, cooked, (fixed) => [
            { start, end, text: raw === cooked ? fixed : serialize(fixed, quote) },
          ]),
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { source, segments };
}

/** Whether a string literal is a text: not an object key, a code value, an argument of a DOM call… */
function isText(node, file) {
  const parent = node.parent;
  if (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) return isText(parent.parent ?? parent, file);
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isTypeNode(parent) || ts.isLiteralTypeNode(parent)) return false;
  if (ts.isCallExpression(parent) && !/^(graded|\w*[mM]sg|translator)$/.test(parent.expression.getText())) return false;
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) return false;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind !== ts.SyntaxKind.PlusToken) return false;
  const key = keyOf(node);
  return !(key && CODE_KEYS.has(key) && !(PROSE_KEYS.has(key) && PROSE_KEY_FILES.has(file)));
}

const ENTITIES = { nbsp: NBSP, amp: '&', lt: '<', gt: '>', quot: '"', rsquo: '’', laquo: '«', raquo: '»', hellip: '…', eacute: 'é' };
const decode = (s) =>
  s.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? whole),
  );
const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text segments of an HTML page: text between tags (not in script/style/pre/code) and a few attributes. */
function htmlSegments(file) {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const lang = /<html[^>]*\blang="en/i.test(source) ? 'en' : 'fr';
  const segments = [];
  const hidden = new Array(source.length).fill(false);
  for (const m of source.matchAll(/<(script|style|pre|code|template)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi)) {
    for (let i = m.index; i < m.index + m[0].length; i++) hidden[i] = true;
  }
  const add = (start, raw, attribute) => {
    const text = decode(raw);
    segments.push(
      segment(file, lang, start, text, (fixed) => [
        { start, end: start + raw.length, text: attribute ? encode(fixed).replace(/"/g, '&quot;') : encode(fixed) },
      ]),
    );
  };
  for (const m of source.matchAll(/>([^<>]+)</g)) {
    const start = m.index + 1;
    if (!hidden[start] && /[A-Za-zÀ-ÿ]/.test(m[1])) add(start, m[1], false);
  }
  for (const m of source.matchAll(/<[^<>]*>/g)) {
    if (hidden[m.index]) continue;
    for (const a of m[0].matchAll(/\s(?:aria-label|title|alt|placeholder|content)="([^"]*)"/g)) {
      if (!/\s/.test(a[1]) || looksLikeCode(a[1])) continue;
      add(m.index + a.index + a[0].indexOf('"') + 1, a[1], true);
    }
  }
  return { source, segments };
}

/** Text segments of a questionnaire JSON: every string value but codes, language by {fr, en} key. */
function jsonSegments(file) {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.parseJsonText(file, source);
  const segments = [];
  const visit = (node, lang, key) => {
    if (ts.isStringLiteral(node)) {
      if ((key && CODE_KEYS.has(key)) || looksLikeCode(node.text)) return;
      const start = node.getStart(sf);
      const end = node.getEnd();
      segments.push(segment(file, lang, start, node.text, (fixed) => [{ start, end, text: JSON.stringify(fixed) }]));
      return;
    }
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.text;
      visit(node.initializer, name === 'en' ? 'en' : name === 'fr' ? 'fr' : lang, name);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, lang, key));
  };
  visit(sf.statements[0].expression, 'fr');
  return { source, segments };
}

/** Every file the check reads, with its segments. */
export function collect() {
  const files = [];
  for (const file of TEXT_FILES) files.push({ file, ...tsSegments(file, { templatesOnly: false }) });
  const messages = listFiles('src/elements', (p) => /\/messages(\.en)?\.ts$/.test(p));
  for (const file of messages) files.push({ file, ...tsSegments(file, { templatesOnly: false }) });
  const elements = TEMPLATE_DIRS.flatMap((dir) => listFiles(dir, (p) => p.endsWith('.ts') && !/messages|styles|\.d\.ts$/.test(p)));
  for (const file of elements) if (!TEXT_FILES.includes(file)) files.push({ file, ...tsSegments(file, { templatesOnly: true }) });
  for (const file of [...listFiles('demo', (p) => p.endsWith('.html') && !p.includes('/data/')), 'src/builder/builder.html', 'src/embed/embed.html']) {
    files.push({ file, ...htmlSegments(file) });
  }
  for (const file of listFiles('demo/questionnaires', (p) => p.endsWith('.json'))) files.push({ file, ...jsonSegments(file) });
  return files;
}

function lineOf(source, index) {
  return source.slice(0, index).split('\n').length;
}

/** All violations: `{ file, line, rule, message, excerpt }`. */
export function findViolations() {
  const found = [];
  for (const { file, source, segments } of collect()) {
    for (const segment of segments) {
      for (const v of checkText(segment.text, segment.lang).violations) {
        const excerpt = segment.text.slice(Math.max(0, v.index - 25), v.index + 15).replace(/\s+/g, ' ');
        found.push({ file, line: lineOf(source, segment.start), rule: v.rule, message: v.message, excerpt });
      }
    }
  }
  return found;
}

/** Rewrite the files with the fixable violations fixed (string contents only). */
function fix() {
  for (const { file, source, segments } of collect()) {
    const replacements = [];
    for (const seg of segments) {
      const { fixed } = checkText(seg.text, seg.lang);
      if (fixed !== seg.text) replacements.push(...seg.fix(fixed));
    }
    if (replacements.length === 0) continue;
    // Template segments give every part of their template: keep one replacement per range, the last.
    const byRange = new Map(replacements.map((r) => [`${r.start}:${r.end}`, r]));
    let out = source;
    for (const r of [...byRange.values()].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
    if (out !== source) {
      writeFileSync(join(ROOT, file), out);
      console.log(`fixed ${file}`);
    }
  }
}

function main() {
  if (process.argv.includes('--fix')) fix();
  const violations = findViolations();
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.message} — “${v.excerpt}”`);
  console.log(`${violations.length} typography violation(s)`);
  if (violations.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
