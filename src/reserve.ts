/**
 * The space each element takes before its code arrives, the same as its own `min-height` once
 * defined (wide and narrow screens): an unknown element is inline and has no height, so the page
 * would jump when it upgrades. The loader adopts these rules as soon as it runs; pages that want
 * them before their first paint link `dist/cap-numerique.css` (written from this by the build).
 */
const RESERVED: [tag: string, wide: string, narrow: string][] = [
  ['cap-maturity-quiz', '18rem', '29rem'],
  ['cap-results-gauge', '18.5rem', '18.5rem'],
  ['cap-results-gauge[show-sector]', '20.5rem', '20.5rem'],
  // Its loading state takes a screen's height (see support-finder.styles.ts).
  ['cap-support-finder', '100vh', '100vh'],
  ['cap-diagnostic', '24rem', '35rem'],
];

const waiting = (tag: string) => `${tag}:not(:defined)`;

export const RESERVED_SPACE_CSS =
  `${RESERVED.map(([tag]) => waiting(tag)).join()}{display:block}` +
  RESERVED.map(([tag, wide]) => `${waiting(tag)}{min-height:${wide}}`).join('') +
  `@media (max-width:48rem){${RESERVED.filter(([, wide, narrow]) => narrow !== wide)
    .map(([tag, , narrow]) => `${waiting(tag)}{min-height:${narrow}}`)
    .join('')}}`;
