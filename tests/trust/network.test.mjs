// What the network learns, end to end: a keyboard-only diagnostic on a page of one site, with
// submit-url pointing at a real collector (the package's bin, on another origin, its database in a
// temporary folder), sends its anonymous results and a contact request, each after its own consent;
// the collector's keyed export then holds exactly what was consented to, and nothing else; and that
// export, chosen as a file in <cap-network-overview> on the network's page, shows that diagnostic and
// that request.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertClean } from './flows.mjs';
import { focused, tabTo } from './focus.mjs';
import { CSP, integratorPage, openPage, serverAndBrowser } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const BIN = new URL(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).bin['cap-numerique-collector'], root).pathname;
const NOTICE = 'Le réseau Exemple garde ces informations 12 mois pour vous recontacter ; seule son équipe les lit.';

const data = mkdtempSync(join(tmpdir(), 'cap-network-e2e-'));
let collector;
after(async () => {
  if (collector && collector.exitCode === null) {
    collector.kill();
    await once(collector, 'exit');
  }
  rmSync(data, { recursive: true, force: true });
});

/** The collector's bin, allowing `origin`; resolves with its address once it listens. */
async function startCollector(origin) {
  collector = spawn(process.execPath, [BIN, '--port', '0', '--data', data, '--origin', origin], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  collector.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    collector.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    collector.on('exit', (code) => reject(new Error(`the collector exited (${code}):\n${output}`)));
  });
}

let server;
let browser;
let collectorUrl;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
  collectorUrl = await startCollector(server.origin);
  server.page(
    '/p/network.html',
    integratorPage(
      `<cap-diagnostic persist="none" questionnaire-src="/tests/fixtures/mini-questionnaire.json"
        submit-url="${collectorUrl}/" contact-notice="${NOTICE}"></cap-diagnostic>`,
      { title: 'Diagnostic et réseau' },
    ),
    // The collector is another origin: the page's policy names it in connect-src.
    { csp: `${CSP}; connect-src 'self' ${collectorUrl}` },
  );
  // The network staff's page: the overview reads a file chosen there, in the browser.
  server.page('/p/overview.html', integratorPage('<cap-network-overview></cap-network-overview>', { title: 'Vue d’ensemble du réseau' }), { csp: true });
});

async function focusIs(page, expected) {
  await page
    .waitForFunction((want) => window.__kb && window.__kb.describe(window.__kb.deepActive()) === want, expected, { timeout: 10_000 })
    .catch(async () => assert.equal(await focused(page), expected));
}
const exportRows = async (key) => {
  const response = await fetch(`${collectorUrl}/export?format=jsonl`, { headers: key === undefined ? {} : { authorization: `Bearer ${key}` } });
  return { status: response.status, rows: response.ok ? (await response.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [] };
};
const without = ({ id, receivedAt, ...row }) => (assert.ok(id > 0 && !Number.isNaN(Date.parse(receivedAt))), row);

test('keyboard only, both consents: the collector’s export holds exactly what was consented to, and the overview shows it', async () => {
  const t = await openPage(browser, `${server.origin}/p/network.html`);
  const { page } = t;
  const diag = page.locator('cap-diagnostic');
  await diag.getByRole('button', { name: 'Commencer le diagnostic' }).waitFor();
  await tabTo(page, (d) => d === 'button "Commencer le diagnostic"');
  await page.keyboard.press('Enter');

  // Each question: Tab to its first option, Space to choose it, Enter for the next screen.
  const review = diag.getByRole('heading', { name: 'Vérifiez vos réponses' });
  for (let n = 0; n < 10 && !(await review.isVisible()); n++) {
    await diag.locator('cap-maturity-quiz').locator('fieldset').first().waitFor();
    await tabTo(page, (d) => /^(radio|checkbox) /.test(d), { max: 30 });
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await review.or(diag.locator('cap-maturity-quiz').locator('.progress-text')).first().waitFor();
  }
  await focusIs(page, 'heading "Vérifiez vos réponses"');
  await tabTo(page, (d) => d === 'button "Voir mes résultats"', { back: true });
  await page.keyboard.press('Enter');
  await focusIs(page, 'heading "Vos résultats"');

  // 1. The anonymous results, with the département of a commune chosen by typing its name.
  await tabTo(page, (d) => d.startsWith('textbox "Commune de l’association, pour joindre son département'));
  await page.keyboard.type('Villeurbanne');
  await diag.getByText('Département joint aux résultats : 69.').waitFor({ timeout: 30_000 });
  await tabTo(page, (d) => d.startsWith('checkbox "J’accepte d’envoyer mes résultats anonymes'));
  await page.keyboard.press('Space');
  await tabTo(page, (d) => d === 'button "Envoyer mes résultats anonymes"');
  await page.keyboard.press('Enter');
  await diag.getByText('Merci : vos résultats anonymes ont été envoyés, avec le département 69.').first().waitFor();

  // 2. « Être recontactée »: pressed before its consent, it sends nothing and says why.
  await tabTo(page, (d) => d === 'textbox "Nom de l’association"');
  await page.keyboard.type('Les Amis du Lavoir');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Claire Martin');
  await page.keyboard.press('Tab');
  await focusIs(page, 'textbox "Adresse e-mail"');
  await page.keyboard.type('claire.martin@example.org');
  await tabTo(page, (d) => d === 'button "Envoyer ma demande"');
  await page.keyboard.press('Enter');
  await focusIs(page, 'checkbox "J’accepte que ces informations soient envoyées à ' + new URL(collectorUrl).host + ' pour être recontactée, selon les conditions ci-dessus."');
  await diag.getByText('Cochez cette case pour accepter l’envoi').waitFor();
  const key = readFileSync(join(data, 'export.key'), 'utf8').trim();
  assert.deepEqual((await exportRows(key)).rows.map((r) => r.kind), ['results'], 'nothing but the results before the contact consent');
  // Then a message over two lines, the consent, and the click (Enter on the button).
  await tabTo(page, (d) => d === 'textarea "Message (facultatif)"', { back: true });
  await page.keyboard.type('Bonjour,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('nous voudrions de l’aide pour nos sauvegardes.');
  await tabTo(page, (d) => d.startsWith('checkbox "J’accepte que ces informations'));
  await page.keyboard.press('Space');
  await tabTo(page, (d) => d === 'button "Envoyer ma demande"');
  await page.keyboard.press('Enter');
  const confirmation = diag.locator('[data-contact-sent]');
  await confirmation.waitFor();
  await page.waitForFunction(() => window.__kb.deepActive()?.hasAttribute('data-contact-sent'));
  assert.match(await confirmation.innerText(), new RegExp(`envoyée à ${new URL(collectorUrl).host.replace(/[.]/g, '\\.')}`));

  // The export: without the key or with a wrong one, nothing; with it, exactly the two payloads.
  assert.equal((await exportRows(undefined)).status, 401);
  assert.equal((await exportRows('x'.repeat(43))).status, 401);
  const { status, rows } = await exportRows(key);
  assert.equal(status, 200);
  assert.deepEqual(rows.map((r) => r.kind), ['results', 'contact']);
  const results = without(rows[0]);
  assert.deepEqual(Object.keys(results).sort(), ['date', 'department', 'dimensions', 'kind', 'lang', 'level', 'questionnaireId', 'schema', 'score', 'version']);
  assert.equal(results.schema, 'cap-numerique/submission/2');
  assert.equal(results.department, '69');
  assert.equal(results.questionnaireId, 'mini');
  assert.match(results.date, /^\d{4}-\d{2}-\d{2}$/);
  for (const d of results.dimensions) assert.deepEqual(Object.keys(d).sort(), ['answered', 'id', 'level', 'score']);
  assert.doesNotMatch(JSON.stringify(results), /Villeurbanne|Lavoir|Claire|perso/, 'no commune, contact or answer in the anonymous results');
  assert.deepEqual(without(rows[1]), {
    kind: 'contact',
    schema: 'cap-numerique/contact/1',
    association: 'Les Amis du Lavoir',
    person: 'Claire Martin',
    email: 'claire.martin@example.org',
    message: 'Bonjour,\nnous voudrions de l’aide pour nos sauvegardes.',
    consent: { given: true, notice: NOTICE },
    lang: 'fr',
  });
  // Nothing went anywhere else, and the page stayed clean under its strict policy.
  const elsewhere = t.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(collectorUrl));
  assert.deepEqual(elsewhere, []);
  await assertClean(t);
  await t.close();

  // The export as the staff download it, chosen as a file in <cap-network-overview>: it shows that
  // diagnostic (one, at its level, in its département) and that contact request.
  const exported = await (await fetch(`${collectorUrl}/export?format=jsonl`, { headers: { authorization: `Bearer ${key}` } })).text();
  const o = await openPage(browser, `${server.origin}/p/overview.html`);
  const overview = o.page.locator('cap-network-overview');
  await overview.locator('input[type="file"]').waitFor({ state: 'attached' });
  // The diagnostic's questionnaire names its levels (the overview defaults to the built-in ones).
  await overview.evaluate(async (el, url) => {
    el.questionnaire = await (await fetch(url)).json();
  }, '/tests/fixtures/mini-questionnaire.json');
  await overview.locator('input[type="file"]').setInputFiles({ name: 'export.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(exported) });
  await overview.locator('[part="status"]').getByText('export.jsonl : 1 diagnostic et 1 demande de contact lus.').waitFor();
  const tableRows = (section) =>
    overview.locator(`section[aria-labelledby="${section}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent.replace(/\s+/g, ' ').trim())));
  const mini = JSON.parse(readFileSync(new URL('tests/fixtures/mini-questionnaire.json', root), 'utf8'));
  const levelName = mini.levels.find((l) => l.id === results.level).label.fr;
  const levels = await tableRows('levels');
  assert.deepEqual(levels.find((row) => row[0] === levelName)?.slice(1), ['1', '100 %'], JSON.stringify(levels));
  assert.equal(levels.reduce((sum, row) => sum + Number(row[1]), 0), 1, 'one diagnostic in all');
  assert.deepEqual(await tableRows('departments'), [['69', '1', '100 %']]);
  const contactsTable = overview.locator('table.contact-table tbody tr');
  assert.equal(await contactsTable.count(), 1);
  const contactCells = await contactsTable.first().evaluate((tr) => Array.from(tr.children, (c) => c.textContent.replace(/\s+/g, ' ').trim()));
  assert.ok(contactCells.includes('Les Amis du Lavoir'), JSON.stringify(contactCells));
  assert.ok(contactCells.includes('Claire Martin'), JSON.stringify(contactCells));
  assert.deepEqual(
    o.requests.filter((u) => !u.startsWith(server.origin)),
    [],
    'the export is read in the browser: nothing is sent anywhere',
  );
  await assertClean(o);
  await o.close();
});
