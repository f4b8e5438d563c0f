// Issue 7, item 1: hostile inputs. Questionnaires, structure files (every format) and attributes
// with markup, event handlers, `javascript:` URLs, prototype-pollution keys, huge strings and
// files, deep nesting, wrong types, NaN and infinite numbers, invalid UTF-8, BOMs and empty files,
// given to the built dist/ through the loader snippet in plain pages WITHOUT a Content-Security-
// Policy (so that it is the library, not a policy, that stops them), a few again under the strict
// policy. For each case: the expected message (or the payload written out as text) is visible, no
// payload ran (`window.__pwned` stays 0, and every rendered link that is not http(s)/tel/mailto is
// clicked to make sure), nothing reached `window.onerror`, `Object.prototype` is untouched, and
// the valid data of the case is still usable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';
import { answerAll, assertClean, searchPlace } from './flows.mjs';

// ——— payloads ———
const IMG = '<img src=x onerror="__pwned++">';
const SCRIPT = '<script>__pwned++</script>';
const SVG = '<svg onload="__pwned++"></svg>';
const JS_URL = 'javascript:__pwned++';

const MINI = JSON.parse(readFileSync('tests/fixtures/mini-questionnaire.json', 'utf8'));
/** The mini questionnaire changed by `change(copy)`. */
function questionnaire(change = () => {}) {
  const copy = structuredClone(MINI);
  change(copy);
  return copy;
}

const VALID_NAME = 'Point d’appui témoin';
const VALID_ROW = { id: 'temoin', name: VALID_NAME, types: ['point-appui'], themes: ['outils'], lat: 50.6292, lon: 3.0573, city: 'Lille' };
const VALID_FILE = JSON.stringify({ structures: [VALID_ROW] });
const ownFile = (...rows) => JSON.stringify({ structures: [...rows, VALID_ROW] });

// ——— what a user checks ———

/** Start the quiz `selector`, answer everything, and see a score. */
const quizUsable = (selector) => async (t) => {
  const quiz = t.page.locator(selector);
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await answerAll(quiz);
  await quiz.getByRole('meter').waitFor();
};

/** The quiz `selector` shows its start screen and its first question. */
const quizStarts = (selector) => async (t) => {
  const quiz = t.page.locator(selector);
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await quiz.locator('fieldset').first().waitFor();
};

/** The finder `selector` lists these structures, and the first opens. */
const finderShows = (selector, ...names) => async (t) => {
  const finder = t.page.locator(selector);
  for (const name of names) await finder.getByRole('button', { name: `Voir le détail : ${name}` }).waitFor();
  await finder.getByRole('button', { name: `Voir le détail : ${names[0]}` }).click();
  await finder.getByRole('heading', { level: 2, name: names[0] }).waitFor();
};

const quizPage = (attrs, control = true) =>
  `<cap-maturity-quiz id="q" persist="none" ${attrs}></cap-maturity-quiz>` +
  (control ? '<cap-maturity-quiz id="control" persist="none" src="/tests/fixtures/mini-questionnaire.json"></cap-maturity-quiz>' : '');
const finderPage = (src, attrs = '') => `<cap-support-finder id="f" src="${src}" ${attrs}></cap-support-finder>`;

/** Open the detail of `name` in the finder `selector` (hostile fields show there). */
const openDetail = (name, selector = '#f') => async (t) => {
  const finder = t.page.locator(selector);
  await finder.getByRole('button', { name: `Voir le détail : ${name}` }).click();
  await finder.locator('[part="detail"]').waitFor();
};

/** Open the finder's data report (collapsed after the list and the map, drawn just after the first list). */
const openReport = (selector = '#f') => async (t) => {
  await t.page.locator(selector).locator('[part="report"] summary').click();
};

/** One action after another. */
const then = (...acts) => async (t) => {
  for (const act of acts) await act(t);
};

const startQuiz = (selector = '#q') => async (t) => {
  await t.page.locator(selector).getByRole('button', { name: 'Commencer' }).click();
};

const setProperty = (selector, name, make) => async (t) => {
  await t.page.evaluate(
    async ({ selector, name, make }) => {
      const el = document.querySelector(selector);
      await customElements.whenDefined(el.localName);
      // The test builds hostile objects from source text.
      el[name] = new Function(`return (${make})`)();
    },
    { selector, name, make },
  );
};

/** Deeply nested JSON text: `[[[…]]]` `depth` levels deep. */
const nested = (depth) => '['.repeat(depth) + ']'.repeat(depth);

/** Bytes of a text in Latin-1 (what French spreadsheets often save): invalid UTF-8. */
const latin1 = (text) => Buffer.from(text, 'latin1');
/** A text as UTF-16 LE with its BOM (Windows Notepad's "Unicode"). */
const utf16 = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const CSV_HEADER = 'nom,type,themes,adresse,code_postal,commune,latitude,longitude,telephone,email,site_web,horaires,gratuit,description';
const VALID_CSV_LINE = `${VALID_NAME},Point d'appui à la vie associative,Outils,1 rue du Test,59000,Lille,50.6292,3.0573,,,,,oui,Témoin`;
const LAMEDNUM_HEADER = 'id,pivot,nom,commune,code_postal,latitude,longitude,typologie,services,site_web,prise_rdv,fiche_acces_libre,horaires,presentation_resume,courriels,telephone';
const csvCell = (s) => `"${String(s).replace(/"/g, '""')}"`;

/**
 * The cases. `files` are served under /h/ (string or Buffer, with a content type from the
 * extension); `body` is the page's content; `act` drives the page to where the message shows;
 * `expect` is text that must be visible inside `within`; `valid` checks the valid data;
 * `alsoUnderCsp` runs the case a second time under the strict policy.
 */
const CASES = [
  // ——— questionnaires: markup, handlers and links in every text field ———
  {
    name: 'questionnaire: markup in the title and intro is written out on the start screen',
    alsoUnderCsp: true,
    files: { 'q.json': questionnaire((q) => ((q.title = `Titre ${IMG}`), (q.intro = `Intro ${SCRIPT}`))) },
    body: quizPage('src="/h/q.json"', false),
    within: '#q',
    expect: `Titre ${IMG}`,
    valid: quizUsable('#q'),
  },
  {
    name: 'questionnaire: markup in a question label, help and option labels is written out',
    alsoUnderCsp: true,
    files: {
      'q.json': questionnaire((q) => {
        q.questions[0].label = `Question ${SVG}`;
        q.questions[0].help = `Aide ${SCRIPT}`;
        q.questions[0].options[0].label = `Option ${IMG}`;
      }),
    },
    body: quizPage('src="/h/q.json"', false),
    act: startQuiz(),
    within: '#q',
    expect: `Option ${IMG}`,
    valid: async (t) => {
      await t.page.locator('#q').getByText(`Aide ${SCRIPT}`).waitFor();
      await t.page.locator('#q').getByText(`Question ${SVG}`).first().waitFor();
      await answerAll(t.page.locator('#q'));
      await t.page.locator('#q').getByRole('meter').waitFor();
    },
  },
  {
    name: 'questionnaire: markup in dimension and level labels is written out in the results',
    files: {
      'q.json': questionnaire((q) => {
        q.dimensions[0].label = `Outils ${IMG}`;
        for (const level of q.levels) level.label = `Niveau ${SCRIPT}`;
        for (const level of q.levels) level.description = `Description ${SVG}`;
      }),
    },
    body: quizPage('src="/h/q.json"', false),
    act: quizUsable('#q'),
    within: '#q',
    expect: `Outils ${IMG}`,
    valid: async (t) => {
      await t.page.locator('#q').getByText(`Niveau : Niveau ${SCRIPT}`).filter({ visible: true }).first().waitFor();
      assert.match(await t.page.locator('#q').getByRole('meter').getAttribute('aria-valuetext'), /niveau Niveau <script>/);
    },
  },
  {
    name: 'questionnaire: a javascript: link in a next step is refused with its path',
    files: { 'q.json': questionnaire((q) => (q.dimensions[0].recommendations.bas[0].url = JS_URL)) },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: 'dimensions[0].recommendations.bas[0].url : expected an http(s) URL',
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire: a "  JaVaScRiPt:" link with spaces and mixed case is refused too',
    files: { 'q.json': questionnaire((q) => (q.dimensions[0].recommendations.haut[0].url = '  JaVaScRiPt:__pwned++//https://x.fr')) },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: 'dimensions[0].recommendations.haut[0].url : expected an http(s) URL',
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire in <cap-diagnostic>: markup in next steps and link labels is written out, the link stays http(s)',
    alsoUnderCsp: true,
    files: {
      'q.json': questionnaire((q) => {
        q.dimensions[0].recommendations.bas = [{ text: `Étape ${IMG}`, url: 'https://example.org/aide', linkLabel: `Lien ${SCRIPT}` }];
        q.dimensions[0].recommendations.haut = q.dimensions[0].recommendations.bas;
        q.dimensions[1].recommendations = q.dimensions[0].recommendations;
      }),
    },
    body: '<cap-diagnostic id="d" persist="none" questionnaire-src="/h/q.json"></cap-diagnostic>',
    act: async (t) => {
      const d = t.page.locator('#d');
      await d.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      await answerAll(d);
    },
    within: '#d',
    expect: `Étape ${IMG}`,
    valid: async (t) => {
      const link = t.page.locator('#d').getByRole('link', { name: `Lien ${SCRIPT}` }).first();
      assert.equal(await link.getAttribute('href'), 'https://example.org/aide');
    },
  },
  {
    name: 'questionnaire inline (<script type="application/json"> child): markup in texts is written out',
    body: `<cap-maturity-quiz id="q" persist="none"><script type="application/json">${JSON.stringify(
      questionnaire((q) => (q.title = `Inline ${IMG}`)),
    ).replace(/</g, '\\u003c')}</script></cap-maturity-quiz>`,
    within: '#q',
    expect: `Inline ${IMG}`,
    valid: quizUsable('#q'),
  },
  {
    name: 'questionnaire property: markup in texts is written out',
    body: quizPage('', false),
    act: setProperty('#q', 'questionnaire', JSON.stringify(questionnaire((q) => (q.title = `Propriété ${SCRIPT}`)))),
    within: '#q',
    expect: `Propriété ${SCRIPT}`,
    valid: quizUsable('#q'),
  },
  // ——— questionnaires: prototype pollution ———
  {
    name: 'questionnaire: "__proto__" and "constructor" keys pollute nothing and are ignored',
    files: {
      'q.json': JSON.stringify(questionnaire((q) => (q.title = 'Sans pollution'))).replace(
        /^\{/,
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      ).replace('"label": "Quels outils', '"__proto__": {"polluted": true}, "label": "Quels outils'),
    },
    body: quizPage('src="/h/q.json"', false),
    within: '#q',
    expect: 'Sans pollution',
    valid: quizUsable('#q'),
  },
  {
    name: 'questionnaire: question ids "__proto__" and "constructor" are answered and scored like any other',
    alsoUnderCsp: true,
    files: {
      'q.json': questionnaire((q) => {
        q.questions[0].id = '__proto__';
        q.questions[1].id = 'constructor';
        q.questions[2].id = 'toString';
        q.questions[3].showIf.question = 'toString';
      }),
    },
    body: quizPage('src="/h/q.json"', false),
    act: quizUsable('#q'),
    within: '#q',
    expect: 'Vos résultats',
    valid: async (t) => {
      const answers = await t.page.evaluate(() => Object.keys(document.querySelector('#q').answers).sort());
      assert.deepEqual(answers, ['__proto__', 'constructor', 'q-scale', 'toString']);
      const results = await t.page.evaluate(() => document.querySelector('#q').results);
      assert.deepEqual(results.dimensions.map((d) => d.answered), [2, 2]);
    },
  },
  {
    name: 'questionnaire: dimension and level ids "__proto__" / "constructor" work as ids',
    files: {
      'q.json': questionnaire((q) => {
        q.dimensions[0].id = 'constructor';
        q.questions[0].dimension = 'constructor';
        q.questions[1].dimension = 'constructor';
        q.levels[0].id = '__proto__';
        q.dimensions[0].recommendations = { __proto__: [{ text: 'Première étape' }] };
      }),
    },
    body: quizPage('src="/h/q.json"', false),
    act: quizUsable('#q'),
    within: '#q',
    expect: 'Vos résultats',
    valid: async (t) => {
      const results = await t.page.evaluate(() => document.querySelector('#q').results);
      assert.deepEqual(results.dimensions.map((d) => d.id), ['constructor', 'donnees']);
    },
  },
  {
    name: 'answers property: "__proto__", unknown questions and wrong types are dropped',
    files: { 'q.json': questionnaire() },
    body: quizPage('src="/h/q.json"', false),
    act: async (t) => {
      await t.page.locator('#q').getByRole('button', { name: 'Commencer' }).waitFor();
      await t.page.evaluate(() => {
        document.querySelector('#q').answers = JSON.parse(
          '{"__proto__": {"polluted": true}, "q-single": {"toString": 1}, "q-multiple": [1, "agenda"], "q-yesno": "yes", "nope": "x"}',
        );
      });
    },
    within: '#q',
    expect: 'Commencer',
    valid: async (t) => {
      assert.deepEqual(await t.page.evaluate(() => document.querySelector('#q').answers), { 'q-yesno': 'yes' });
      await quizStarts('#q')(t);
    },
  },
  // ——— questionnaires: sizes, nesting, types, numbers ———
  {
    name: 'questionnaire: a 1 MB title is refused with its path and the limit',
    files: { 'q.json': questionnaire((q) => (q.title = 'A'.repeat(1_000_000))) },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: /title\s: .*20000/,
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire: a 12 MB file with 5,000 questions is refused with the limit',
    files: {
      'q.json': questionnaire((q) => {
        q.questions = Array.from({ length: 5000 }, (_, i) => ({
          ...MINI.questions[0],
          id: `q${i}`,
          help: 'x'.repeat(2000),
        }));
      }),
    },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: 'questions : has more than 500 items',
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire: 100,000 levels of nesting in a text are refused with the path',
    files: { 'q.json': JSON.stringify(questionnaire((q) => (q.intro = '@@NESTED@@'))).replace('"@@NESTED@@"', nested(100_000)) },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: /intro\s: /,
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire: wrong types are reported each with its path',
    files: {
      'q.json': questionnaire((q) => {
        q.questions[0].options[1].score = '1';
        q.questions = [...q.questions, 'question', null];
        q.levels[1].min = true;
      }),
    },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: 'questions[0].options[1].score : expected a number, got string',
    valid: async (t) => {
      await t.page.locator('#q').getByText('questions[4] : expected an object, got string').waitFor();
      await t.page.locator('#q').getByText('levels[1].min : expected a number, got boolean').waitFor();
      await quizUsable('#control')(t);
    },
  },
  {
    name: 'questionnaire: not an object (a list, null, a number) is refused',
    files: { 'q.json': '[]', 'n.json': 'null', 'x.json': '42' },
    body: `<cap-maturity-quiz id="q" persist="none" src="/h/q.json"></cap-maturity-quiz>
      <cap-maturity-quiz id="n" persist="none" src="/h/n.json"></cap-maturity-quiz>
      <cap-maturity-quiz id="x" persist="none" src="/h/x.json"></cap-maturity-quiz>
      <cap-maturity-quiz id="control" persist="none" src="/tests/fixtures/mini-questionnaire.json"></cap-maturity-quiz>`,
    within: '#q',
    expect: 'expected an object, got an array',
    valid: async (t) => {
      await t.page.locator('#n').getByText('expected an object, got null').waitFor();
      await t.page.locator('#x').getByText('expected an object, got number').waitFor();
      await quizUsable('#control')(t);
    },
  },
  {
    name: 'questionnaire: an infinite number (1e999 in JSON) is named as such',
    files: { 'q.json': JSON.stringify(questionnaire()).replace('"score":2', '"score":1e999') },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: 'questions[0].options[2].score : expected a finite number, got Infinity',
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire property: NaN, Infinity and -Infinity are named as such',
    body: quizPage(''),
    act: setProperty(
      '#q',
      'questionnaire',
      `(() => { const q = ${JSON.stringify(MINI)}; q.questions[0].options[0].score = NaN; q.questions[0].weight = Infinity; q.levels[1].min = -Infinity; return q; })()`,
    ),
    within: '#q',
    expect: 'questions[0].options[0].score : expected a finite number, got NaN',
    valid: async (t) => {
      await t.page.locator('#q').getByText('questions[0].weight : expected a finite number, got Infinity').waitFor();
      await t.page.locator('#q').getByText('levels[1].min : expected a finite number, got -Infinity').waitFor();
      await quizUsable('#control')(t);
    },
  },
  {
    name: 'questionnaire: NaN written in the JSON is a JSON error quoting where',
    files: { 'q.json': JSON.stringify(questionnaire()).replace('"score":0', '"score":NaN') },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: /Le contenu de \/h\/q\.json n’est pas du JSON valide\s: Unexpected token 'N', .*"score":NaN/,
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire property: a getter that throws and a cycle are refused, nothing thrown to the page',
    body: quizPage(''),
    act: setProperty(
      '#q',
      'questionnaire',
      `(() => { const q = ${JSON.stringify(MINI)}; Object.defineProperty(q, 'title', { enumerable: true, get() { throw new Error('piège'); } }); q.self = q; return q; })()`,
    ),
    within: '#q',
    expect: 'la propriété questionnaire',
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire property: a Proxy that throws on every access is refused',
    body: quizPage(''),
    act: setProperty('#q', 'questionnaire', `new Proxy({}, { get() { throw new Error('piège'); }, ownKeys() { throw new Error('piège'); }, getOwnPropertyDescriptor() { throw new Error('piège'); }, has() { throw new Error('piège'); } })`),
    within: '#q',
    expect: 'la propriété questionnaire',
    valid: quizUsable('#control'),
  },
  // ——— questionnaires: encodings and empty files ———
  {
    name: 'questionnaire: a UTF-8 BOM is accepted',
    files: { 'q.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(questionnaire((q) => (q.title = 'Avec BOM'))))]) },
    body: quizPage('src="/h/q.json"', false),
    within: '#q',
    expect: 'Avec BOM',
    valid: quizUsable('#q'),
  },
  {
    name: 'questionnaire: invalid UTF-8 (a Latin-1 file) is refused, saying the encoding',
    alsoUnderCsp: true,
    files: { 'q.json': latin1(JSON.stringify(questionnaire((q) => (q.title = 'Diagnostic de l’été'.replace('’', "'"))))) },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: /\/h\/q\.json n’est pas encodé en UTF-8/,
    valid: quizUsable('#control'),
  },
  {
    name: 'questionnaire: a UTF-16 file with its byte-order mark is read as such',
    files: { 'q.json': utf16(JSON.stringify(questionnaire((q) => (q.title = 'Enregistré en UTF-16 : été')))) },
    body: quizPage('src="/h/q.json"', false),
    within: '#q',
    expect: 'Enregistré en UTF-16 : été',
    valid: quizUsable('#q'),
  },
  {
    name: 'questionnaire: an empty file and a blank inline child are called empty',
    files: { 'q.json': '' },
    body: quizPage('src="/h/q.json"') + '<cap-maturity-quiz id="inline" persist="none"><script type="application/json"> \n </script></cap-maturity-quiz>',
    within: '#q',
    expect: 'Le contenu de /h/q.json est vide.',
    valid: async (t) => {
      await t.page.locator('#inline').getByText('Le contenu de l’élément <script type="application/json"> est vide.').waitFor();
      await quizUsable('#control')(t);
    },
  },
  {
    name: 'questionnaire: an HTML page instead of JSON (a CMS error page) is a JSON error',
    files: { 'q.json': `<!doctype html><title>Erreur</title>${IMG}${SCRIPT}` },
    body: quizPage('src="/h/q.json"'),
    within: '#q',
    expect: /Le contenu de \/h\/q\.json n’est pas du JSON valide/,
    valid: quizUsable('#control'),
  },

  // ——— quiz and gauge attributes ———
  {
    name: 'quiz src="javascript:…": a load failure message, nothing run',
    body: quizPage(`src="${JS_URL}"`),
    within: '#q',
    expect: `Le fichier ${JS_URL} n’a pas pu être chargé`,
    valid: quizUsable('#control'),
  },
  {
    name: 'quiz lang, persist and layout with markup fall back to the defaults',
    body: `<cap-maturity-quiz id="q" lang='${IMG}' persist="__proto__" layout='${SCRIPT}'></cap-maturity-quiz>`,
    within: '#q',
    expect: 'Commencer',
    valid: quizUsable('#q'),
  },
  {
    name: 'quiz load-timeout="NaN" / "-1": the questionnaire still loads (the default time-out applies)',
    files: { 'q.json': questionnaire((q) => (q.title = 'Chargé malgré le délai')) },
    body: `<cap-maturity-quiz id="q" persist="none" load-timeout="NaN" src="/h/q.json"></cap-maturity-quiz>
      <cap-maturity-quiz id="r" persist="none" load-timeout="-1" src="/h/q.json"></cap-maturity-quiz>`,
    within: '#q',
    expect: 'Chargé malgré le délai',
    valid: async (t) => {
      await t.page.locator('#r').getByText('Chargé malgré le délai').waitFor();
      await quizUsable('#q')(t);
    },
  },
  {
    name: 'gauge value NaN, Infinity, -5, 1e999 and markup: each says its value is not a score',
    body: ['NaN', 'Infinity', '-5', '1e999', IMG]
      .map((v, i) => `<cap-results-gauge id="g${i}" value='${v}'></cap-results-gauge>`)
      .join('') + '<cap-results-gauge id="ok" value="62"></cap-results-gauge>',
    within: '#g0',
    expect: 'La valeur « NaN » de l’attribut value n’est pas un score entre 0 et 100.',
    valid: async (t) => {
      for (const [i, v] of ['Infinity', '-5', '1e999', IMG].entries()) {
        await t.page.locator(`#g${i + 1}`).getByText(`La valeur « ${v} » de l’attribut value n’est pas un score entre 0 et 100.`).waitFor();
      }
      assert.equal(await t.page.locator('#ok').getByRole('meter').getAttribute('aria-valuenow'), '62');
    },
  },
  {
    name: 'gauge for= with markup or "__proto__": an empty gauge, no match, nothing run',
    body: `<cap-results-gauge id="g" for='${IMG}'></cap-results-gauge><cap-results-gauge id="h" for="__proto__"></cap-results-gauge>
      <cap-maturity-quiz id="__proto__" persist="none" src="/tests/fixtures/mini-questionnaire.json"></cap-maturity-quiz>`,
    within: '#g',
    expect: 'Pas encore de résultat',
    valid: async (t) => {
      await quizUsable('[id="__proto__"]')(t);
      await t.page.locator('#h').getByRole('meter').waitFor();
    },
  },
  {
    name: 'gauge results property: an unknown level with markup, a NaN score and a missing list are reported; the score is drawn',
    body: '<cap-results-gauge id="g"></cap-results-gauge>',
    act: setProperty('#g', 'results', `{ questionnaireId: 'x', version: 1, score: 62, level: ${JSON.stringify(IMG)}, dimensions: [{ id: 'outils', score: NaN, level: null, answered: 1 }], weakest: [], themes: [], completedAt: 'x' }`),
    within: '#g',
    expect: `level : unknown level "${IMG}"`,
    valid: async (t) => {
      assert.equal(await t.page.locator('#g').getByRole('meter').getAttribute('aria-valuenow'), '62');
    },
  },

  // ——— structure files: our JSON ———
  {
    name: 'structures (our JSON): markup in every text field is written out in the list and the detail',
    alsoUnderCsp: true,
    files: {
      's.json': ownFile({
        id: IMG,
        name: `Structure ${IMG}`,
        lat: 50.63,
        lon: 3.06,
        address: `Rue ${SCRIPT}`,
        city: `Ville ${SVG}`,
        postcode: SCRIPT,
        description: `Description ${IMG}\n${SCRIPT}`,
        phone: `${JS_URL}<b>`,
        hours: `Mo-Fr ${SCRIPT}`,
        source: `Source ${SVG}`,
        updatedAt: SCRIPT,
        types: [IMG],
        themes: [SCRIPT],
      }),
    },
    body: finderPage('/h/s.json'),
    act: openDetail(`Structure ${IMG}`),
    within: '#f',
    expect: `Description ${IMG}`,
    valid: async (t) => {
      const f = t.page.locator('#f');
      await f.getByText(`Rue ${SCRIPT}`).waitFor();
      await f.getByText(`Source ${SVG}`).waitFor();
      await f.getByRole('button', { name: /Retour à la liste/ }).click();
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'structures (our JSON): javascript:, data: and vbscript: links are dropped, never rendered',
    alsoUnderCsp: true,
    files: {
      's.json': ownFile({
        name: 'Liens piégés',
        lat: 50.63,
        lon: 3.06,
        website: JS_URL,
        appointmentUrl: 'data:text/html,<script>parent.__pwned++</script>',
        accessibility: ' JaVa\tScRiPt:__pwned++',
        email: `x@example.org" onmouseover="__pwned++`,
      }),
    },
    body: finderPage('/h/s.json'),
    act: openDetail('Liens piégés'),
    within: '#f',
    expect: 'Itinéraire sur OpenStreetMap',
    valid: async (t) => {
      const hrefs = await t.page.locator('#f [part="detail"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.every((h) => /^https:\/\/www\.openstreetmap\.org\//.test(h)), hrefs.join('\n'));
      await t.page.locator('#f').getByRole('button', { name: /Retour à la liste/ }).click();
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'structures (our JSON): "__proto__" and "constructor" keys pollute nothing; the rows are read',
    files: {
      's.json': `{"__proto__": {"polluted": true}, "structures": [{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "name": "Sans pollution", "lat": 50.6, "lon": 3.1, "toString": "x", "hasOwnProperty": 1}, ${JSON.stringify(VALID_ROW)}]}`,
    },
    body: finderPage('/h/s.json'),
    within: '#f',
    expect: 'Sans pollution',
    valid: finderShows('#f', 'Sans pollution', VALID_NAME),
  },
  {
    name: 'structures (our JSON): wrong types skip the row, counted by reason',
    files: {
      's.json': ownFile(
        { name: ['liste'], lat: 50.6, lon: 3.1 },
        { name: { fr: 'objet' }, lat: 50.6, lon: 3.1 },
        { name: 'Coordonnées texte', lat: 'nord', lon: true },
        { name: 'Coordonnées objet', lat: { v: 1 }, lon: [3] },
        'une chaîne',
        null,
        42,
      ),
    },
    body: finderPage('/h/s.json'),
    act: openReport(),
    within: '#f',
    expect: '7 ignorées : ligne illisible (3), nom manquant (2), coordonnées invalides (2)',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures (our JSON): NaN, Infinity and 1e999 coordinates skip the row as invalid',
    files: {
      's.json': `{"structures": [{"name": "A", "lat": 1e999, "lon": 3}, {"name": "B", "lat": "NaN", "lon": "3"}, {"name": "C", "lat": "Infinity", "lon": "-Infinity"}, {"name": "D", "lat": 50.6, "lon": "1e400"}, ${JSON.stringify(VALID_ROW)}]}`,
    },
    body: finderPage('/h/s.json'),
    act: openReport(),
    within: '#f',
    expect: '4 ignorées : coordonnées invalides (4)',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures (our JSON): a 1 MB name and description are cut, and the page does not grow sideways',
    files: { 's.json': ownFile({ name: 'N'.repeat(1_000_000), description: 'D'.repeat(1_000_000), lat: 50.63, lon: 3.06 }) },
    body: finderPage('/h/s.json'),
    within: '#f',
    expect: 'N'.repeat(200),
    valid: async (t) => {
      const shown = await t.page.locator('#f .item-button').evaluateAll((bs) => Math.max(...bs.map((b) => b.textContent.trim().length)));
      assert.ok(shown <= 20_000, `a name of ${shown} characters`);
      assert.ok(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'horizontal scroll');
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'structures (our JSON): 100,000 levels of nesting are read without a stack overflow',
    files: { 's.json': `{"structures": [${nested(100_000)}, {"name": ${nested(50_000)}, "lat": 50.6, "lon": 3.1}, ${JSON.stringify(VALID_ROW)}]}` },
    body: finderPage('/h/s.json'),
    act: openReport(),
    within: '#f',
    expect: '2 ignorées : ligne illisible (1), nom manquant (1)',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures (our JSON): a 30 MB file of 200,000 rows without coordinates is counted, the valid row shown',
    files: {
      's.json': `{"structures": [${Array.from({ length: 200_000 }, (_, i) => `{"name": "Sans position ${i} ${'x'.repeat(100)}"}`).join(',')}, ${JSON.stringify(VALID_ROW)}]}`,
    },
    body: finderPage('/h/s.json'),
    act: openReport(),
    within: '#f',
    // fr-FR writes 200 000 with a narrow no-break space.
    expect: /^200\s000 ignorées\s: coordonnées absentes \(200\s000\)$/,
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures property: getters that throw and a Proxy skip rows, nothing thrown to the page',
    body: '<cap-support-finder id="f"></cap-support-finder>',
    act: then(
      setProperty(
        '#f',
        'structures',
        `[{ get name() { throw new Error('piège'); }, lat: 50.6, lon: 3.1 }, new Proxy({}, { ownKeys() { throw new Error('piège'); } }), ${JSON.stringify(VALID_ROW)}]`,
      ),
      openReport(),
    ),
    within: '#f',
    expect: '2 ignorées',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures inline JSON child: markup in texts is written out',
    body: `<cap-support-finder id="f"><script type="application/json">${ownFile({ name: `Inline ${IMG}`, lat: 50.6, lon: 3.1 }).replace(/</g, '\\u003c')}</script></cap-support-finder>`,
    within: '#f',
    expect: `Inline ${IMG}`,
    valid: finderShows('#f', `Inline ${IMG}`, VALID_NAME),
  },
  // ——— structure files: GeoJSON ———
  {
    name: 'structures (GeoJSON): markup in properties is written out; polygons and text coordinates are skipped',
    alsoUnderCsp: true,
    files: {
      's.geojson': JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: IMG, geometry: { type: 'Point', coordinates: [3.06, 50.63] }, properties: { name: `GeoJSON ${IMG}`, website: JS_URL, description: SCRIPT } },
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[3, 50], [3.1, 50], [3, 50.1], [3, 50]]] }, properties: { name: 'Polygone' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: ['3.06', 'x'] }, properties: { name: 'Texte' } },
          { type: 'Feature', geometry: null, properties: { name: 'Sans géométrie' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [3.06, 50.63] }, properties: { name: VALID_NAME } },
        ],
      }),
    },
    body: finderPage('/h/s.geojson'),
    act: openReport(),
    within: '#f',
    expect: '3 ignorées : coordonnées invalides (2), coordonnées absentes (1)',
    valid: finderShows('#f', `GeoJSON ${IMG}`, VALID_NAME),
  },
  {
    name: 'structures (GeoJSON): "__proto__" properties and features pollute nothing',
    files: {
      's.geojson': `{"type": "FeatureCollection", "__proto__": {"polluted": 1}, "features": [{"type": "Feature", "__proto__": {"polluted": 1}, "geometry": {"type": "Point", "coordinates": [3.06, 50.63], "__proto__": {"polluted": 1}}, "properties": {"__proto__": {"polluted": 1}, "constructor": "x", "name": "GeoJSON sain"}}, {"type": "Feature", "geometry": {"type": "Point", "coordinates": [3.06, 50.63]}, "properties": {"name": "${VALID_NAME}"}}]}`,
    },
    body: finderPage('/h/s.geojson'),
    within: '#f',
    expect: 'GeoJSON sain',
    valid: finderShows('#f', 'GeoJSON sain', VALID_NAME),
  },
  // ——— structure files: LaMednum CSV and JSON ———
  {
    name: 'structures (LaMednum CSV): markup and javascript: links in every column are neutralised',
    alsoUnderCsp: true,
    files: {
      's.csv': [
        LAMEDNUM_HEADER,
        ['lm-1', '13000000000018', `LaMednum ${IMG}`, `Ville ${SCRIPT}`, '59000', '50.63', '3.06', 'EPN', `Aide aux démarches administratives|${SCRIPT}`, JS_URL, JS_URL, JS_URL, `Mo ${IMG}`, `Présentation ${SVG}`, `${IMG}@x.fr`, JS_URL].map(csvCell).join(','),
        ['lm-2', '13000000000019', VALID_NAME, 'Lille', '59000', '50.6292', '3.0573', 'EPN', '', '', '', '', '', '', '', ''].map(csvCell).join(','),
      ].join('\n'),
    },
    body: finderPage('/h/s.csv'),
    act: openDetail(`LaMednum ${IMG}`),
    within: '#f',
    expect: `Présentation ${SVG}`,
    valid: async (t) => {
      await t.page.locator('#f').getByText(`Ville ${SCRIPT}`).first().waitFor();
      await t.page.locator('#f').getByRole('button', { name: /Retour à la liste/ }).click();
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'structures (LaMednum JSON): "__proto__" rows and wrong types; the valid place is shown',
    files: {
      's.json': `[{"pivot": "13000000000018", "__proto__": {"polluted": 1}, "nom": "LaMednum sain", "latitude": 50.63, "longitude": 3.06, "code_postal": "59000", "services": {"__proto__": 1}, "typologie": 42, "horaires": ["Mo"]}, {"pivot": "x", "nom": ["liste"], "latitude": 50.6, "longitude": 3.1}, {"pivot": "13000000000019", "nom": "${VALID_NAME}", "latitude": 50.6292, "longitude": 3.0573}]`,
    },
    body: finderPage('/h/s.json'),
    act: openReport(),
    within: '#f',
    expect: 'nom manquant',
    valid: finderShows('#f', 'LaMednum sain', VALID_NAME),
  },
  // ——— structure files: data·inclusion ———
  {
    name: 'structures (data·inclusion): markup, javascript: links and "__proto__" / "constructor" ids are neutralised',
    alsoUnderCsp: true,
    files: {
      's.json': JSON.stringify({
        structures: [
          { source: 'di', id: '__proto__', nom: `Data inclusion ${IMG}`, date_maj: '2025-01-01', latitude: 50.63, longitude: 3.06, site_web: JS_URL, description: SCRIPT, thematiques: [SCRIPT, 'numerique'] },
          { source: 'di', id: 'constructor', nom: VALID_NAME, date_maj: '2025-01-01', latitude: 50.6292, longitude: 3.0573 },
        ],
        services: [
          { structure_id: '__proto__', thematiques: ['numerique--maitriser-les-fondamentaux-du-numerique'], prise_rdv: JS_URL, frais: [SCRIPT] },
          { structure_id: 'constructor', thematiques: 'numerique', prise_rdv: 'https://example.org/rdv' },
          { structure_id: 'toString', thematiques: ['x'] },
        ],
      }),
    },
    body: finderPage('/h/s.json'),
    act: openDetail(`Data inclusion ${IMG}`),
    within: '#f',
    expect: `Data inclusion ${IMG}`,
    valid: async (t) => {
      await t.page.locator('#f').getByText('Formation').first().waitFor();
      await t.page.locator('#f').getByRole('button', { name: /Retour à la liste/ }).click();
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  // ——— structure files: plain CSV ———
  {
    name: 'structures (plain CSV): markup in cells is written out; "__proto__" and "constructor" columns are ignored',
    files: {
      's.csv': `__proto__,constructor,${CSV_HEADER}\n${['{"polluted":1}', 'x', `CSV ${IMG}`, SCRIPT, SCRIPT, SVG, '59000', `Ville ${SCRIPT}`, '50.63', '3.06', JS_URL, JS_URL, JS_URL, SCRIPT, SCRIPT, IMG].map(csvCell).join(',')}\nx,y,${VALID_CSV_LINE}\n`,
    },
    body: finderPage('/h/s.csv'),
    within: '#f',
    expect: `CSV ${IMG}`,
    valid: finderShows('#f', `CSV ${IMG}`, VALID_NAME),
  },
  {
    name: 'structures (plain CSV): NaN, Infinity and text coordinates are counted as invalid',
    files: { 's.csv': `${CSV_HEADER}\nA,,,,,,NaN,3,,,,,,\nB,,,,,,Infinity,-Infinity,,,,,,\nC,,,,,,1e999,3,,,,,,\nD,,,,,,nord,est,,,,,,\n${VALID_CSV_LINE}\n` },
    body: finderPage('/h/s.csv'),
    act: openReport(),
    within: '#f',
    expect: '4 ignorées : coordonnées invalides (4)',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures (plain CSV): a UTF-8 BOM and a semicolon are read',
    files: { 's.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${CSV_HEADER.replace(/,/g, ';')}\n${VALID_CSV_LINE.replace(/,/g, ';')}\n`)]) },
    body: finderPage('/h/s.csv'),
    within: '#f',
    expect: VALID_NAME,
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'structures (plain CSV): invalid UTF-8 (Latin-1) is read as Windows-1252 with a visible warning about the encoding',
    files: { 's.csv': latin1(`${CSV_HEADER}\nCrèche numérique,,,,,,50.63,3.06,,,,,,\n${VALID_CSV_LINE.replace('’', "'")}\n`) },
    body: finderPage('/h/s.csv'),
    within: '#f',
    expect: 'Le fichier s.csv n’est pas encodé en UTF-8 : il a été lu en Windows-1252',
    valid: finderShows('#f', 'Crèche numérique', VALID_NAME.replace('’', "'")),
  },
  {
    name: 'structures (plain CSV): a UTF-16 file with its byte-order mark (Excel "texte Unicode", tabs) is read',
    files: { 's.csv': utf16(`${CSV_HEADER.replace(/,/g, '\t')}\nÉté numérique\t\t\t\t\t\t50.63\t3.06\t\t\t\t\t\t\n${VALID_CSV_LINE.replace(/,/g, '\t')}\n`) },
    body: finderPage('/h/s.csv'),
    within: '#f',
    expect: 'Été numérique',
    valid: finderShows('#f', 'Été numérique', VALID_NAME),
  },
  {
    name: 'structures: an empty file and a blank file are called empty; the other source is shown',
    files: { 'e.csv': '', 'b.json': ' \n\t\n', 'ok.json': VALID_FILE },
    body: finderPage('/h/e.csv /h/b.json /h/ok.json'),
    within: '#f',
    expect: 'Le fichier e.csv est vide.',
    valid: async (t) => {
      await t.page.locator('#f').getByText('Le fichier b.json est vide.').waitFor();
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'structures: an HTML page, NaN in JSON and "null" are unknown formats with the reason; the other source is shown',
    files: { 'h.json': `<!doctype html>${IMG}${SCRIPT}`, 'n.json': '{"structures": [{"name": "x", "lat": NaN}]}', 'z.json': 'null', 'ok.json': VALID_FILE },
    body: finderPage('/h/h.json /h/n.json /h/z.json /h/ok.json'),
    within: '#f',
    expect: 'Le fichier h.json n’est dans aucun format reconnu',
    valid: async (t) => {
      const f = t.page.locator('#f');
      await f.getByText('this looks like HTML or XML, not structure data').waitFor();
      await f.getByText(/invalid JSON: /).waitFor();
      await f.getByText('the JSON is neither an object nor a list').waitFor();
      await finderShows('#f', VALID_NAME)(t);
    },
  },

  // ——— finder and diagnostic attributes ———
  {
    name: 'finder src="javascript:…" next to a valid file: a load failure for that file only',
    files: { 'ok.json': VALID_FILE },
    body: finderPage(`${JS_URL} /h/ok.json`),
    within: '#f',
    expect: `Le fichier ${JS_URL} n’a pas pu être chargé`,
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'finder radius NaN, Infinity, -10 and text: the default 30 km, saying the value was not used',
    files: { 'ok.json': VALID_FILE },
    body: ['NaN', 'Infinity', '-10', `${IMG}`]
      .map((r, i) => `<cap-support-finder id="f${i}" src="/h/ok.json" near="Lille" radius='${r}'></cap-support-finder>`)
      .join(''),
    within: '#f0',
    expect: 'L’attribut radius « NaN » n’est pas une distance en kilomètres : 30 km utilisés.',
    valid: async (t) => {
      for (const [i, r] of ['Infinity', '-10', IMG].entries()) {
        const f = t.page.locator(`#f${i + 1}`);
        await f.getByText(`L’attribut radius « ${r} » n’est pas une distance en kilomètres : 30 km utilisés.`).waitFor();
        await f.locator('.count').getByText(/à moins de 30 km de Lille/).waitFor();
      }
      await t.page.locator('#f0 .count').getByText(/à moins de 30 km de Lille/).waitFor();
      await finderShows('#f1', VALID_NAME)(t);
    },
  },
  {
    name: 'finder tiles="javascript:…" or markup: the offline map, saying the template was not used',
    files: { 'ok.json': VALID_FILE },
    body: `<cap-support-finder id="f" src="/h/ok.json" tiles="${JS_URL}"></cap-support-finder>
      <cap-support-finder id="g" src="/h/ok.json" tiles='https://x.example/${IMG}'></cap-support-finder>`,
    within: '#f',
    expect: `L’attribut tiles « ${JS_URL} » n’est ni none, ni ign, ni un modèle https://…/{z}/{x}/{y}.png : fond de carte hors ligne utilisé.`,
    valid: async (t) => {
      await t.page.locator('#g').getByText(/L’attribut tiles «\shttps:\/\/x\.example\/<img/).waitFor();
      for (const id of ['#f', '#g']) await t.page.locator(id).getByText('Fond de carte : Natural Earth (domaine public).').waitFor();
      assert.equal(await t.page.locator('cap-finder-map image').count(), 0);
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'finder geocoder="javascript:…": searching says the address search failed; the list stays',
    files: { 'ok.json': VALID_FILE },
    body: `<cap-support-finder id="f" src="/h/ok.json" geocoder="${JS_URL}{query}"></cap-support-finder>`,
    act: async (t) => {
      const f = t.page.locator('#f');
      await f.getByRole('combobox').fill('Lille');
      await f.getByRole('button', { name: 'Rechercher' }).click();
    },
    within: '#f',
    expect: 'La recherche d’adresse en ligne n’a pas abouti',
    valid: finderShows('#f', VALID_NAME),
  },
  {
    name: 'finder near= and themes= with markup and "__proto__": the place is not found, said as text; no filter applied',
    files: { 'ok.json': VALID_FILE },
    body: `<cap-support-finder id="f" src="/h/ok.json" near='${IMG}' themes="__proto__,constructor,${JS_URL}"></cap-support-finder>`,
    within: '#f',
    expect: `Aucune commune ne correspond à « ${IMG} »`,
    valid: async (t) => {
      assert.deepEqual(await t.page.evaluate(() => document.querySelector('#f').filters.themes), []);
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'finder search field: markup typed by a user is written out in the message',
    files: { 'ok.json': VALID_FILE },
    body: finderPage('/h/ok.json'),
    act: async (t) => {
      const f = t.page.locator('#f');
      await f.getByRole('combobox').fill(SCRIPT);
      await f.getByRole('button', { name: 'Rechercher' }).click();
    },
    within: '#f',
    expect: `Aucune commune ne correspond à « ${SCRIPT} »`,
    valid: async (t) => {
      await searchPlace(t.page.locator('#f'), 'Lille');
      await finderShows('#f', VALID_NAME)(t);
    },
  },
  {
    name: 'diagnostic submit-url="javascript:…": no consent box for an unusable endpoint, said to the integrator',
    body: `<cap-diagnostic id="d" persist="none" submit-url="${JS_URL}"></cap-diagnostic>`,
    act: async (t) => {
      const d = t.page.locator('#d');
      await d.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      await answerAll(d);
    },
    within: '#d',
    expect: `L’attribut submit-url « ${JS_URL} » n’est pas une adresse http(s) : les résultats ne peuvent pas être envoyés.`,
    valid: async (t) => {
      const d = t.page.locator('#d');
      assert.equal(await d.getByRole('checkbox', { name: /J’accepte/ }).count(), 0);
      await d.getByRole('heading', { name: 'Vos résultats' }).first().waitFor();
    },
  },
];

// ——— the runner ———

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  server.handle('/favicon.ico', (req, res) => res.writeHead(204).end());
});

const TYPES = { json: 'application/json', geojson: 'application/geo+json', csv: 'text/csv' };

/** Every link rendered in the page or any shadow root whose scheme could run something. */
function dangerousLinks() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      // The library's own elements carry the integrator's attributes (src="…"): not links.
      if (el.localName.includes('-')) continue;
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src') ?? el.getAttribute('action');
      if (href && !/^(https?:|tel:|mailto:|\/|#|blob:|\.)/i.test(href.trim())) found.push(href);
    }
  };
  walk(document);
  return found;
}

async function runCase(c, index, { csp = false } = {}) {
  const prefix = `/h${csp ? 'c' : ''}${index}/`;
  const body = c.body.replaceAll('/h/', prefix);
  for (const [file, content] of Object.entries(c.files ?? {})) {
    const data = typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content);
    server.handle(prefix + file, (req, res) => {
      res.writeHead(200, { 'content-type': TYPES[file.split('.').pop()] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(data);
    });
  }
  const path = `/p/hostile-${csp ? 'csp-' : ''}${index}.html`;
  server.page(path, integratorPage(body), { csp });
  const t = await openPage(browser, `${server.origin}${path}`);
  t.page.setDefaultTimeout(15_000);
  try {
    if (c.act) await c.act(t);
    const expect = typeof c.expect === 'string' ? c.expect.replaceAll('/h/', prefix) : new RegExp(c.expect.source.replaceAll('\\/h\\/', prefix.replaceAll('/', '\\/')));
    const message = t.page.locator(c.within).getByText(expect).filter({ visible: true }).first();
    await message.waitFor({ state: 'visible' });
    assert.ok(await message.isVisible());
    await c.valid(t);
    // Links that would run script if followed: none expected; click any to prove it.
    const dangerous = await t.page.evaluate(dangerousLinks);
    for (const href of dangerous) {
      await t.page.evaluate((href) => {
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (el.getAttribute('href') === href) el.click();
          }
        };
        walk(document);
      }, href);
    }
    assert.deepEqual(dangerous, [], 'links with a dangerous scheme were rendered');
    assert.deepEqual(
      await t.page.evaluate(() => [Object.keys(Object.prototype), ({}).polluted, [].polluted]),
      [[], undefined, undefined],
      'Object.prototype polluted',
    );
    await assertClean(t, { violations: csp });
  } finally {
    await t.close();
  }
}

describe('hostile inputs, without a Content-Security-Policy', () => {
  test('there are at least 40 cases', () => assert.ok(CASES.length >= 40, `${CASES.length} cases`));
  CASES.forEach((c, i) => test(c.name, () => runCase(c, i)));
});

describe('hostile inputs again, under the strict Content-Security-Policy', () => {
  CASES.forEach((c, i) => c.alsoUnderCsp && test(c.name, () => runCase(c, i, { csp: true })));
});
