// `npm start`: serves the demo pages (demo/) at / and the built library (dist/) at /dist/, on
// loopback, with what a careful host sends: exact MIME types, `nosniff`, the strict
// Content-Security-Policy the library promises to work under, long caching for hashed files only.
// `node scripts/serve.mjs --check` only checks that the port is free (`npm start` runs it first).
//
// It also runs a demo collector (dist/collector/cap-numerique-collector.js) for the demo pages'
// `submit-url="/collecte-demo/"`: a child process on a free loopback port, its database in a new
// folder under the system's temporary directory (deleted when `npm start` stops), reached through
// /collecte-demo/ on this server, so the pages send to their own origin. `DEMO_COLLECTOR=0` turns it off.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentType, listen, resolveFile, staticHandler } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 8000);
const HOST = process.env.HOST ?? '127.0.0.1';
const ROOTS = { '/dist/': 'dist', '/': 'demo' };
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; base-uri 'self'; form-action 'self'";
/** The builder previews the opt-in IGN map and geocoder: only its page allows data.geopf.fr. */
const BUILDER = STRICT.replace("img-src 'self'", "img-src 'self' https://data.geopf.fr").replace("default-src 'self'", "default-src 'self'; connect-src 'self' https://data.geopf.fr");

/** The file served at `pathname` (a folder's index.html), or undefined. */
export const fileFor = (pathname) => resolveFile(ROOTS, pathname, { index: true });

/** The response headers of a file served at `pathname`. */
export function headersFor(pathname, file) {
  const hashed = /^\/dist\/(system\/)?chunks\//.test(pathname);
  return {
    'content-type': contentType(file),
    'x-content-type-options': 'nosniff',
    'content-security-policy': pathname === '/dist/builder.html' ? BUILDER : STRICT,
    'referrer-policy': 'strict-origin-when-cross-origin',
    // dist/ is meant to be used by pages of other sites (the snippet, the iframe embed).
    ...(pathname.startsWith('/dist/') ? { 'cross-origin-resource-policy': 'cross-origin' } : {}),
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** Resolves when `port` can be listened on, rejects with EADDRINUSE (or another error) otherwise. */
const tryPort = (port) => listen(() => {}, { port, host: HOST }).then((probe) => probe.close());

/** « port 8000 busy: PORT=8001 npm start », naming the next free port. */
async function busy(port) {
  let next = port + 1;
  while (next < port + 50 && (await tryPort(next).then(() => false, () => true))) next++;
  return `port ${port} busy: PORT=${next} npm start`;
}

async function fail(error) {
  console.error(error.code === 'EADDRINUSE' ? await busy(PORT) : `cannot listen on ${HOST}:${PORT}: ${error.message}`);
  process.exit(1);
}

/** Where the demo pages' `submit-url` points: this server passes it on to the demo collector. */
export const DEMO_COLLECTOR_PATH = '/collecte-demo/';

/**
 * Starts the demo collector; resolves with its port and export key, or undefined when it cannot run
 * (not built, or better-sqlite3 missing): the demo pages then show the forms' own error message.
 */
function startDemoCollector() {
  const bin = resolve('dist/collector/cap-numerique-collector.js');
  if (process.env.DEMO_COLLECTOR === '0' || !existsSync(bin)) return Promise.resolve(undefined);
  const data = mkdtempSync(join(tmpdir(), 'cap-numerique-demo-collector-'));
  const origins = [`http://127.0.0.1:${PORT}`, `http://localhost:${PORT}`, `http://[::1]:${PORT}`].flatMap((o) => ['--origin', o]);
  const child = spawn(process.execPath, [bin, '--port', '0', '--data', data, '--trust-proxy', '--retention-days', '1', ...origins], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cleanUp = () => {
    child.kill();
    rmSync(data, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
  return new Promise((done) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /Listening on http:\/\/[^\s]+:(\d+)/.exec(out);
      const key = /shown only this once:\s+(\S+)/.exec(out);
      if (port && key) {
        // From now on its log: one line per request, its route and status (never what was sent).
        child.stdout.removeAllListeners('data');
        child.stdout.pipe(process.stdout);
        done({ port: Number(port[1]), key: key[1], data });
      }
    });
    child.stderr.pipe(process.stderr);
    child.once('exit', (code) => {
      console.error(`Demo collector stopped (exit status ${code}): the demo pages cannot send. ${code === 1 ? 'Is better-sqlite3 installed? npm install better-sqlite3@12' : ''}`);
      rmSync(data, { recursive: true, force: true });
      done(undefined);
    });
  });
}

/** Passes a request under /collecte-demo/ on to the demo collector, as a reverse proxy would. */
function proxy(req, res, collector, pathname) {
  if (!collector) {
    res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"no-collector","reason":"the demo collector is not running"}');
    return;
  }
  const search = new URL(req.url ?? '/', 'http://localhost').search;
  const upstream = request(
    {
      host: '127.0.0.1',
      port: collector.port,
      method: req.method,
      path: `/${pathname.slice(DEMO_COLLECTOR_PATH.length)}${search}`,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.headersSent || res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"no-collector"}'));
  req.pipe(upstream);
}

async function serve() {
  const collector = await startDemoCollector();
  const files = staticHandler(ROOTS, { index: true, headers: headersFor });
  const handler = (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname.startsWith(DEMO_COLLECTOR_PATH)) return proxy(req, res, collector, pathname);
    return files(req, res);
  };
  const { origin: site } = await listen(handler, { port: PORT, host: HOST }).catch(fail);
  console.log(`Cap Numérique demo: ${site}/`);
  if (collector) {
    console.log(
      `Demo collector (a demo: its data is in ${collector.data}, deleted when this stops) behind ${site}${DEMO_COLLECTOR_PATH}\n` +
        `  what the demo pages sent: curl -H 'Authorization: Bearer ${collector.key}' '${site}${DEMO_COLLECTOR_PATH}export?format=jsonl'`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) await tryPort(PORT).catch(fail);
  else await serve();
}
