// Runs a browser-suite test file of DOM-free code (src/core) under Node: mocha's globals from
// node:test, and `@open-wc/testing`'s `expect` from chai, which it re-exports.
import { register } from 'node:module';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  return next(specifier === '@open-wc/testing' ? 'chai' : specifier, context);
}`));

// What the browser suite's server serves at /demo/…, /tests/… and /src/… (and file: URLs, what
// `import.meta.url` is under Node): the repository's files.
const served = globalThis.fetch;
const { readFile } = await import('node:fs/promises');
globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  let file;
  if (url.startsWith('file:')) file = new URL(url);
  else if (url.startsWith('/')) file = new URL(`..${decodeURIComponent(new URL(url, 'http://localhost').pathname)}`, import.meta.url);
  else return served(input, init);
  try {
    const body = await readFile(file);
    return new Response(init?.method === 'HEAD' ? null : body, { status: 200 });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
