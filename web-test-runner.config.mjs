import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';

const recovered = new Set();

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Test-only routes: pages served with a strict Content-Security-Policy, and data URLs that fail
 * the way real servers do (error statuses, no answer).
 */
function fixtures() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/tests/pages/csp-')) {
      await next();
      ctx.set('Content-Security-Policy', CSP);
      return;
    }
    // The built dist/ folder as if served from a CDN under another path.
    const cdn = /^\/cdn\/[^/]+(\/dist\/.*)$/.exec(ctx.path);
    if (cdn) ctx.path = cdn[1];
    const status = /^\/__fixtures\/status\/(\d{3})$/.exec(ctx.path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = '<!doctype html><title>Error</title>';
      return;
    }
    // Fails with 500 until /__fixtures/flaky/<key>/recover is called, then serves the mini questionnaire.
    const flaky = /^\/__fixtures\/flaky\/([\w-]+)(\/recover)?$/.exec(ctx.path);
    if (flaky) {
      if (flaky[2]) {
        recovered.add(flaky[1]);
        ctx.body = 'ok';
      } else if (recovered.has(flaky[1])) {
        ctx.type = 'application/json';
        ctx.body = readFileSync('tests/fixtures/mini-questionnaire.json', 'utf8');
      } else {
        ctx.status = 500;
        ctx.body = 'boom';
      }
      return;
    }
    if (ctx.path === '/__fixtures/hang') {
      // Answers long after any test's time-out; bounded so the server never keeps it forever.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      ctx.body = '{}';
      return;
    }
    await next();
  };
}

/**
 * `emulate-media-features`: CSS media type and features in one call, including `forced-colors`
 * (which the stock emulateMedia command cannot set with Chromium). Payload:
 * `{media?: 'print' | 'screen' | '', features: [{name, value}]}`; an empty list resets them.
 */
function mediaFeatures() {
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(session.id);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: background tabs get no animation frames in headless Chromium.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), mediaFeatures()],
  middleware: [fixtures()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Test files run in parallel tabs: keep timers and animation frames running in each.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
