// The benchmark's static server, on loopback: the repository's dist/ and node_modules/ (the
// peers' files, as an integrator would copy them), the pages in scripts/bench/pages/, generated
// files under /bench/ and the generated structures under /data/.
import { contentType, listen, staticHandler } from '../static-server.mjs';

/**
 * Starts the server; `generated` maps a path (e.g. '/bench/survey-json.js') to a string or a
 * function of the URL returning one. Resolves to `{ base, close }`.
 */
export async function serve({ dataDir, generated = {} }) {
  const roots = {
    '/dist/': 'dist',
    '/node_modules/': 'node_modules',
    '/bench/pages/': 'scripts/bench/pages',
    '/data/': dataDir,
  };
  const files = staticHandler(roots);
  const { origin, close } = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const made = generated[url.pathname];
    if (made === undefined) return files(req, res);
    const body = typeof made === 'function' ? made(url) : made;
    res.writeHead(200, { 'content-type': contentType(url.pathname), 'cache-control': 'no-store' }).end(body);
  });
  return { base: origin, close };
}
