// `npm start`: serves the demo pages (demo/) at / and the built library (dist/) at /dist/, on
// loopback, with what a careful host sends: exact MIME types, `nosniff`, the strict
// Content-Security-Policy the library promises to work under, long caching for hashed files only.
// `node scripts/serve.mjs --check` only checks that the port is free (`npm start` runs it first).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PORT = Number(process.env.PORT ?? 8000);
const HOST = process.env.HOST ?? '127.0.0.1';
const ROOTS = { '/dist/': resolve('dist'), '/': resolve('demo') };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; base-uri 'self'; form-action 'self'";
/** The builder previews the opt-in IGN map and geocoder: only its page allows data.geopf.fr. */
const BUILDER = STRICT.replace("img-src 'self'", "img-src 'self' https://data.geopf.fr").replace("default-src 'self'", "default-src 'self'; connect-src 'self' https://data.geopf.fr");

export function fileFor(pathname) {
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return undefined;
}

/** The response headers of a file served at `pathname`. */
export function headersFor(pathname, file) {
  const hashed = /^\/dist\/(system\/)?chunks\//.test(pathname);
  return {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-security-policy': pathname === '/dist/builder.html' ? BUILDER : STRICT,
    'referrer-policy': 'strict-origin-when-cross-origin',
    // dist/ is meant to be used by pages of other sites (the snippet, the iframe embed).
    ...(pathname.startsWith('/dist/') ? { 'cross-origin-resource-policy': 'cross-origin' } : {}),
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** Resolves when `port` can be listened on, rejects with EADDRINUSE (or another error) otherwise. */
function tryPort(port) {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(port, HOST, () => probe.close(() => done()));
  });
}

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

function serve() {
  createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Not found');
      return;
    }
    res.writeHead(200, headersFor(pathname, file));
    createReadStream(file).pipe(res);
  })
    .once('error', fail)
    .listen(PORT, HOST, () => {
      console.log(`Cap Numérique demo: http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}/`);
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) await tryPort(PORT).catch(fail);
  else serve();
}
