// What a user does with the elements, through clicks, shared by the trust suite's files.
import assert from 'node:assert/strict';

/**
 * Answer every question of the quiz in `scope` (a locator of a `<cap-maturity-quiz>` or of a
 * `<cap-diagnostic>`) with its first option, from the first question screen to the results.
 */
export async function answerAll(scope, { max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    const review = scope.getByRole('button', { name: 'Voir mes résultats' }).first();
    if (await review.isVisible()) {
      await review.click();
      return;
    }
    const fieldset = scope.locator('fieldset').first();
    await fieldset.waitFor();
    const choice = fieldset.locator('input[type="radio"], input[type="checkbox"]').first();
    await choice.check();
    const next = scope.getByRole('button', { name: /^(Suivant|Vérifier mes réponses)$/ });
    await next.click();
  }
  assert.fail(`the quiz did not end after ${max} screens`);
}

/** A page's recorded problems, asserted empty: page errors, onerror/unhandledrejection, the trap. */
export async function assertClean(t, { violations = true } = {}) {
  assert.deepEqual(t.pageErrors, [], 'pageerror');
  assert.deepEqual(await t.errors(), [], 'window.onerror / unhandledrejection');
  assert.equal(await t.pwned(), 0, 'an injected payload ran');
  if (violations) assert.deepEqual(await t.violations(), [], 'CSP violations');
}

/**
 * The whole path of `<cap-diagnostic>` in `page` through clicks: intro → quiz → results → finder
 * → search "Lille" → open the first structure's detail. Returns the diagnostic's locator.
 */
export async function completeDiagnostic(page, { selector = 'cap-diagnostic' } = {}) {
  const diagnostic = page.locator(selector);
  await diagnostic.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await answerAll(diagnostic);
  await diagnostic.getByRole('heading', { name: 'Vos résultats' }).first().waitFor();
  await diagnostic.getByRole('button', { name: 'Trouver de l’aide près de chez vous' }).click();
  const finder = diagnostic.locator('cap-support-finder');
  await searchPlace(finder, 'Lille');
  const first = finder.locator('.item-button').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await finder.getByRole('heading', { level: 2, name }).waitFor();
  return diagnostic;
}

/** Type a commune in a finder, choose the suggestion, and wait for the list near it. */
export async function searchPlace(finder, place) {
  const input = finder.getByRole('combobox');
  await input.fill(place);
  await finder.getByRole('option').first().waitFor();
  await finder.getByRole('option').first().click();
  await finder.locator('.count').filter({ hasText: place }).waitFor();
}

/**
 * Answer every question of a quiz in the `list` layout with its first option (questions shown by
 * a show-if condition appear while answering), then ask for the results.
 */
export async function answerList(quiz) {
  const questions = quiz.locator('fieldset');
  await questions.first().waitFor();
  for (let done = 0; done < (await questions.count()); done++) {
    await questions.nth(done).locator('input').first().check();
  }
  await quiz.getByRole('button', { name: 'Voir mes résultats' }).first().click();
}
