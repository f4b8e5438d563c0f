// The browser engines the tests run in, from Debian's packages: Chromium (`chromium`), Firefox ESR
// (`firefox-esr`, driven over WebDriver BiDi by puppeteer-core) and WebKit (WebKitGTK's MiniBrowser
// through `WebKitWebDriver`, from `webkit2gtk-driver`, in a virtual X display from `xvfb`).
//
//   BROWSERS=chromium,firefox,webkit   which engines (default: chromium; `all` for the three)
//   CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH   where they are
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named by BROWSERS, in ENGINES order. */
export function requestedEngines(value = process.env.BROWSERS ?? 'chromium') {
  const names = value === 'all' ? ENGINES : value.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')} or all)`);
  return ENGINES.filter((e) => names.includes(e));
}

function minibrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const file = `/usr/lib/${dir}/${api}/MiniBrowser`;
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

export const PATHS = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  get minibrowser() {
    return minibrowser();
  },
};

/** Chromium's flags for headless runs on a shared machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What is missing to run `engine`, or undefined. */
export function missing(engine) {
  if (engine === 'chromium' && !existsSync(PATHS.chromium)) return `Chromium not found at ${PATHS.chromium} (apt-get install -y chromium, or set CHROME_PATH)`;
  if (engine === 'firefox' && !existsSync(PATHS.firefox)) return `Firefox not found at ${PATHS.firefox} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`;
  if (engine === 'webkit') {
    if (!existsSync(PATHS.webkitDriver)) return `WebKitWebDriver not found at ${PATHS.webkitDriver} (apt-get install -y webkit2gtk-driver)`;
    if (!PATHS.minibrowser) return 'MiniBrowser not found (apt-get install -y webkit2gtk-driver, or set MINIBROWSER_PATH)';
    if (!process.env.DISPLAY && !existsSync('/usr/bin/xvfb-run')) return 'no X display and no xvfb-run (apt-get install -y xvfb)';
  }
  return undefined;
}

/** The WebDriver capabilities of a MiniBrowser session. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver only: do not ask it for a BiDi socket.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: PATHS.minibrowser, args: ['--automation'] },
  };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Starts WebKitWebDriver on a free loopback port, inside `xvfb-run` when there is no X display.
 * Resolves to `{ port, stop }` once it answers; it is also stopped when this process exits.
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const args = [`--port=${port}`];
  const [command, commandArgs] = process.env.DISPLAY ? [PATHS.webkitDriver, args] : ['xvfb-run', ['-a', PATHS.webkitDriver, ...args]];
  // Its own process group, so that stopping it also stops Xvfb and the browsers it started.
  const child = spawn(command, commandArgs, { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) return { port, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}
