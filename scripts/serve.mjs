// `npm start`: serves the demo pages (demo/) at / and the built library (dist/) at /dist/, on
// loopback, with what a careful host sends: exact MIME types, `nosniff`, the strict
// Content-Security-Policy the library promises to work under, long caching for hashed files only.
// `node scripts/serve.mjs --check` only checks that the port is free (`npm start` runs it first).
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

async function serve() {
  const { origin } = await listen(staticHandler(ROOTS, { index: true, headers: headersFor }), { port: PORT, host: HOST }).catch(fail);
  console.log(`Cap Numérique demo: ${origin}/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) await tryPort(PORT).catch(fail);
  else await serve();
}
