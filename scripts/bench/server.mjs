// The benchmark's static server, on loopback: the repository's dist/ and node_modules/ (the
// peers' files, as an integrator would copy them), the pages in scripts/bench/pages/, generated
// files under /bench/ and the generated structures under /data/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server; `generated` maps a path (e.g. '/bench/survey-json.js') to a string or a
 * function of the URL returning one. Resolves to `{ base, close }`.
 */
export async function serve({ dataDir, generated = {} }) {
  const roots = {
    '/dist/': resolve('dist'),
    '/node_modules/': resolve('node_modules'),
    '/bench/pages/': resolve('scripts/bench/pages'),
    '/data/': dataDir,
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const made = generated[url.pathname];
    if (made !== undefined) {
      const body = typeof made === 'function' ? made(url) : made;
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'text/plain', 'cache-control': 'no-store' });
      return res.end(body);
    }
    for (const [prefix, root] of Object.entries(roots)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      return createReadStream(file).pipe(res);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}
