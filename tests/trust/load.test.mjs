// Issue 7, item 5: load. Fifty quizzes and ten finders on one page, each with its own state:
// answering one quiz, searching and filtering in one finder changes no other. With the default
// persist="local", quizzes of the same questionnaire share one storage key (docs/integration.md, privacy checklist):
// what that means is checked too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';
import { answerList, assertClean, searchPlace } from './flows.mjs';

const QUIZZES = 50;
const FINDERS = 10;

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  server.handle('/favicon.ico', (req, res) => res.writeHead(204).end());
});

function crowdedPage(persist) {
  const quizzes = Array.from({ length: QUIZZES }, (_, i) => {
    const attrs = persist ? `persist="${persist}"` : '';
    return `<section><h2>Quiz ${i}</h2><cap-maturity-quiz id="q${i}" ${attrs} ${i % 2 ? 'layout="list"' : ''}></cap-maturity-quiz></section>`;
  }).join('\n');
  const finders = Array.from({ length: FINDERS }, (_, i) => `<section><h2>Finder ${i}</h2><cap-support-finder id="f${i}"></cap-support-finder></section>`).join('\n');
  return integratorPage(`<cap-results-gauge id="g17" for="q17"></cap-results-gauge><cap-results-gauge id="g18" for="q18"></cap-results-gauge>${quizzes}${finders}`);
}

/** Each quiz's state as a page script sees it: answers, results, and the visible screen. */
function quizStates() {
  return Array.from(document.querySelectorAll('cap-maturity-quiz')).map((quiz) => ({
    id: quiz.id,
    answers: Object.keys(quiz.answers).length,
    results: quiz.results !== null,
    start: Array.from(quiz.shadowRoot.querySelectorAll('button')).some((b) => b.textContent.trim() === 'Commencer'),
    resume: Array.from(quiz.shadowRoot.querySelectorAll('button')).some((b) => b.textContent.trim() === 'Reprendre'),
  }));
}

/** Each finder's state: its search field, active filters, the place searched and an open detail. */
function finderStates() {
  return Array.from(document.querySelectorAll('cap-support-finder')).map((finder) => ({
    id: finder.id,
    query: finder.shadowRoot.querySelector('input[role="combobox"]').value,
    themes: finder.filters.themes.join(','),
    count: finder.shadowRoot.querySelector('.count')?.textContent.trim(),
    detail: finder.shadowRoot.querySelector('[part="detail"]') !== null,
  }));
}

describe('fifty quizzes and ten finders on one page', () => {
  test('persist="none": answering one quiz and using one finder changes no other element', async () => {
    server.page('/p/load-none.html', crowdedPage('none'));
    const t = await openPage(browser, `${server.origin}/p/load-none.html`);
    const { page } = t;
    t.page.setDefaultTimeout(60_000);
    await page.waitForFunction((n) => document.querySelectorAll('cap-maturity-quiz').length === n && Array.from(document.querySelectorAll('cap-maturity-quiz')).every((q) => q.questionnaire), QUIZZES);
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('cap-support-finder')).filter((f) => f.shadowRoot?.querySelector('.item-button')).length === n, FINDERS);
    const initialQuizzes = await page.evaluate(quizStates);
    const initialFinders = await page.evaluate(finderStates);
    assert.equal(initialQuizzes.length, QUIZZES);
    assert.ok(initialQuizzes.every((q) => q.start && q.answers === 0 && !q.results), 'every quiz starts on its start screen');

    // One quiz (list layout), answered from start to results.
    const quiz = page.locator('#q17');
    await quiz.getByRole('button', { name: 'Commencer' }).click();
    await answerList(quiz);
    await quiz.getByRole('meter').waitFor();
    // A second quiz half answered: two answers.
    const other = page.locator('#q40');
    await other.getByRole('button', { name: 'Commencer' }).click();
    await other.locator('fieldset input').first().check();
    await other.getByRole('button', { name: 'Suivant' }).click();
    await other.locator('fieldset input').first().check();

    const quizzes = await page.evaluate(quizStates);
    for (const [i, state] of quizzes.entries()) {
      if (i === 17) assert.ok(state.results && state.answers > 20, 'q17 finished');
      else if (i === 40) assert.deepEqual([state.answers, state.results], [2, false], 'q40 has its own two answers');
      else assert.deepEqual(state, initialQuizzes[i], `quiz ${i} changed`);
    }
    // The gauge following q17 drew its results; the one following q18 is still empty.
    await page.locator('#g17').getByRole('meter').waitFor();
    await page.locator('#g18').getByText('Pas encore de résultat').waitFor();

    // One finder searched, filtered and its detail opened.
    const finder = page.locator('#f3');
    await searchPlace(finder, 'Lille');
    await finder.getByText('Filtres', { exact: true }).click();
    await finder.getByRole('checkbox', { name: 'Formation', exact: true }).check();
    await finder.locator('.item-button').first().click();
    await finder.locator('[part="detail"]').waitFor();
    const finders = await page.evaluate(finderStates);
    assert.equal(finders[3].query.startsWith('Lille'), true);
    assert.notEqual(finders[3].themes, '');
    assert.equal(finders[3].detail, true);
    for (const [i, state] of finders.entries()) if (i !== 3) assert.deepEqual(state, initialFinders[i], `finder ${i} changed`);
    // The answered quiz kept its results while the finder was used.
    assert.deepEqual((await page.evaluate(quizStates))[17], quizzes[17]);

    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    await assertClean(t, { violations: false });
    await t.close();
  });

  test('default persist="local": each quiz has its own answers in the page; the questionnaire’s one saved copy is offered to all after a reload', async () => {
    server.page('/p/load-local.html', crowdedPage());
    const t = await openPage(browser, `${server.origin}/p/load-local.html`);
    const { page } = t;
    t.page.setDefaultTimeout(60_000);
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('cap-maturity-quiz')).filter((q) => q.questionnaire).length === n, QUIZZES);
    const initial = await page.evaluate(quizStates);

    const quiz = page.locator('#q4');
    await quiz.getByRole('button', { name: 'Commencer' }).click();
    await quiz.locator('fieldset input').first().check();
    await quiz.getByRole('button', { name: 'Suivant' }).click();
    await quiz.locator('fieldset input').first().check();

    // In the page: only q4 changed.
    const states = await page.evaluate(quizStates);
    for (const [i, state] of states.entries()) {
      if (i === 4) assert.equal(state.answers, 2);
      else assert.deepEqual(state, initial[i], `quiz ${i} changed`);
    }
    // In storage: one key for the questionnaire (id + version), holding q4's answers.
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, JSON.parse(localStorage.getItem(k))])));
    assert.deepEqual(Object.keys(stored), ['cap-numerique:quiz:cap-numerique-maturite:2026.2']);
    assert.equal(Object.keys(stored['cap-numerique:quiz:cap-numerique-maturite:2026.2'].answers).length, 2);

    // After a reload, every quiz of that questionnaire offers to resume those answers (documented).
    await page.reload();
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('cap-maturity-quiz')).filter((q) => q.questionnaire).length === n, QUIZZES);
    await page.locator('#q4').getByRole('button', { name: 'Reprendre' }).waitFor();
    const reloaded = await page.evaluate(quizStates);
    assert.ok(reloaded.every((s) => s.resume && s.answers === 2), 'every quiz offers the saved answers');
    await assertClean(t, { violations: false });
    await t.close();
  });
});
