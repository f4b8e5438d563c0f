/**
 * The elements of the library, one line each: what the build, the loader, the all-in-one module
 * and the reserved-space CSS all read. `cap-x` lives in `src/elements/x/` (its `define.ts` is the
 * entry), is built as `dist/elements/x.js` (and `dist/system/elements/x.js`) and is exported from
 * the package as `cap-numerique/elements/x`.
 *
 * Per element, the space it takes before its code arrives, which is also its own `min-height` once
 * defined (so the page does not move when it upgrades; tests/elements/registry.test.ts checks the
 * two agree): `height` on wide screens, `narrow` below NARROW_SCREEN when it differs, and `variants`
 * for attribute selectors that make it taller.
 *
 * This file has no imports: rollup.config.js reads it before anything is built (config/elements.mjs).
 */
export interface ReservedSpace {
  /** `min-height` on wide screens (a CSS length). */
  readonly height: string;
  /** `min-height` below NARROW_SCREEN, when it differs. */
  readonly narrow?: string;
  /** `min-height` when an attribute selector matches, e.g. `{ '[show-sector]': '20.5rem' }`. */
  readonly variants?: Readonly<Record<string, string>>;
}

/** Below this width the elements stack their content and some grow taller. */
export const NARROW_SCREEN = '48rem';

export const ELEMENTS = {
  'cap-maturity-quiz': { height: '18rem', narrow: '29rem' },
  'cap-results-gauge': { height: '18.5rem', variants: { '[show-sector]': '20.5rem' } },
  // The finder's loading state takes a screen's height (support-finder.styles.ts, `:state(pending)`).
  'cap-support-finder': { height: '100vh' },
  'cap-diagnostic': { height: '24rem', narrow: '35rem' },
  // For a network's staff, not the associations' pages.
  'cap-network-overview': { height: '16rem' },
} as const satisfies Record<`cap-${string}`, ReservedSpace>;

export type ElementTag = keyof typeof ELEMENTS;

/** Every tag, in the order above. */
export const TAGS = Object.keys(ELEMENTS) as ElementTag[];
