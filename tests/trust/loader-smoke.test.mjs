// The simplest integrator page: the loader snippet and one quiz, under the strict policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { integratorPage, openPage, serverAndBrowser } from './harness.mjs';

let server;
let browser;
serverAndBrowser(async (s, b) => {
  [server, browser] = [s, b];
});

test('the loader snippet shows the quiz under the strict CSP, requesting only the page origin', async () => {
  server.page('/p/smoke.html', integratorPage('<cap-maturity-quiz persist="none"></cap-maturity-quiz>'), { csp: true });
  const t = await openPage(browser, `${server.origin}/p/smoke.html`);
  await t.page.locator('cap-maturity-quiz').getByRole('button', { name: 'Commencer' }).waitFor();
  assert.deepEqual(await t.violations(), []);
  assert.deepEqual(await t.errors(), []);
  assert.ok(t.requests.every((u) => u.startsWith(server.origin)), t.requests.join('\n'));
  await t.close();
});
