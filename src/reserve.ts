/**
 * The space each element takes before its code arrives, the same as its own `min-height` once
 * defined (wide and narrow screens): an unknown element is inline and has no height, so the page
 * would jump when it upgrades. The loader adopts these rules as soon as it runs; pages that want
 * them before their first paint link `dist/cap-numerique.css` (written from this by the build).
 */
// Per element: its height on wide screens, then below 48rem. The gauge with `show-sector` is
// taller; the finder's loading state takes a screen's height (see support-finder.styles.ts).
// Written out in full rather than generated from a table: the loader ships it, and it is shorter so.
export const RESERVED_SPACE_CSS =
  'cap-maturity-quiz:not(:defined),cap-results-gauge:not(:defined),cap-results-gauge[show-sector]:not(:defined),' +
  'cap-support-finder:not(:defined),cap-diagnostic:not(:defined),cap-network-overview:not(:defined){display:block}' +
  'cap-maturity-quiz:not(:defined){min-height:18rem}' +
  'cap-results-gauge:not(:defined){min-height:18.5rem}' +
  'cap-results-gauge[show-sector]:not(:defined){min-height:20.5rem}' +
  'cap-support-finder:not(:defined){min-height:100vh}' +
  'cap-diagnostic:not(:defined){min-height:24rem}' +
  'cap-network-overview:not(:defined){min-height:16rem}' +
  '@media (max-width:48rem){' +
  'cap-maturity-quiz:not(:defined){min-height:29rem}' +
  'cap-diagnostic:not(:defined){min-height:35rem}' +
  '}';
