// The element table (src/elements/registry.ts) for the build tools, which run before anything is
// compiled: the file has no imports, so esbuild strips its types and node imports the result.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/elements/registry.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const registry = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** `{ [tag]: { height, narrow?, variants? } }`, in the order of the table. */
export const ELEMENTS = registry.ELEMENTS;
/** Every tag, `cap-x` for the element in `src/elements/x/`. */
export const TAGS = registry.TAGS;

/** `cap-support-finder` → `support-finder`: its folder under src/elements/ and its file under dist/elements/. */
export const elementName = (tag) => tag.replace(/^cap-/, '');

/** Rollup entries, one per element: `{ 'elements/x': 'src/elements/x/define.ts' }`. */
export const elementEntries = Object.fromEntries(
  TAGS.map((tag) => [`elements/${elementName(tag)}`, `src/elements/${elementName(tag)}/define.ts`]),
);
