// Host page: no layout shift while the elements load into an article, with the
// README's snippet (the reserved-space stylesheet and the loader); and the loader alone reserves
// the space as soon as it runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, serverAndBrowser } from './harness.mjs';

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
});

const TEXT = '<p>' + 'Les associations avancent chacune à leur rythme avec le numérique. '.repeat(4) + '</p>';

function article(head, widget) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Article</title>
    ${head}
  </head>
  <body>
    <main>
      <h1>Où en est votre association avec le numérique ?</h1>
      ${TEXT}${TEXT}
      ${widget}
      <h2 id="after">Et ensuite ?</h2>
      ${TEXT}
    </main>
  </body>
</html>`;
}

const SNIPPET = '<link rel="stylesheet" href="/dist/cap-numerique.css" />\n<script src="/dist/loader.js" defer></script>';

/** Registered before any page script: every layout shift, with what moved. */
const RECORD_SHIFTS = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, sources: entry.sources.map((s) => s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

const ELEMENTS = [
  ['cap-maturity-quiz', '<cap-maturity-quiz persist="none"></cap-maturity-quiz>', (p) => p.locator('cap-maturity-quiz').getByRole('button', { name: 'Commencer' })],
  ['cap-results-gauge', '<cap-results-gauge value="62" show-sector></cap-results-gauge>', (p) => p.locator('cap-results-gauge').getByRole('meter')],
  ['cap-support-finder', '<cap-support-finder></cap-support-finder>', (p) => p.locator('cap-support-finder .item-button').first()],
  ['cap-diagnostic', '<cap-diagnostic persist="none"></cap-diagnostic>', (p) => p.locator('cap-diagnostic').getByRole('button').first()],
];

for (const width of [1280, 360]) {
  for (const [tag, widget, ready] of ELEMENTS) {
    test(`<${tag}> loads into an article without moving it (${width} px)`, async () => {
      server.page(`/p/shift-${tag}.html`, article(SNIPPET, widget));
      const t = await openPage(browser, undefined, { viewport: { width, height: 900 }, initScript: RECORD_SHIFTS });
      await t.page.goto(`${server.origin}/p/shift-${tag}.html`);
      await ready(t.page).waitFor();
      await t.page.waitForTimeout(1000);
      const shifts = await t.page.evaluate(() => window.__shifts);
      assert.deepEqual(shifts, [], `layout shifts: ${JSON.stringify(shifts)}`);
      assert.deepEqual(await t.errors(), []);
      await t.close();
    });
  }
}

test('the loader alone reserves the space of an element whose code has not arrived', async () => {
  // The element's code never comes: what is left is the loader's reservation.
  server.handle('/dist/elements/maturity-quiz.js', () => {});
  server.page('/p/reserved.html', article('<script src="/dist/loader.js" defer></script>', '<cap-maturity-quiz></cap-maturity-quiz>'));
  for (const [width, rem] of [[1280, 18], [360, 29]]) {
    const t = await openPage(browser, `${server.origin}/p/reserved.html`, { viewport: { width, height: 900 } });
    await t.page.waitForFunction(() => document.adoptedStyleSheets.length > 0);
    const { height, defined, fontSize } = await t.page.evaluate(() => ({
      height: document.querySelector('cap-maturity-quiz').getBoundingClientRect().height,
      defined: !!customElements.get('cap-maturity-quiz'),
      fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
    }));
    assert.equal(defined, false);
    assert.equal(height, rem * fontSize, `${width} px`);
    await t.close();
  }
});
