// The one static file server of the scripts and tests (`npm start`, the trust suite, the benchmark,
// the perf script, the stories check, the browser tests' second origin): files under URL prefixes,
// exact MIME types with `nosniff`, nothing outside the roots, and a loopback listener.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The MIME types of what the repository serves; anything else is `application/octet-stream`. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The content type of a file (or URL path) by its extension. */
export const contentType = (path) => MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file that `pathname` names under `roots` (`{ '/dist/': 'dist', '/': 'demo' }`, first matching
 * prefix wins), or undefined: outside its root, missing, or a folder (served as its index.html
 * when `index` is set).
 */
export function resolveFile(roots, pathname, { index = false } = {}) {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!pathname.startsWith(prefix)) continue;
    const root = resolve(dir);
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    let file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!index) return undefined;
      file = join(file, 'index.html');
    }
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  return undefined;
}

/** Answers 404 in plain text. */
export function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Not found');
}

/** Sends `file` with its content type, `nosniff` and `headers` (which may override them). */
export function sendFile(res, file, headers = {}) {
  res.writeHead(200, { 'content-type': contentType(file), 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers });
  createReadStream(file).pipe(res);
}

/**
 * A request handler serving the files of `roots`; `headers(pathname, file)` adds response headers;
 * `fallback(req, res, url)` answers what is not a file (404 by default).
 */
export function staticHandler(roots, { index = false, headers = () => ({}), fallback = (req, res) => notFound(res) } = {}) {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(roots, url.pathname, { index });
    if (!file) return fallback(req, res, url);
    sendFile(res, file, headers(url.pathname, file));
  };
}

/**
 * Listens with `handler` on `host`:`port` (127.0.0.1 and a free port by default). Resolves to
 * `{ server, origin, port, close() }`; rejects when the port cannot be listened on.
 */
export function listen(handler, { port = 0, host = '127.0.0.1' } = {}) {
  return new Promise((done, fail) => {
    const server = createServer(handler);
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const actual = server.address().port;
      done({
        server,
        port: actual,
        origin: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections?.();
            server.close(() => closed());
          }),
      });
    });
  });
}
