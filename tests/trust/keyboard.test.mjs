// Keyboard only: the whole diagnostic, from the introduction to a structure's detail and back,
// with Tab, Shift+Tab, arrows, Space, Enter and typing — never a click — at 1280 and 320 px.
// At each step the focus is asserted; on each screen the whole Tab order (forwards and backwards),
// its reading order, the focus indicators, and that nothing clickable is out of the keyboard's reach.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNothingMouseOnly, checkTabOrder, focused, tabStopsSettled, tabTo } from './focus.mjs';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';

const BEFORE = 'link "Avant le diagnostic"';
const AFTER = 'link "Après le diagnostic"';

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  server.page(
    '/p/keyboard.html',
    integratorPage(
      `<p><a href="#avant">Avant le diagnostic</a></p>
      <cap-diagnostic persist="none"></cap-diagnostic>
      <p><a href="#apres">Après le diagnostic</a></p>`,
      { title: 'Diagnostic au clavier' },
    ),
    { csp: true },
  );
});

/** Waits until the deep focused element is `expected` (role and name), for what the element renders next. */
async function focusIs(page, expected, why) {
  try {
    await page.waitForFunction(
      (want) => window.__kb && window.__kb.describe(window.__kb.deepActive()) === want,
      expected,
      { timeout: 10_000 },
    );
  } catch {
    assert.equal(await focused(page), expected, why);
  }
}

const matches = (re) => (d) => re.test(d);

/** The visible links that open a new tab, described by role and name. */
function newTabLinks(page) {
  return page.evaluate(() =>
    window.__kb
      .composed(document.querySelector('cap-diagnostic'))
      .filter((el) => el.localName === 'a' && el.target === '_blank' && window.__kb.visible(el))
      .map((el) => window.__kb.describe(el)),
  );
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 320, height: 640 },
]) {
  test(`keyboard only at ${viewport.width} px: introduction → quiz → results → finder → a structure's detail → back`, async () => {
    const t = await openPage(browser, `${server.origin}/p/keyboard.html`, { viewport });
    const { page } = t;
    const diag = page.locator('cap-diagnostic');
    await diag.getByRole('button', { name: 'Commencer le diagnostic' }).waitFor();
    await focused(page); // installs the helpers

    // ——— introduction ———
    assert.equal(await tabTo(page, (d) => d === BEFORE), BEFORE);
    await page.keyboard.press('Tab');
    await focusIs(page, 'button "Commencer le diagnostic"', 'the introduction starts with its button');
    await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'introduction' });
    await checkNothingMouseOnly(page, 'cap-diagnostic', 'introduction');
    await tabTo(page, (d) => d === 'button "Commencer le diagnostic"');
    await page.keyboard.press('Enter');

    // ——— the questions: focus on each question, chosen with arrows or Space, Enter for the next ———
    const seenTypes = new Set();
    let count = 0;
    let profileCount = 0;
    for (;;) {
      const progress = diag.locator('cap-maturity-quiz').locator('.progress-text');
      const review = diag.getByRole('heading', { name: 'Vérifiez vos réponses' });
      await progress.or(review).first().waitFor();
      if (await review.isVisible()) break;
      // The questions about the association come first ("Votre association : question 1 sur 4").
      const progressText = await progress.innerText();
      const [, n, total] = /[Qq]uestion (\d+) sur (\d+)/.exec(progressText);
      if (/^Votre association/.test(progressText)) profileCount = Number(total);
      assert.equal(Number(n), count - (/^Votre association/.test(progressText) ? 0 : profileCount) + 1, 'questions come in order');
      const label = (await diag.locator('cap-maturity-quiz').locator('h2.question-label').innerText()).replace(/\s+/g, ' ').trim();
      await focusIs(page, `heading "${label}"`, `question ${n}: the focus is on the question`);
      const type = await diag
        .locator('cap-maturity-quiz')
        .locator('fieldset')
        .evaluate((f) => [...f.classList].find((c) => c.startsWith('type-')));
      if (!seenTypes.has(type) || Number(n) === Number(total)) {
        seenTypes.add(type);
        await checkTabOrder(page, { first: BEFORE, last: AFTER, label: `question ${n} (${type})` });
        await checkNothingMouseOnly(page, 'cap-diagnostic', `question ${n}`);
        // Back to the question, keyboard only: from the end of the page to the first option.
        await tabTo(page, matches(/^(radio|checkbox) /), { back: false });
      } else {
        await page.keyboard.press('Tab');
      }
      let option = await focused(page);
      assert.match(option, /^(radio|checkbox) /, `question ${n}: Tab from the question reaches its options`);
      if (Number(n) === 1) {
        // Enter without an answer: the message is shown, announced, and the focus goes to the options.
        const message = 'Choisissez une réponse pour continuer.';
        await page.keyboard.press('Enter');
        const quiz = diag.locator('cap-maturity-quiz');
        await quiz.locator('.validation', { hasText: message }).waitFor();
        await quiz.getByRole('status').filter({ hasText: message }).waitFor();
        option = await focused(page);
        assert.match(option, /^radio /, 'the focus is on the first option after the message');
      }
      if (option.startsWith('radio')) {
        // Arrows move among the radios and choose.
        await page.keyboard.press('ArrowDown');
        const chosen = await focused(page);
        assert.notEqual(chosen, option, `question ${n}: ArrowDown moves to the next option`);
        const checked = await page.evaluate(() => window.__kb.deepActive().checked);
        assert.equal(checked, true, `question ${n}: ArrowDown chooses the option`);
      } else {
        await page.keyboard.press('Space');
        const checked = await page.evaluate(() => window.__kb.deepActive().checked);
        assert.equal(checked, true, `question ${n}: Space ticks the box`);
      }
      await page.keyboard.press('Enter');
      count++;
      assert.ok(count < 60, 'the quiz ends');
    }
    assert.ok(seenTypes.size >= 3, `several question types were met: ${[...seenTypes]}`);

    // ——— review ———
    await focusIs(page, 'heading "Vérifiez vos réponses"', 'the review screen takes the focus');
    const reviewStops = await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'review' });
    assert.equal(reviewStops.filter((d) => d.startsWith('button "Modifier la réponse')).length, count, 'one "Modifier" per answer');
    await checkNothingMouseOnly(page, 'cap-diagnostic', 'review');
    await tabTo(page, (d) => d === 'button "Voir mes résultats"', { back: true });
    await page.keyboard.press('Enter');

    // ——— results ———
    await focusIs(page, 'heading "Vos résultats"', 'the results step takes the focus');
    await diag.getByRole('meter', { name: 'Score de maturité numérique' }).waitFor();
    const resultStops = await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'results' });
    for (const wanted of ['button "Trouver de l’aide près de chez vous"', 'button "Exporter (JSON)"', 'file "Importer des résultats (JSON)"', 'button "Recommencer"']) {
      assert.ok(resultStops.includes(wanted), `results: ${wanted} is reachable with Tab`);
    }
    await checkNothingMouseOnly(page, 'cap-diagnostic', 'results');
    const newTabs = await newTabLinks(page);
    assert.ok(newTabs.length > 0, 'the next steps have links');
    assert.deepEqual(newTabs.filter((d) => !d.includes('(nouvel onglet)')), [], 'links that open a new tab say so');

    // Back to the answers and to the results again: each step is left and reached with buttons.
    await tabTo(page, (d) => d === 'button "Modifier mes réponses"');
    await page.keyboard.press('Enter');
    await focusIs(page, 'heading "Questionnaire terminé"', '"Modifier mes réponses" moves the focus into the quiz step');
    await tabTo(page, (d) => d === 'button "Modifier mes réponses"');
    await page.keyboard.press('Enter');
    await focusIs(page, 'heading "Vérifiez vos réponses"', 'the quiz opens its review');
    await tabTo(page, (d) => d === 'button "Voir mes résultats"');
    await page.keyboard.press('Enter');
    await focusIs(page, 'heading "Vos résultats"', 'back on the results');
    await tabTo(page, (d) => d === 'button "Trouver de l’aide près de chez vous"', { back: true });
    await page.keyboard.press('Enter');

    // ——— finder ———
    await focusIs(page, 'heading "Trouver de l’aide près de chez vous"', 'the finder step takes the focus');
    const finder = diag.locator('cap-support-finder');
    await finder.getByRole('button', { name: /^Voir le détail/ }).first().waitFor();
    const finderStops = await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'finder' });
    const order = (re) => finderStops.findIndex((d) => re.test(d));
    assert.ok(order(/^button "← Retour aux résultats"/) < order(/^combobox "Votre commune/), 'back button, then the search');
    assert.ok(order(/^combobox/) < order(/^summary "Filtres/), 'search, then the filters');
    assert.ok(order(/^summary "Filtres/) < order(/^button "Voir le détail/), 'filters, then the list');
    assert.ok(order(/^button "Voir le détail/) < order(/^group "Carte : [0-9]+ structures?"/), 'the list comes before the map');
    await checkNothingMouseOnly(page, 'cap-diagnostic', 'finder');

    // Type a commune and choose it among the suggestions with the arrows.
    await tabTo(page, matches(/^combobox /), { back: true });
    await page.keyboard.type('Lyon');
    const listbox = finder.getByRole('listbox');
    await listbox.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await finder.getByRole('combobox').getAttribute('aria-activedescendant');
    const firstOption = finder.getByRole('option').first();
    assert.equal(active, await firstOption.getAttribute('id'), 'ArrowDown makes the first suggestion active');
    assert.equal(await firstOption.getAttribute('aria-selected'), 'true');
    const place = (await firstOption.innerText()).trim();
    await page.keyboard.press('Enter');
    await finder.getByRole('listbox').waitFor({ state: 'hidden' });
    assert.equal(await finder.getByRole('combobox').inputValue(), place.replace(/\s*\(position approximative\)$/, ''));
    assert.match(await focused(page), /^combobox /, 'the focus stays in the field after choosing');
    await finder.locator('.distance').first().waitFor();
    await tabStopsSettled(page);

    const withPlace = await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'finder with a place' });
    assert.ok(withPlace.some((d) => d.startsWith('button "Voir le détail')), 'structures listed');

    // Open the first structure's detail.
    const item = await tabTo(page, matches(/^button "Voir le détail : /), { back: true, max: 600 });
    // Shift+Tab from the end reaches the last item first: go to the first item of the list.
    const firstItem = `button "${(await finder.locator('.item-button').first().getAttribute('aria-label')).replace(/\s+/g, ' ').trim()}"`;
    if (item !== firstItem) await tabTo(page, (d) => d === firstItem, { back: true });
    const name = firstItem.slice('button "Voir le détail : '.length, -1);
    await page.keyboard.press('Enter');
    await focusIs(page, `heading "${name}"`, 'the detail takes the focus on its heading');
    // The map moves to the structure: markers leave and enter its view until it stops.
    await tabStopsSettled(page);
    const detailStops = await checkTabOrder(page, { first: BEFORE, last: AFTER, label: 'detail' });
    assert.ok(detailStops.includes('button "← Retour à la liste"'));
    assert.ok(detailStops.some((d) => d.startsWith('link "Itinéraire sur OpenStreetMap')), 'the route link is reachable');
    await checkNothingMouseOnly(page, 'cap-diagnostic', 'detail');
    assert.deepEqual((await newTabLinks(page)).filter((d) => !d.includes('(nouvel onglet)')), [], 'detail: links that open a new tab say so');
    await tabTo(page, (d) => d === 'button "← Retour à la liste"', { back: true });
    await page.keyboard.press('Enter');
    await focusIs(page, firstItem, '"Retour à la liste" returns the focus to the structure in the list');

    // The map: reached with Tab, zoomed with +, its markers reached with Tab and opened with Enter.
    const map = await tabTo(page, matches(/^group "Carte : [0-9]+ structures?"/));
    await page.keyboard.press('+');
    assert.equal(await focused(page), map, '+ zooms and the focus stays on the map');
    const marker = await tabTo(page, matches(/^button "/), { max: 5 });
    await page.keyboard.press('Enter');
    if (/structures — zoomer/.test(marker)) {
      await focusIs(page, map, 'a cluster zooms in and the focus stays on the map');
    } else {
      await focusIs(page, `heading "${marker.slice('button "'.length, -1)}"`, 'a marker opens its detail');
    }

    assert.deepEqual(await t.errors(), []);
    await t.close();
  });
}
