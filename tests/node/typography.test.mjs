// French typography in everything users read (scripts/typography.mjs): the project has no violation,
// and the rules catch what they should without flagging code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, collect, findViolations } from '../../scripts/typography.mjs';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

test('nothing users read breaks French typography (fix with: node scripts/typography.mjs --fix)', () => {
  const violations = findViolations();
  assert.deepEqual(
    violations.map((v) => `${v.file}:${v.line}: ${v.message} — “${v.excerpt}”`),
    [],
  );
});

test('reads the catalogs of every element, the data, the templates and the pages', () => {
  const files = collect().map((f) => f.file);
  for (const file of [
    'src/elements/maturity-quiz/messages.ts',
    'src/elements/maturity-quiz/messages.en.ts',
    'src/elements/results-gauge/messages.ts',
    'src/elements/support-finder/messages.ts',
    'src/elements/diagnostic/messages.ts',
    'src/elements/shared/messages.ts',
    'src/elements/maturity-quiz/maturity-quiz.ts',
    'src/elements/maturity-quiz/guidance.ts',
    'src/data/questionnaire.fr.ts',
    'src/data/questionnaire.en.ts',
    'src/data/recommendations.fr.ts',
    'src/data/demo-structures.ts',
    'src/builder/builder.ts',
    'src/builder/builder.html',
    'src/embed/embed.ts',
    'demo/index.html',
    'demo/en.html',
    'demo/questionnaires/benevolat.json',
  ]) {
    assert.ok(files.includes(file), file);
  }
  const texts = collect().flatMap((f) => f.segments.map((s) => s.text));
  assert.ok(texts.some((t) => t.startsWith('Diagnostic de maturité numérique')), 'the questionnaire title');
  assert.ok(texts.some((t) => t.includes('Uniquement des bénévoles')), 'a profile option');
  assert.ok(!texts.some((t) => t.startsWith('https://')), 'no bare URL');
});

test('French: U+202F before ; ! ? %, U+00A0 before : and inside guillemets, one apostrophe', () => {
  const cases = [
    ['Niveau : {level}', `Niveau${NBSP}: {level}`],
    ['Merci !', `Merci${NNBSP}!`],
    ['Vraiment?', `Vraiment${NNBSP}?`],
    ['11 % des dirigeants', `11${NNBSP}% des dirigeants`],
    ['{share} %', `{share}${NNBSP}%`],
    ['ici ; là', `ici${NNBSP}; là`],
    ['« Je ne sais pas »', `«${NBSP}Je ne sais pas${NBSP}»`],
    ["l'association", 'l’association'],
  ];
  for (const [text, fixed] of cases) {
    const result = checkText(text, 'fr');
    assert.ok(result.violations.length > 0, `flags ${text}`);
    assert.equal(result.fixed, fixed);
    assert.deepEqual(checkText(fixed, 'fr').violations, [], `accepts ${fixed}`);
  }
  assert.equal(checkText('Il a dit "non"', 'fr').violations[0].rule, 'quotes');
});

test('French: leaves code alone (URLs, placeholders, markup, times, entities)', () => {
  for (const text of [
    'Voir https://exemple.org/page?x=1&y=2 ou écrire à accueil@exemple.org',
    '{count} {count:ligne ignorée|lignes ignorées}',
    'ouvert Mo-Fr 09:00-12:00',
    'l’élément <script type="application/json">',
    'un&nbsp;espace',
    'Quoi ?!'.replace(' ', NNBSP),
  ]) {
    assert.deepEqual(checkText(text, 'fr').violations, [], text);
  }
});

test('English: no space before ; : ! ? %, and the same apostrophe', () => {
  assert.equal(checkText('Level : 3', 'en').fixed, 'Level: 3');
  assert.equal(checkText('24 %', 'en').fixed, '24%');
  assert.equal(checkText("association's", 'en').fixed, 'association’s');
  assert.deepEqual(checkText('Level: 3 — 24% of “leaders”; fine?', 'en').violations, []);
});
