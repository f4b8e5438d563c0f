// axe on every screen of the diagnostic's path, as an integrator's page shows it: at 320 and
// 1280 px, in light, dark and forced colours (and no sideways scrolling). axe-core 4 looks into
// open shadow roots by itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { answerAll } from './flows.mjs';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// The page supports both schemes, as README says a page must for the dark scheme to apply.
const HEAD = '<meta name="color-scheme" content="light dark" />';

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  server.page('/p/axe.html', integratorPage('<cap-diagnostic persist="none"></cap-diagnostic>', { title: 'Diagnostic', head: HEAD }));
  server.handle('/data/broken.json', (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('Erreur'));
  server.page(
    '/p/axe-quiz.html',
    integratorPage('<cap-maturity-quiz persist="none" finder-url="/structures.html"></cap-maturity-quiz>', { title: 'Questionnaire', head: HEAD }),
  );
  server.page(
    '/p/axe-errors.html',
    integratorPage(
      `<cap-maturity-quiz src="/data/broken.json" persist="none"></cap-maturity-quiz>
       <cap-support-finder src="/data/broken.json"></cap-support-finder>`,
      { title: 'Erreurs', head: HEAD },
    ),
  );
});

/** axe's violations on the whole page, as `id (impact): target — summary` lines. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ').trim()}`),
    );
  });
}

test('the axe set-up sees inside shadow roots (a nameless button in a shadow root is reported)', async () => {
  server.page(
    '/p/axe-self.html',
    integratorPage('<div id="host"></div>', { title: 'Contrôle', head: '<script src="/p/axe-self.js"></script>' }),
  );
  server.handle('/p/axe-self.js', (req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end("addEventListener('DOMContentLoaded', () => { document.querySelector('#host').attachShadow({ mode: 'open' }).append(document.createElement('button')); });"),
  );
  const t = await openPage(browser, `${server.origin}/p/axe-self.html`);
  const found = await axe(t.page);
  assert.ok(found.some((line) => line.startsWith('button-name') && line.includes('"#host","button"')), found.join('\n'));
  await t.close();
});

const MATRIX = [];
for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark', 'forced-colors']) MATRIX.push({ width, scheme });
}

for (const { width, scheme } of MATRIX) {
  test(`axe finds nothing on any screen of the path at ${width} px, ${scheme}`, async () => {
    const options = {
      viewport: { width, height: 800 },
      colorScheme: scheme === 'dark' ? 'dark' : 'light',
      forcedColors: scheme === 'forced-colors' ? 'active' : 'none',
    };
    const found = [];
    const screens = [];
    const check = async (page, screen) => {
      screens.push(screen);
      for (const line of await axe(page)) found.push(`${screen}: ${line}`);
      // Reflow (WCAG 1.4.10): nothing scrolls sideways, whatever the width.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) found.push(`${screen}: the page scrolls sideways (${scrollWidth} px wide at ${width} px)`);
    };

    const t = await openPage(browser, `${server.origin}/p/axe.html`, options);
    const { page } = t;
    const diag = page.locator('cap-diagnostic');
    await diag.getByRole('button', { name: 'Commencer le diagnostic' }).waitFor();
    // The scheme really is the one named (otherwise this run would check light three times).
    const applied = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('cap-diagnostic')).backgroundColor,
      forced: matchMedia('(forced-colors: active)').matches,
    }));
    assert.equal(applied.forced, scheme === 'forced-colors');
    if (scheme === 'light') assert.equal(applied.background, 'rgb(255, 255, 255)');
    if (scheme === 'dark') assert.equal(applied.background, 'rgb(22, 22, 22)');
    await check(page, 'introduction');

    await diag.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    const quiz = diag.locator('cap-maturity-quiz');
    await quiz.locator('fieldset').waitFor();
    await check(page, 'question 1');
    // Validation message: "Suivant" without an answer.
    await quiz.getByRole('button', { name: 'Suivant' }).click();
    await quiz.locator('.validation').waitFor();
    await check(page, 'question 1, no answer chosen');

    const seen = new Set();
    const review = quiz.getByRole('heading', { name: 'Vérifiez vos réponses' });
    const progress = quiz.locator('.progress-text');
    for (let i = 0; i < 60; i++) {
      await review.or(progress).first().waitFor();
      if (await review.isVisible()) break;
      const text = await progress.innerText();
      const type = await quiz.locator('fieldset').evaluate((f) => [...f.classList].find((c) => c.startsWith('type-')));
      if (!seen.has(type)) {
        seen.add(type);
        await check(page, `${text} (${type})`);
      }
      await quiz.locator('fieldset input').first().check();
      await quiz.getByRole('button', { name: /^(Suivant|Vérifier mes réponses)$/ }).click();
      await page.waitForFunction(
        ([el, before]) => el.shadowRoot.querySelector('.progress-text')?.textContent.trim() !== before,
        [await quiz.elementHandle(), text],
      );
    }
    await check(page, 'review');

    await quiz.getByRole('button', { name: 'Voir mes résultats' }).first().click();
    await diag.getByRole('meter', { name: 'Score de maturité numérique' }).waitFor();
    await diag.locator('[part~="contacts"]').waitFor();
    await diag.locator('[part~="sector"]').waitFor();
    await check(page, 'results, with first contacts, next steps and sector figures');
    await diag.locator('[part~="method"] summary').click();
    await check(page, 'results, « Comment ce score est calculé » open');

    await diag.getByRole('button', { name: 'Trouver de l’aide près de chez vous' }).click();
    const finder = diag.locator('cap-support-finder');
    await finder.getByRole('button', { name: /^Voir le détail/ }).first().waitFor();
    await check(page, 'finder, before a search');

    await finder.getByRole('combobox').fill('Lyon');
    await finder.getByRole('option').first().waitFor();
    await check(page, 'finder, suggestions open');
    await finder.getByRole('combobox').press('ArrowDown');
    await finder.getByRole('combobox').press('Enter');
    await finder.locator('.distance').first().waitFor();
    await finder.locator('summary', { hasText: 'Filtres' }).click();
    await check(page, 'finder, results near a place, filters open');

    await finder.locator('.item-button').first().click();
    await finder.locator('[data-detail-heading]').waitFor();
    await check(page, 'structure detail');

    await finder.getByRole('button', { name: '← Retour à la liste' }).click();
    await finder.locator('.map-frame').focus();
    await page.keyboard.press('+');
    await check(page, 'map focused');
    await page.keyboard.press('Tab');
    await check(page, 'map marker focused');

    assert.deepEqual(await t.errors(), []);
    await t.close();

    // The quiz alone: its profile question and its own end screen.
    const q = await openPage(browser, `${server.origin}/p/axe-quiz.html`, options);
    const alone = q.page.locator('cap-maturity-quiz');
    await alone.getByRole('button', { name: 'Commencer' }).click();
    await alone.locator('fieldset').waitFor();
    await check(q.page, 'quiz alone, a profile question');
    await answerAll(alone);
    await alone.locator('[part~="next-steps"]').waitFor();
    await check(q.page, 'quiz alone, end screen with next steps, first contacts and the finder link');
    // The built (minified) templates keep the space before each link, and the disclosure keeps its
    // triangle: « proche.Ce que garantit… » and a bare bold line were both seen once.
    const glued = await alone.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[part~="contacts"] li a, [part~="next-steps"] li a')]
        .filter((a) => !/\s$/.test(a.closest('li').textContent.slice(0, a.closest('li').textContent.indexOf(a.textContent))))
        .map((a) => a.textContent.trim()),
    );
    assert.deepEqual(glued, [], 'links glued to the sentence before them');
    assert.equal(
      await alone.locator('[part~="method"] summary').evaluate((s) => getComputedStyle(s).display),
      'list-item',
    );
    await q.close();

    const e = await openPage(browser, `${server.origin}/p/axe-errors.html`, options);
    await e.page.locator('cap-maturity-quiz').getByRole('button', { name: 'Réessayer' }).waitFor();
    await e.page.locator('cap-support-finder').getByRole('button', { name: 'Réessayer' }).waitFor();
    await check(e.page, 'error states (quiz and finder sources answering 500)');
    await e.close();

    assert.ok(screens.length >= 12, `screens checked: ${screens.join(', ')}`);
    assert.deepEqual(found, [], `axe violations at ${width} px, ${scheme}`);
  });
}
