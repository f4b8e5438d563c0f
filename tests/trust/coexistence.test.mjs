// Issue 7, item 4: coexistence. The library loaded twice, by the loader and the ES module from
// another path, and in two versions on one page: no exception, at most one warning per copy; and
// the host page's own CSS (a reset, `* { all: unset }`, huge fonts) neither breaks the elements
// nor is changed by them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';
import { answerAll, assertClean } from './flows.mjs';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  server.handle('/favicon.ico', (req, res) => res.writeHead(204).end());
  // Two more copies of dist/ under other paths: the same version, and "another version" (its
  // version string changed), as a site that pastes the snippet of a newer release next to an old one.
  serveCopy('/copy/dist/', (text) => text);
  serveCopy('/v9/dist/', (text) => text.replaceAll('"0.1.0"', '"9.9.9"'));
});

function serveCopy(prefix, change) {
  const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  for (const file of walk('dist')) {
    const ext = file.slice(file.lastIndexOf('.'));
    if (!TYPES[ext]) continue;
    const body = ext === '.js' ? change(readFileSync(file, 'utf8')) : readFileSync(file);
    server.handle(prefix + relative('dist', file), (req, res) => res.writeHead(200, { 'content-type': TYPES[ext] }).end(body));
  }
}

test('the version string the "other version" copy changes is the one dist/ carries', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(version, '0.1.0');
  assert.ok(readFileSync('dist/loader.js', 'utf8').includes('"0.1.0"'));
});

const ALL_FOUR = `
  <cap-maturity-quiz id="quiz" persist="none"></cap-maturity-quiz>
  <cap-results-gauge id="gauge" value="62"></cap-results-gauge>
  <cap-support-finder id="finder"></cap-support-finder>
  <cap-diagnostic id="diagnostic" persist="none"></cap-diagnostic>`;

/** Every element works: the quiz completes, the gauge draws, the finder lists, the diagnostic starts. */
async function allFourWork(page) {
  const quiz = page.locator('#quiz');
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await answerAll(quiz);
  await quiz.getByRole('meter').waitFor();
  assert.equal(await page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'), '62');
  await page.locator('#finder .item-button').first().waitFor();
  await page.locator('#diagnostic').getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await page.locator('#diagnostic fieldset').first().waitFor();
}

const warningsOf = (t) => t.console.filter((m) => m.type === 'warning').map((m) => m.text);

describe('the library twice on one page', () => {
  const scripts = {
    'the loader included twice (head and body)': {
      head: '<script src="/dist/loader.js"></script>',
      body: '<script src="/dist/loader.js" defer></script>',
      warnings: [],
    },
    'the loader and the ES module from another path (same version)': {
      head: '<script type="module" src="/copy/dist/cap-numerique.js"></script>',
      body: '',
      warnings: [],
    },
    'the ES module, then the loader as a module from another path (same version)': {
      head: '<script type="module" src="/dist/cap-numerique.js"></script>',
      body: '<script type="module" src="/copy/dist/loader.js"></script>',
      warnings: [],
    },
    'two versions: a second loader of another version': {
      head: '',
      body: '<script src="/v9/dist/loader.js" defer></script>',
      warnings: [/^\[cap-numerique\] loader 9\.9\.9 ignored: loader 0\.1\.0 is already on this page\.$/],
    },
    'two versions: the loader and the ES module of another version': {
      head: '<script type="module" src="/v9/dist/cap-numerique.js"></script>',
      body: '',
      warnings: [/^\[cap-numerique\] <cap-[a-z-]+> is already defined by version (9\.9\.9|0\.1\.0); version (0\.1\.0|9\.9\.9) loaded on the same page is not used\. Include the library once\.$/],
    },
    'two versions: both ES modules, each defining every element': {
      head: '<script type="module" src="/dist/cap-numerique.js"></script><script type="module" src="/v9/dist/cap-numerique.js"></script>',
      body: '',
      // The second copy finds five tags taken (four elements and the finder's map): one warning.
      exactly: 1,
      warnings: [/^\[cap-numerique\] <cap-maturity-quiz> is already defined by version 0\.1\.0; version 9\.9\.9 loaded on the same page is not used\. Include the library once\.$/],
    },
  };
  for (const [name, { head, body, warnings, exactly }] of Object.entries(scripts)) {
    test(`${name}: no exception, at most one warning per copy, all four elements work`, async () => {
      const path = `/p/twice-${name.replace(/\W+/g, '-')}.html`;
      server.page(path, integratorPage(ALL_FOUR + body, { head }));
      const t = await openPage(browser, `${server.origin}${path}`);
      await allFourWork(t.page);
      await assertClean(t);
      const seen = warningsOf(t);
      assert.ok(seen.length <= warnings.length, `warnings:\n${seen.join('\n')}`);
      if (exactly !== undefined) assert.equal(seen.length, exactly, `warnings:\n${seen.join('\n')}`);
      for (const text of seen) assert.ok(warnings.some((w) => w.test(text)), `unexpected warning: ${text}`);
      assert.deepEqual(t.console.filter((m) => m.type === 'error' && !/favicon|404/.test(m.text)), []);
      await t.close();
    });
  }

  test('two versions under the strict CSP, the newer one first: one warning, everything works', async () => {
    server.page(
      '/p/twice-csp.html',
      integratorPage(ALL_FOUR, { head: '<script type="module" src="/v9/dist/cap-numerique.js"></script>' }),
      { csp: true },
    );
    const t = await openPage(browser, `${server.origin}/p/twice-csp.html`);
    await allFourWork(t.page);
    await assertClean(t);
    assert.ok(warningsOf(t).length <= 1, warningsOf(t).join('\n'));
    // The first version registered stays: the elements are of one copy only.
    const versions = await t.page.evaluate(() =>
      ['cap-maturity-quiz', 'cap-results-gauge', 'cap-support-finder', 'cap-diagnostic', 'cap-finder-map'].map((tag) => customElements.get(tag)?.capVersion),
    );
    assert.equal(new Set(versions).size, 1, versions.join(', '));
    await t.close();
  });
});

// ——— host CSS ———

const HOST_PARTS = `
  <h2 class="host">Titre de la page hôte</h2>
  <p class="host">Un paragraphe de la page hôte, avec <a class="host" href="#x">un lien</a>.</p>
  <button class="host" type="button">Bouton de la page hôte</button>
  <ul class="host"><li class="host">Un élément de liste</li></ul>`;

const RESET = `
  *, *::before, *::after { box-sizing: border-box; margin: 0; padding: 0; }
  html { -webkit-text-size-adjust: 100%; line-height: 1.15; }
  ul, ol { list-style: none; }
  button, input, select { font: inherit; color: inherit; background: none; border: 0; appearance: none; }
  img, svg { display: block; max-width: 100%; }
  fieldset { border: 0; min-width: 0; }
  legend { display: none; }
  h1, h2, h3 { font-size: inherit; font-weight: inherit; }
  [hidden] { display: block !important; }`;

const HOSTILE_CSS = {
  'a CSS reset': RESET,
  '* { all: unset }': '* { all: unset !important; } head, script, style, title { display: none !important; }',
  'huge fonts': 'html { font-size: 40px; } body { font: 700 2.5rem/2 "Comic Sans MS", cursive; letter-spacing: 0.2em; text-transform: uppercase; }',
  'element selectors and !important everywhere': `
    div, section, p, form, label, button, input, ol, li, svg, h2, h3 { display: none !important; color: red !important; }
    button { visibility: hidden; } svg { display: none; }`,
};

/** Computed styles of the host page's own elements: what the library must not change. */
function hostStyles() {
  const props = ['display', 'font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'text-transform', 'letter-spacing', 'list-style-type', 'box-sizing', 'width', 'height'];
  const out = {};
  for (const el of document.querySelectorAll('.host, body, html, main, h1')) {
    const style = getComputedStyle(el);
    out[`${el.localName}.${el.className}`] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
  }
  // Selectors of the document's adopted sheets, media rules opened (the loader's reserved space).
  const selectors = (rules) => [...rules].flatMap((r) => (r.selectorText !== undefined ? [r.selectorText] : selectors(r.cssRules ?? [])));
  const adopted = document.adoptedStyleSheets.flatMap((sheet) => selectors(sheet.cssRules));
  return { styles: out, sheets: document.styleSheets.length, adopted, styleElements: document.querySelectorAll('style').length };
}

/** A box a user can see and click: inside the viewport width, not empty, not hidden. */
async function assertUsable(locator, what) {
  await locator.scrollIntoViewIfNeeded();
  assert.ok(await locator.isVisible(), `${what} is not visible`);
  const box = await locator.boundingBox();
  assert.ok(box && box.width >= 24 && box.height >= 16, `${what} is too small: ${JSON.stringify(box)}`);
}

describe('the host page’s CSS', () => {
  for (const [name, css] of Object.entries(HOSTILE_CSS)) {
    test(`${name}: the four elements stay usable, the host's own elements keep their styles`, async () => {
      // The same host page without and with the library: its own elements must look the same.
      const head = `<link rel="stylesheet" href="/p/host-${Object.keys(HOSTILE_CSS).indexOf(name)}.css" />`;
      server.handle(`/p/host-${Object.keys(HOSTILE_CSS).indexOf(name)}.css`, (req, res) => res.writeHead(200, { 'content-type': 'text/css' }).end(css));
      const bare = integratorPage(HOST_PARTS, { head }).replace('<script src="/dist/loader.js" defer></script>', '');
      server.page(`/p/host-bare-${name.length}.html`, bare, { csp: true });
      server.page(`/p/host-lib-${name.length}.html`, integratorPage(HOST_PARTS + ALL_FOUR + HOST_PARTS.replaceAll('class="host"', 'class="host after"'), { head }), { csp: true });

      const without = await openPage(browser, `${server.origin}/p/host-bare-${name.length}.html`);
      const expected = await without.page.evaluate(hostStyles);
      await without.close();

      const t = await openPage(browser, `${server.origin}/p/host-lib-${name.length}.html`);
      const { page } = t;
      const quiz = page.locator('#quiz');
      const start = quiz.getByRole('button', { name: 'Commencer' });
      await start.waitFor();
      await assertUsable(start, 'the quiz’s start button');
      await start.click();
      const option = quiz.locator('fieldset label').first();
      await assertUsable(option, 'the first answer');
      await answerAll(quiz);
      await assertUsable(quiz.getByRole('meter'), 'the quiz’s gauge');
      await assertUsable(page.locator('#gauge').getByRole('meter'), 'the gauge');
      const item = page.locator('#finder .item-button').first();
      await item.waitFor();
      await assertUsable(item, 'the first structure of the finder');
      await assertUsable(page.locator('#finder').getByRole('combobox'), 'the finder’s search field');
      await item.click();
      await page.locator('#finder [part="detail"]').waitFor();
      await assertUsable(page.locator('#diagnostic').getByRole('button', { name: 'Commencer le diagnostic' }), 'the diagnostic’s start button');

      const actual = await page.evaluate(hostStyles);
      const after = Object.fromEntries(Object.entries(actual.styles).filter(([k]) => k.includes('after')).map(([k, v]) => [k.replace(' after', ''), v]));
      const before = Object.fromEntries(Object.entries(actual.styles).filter(([k]) => !k.includes('after')));
      // Sizes of html/body/main depend on the content added: compare them without width/height.
      const strip = (styles) => Object.fromEntries(Object.entries(styles).map(([k, v]) => [k, /^(html|body|main)\./.test(k) ? { ...v, width: '', height: '' } : v]));
      assert.deepEqual(strip(before), strip(expected.styles), 'the library changed the host page’s styles');
      assert.deepEqual(strip(after), strip(Object.fromEntries(Object.entries(expected.styles).filter(([k]) => k.includes('host')))), 'host elements after the widgets differ');
      assert.deepEqual([actual.sheets, actual.styleElements], [expected.sheets, expected.styleElements], 'stylesheets added to the document');
      // The only document-level rules: the loader's reserved space, for our elements not yet defined.
      assert.deepEqual(expected.adopted, []);
      assert.ok(actual.adopted.length > 0 && actual.adopted.every((s) => /^(cap-[a-z-]+(\[[a-z-]+\])?:not\(:defined\)(, )?)+$/.test(s)), actual.adopted.join(' | '));
      await assertClean(t);
      await t.close();
    });
  }
});
