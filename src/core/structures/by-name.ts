/**
 * The list's order without a place: by name, ignoring case and accents (ties keep the data's
 * order). The first page can be picked out before the full sort, which the finder runs after its
 * first list and map are drawn.
 */
import { runToEnd } from '../steps.js';
import { foldText } from '../text.js';
import type { Structure } from './model.js';
import { matches, type Filters, type FindResult, type FoundStructure } from './search.js';

/** The sort key of a name: lowercase, without accents (punctuation and ligatures kept). */
export function nameKey(name: string): string {
  return foldText(name);
}

export function nameKeys(structures: readonly Structure[]): string[] {
  const keys = new Array<string>(structures.length);
  for (let i = 0; i < structures.length; i++) keys[i] = nameKey(structures[i]!.name);
  return keys;
}

/** Alphabetical order ignoring case and accents; ties keep the data's order. */
export function sortByName(structures: readonly Structure[], keys: readonly string[]): Structure[] {
  return runToEnd(sortByNameInSteps(structures, keys));
}

/**
 * `sortByName` a step at a time, for idle moments: runs of `run` names sorted one per step, then
 * merged two by two, a pair per step (20,000 names in one sort made a task of 30–70 ms; its steps
 * take a few milliseconds each).
 */
export function* sortByNameInSteps(
  structures: readonly Structure[],
  keys: readonly string[],
  run = 2048,
): Generator<undefined, Structure[], undefined> {
  const n = structures.length;
  // The order of a and b: by key, then by position in the data (a total order, so stable).
  const before = (a: number, b: number) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb || (ka === kb && a < b);
  };
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let lo = 0; lo < n; lo += run) {
    order.subarray(lo, Math.min(lo + run, n)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    yield;
  }
  let other = new Uint32Array(n);
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) other[k++] = before(order[j]!, order[i]!) ? order[j++]! : order[i++]!;
      while (i < mid) other[k++] = order[i++]!;
      while (j < hi) other[k++] = order[j++]!;
      if (hi - lo > width) yield;
    }
    [order, other] = [other, order];
  }
  const sorted = new Array<Structure>(n);
  for (let i = 0; i < n; i++) sorted[i] = structures[order[i]!]!;
  return sorted;
}

/**
 * `nameKey` of each character below U+0250 (Latin-1, Latin Extended-A and B) when it is one
 * character, else 0: a name's key then starts with fold[c0], fold[c1].
 */
let fold: Uint16Array | undefined;

/**
 * A number ordered like the first two characters of `nameKey(name)` (so a smaller prefix means a
 * smaller key), or -1 when the table cannot tell (other scripts, combining marks…).
 */
function namePrefix(name: string): number {
  if (!fold) {
    fold = new Uint16Array(0x250);
    for (let c = 1; c < 0x250; c++) {
      const key = nameKey(String.fromCharCode(c));
      if (key.length === 1) fold[c] = key.charCodeAt(0);
    }
  }
  const c0 = name.charCodeAt(0);
  const f0 = c0 < 0x250 ? fold[c0]! : 0;
  if (!f0) return -1;
  if (name.length === 1) return f0 * 0x10000;
  const c1 = name.charCodeAt(1);
  const f1 = c1 < 0x250 ? fold[c1]! : 0;
  return f1 ? f0 * 0x10000 + f1 : -1;
}

/**
 * The list without a place before the sort by name: every match, the first page in order by name
 * (the same structures, in the same order, as the full sort would put first), the rest as they come;
 * and the matching structures in the data's order (`all` itself when every structure matches).
 * Full sort keys (`normalize`: tens of milliseconds for 20,000 names) are computed only for the
 * names whose first two letters can put them on the first page.
 */
export function firstPageByName(
  all: readonly Structure[],
  filters: Filters,
  isOpen: ((s: Structure) => boolean | undefined) | undefined,
  page: number,
): FindResult & { sorted: false; structures: readonly Structure[] } {
  const matched: Structure[] = [];
  const prefixes: number[] = [];
  // The page smallest known prefixes, in order: the last one is the threshold.
  const smallest: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (!matches(s, filters, isOpen)) continue;
    const p = namePrefix(s.name);
    matched.push(s);
    prefixes.push(p);
    if (p < 0 || (smallest.length === page && p >= smallest[page - 1]!)) continue;
    let j = smallest.length === page ? page - 1 : smallest.length;
    while (j > 0 && p < smallest[j - 1]!) {
      smallest[j] = smallest[j - 1]!;
      j--;
    }
    smallest[j] = p;
  }
  const threshold = smallest.length === page ? smallest[page - 1]! : Infinity;
  // Among the candidates, indices (into `matched`) of the page smallest keys, in order; ties
  // keep the data's order (`matched` is in data order).
  const best: number[] = [];
  const keys = new Map<number, string>();
  const before = (a: number, b: number) => keys.get(a)! < keys.get(b)! || (keys.get(a) === keys.get(b) && a < b);
  for (let i = 0; i < matched.length; i++) {
    const p = prefixes[i]!;
    if (p > threshold) continue;
    keys.set(i, nameKey(matched[i]!.name));
    if (best.length === page && !before(i, best[page - 1]!)) continue;
    if (best.length === page) best.pop();
    let j = best.length;
    best.push(i);
    while (j > 0 && before(i, best[j - 1]!)) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = i;
  }
  const first = new Set(best);
  const items: FoundStructure[] = best.map((i) => ({ structure: matched[i]! }));
  for (let i = 0; i < matched.length; i++) if (!first.has(i)) items.push({ structure: matched[i]! });
  const structures = matched.length === all.length ? all : matched;
  return { items, fallback: false, sorted: false, structures };
}

