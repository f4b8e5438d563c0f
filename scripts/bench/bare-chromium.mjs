// Chromium driven through a bare DevTools pipe, using only the Target, Page and Runtime domains.
//
// Why not Playwright here: Playwright enables the Network domain on every page, and with it
// Chromium keeps a copy of each response body for DevTools and decodes it on the page's main
// thread when the download ends (about 50 ms for a 12 MB JSON file, in the same task as the page's
// own work). A user's browser does not do that, so timings "from the last byte" of a large file
// are taken here. scripts/perf-finder.mjs uses it for its `src` measures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../browsers.mjs';

/** Launch headless Chromium; resolves to `{ open(url), close() }`. */
export async function launchBare({ executablePath = PATHS.chromium, width = 1280, height = 900 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'cap-bare-'));
  const child = spawn(
    executablePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--window-size=${width},${height}`,
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toChromium, fromChromium] = child.stdio;
  let nextId = 0;
  const replies = new Map();
  const listeners = new Set();
  let buffered = '';
  fromChromium.on('data', (data) => {
    buffered += data.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined && replies.has(message.id)) {
        const { resolve, reject } = replies.get(message.id);
        replies.delete(message.id);
        if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
        else resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      replies.set(id, { resolve, reject });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const event = (method, sessionId) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.method === method && message.sessionId === sessionId) {
          listeners.delete(listener);
          resolve(message.params);
        }
      };
      listeners.add(listener);
    });
  const { product } = await send('Browser.getVersion');

  return {
    version: product,
    /** A new tab at `url`, once loaded: `{ evaluate(fn, arg), close() }`. */
    async open(url) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      const loaded = event('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url }, sessionId);
      await loaded;
      return {
        /** Runs `fn(arg)` in the page (a function without closures) and resolves to its JSON value. */
        async evaluate(fn, arg) {
          const { result, exceptionDetails } = await send(
            'Runtime.evaluate',
            { expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        close: () => send('Target.closeTarget', { targetId }),
      };
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
