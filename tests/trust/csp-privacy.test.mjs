// Issue 7, items 2 and 3: the four elements under the strict Content-Security-Policy with Trusted
// Types, and what a complete diagnostic with default settings leaves behind (requests, cookies,
// storage), through the loader snippet in a plain page, as integrators use it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CSP, integratorPage, openPage, serverAndBrowser } from './harness.mjs';
import { answerAll, answerList, assertClean, completeDiagnostic, searchPlace } from './flows.mjs';

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
});

test('the strict policy the elements must run under: scripts and styles from the page only, Trusted Types required', () => {
  assert.match(CSP, /script-src 'self';/);
  assert.match(CSP, /style-src 'self';/);
  assert.match(CSP, /require-trusted-types-for 'script'/);
});

test('strict CSP + Trusted Types: a complete diagnostic, then the standalone quiz, gauge and finder, without one violation', async () => {
  server.page(
    '/p/csp-all.html',
    integratorPage(`
      <cap-diagnostic></cap-diagnostic>
      <h2>Les éléments seuls</h2>
      <cap-maturity-quiz id="quiz" persist="none" layout="list"></cap-maturity-quiz>
      <cap-results-gauge id="follower" for="quiz" chart="radar" show-sector></cap-results-gauge>
      <cap-results-gauge id="alone" value="62"></cap-results-gauge>
      <cap-support-finder id="finder" src="/demo/data/samples/plain-comma.csv /demo/data/samples/lieux-mediation-numerique.json" near="Lyon"></cap-support-finder>`),
    { csp: true },
  );
  const t = await openPage(browser, `${server.origin}/p/csp-all.html`);
  const { page } = t;
  // Opening the page's policy is what the browser enforces: check it was really sent.
  const response = await page.request.get(`${server.origin}/p/csp-all.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);

  const diagnostic = await completeDiagnostic(page);
  // The rest of the path: back to the list, zoom the map, back to the results, print layout, restart.
  const innerFinder = diagnostic.locator('cap-support-finder');
  await innerFinder.getByRole('button', { name: /Retour à la liste/ }).click();
  await innerFinder.getByRole('button', { name: 'Martinique' }).click();
  await innerFinder.getByRole('button', { name: 'Métropole' }).click();
  await diagnostic.getByRole('button', { name: /Retour aux résultats/ }).click();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });

  const quiz = page.locator('#quiz');
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await answerList(quiz);
  const follower = page.locator('#follower').getByRole('meter');
  await follower.waitFor();
  assert.match((await follower.getAttribute('aria-valuetext')) ?? '', /sur 100, niveau/);
  assert.equal(await page.locator('#alone').getByRole('meter').getAttribute('aria-valuenow'), '62');

  const finder = page.locator('#finder');
  await finder.locator('.item-button').first().waitFor();
  await finder.locator('.item-button').first().click();
  await finder.locator('[part="detail"]').waitFor();

  await assertClean(t);
  await t.close();
});

test('strict CSP: the finder from every sample format, opening hours and the commune index, without a violation', async () => {
  const samples = [
    'cap-numerique.json',
    'structures.geojson',
    'lieux-mediation-numerique.csv',
    'lieux-mediation-numerique.json',
    'data-inclusion.json',
    'plain-comma.csv',
    'plain-semicolon-bom.csv',
  ].map((f) => `/demo/data/samples/${f}`);
  server.page('/p/csp-finder.html', integratorPage(`<cap-support-finder src="${samples.join(' ')}"></cap-support-finder>`), { csp: true });
  const t = await openPage(browser, `${server.origin}/p/csp-finder.html`);
  const finder = t.page.locator('cap-support-finder');
  await searchPlace(finder, 'Lyon');
  await finder.getByText('Filtres', { exact: true }).click();
  await finder.getByLabel('Ouvert maintenant').check();
  await finder.getByLabel('Ouvert maintenant').uncheck();
  await finder.locator('.item-button').first().click();
  await finder.locator('[part="detail"]').waitFor();
  await assertClean(t);
  await t.close();
});

/** The storage keys the integration guide's privacy checklist documents, as patterns: `<…>` stands for any value. */
function documentedKeys() {
  const guide = readFileSync('docs/integration.md', 'utf8');
  const privacy = guide.slice(guide.indexOf('## 9. Privacy checklist'));
  const table = privacy.slice(privacy.indexOf('| key |'), privacy.indexOf('\n\n', privacy.indexOf('| key |')));
  const keys = [...table.matchAll(/^\s*\| `([^`]+)` \|/gm)].map((m) => m[1]);
  assert.ok(keys.length >= 2, `the integration guide's storage table was not found:\n${table}`);
  return keys.map((k) => new RegExp(`^${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^:]+')}$`));
}

test('privacy: a complete diagnostic with default settings stays on the page origin, sets no cookie and writes only the documented keys', async () => {
  server.page('/p/privacy.html', integratorPage('<cap-diagnostic></cap-diagnostic>'));
  const start = server.log.length;
  const t = await openPage(browser, `${server.origin}/p/privacy.html`);
  await completeDiagnostic(t.page);
  // Everything the page asked for, and everything that reached either server.
  assert.ok(t.requests.length > 3);
  const away = t.requests.filter((u) => !u.startsWith(`${server.origin}/`));
  assert.deepEqual(away, [], 'requests leaving the page origin');
  assert.deepEqual(server.log.slice(start).filter((r) => r.server !== 'main'), []);
  assert.ok(server.log.slice(start).every((r) => r.method === 'GET'), 'only GETs of the page and the library files');
  assert.ok(
    t.requests.every((u) => u === `${server.origin}/p/privacy.html` || u.startsWith(`${server.origin}/dist/`)),
    `requests outside the page and dist/:\n${t.requests.join('\n')}`,
  );

  assert.deepEqual(await t.context.cookies(), []);
  const stored = await t.page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.equal(stored.cookie, '');
  assert.equal(stored.session, 0);
  assert.equal(stored.databases, 0);
  assert.equal(stored.caches, 0);
  const patterns = documentedKeys();
  const keys = Object.keys(stored.local).sort();
  assert.deepEqual(keys, ['cap-numerique:diagnostic:cap-numerique-maturite:history', 'cap-numerique:quiz:cap-numerique-maturite:2026.2']);
  for (const key of keys) assert.ok(patterns.some((p) => p.test(key)), `undocumented key ${key}`);
  // The values have the documented shapes, and hold no free text.
  const progress = JSON.parse(stored.local['cap-numerique:quiz:cap-numerique-maturite:2026.2']);
  assert.deepEqual(Object.keys(progress).sort(), ['answers', 'completedAt', 'index', 'savedAt']);
  const history = JSON.parse(stored.local['cap-numerique:diagnostic:cap-numerique-maturite:history']);
  assert.equal(history.length, 1);
  assert.deepEqual(Object.keys(history[0]).sort(), ['completedAt', 'score']);
  await assertClean(t);
  await t.close();
});

test('privacy: persist="none" writes nothing at all', async () => {
  server.page('/p/privacy-none.html', integratorPage('<cap-diagnostic persist="none"></cap-diagnostic>'));
  const t = await openPage(browser, `${server.origin}/p/privacy-none.html`);
  await completeDiagnostic(t.page);
  assert.deepEqual(await t.page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(await t.context.cookies(), []);
  await assertClean(t);
  await t.close();
});

test('privacy: with submit-url and the consent box unticked, nothing is sent; ticked, one anonymous POST', async () => {
  const received = [];
  // submit-url is the collector's base address: the results go to <submit-url>results.
  server.handle('/collect/results', (req, res, url, which) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ which, method: req.method, body, cookie: req.headers.cookie ?? '' });
      res
        .writeHead(req.method === 'OPTIONS' ? 204 : 201, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'content-type',
        })
        .end();
    });
  });
  const endpoint = `${server.otherOrigin}/collect/`;
  server.page('/p/submit.html', integratorPage(`<cap-diagnostic submit-url="${endpoint}"></cap-diagnostic>`));
  const t = await openPage(browser, `${server.origin}/p/submit.html`);
  await t.context.addCookies([{ name: 'session', value: 'secret', url: server.origin }]);
  const diagnostic = await completeDiagnostic(t.page);
  await diagnostic.getByRole('button', { name: /Retour aux résultats/ }).click();
  const consent = diagnostic.getByRole('checkbox', { name: /J’accepte d’envoyer mes résultats anonymes/ });
  const send = diagnostic.getByRole('button', { name: 'Envoyer mes résultats anonymes' });
  assert.equal(await consent.isChecked(), false, 'consent must start unticked');
  assert.equal(await send.isDisabled(), true);
  await send.click({ force: true });
  await send.press('Enter');
  await consent.check();
  await consent.uncheck();
  await send.click({ force: true });
  // Give a request every chance to arrive: a round trip to the same server, after which nothing may be there.
  await t.page.evaluate(() => fetch('/dist/loader.js').then((r) => r.text()));
  assert.deepEqual(received, [], 'sent without consent');
  assert.ok(!t.requests.some((u) => u.startsWith(endpoint)));

  // With consent: exactly one POST, anonymous, without the page's cookie.
  await consent.check();
  await send.click();
  await diagnostic.locator('.submit-outcome').getByText('Merci : vos résultats anonymes ont été envoyés.').waitFor();
  const posts = received.filter((r) => r.method === 'POST');
  assert.equal(posts.length, 1);
  assert.equal(posts[0].cookie, '');
  const payload = JSON.parse(posts[0].body);
  // Scores and levels, and whether the association knows whom to ask (the built-in questionnaire
  // asks it): no answer, no free text, no identifier.
  assert.deepEqual(Object.keys(payload).sort(), ['date', 'dimensions', 'knowsWhomToAsk', 'lang', 'level', 'questionnaireId', 'schema', 'score', 'version']);
  assert.equal(payload.schema, 'cap-numerique/submission/3');
  assert.equal(typeof payload.knowsWhomToAsk, 'boolean');
  assert.match(payload.date, /^\d{4}-\d{2}-\d{2}$/);
  await assertClean(t);
  await t.close();
});

test('privacy: the standalone quiz with default settings writes only its documented key', async () => {
  server.page('/p/privacy-quiz.html', integratorPage('<cap-maturity-quiz></cap-maturity-quiz>'));
  const t = await openPage(browser, `${server.origin}/p/privacy-quiz.html`);
  const quiz = t.page.locator('cap-maturity-quiz');
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await answerAll(quiz);
  await quiz.getByRole('meter').waitFor();
  assert.deepEqual(await t.page.evaluate(() => Object.keys(localStorage)), ['cap-numerique:quiz:cap-numerique-maturite:2026.2']);
  assert.deepEqual(await t.context.cookies(), []);
  assert.ok(t.requests.every((u) => u.startsWith(`${server.origin}/`)));
  await assertClean(t);
  await t.close();
});
