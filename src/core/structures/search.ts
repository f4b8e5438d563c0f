import { distanceKm } from '../geo/distance.js';
import type { Structure } from './model.js';

export interface Filters {
  /** Support themes: a structure matches if it offers any of them. */
  themes: string[];
  /** Structure types: a structure matches if it is any of them. */
  types: string[];
  openNow: boolean;
  free: boolean;
}

export const NO_FILTERS: Filters = { themes: [], types: [], openNow: false, free: false };

export interface Origin {
  lat: number;
  lon: number;
  label: string;
}

export interface FoundStructure {
  structure: Structure;
  /** Kilometres from the origin, when there is one. */
  distanceKm?: number;
}

export interface FindResult {
  items: FoundStructure[];
  /** True when nothing matched within the radius and the nearest structures are shown instead. */
  fallback: boolean;
}

/** Made on first use: the first `Intl.Collator` of a page costs 10–25 ms (ICU data). */
let collator: Intl.Collator | undefined;

/** Whether a structure passes the filters; `isOpen` answers for "ouvert maintenant" (undefined: unknown). */
export function matches(structure: Structure, filters: Filters, isOpen?: (s: Structure) => boolean | undefined): boolean {
  if (filters.themes.length > 0 && !anyOf(structure.themes, filters.themes)) return false;
  if (filters.types.length > 0 && !anyOf(structure.types, filters.types)) return false;
  if (filters.free && structure.free !== true) return false;
  if (filters.openNow && isOpen?.(structure) !== true) return false;
  return true;
}

/** Whether a list holds any of the wanted values (loops: no closure per structure). */
function anyOf(values: readonly string[], wanted: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) if (wanted.includes(values[i]!)) return true;
  return false;
}

/**
 * The structures to list: with an origin, those within the radius, nearest first — or, when none is,
 * the `fallbackCount` nearest (a search never ends on an empty list); without an origin, every
 * match by name.
 * Linear in the number of structures, plus a sort of the kept ones.
 */
export function findStructures(
  all: readonly Structure[],
  options: {
    origin?: Origin;
    radiusKm: number;
    filters: Filters;
    isOpen?: (s: Structure) => boolean | undefined;
    fallbackCount?: number;
    /** The structures are already sorted by name (the list without an origin keeps their order). */
    sorted?: boolean;
    /**
     * With an origin: the order of structures at the same distance, when `all` is not sorted by
     * name (by default the order of `all`).
     */
    tieBreak?: (a: Structure, b: Structure) => number;
  },
): FindResult {
  const { origin, radiusKm, filters, isOpen, fallbackCount = 10, sorted = false, tieBreak } = options;
  const kept: FoundStructure[] = [];
  if (!origin) {
    for (const structure of all) if (matches(structure, filters, isOpen)) kept.push({ structure });
    if (!sorted) {
      const compare = (collator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true })).compare;
      kept.sort((a, b) => compare(a.structure.name, b.structure.name));
    }
    return { items: kept, fallback: false };
  }
  const outside: FoundStructure[] = [];
  for (const structure of all) {
    if (!matches(structure, filters, isOpen)) continue;
    const km = distanceKm(origin, structure);
    (km <= radiusKm ? kept : outside).push({ structure, distanceKm: km });
  }
  const byDistance = (a: FoundStructure, b: FoundStructure) =>
    a.distanceKm! - b.distanceKm! || (tieBreak ? tieBreak(a.structure, b.structure) : 0);
  if (kept.length > 0) return { items: kept.sort(byDistance), fallback: false };
  return { items: nearest(outside, fallbackCount, byDistance), fallback: outside.length > 0 };
}

/** The n first in `order` without sorting everything (a bounded insertion: n is small); ties keep the items' order. */
function nearest(items: FoundStructure[], n: number, order: (a: FoundStructure, b: FoundStructure) => number): FoundStructure[] {
  const best: FoundStructure[] = [];
  for (const item of items) {
    if (best.length === n && order(item, best[n - 1]!) >= 0) continue;
    let i = best.length < n ? best.length : n - 1;
    best[i] = item;
    while (i > 0 && order(best[i - 1]!, best[i]!) > 0) {
      [best[i - 1], best[i]] = [best[i]!, best[i - 1]!];
      i--;
    }
  }
  return best;
}
