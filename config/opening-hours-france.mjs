/**
 * The opening_hours package carries data for every country and language; the finder asks it only
 * about France (country code "fr"; the overseas departments are French states there), with its
 * messages in English. `franceOnly` keeps, for what the finder runs:
 * - the public and school holidays of France only (the other countries' tables become empty);
 * - of the words it recognises across languages ("crossLocale": month and day names in some 100
 *   languages), the French and English ones. A value written in another language ("Montag–Freitag")
 *   is then not understood, and the finder shows it as written ("horaires non reconnus"), never as
 *   closed; French and English values read as before;
 * - its messages in English and French only;
 * and it builds the package's correction regexes once (see `cacheRegExps`).
 * The hours chunk goes from 115 to about 45 KB gzip and evaluates in about half the time. The build
 * (rollup.config.js), the browser tests (web-test-runner.config.mjs) and Storybook all apply it
 * (config/plugins.mjs), so the tests run what ships. It throws if the package's layout changes, so that a new version is looked at.
 */
import vm from 'node:vm';

export const OPENING_HOURS_FILE = /node_modules\/opening_hours\/build\/opening_hours\.esm\.mjs$/;

export function franceOnly(code) {
  return cacheRegExps(keepLanguages(keepFrenchHolidays(code)));
}

/**
 * The package builds its correction regexes (Unicode classes, case-insensitive) anew for every
 * token of every value: 25 for each position in the value, plus up to 197 for an unknown word. In
 * `node` the first parse took 19–23 ms (now 8–10) and each later one about 0.65 ms (now 0.25).
 * `capRegExp` keeps each regex once built (none has the `g` or `y` flag, so none carries state
 * from one use to the next), and one regex made of all the phrase patterns tells whether any of
 * them can match before they are tried one by one (the same first match). The sorted list of
 * corrections, made from constant data on every call, is also made once.
 */
function cacheRegExps(code) {
  const edits = [
    [
      '\nfunction index(value, nominatim_object, optional_conf_parm) {',
      `
/** Cap Numérique (config/opening-hours-france.mjs): regexes and correction lists built once. */
const capRegExps = new Map();
let capCorrectionEntries, capPhraseEntries, capPhrases;
function capRegExp(source, flags) {
    const key = flags + '/' + source;
    let re = capRegExps.get(key);
    if (re === undefined) capRegExps.set(key, (re = new RegExp(source, flags)));
    return re;
}
function index(value, nominatim_object, optional_conf_parm) {`,
    ],
    ['    const correction_entries = Object.entries(data$1)', '    const correction_entries = capCorrectionEntries ??= Object.entries(data$1)'],
    ['    const phrase_correction_entries = correction_entries.filter(', '    const phrase_correction_entries = capPhraseEntries ??= correction_entries.filter('],
    [
      `    const findPhraseCorrection = (input) => {
        for (const correction of phrase_correction_entries) {
            const match = input.match(new RegExp(`,
      `    capPhrases ??= new RegExp('^(?:' + phrase_correction_entries.map(({ pattern }) => pattern).join('|') + ')', 'iu');
    const findPhraseCorrection = (input) => {
        if (!capPhrases.test(input)) return undefined;
        for (const correction of phrase_correction_entries) {
            const match = input.match(capRegExp(`,
    ],
    ['        const ERROR_TOLERANCE_REGEX = new RegExp(', '        const ERROR_TOLERANCE_REGEX = capRegExp('],
    ["            new RegExp('^' + entry.pattern + '$', 'iu').test(word)", "            capRegExp('^' + entry.pattern + '$', 'iu').test(word)"],
  ];
  for (const [from, to] of edits) {
    const at = code.indexOf(from);
    if (at < 0 || code.indexOf(from, at + 1) >= 0) {
      throw new Error(`opening_hours: "${from.trim().slice(0, 60)}" is not where expected; review config/opening-hours-france.mjs`);
    }
    code = code.slice(0, at) + to + code.slice(at + from.length);
  }
  return code;
}

function keepFrenchHolidays(code) {
  const lines = code.split('\n');
  const start = lines.findIndex((line) => line.startsWith('const ad = {'));
  const end = lines.findIndex((line) => line.startsWith('var holiday_definitions = '));
  const heads = [];
  for (let i = start; i >= 0 && i < end; i++) if (/^const [a-z]{2} = \{/.test(lines[i])) heads.push(i);
  if (start < 0 || end < start || !heads.some((i) => lines[i].startsWith('const fr = {'))) {
    throw new Error('opening_hours: its holiday tables are not where expected; review config/opening-hours-france.mjs');
  }
  const kept = heads.flatMap((head, k) => {
    const country = lines[head].slice(6, 8);
    return country === 'fr' ? lines.slice(head, heads[k + 1] ?? end) : [`const ${country} = {};`];
  });
  return [...lines.slice(0, start), ...kept, ...lines.slice(end)].join('\n');
}

const LANGUAGES = new Set(['fr', 'en']);

/**
 * The object literal of `var name = {…};` (the package's own data: strings in double quotes, no
 * comments): `[start, end, value]`, `start` at its line, `end` after its `;`.
 */
function literal(code, name) {
  const head = `\nvar ${name} = {`;
  const start = code.indexOf(head);
  if (start < 0) throw new Error(`opening_hours: "${name}" is not where expected; review config/opening-hours-france.mjs`);
  const open = start + head.length - 1;
  let depth = 0;
  let end = -1;
  for (let i = open; i < code.length && end < 0; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) end = i + 1;
  }
  if (end < 0 || code[end] !== ';') throw new Error(`opening_hours: "${name}" does not end as expected; review config/opening-hours-france.mjs`);
  return [start, end + 1, vm.runInNewContext(`(${code.slice(open, end)})`)];
}

function keepLanguages(code) {
  // Words by spelling: [{ lang, meaning, type }].
  const [wordsStart, wordsEnd, words] = literal(code, 'crossLocale');
  const keptWords = {};
  for (const [word, meanings] of Object.entries(words)) {
    const kept = meanings.filter((m) => LANGUAGES.has(m.lang));
    if (kept.length > 0) keptWords[word] = kept;
  }
  if (!Object.values(keptWords).some((meanings) => meanings.some((m) => m.lang === 'fr'))) {
    throw new Error('opening_hours: no French word left in "crossLocale"; review config/opening-hours-france.mjs');
  }
  code = `${code.slice(0, wordsStart)}\nvar crossLocale = ${JSON.stringify(keptWords)};${code.slice(wordsEnd)}`;
  // Messages by language: { en: { texts }, de: …, fr: … }.
  const [dataStart, dataEnd, messages] = literal(code, 'data');
  if (!messages.en || !messages.fr) throw new Error('opening_hours: English or French messages missing; review config/opening-hours-france.mjs');
  return `${code.slice(0, dataStart)}\nvar data = ${JSON.stringify({ en: messages.en, fr: messages.fr })};${code.slice(dataEnd)}`;
}
