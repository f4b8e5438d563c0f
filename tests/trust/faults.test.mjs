// Faults an integrator's page meets in real life, seen from the user's side: data sources that are
// slow, answer 500, are cut off mid-body or refuse CORS (a precise French message and a working
// "Réessayer" once the source recovers); localStorage that throws, is full or is disabled (the quiz
// still completes); geolocation refused or never answering (the documented messages).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CSP, integratorPage, openPage, serverAndBrowser } from './harness.mjs';

const QUESTIONNAIRE = readFileSync('tests/fixtures/mini-questionnaire.json');
const STRUCTURES = readFileSync('demo/data/samples/cap-numerique.json');

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
});

/**
 * A data route whose behaviour the test changes between requests. `mode`:
 * `ok`, `hold` (no answer until `release()`), `500`, `cut-chunked` / `cut-length` (half the body,
 * then the connection is dropped), `short` (half the body, then a normal end), `no-cors` (a normal
 * answer without access-control-allow-origin).
 * Cross-origin answers carry access-control-allow-origin unless the mode is `no-cors`.
 */
function flakyRoute(path, body, type = 'application/json; charset=utf-8') {
  const route = {
    mode: 'ok',
    hits: 0,
    held: [],
    release() {
      for (const res of route.held.splice(0)) res.writeHead(200, { 'content-type': type }).end(body);
    },
  };
  server.handle(path, (req, res, url, which) => {
    route.hits++;
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (which === 'other' && route.mode !== 'no-cors') headers['access-control-allow-origin'] = '*';
    const half = body.subarray(0, Math.floor(body.length / 2));
    switch (route.mode) {
      case 'hold':
        route.held.push(res);
        return;
      case '500':
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...(headers['access-control-allow-origin'] ? { 'access-control-allow-origin': '*' } : {}) });
        res.end('Erreur interne');
        return;
      case 'short':
        // The server ends the response normally, half-way through the file.
        res.writeHead(200, headers);
        res.end(half);
        return;
      case 'cut-chunked':
      case 'cut-length':
        if (route.mode === 'cut-length') headers['content-length'] = String(body.length);
        res.writeHead(200, headers);
        res.write(half);
        // Let the first half reach the browser, then drop the connection mid-body.
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      default:
        res.writeHead(200, headers).end(body);
    }
  });
  return route;
}

/** The visible text of the element's alert, spaces collapsed ('' when there is none). */
async function alertText(locator) {
  const alert = locator.getByRole('alert');
  await alert.waitFor();
  return (await alert.innerText()).replace(/\s+/g, ' ').trim();
}

async function assertNothingThrown(t) {
  assert.deepEqual(await t.errors(), [], 'nothing reaches window.onerror / unhandledrejection');
  assert.deepEqual(t.pageErrors, []);
}

// ——— data sources ———

const SOURCES = [
  {
    element: 'quiz',
    tag: (src) => `<cap-maturity-quiz src="${src}" persist="none"></cap-maturity-quiz>`,
    body: QUESTIONNAIRE,
    loading: 'Chargement du questionnaire',
    /** What the user sees once the data is there. */
    async shown(el) {
      await el.getByRole('heading', { name: 'Mini diagnostic' }).waitFor();
      await el.getByRole('button', { name: 'Commencer' }).waitFor();
    },
  },
  {
    element: 'finder',
    tag: (src) => `<cap-support-finder src="${src}"></cap-support-finder>`,
    body: STRUCTURES,
    loading: 'Chargement des structures',
    async shown(el) {
      await el.getByRole('button', { name: 'Voir le détail : Accompagnement associatif des Monts d\'Or (fictif)' }).waitFor();
    },
  },
];

for (const source of SOURCES) {
  describe(`${source.element}: a data source that fails, then recovers`, () => {
    let n = 0;
    /** A page with the element reading `path` on `origin`; returns the page record and the element. */
    async function open(route, { cross = false, attributes = '', clock = false } = {}) {
      const id = `${source.element}-${++n}`;
      const dataPath = `/data/${id}.json`;
      const r = flakyRoute(dataPath, source.body);
      Object.assign(r, route);
      const src = `${cross ? server.otherOrigin : ''}${dataPath}`;
      // A cross-origin source is allowed by the page's policy, as an integrator would: only CORS stands in the way.
      const csp = cross ? `${CSP}; connect-src 'self' ${server.otherOrigin}` : true;
      server.page(`/p/${id}.html`, integratorPage(source.tag(src).replace('>', ` ${attributes}>`)), { csp });
      const t = await openPage(browser, undefined);
      // A fake clock, installed before the page loads, lets the test move time on instead of waiting.
      if (clock) await t.page.clock.install();
      await t.page.goto(`${server.origin}/p/${id}.html`);
      return { t, el: t.page.locator(source.element === 'quiz' ? 'cap-maturity-quiz' : 'cap-support-finder'), route: r, src };
    }

    async function retryShowsData(t, el) {
      await el.getByRole('button', { name: 'Réessayer' }).click();
      await source.shown(el);
      assert.equal(await el.getByRole('alert').count(), 0, 'the error is gone once the data is shown');
    }

    test('slow (10 s, within the 15 s default time-out): "Chargement…", then the data, no error', async () => {
      const { t, el, route } = await open({ mode: 'hold' }, { clock: true });
      await el.getByText(source.loading).waitFor();
      await t.page.clock.fastForward(10_000);
      assert.ok(await el.getByText(source.loading).isVisible(), 'still loading after 10 s');
      assert.equal(await el.getByRole('alert').count(), 0);
      route.release();
      await source.shown(el);
      assert.equal(await el.getByRole('alert').count(), 0);
      await assertNothingThrown(t);
      await t.close();
    });

    test('slow beyond the time-out: "ne répond pas", then "Réessayer" shows the data', async () => {
      const { t, el, route, src } = await open({ mode: 'hold' }, { clock: true });
      await el.getByText(source.loading).waitFor();
      await t.page.clock.fastForward(15_500);
      const text = await alertText(el);
      assert.ok(text.includes(`Le fichier ${src} ne répond pas (pas de réponse après 15 s).`), text);
      route.mode = 'ok';
      route.release();
      await retryShowsData(t, el);
      await assertNothingThrown(t);
      await t.close();
    });

    test('answers 500: says so, and "Réessayer" shows the data once the server recovers', async () => {
      const { t, el, route, src } = await open({ mode: '500' });
      const text = await alertText(el);
      assert.ok(text.includes(`Le fichier ${src} n’a pas pu être chargé : le serveur a répondu 500`), text);
      route.mode = 'ok';
      await retryShowsData(t, el);
      assert.equal(route.hits, 2);
      await assertNothingThrown(t);
      await t.close();
    });

    for (const mode of ['cut-chunked', 'cut-length']) {
      test(`cut off mid-body (${mode === 'cut-chunked' ? 'chunked' : 'with content-length'}): says the download was interrupted, and "Réessayer" works`, async () => {
        const { t, el, route, src } = await open({ mode });
        const text = await alertText(el);
        assert.ok(text.includes(`Le téléchargement du fichier ${src} a été interrompu`), text);
        route.mode = 'ok';
        await retryShowsData(t, el);
        await assertNothingThrown(t);
        await t.close();
      });
    }

    test('ended half-way by the server (a normal end, no length): says the file is incomplete, and "Réessayer" works', async () => {
      const { t, el, route, src } = await open({ mode: 'short' });
      const text = await alertText(el);
      assert.ok(text.includes(`Le fichier ${src} est incomplet : il s’arrête avant la fin du JSON`), text);
      route.mode = 'ok';
      await retryShowsData(t, el);
      await assertNothingThrown(t);
      await t.close();
    });

    test('refused by CORS (another origin without access-control-allow-origin): says so, and "Réessayer" works once allowed', async () => {
      const { t, el, route, src } = await open({ mode: 'no-cors' }, { cross: true });
      const text = await alertText(el);
      assert.ok(text.includes(`Le fichier ${src} n’a pas pu être chargé (erreur réseau ou accès refusé par le serveur).`), text);
      route.mode = 'ok';
      await retryShowsData(t, el);
      await assertNothingThrown(t);
      await t.close();
    });
  });
}

test('diagnostic: a questionnaire that fails shows the message inside the quiz step, and "Réessayer" recovers', async () => {
  const route = flakyRoute('/data/diag-q.json', QUESTIONNAIRE);
  route.mode = '500';
  server.page('/p/diag-fault.html', integratorPage('<cap-diagnostic questionnaire-src="/data/diag-q.json" persist="none"></cap-diagnostic>'), { csp: true });
  const t = await openPage(browser, `${server.origin}/p/diag-fault.html`);
  const diag = t.page.locator('cap-diagnostic');
  await diag.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const text = await alertText(diag);
  assert.match(text, /le serveur a répondu 500/);
  route.mode = 'ok';
  await diag.getByRole('button', { name: 'Réessayer' }).click();
  // The user had pressed "Commencer le diagnostic": the quiz starts on its first question.
  await diag.getByRole('heading', { name: 'Où sont vos fichiers ?' }).waitFor();
  await assertNothingThrown(t);
  await t.close();
});

test('diagnostic: "Commencer le diagnostic" pressed while the questionnaire is still on its way starts the quiz when it arrives', async () => {
  const route = flakyRoute('/data/diag-slow.json', QUESTIONNAIRE);
  route.mode = 'hold';
  server.page('/p/diag-slow.html', integratorPage('<cap-diagnostic questionnaire-src="/data/diag-slow.json" persist="none"></cap-diagnostic>'), { csp: true });
  const t = await openPage(browser, `${server.origin}/p/diag-slow.html`);
  const diag = t.page.locator('cap-diagnostic');
  await diag.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await diag.getByText('Chargement du questionnaire…').waitFor();
  route.release();
  // The first question, with the focus on it — not the quiz's own start screen and a second "Commencer".
  await diag.locator('cap-maturity-quiz').locator('.progress-text', { hasText: 'Question 1 sur 3' }).waitFor();
  const focused = await t.page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.textContent?.trim();
  });
  assert.equal(focused, 'Où sont vos fichiers ?');
  assert.equal(await diag.getByRole('button', { name: 'Commencer', exact: true }).count(), 0);
  await assertNothingThrown(t);
  await t.close();
});

// ——— localStorage ———

const STORAGE_FAULTS = {
  'setItem throws': () => {
    Storage.prototype.setItem = function () {
      throw new Error('stockage refusé');
    };
  },
  'storage is full (QuotaExceededError)': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'localStorage is disabled (reading window.localStorage throws, as with cookies blocked)': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

/** Answer every question screen with its first option, up to the review screen. */
async function answerAll(quiz) {
  const review = quiz.getByRole('heading', { name: 'Vérifiez vos réponses' });
  const progress = quiz.locator('.progress-text');
  for (let i = 0; i < 30; i++) {
    await review.or(progress).first().waitFor();
    if (await review.isVisible()) return;
    const before = await progress.innerText();
    await quiz.locator('fieldset input').first().check();
    await quiz.getByRole('button', { name: /^(Suivant|Vérifier mes réponses)$/ }).click();
    await waitProgressChange(quiz, before);
  }
  throw new Error('the review screen never came');
}

async function waitProgressChange(quiz, before) {
  await quiz.page().waitForFunction(
    ([el, text]) => {
      const root = el.shadowRoot;
      const p = root?.querySelector('.progress-text');
      return !p || p.textContent.trim() !== text;
    },
    [await quiz.elementHandle(), before],
  );
}

/** Answer the mini questionnaire through its screens (first option each time) and reach the results. */
async function completeMiniQuiz(quiz) {
  await quiz.getByRole('button', { name: 'Commencer' }).click();
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Voir mes résultats' }).first().click();
  await quiz.getByRole('heading', { name: 'Vos résultats' }).waitFor();
  await quiz.getByRole('meter', { name: 'Score de maturité numérique' }).waitFor();
}

for (const [name, fault] of Object.entries(STORAGE_FAULTS)) {
  test(`localStorage: ${name} — the quiz still completes and shows the results`, async () => {
    server.handle('/data/mini.json', (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(QUESTIONNAIRE));
    server.page('/p/storage.html', integratorPage('<cap-maturity-quiz src="/data/mini.json"></cap-maturity-quiz>'), { csp: true });
    const t = await openPage(browser, `${server.origin}/p/storage.html`, { initScript: fault });
    // The fault is really in place.
    const broken = await t.page.evaluate(() => {
      try {
        window.localStorage.setItem('x', '1');
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(broken, 'the storage fault is in place');
    const quiz = t.page.locator('cap-maturity-quiz');
    await completeMiniQuiz(quiz);
    const text = (await quiz.getByRole('meter').getAttribute('aria-valuetext')) ?? '';
    assert.match(text, /^\d+ sur 100, niveau /);
    await assertNothingThrown(t);
    await t.close();
  });
}

test('localStorage disabled: the whole diagnostic still reaches its results', async () => {
  server.handle('/data/mini.json', (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(QUESTIONNAIRE));
  server.page('/p/storage-diag.html', integratorPage('<cap-diagnostic questionnaire-src="/data/mini.json"></cap-diagnostic>'), { csp: true });
  const t = await openPage(browser, `${server.origin}/p/storage-diag.html`, {
    initScript: STORAGE_FAULTS['localStorage is disabled (reading window.localStorage throws, as with cookies blocked)'],
  });
  const diag = t.page.locator('cap-diagnostic');
  await diag.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const quiz = diag.locator('cap-maturity-quiz');
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Voir mes résultats' }).first().click();
  await diag.getByRole('heading', { name: 'Vos résultats', exact: true }).waitFor();
  await diag.getByRole('meter', { name: 'Score de maturité numérique' }).waitFor();
  await assertNothingThrown(t);
  await t.close();
});

// ——— geolocation ———

const finderPage = () => {
  server.page('/p/geo.html', integratorPage('<cap-support-finder></cap-support-finder>'), { csp: true });
  return `${server.origin}/p/geo.html`;
};

/**
 * The message written under the search field (the one the field's aria-describedby names), and
 * announced once: by exactly one live region.
 */
async function placeMessage(finder, text) {
  await finder.locator('#place-message', { hasText: text }).waitFor();
  await finder.getByRole('status').filter({ hasText: text }).waitFor();
  const speakers = await finder.evaluate((host, said) => {
    const live = [...host.shadowRoot.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')];
    return live.filter((el) => el.getAttribute('aria-live') !== 'off' && el.textContent.includes(said)).length;
  }, text);
  assert.equal(speakers, 1, `"${text}" is announced by ${speakers} live regions`);
}

async function aroundMe(t) {
  const finder = t.page.locator('cap-support-finder');
  await finder.getByRole('button', { name: /^Voir le détail/ }).first().waitFor();
  await finder.getByRole('button', { name: 'Autour de moi' }).click();
  return finder;
}

test('geolocation refused: "Vous n’avez pas autorisé l’accès à votre position", announced once', async () => {
  const t = await openPage(browser, finderPage(), { permissions: [] });
  await t.page.context().clearPermissions();
  const finder = await aroundMe(t);
  await placeMessage(finder, 'Vous n’avez pas autorisé l’accès à votre position. Indiquez plutôt votre commune.');
  await assertNothingThrown(t);
  await t.close();
});

test('geolocation that reports a time-out: "Votre position n’a pas pu être trouvée à temps"', async () => {
  const t = await openPage(browser, finderPage(), {
    initScript: () => {
      navigator.geolocation.getCurrentPosition = (ok, fail) => setTimeout(() => fail({ code: 3, message: 'Timeout expired', TIMEOUT: 3 }), 10);
    },
  });
  const finder = await aroundMe(t);
  await placeMessage(finder, 'Votre position n’a pas pu être trouvée à temps. Réessayez, ou indiquez votre commune.');
  await assertNothingThrown(t);
  await t.close();
});

test('geolocation that never answers (a permission prompt left open): the element gives up with the time-out message', async () => {
  const t = await openPage(browser, undefined, {
    initScript: () => {
      navigator.geolocation.getCurrentPosition = () => {};
    },
  });
  await t.page.clock.install();
  await t.page.goto(finderPage());
  const finder = await aroundMe(t);
  await placeMessage(finder, 'Recherche de votre position…');
  await t.page.clock.fastForward(61_000);
  await placeMessage(finder, 'Votre position n’a pas pu être trouvée à temps. Réessayez, ou indiquez votre commune.');
  await assertNothingThrown(t);
  await t.close();
});
