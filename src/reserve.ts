/**
 * The space each element takes before its code arrives, the same as its own `min-height` once
 * defined (wide and narrow screens): an unknown element is inline and has no height, so the page
 * would jump when it upgrades. The loader adopts these rules as soon as it runs; pages that want
 * them before their first paint link `dist/cap-numerique.css` (written from this by the build).
 * The heights come from the element table (src/elements/registry.ts).
 */
import { ELEMENTS, NARROW_SCREEN, type ReservedSpace } from './elements/registry.js';

const entries = Object.entries(ELEMENTS) as [string, ReservedSpace][];
const undefinedTag = (selector: string): string => `${selector}:not(:defined)`;
const rule = (selector: string, height: string): string => `${undefinedTag(selector)}{min-height:${height}}`;

export const RESERVED_SPACE_CSS =
  `${entries.map(([tag]) => undefinedTag(tag)).join()}{display:block}` +
  entries
    .map(([tag, space]) => rule(tag, space.height) + Object.entries(space.variants ?? {}).map(([v, h]) => rule(tag + v, h)).join(''))
    .join('') +
  `@media (max-width:${NARROW_SCREEN}){${entries.map(([tag, space]) => (space.narrow ? rule(tag, space.narrow) : '')).join('')}}`;
