/**
 * Offline commune search: finds a commune by name, postcode, INSEE or department code as one types,
 * over an index handed in (the bundled one is loaded by src/data/communes.ts). Pure: no DOM, no
 * network.
 */
import { foldText } from '../text.js';

export interface Commune {
  name: string;
  /** INSEE code: 5 characters, "2A004" in Corsica. */
  insee: string;
  postcodes: string[];
  /** "69", "2A", "974". */
  department: string;
  lat: number;
  lon: number;
  /** True when the coordinates are not the commune's own (a postcode neighbour, its intercommunality or department). */
  approximate: boolean;
  /** Municipal population, approximate (±6 %: the index keeps its logarithm); 0 when unknown. */
  population: number;
}

export interface CommuneMatch {
  commune: Commune;
  /** Name with its department, which tells homonyms apart: "Saint-Denis (93)", "Saint-Denis (974)". */
  label: string;
}

export type CommuneSearch = (query: string, limit?: number) => CommuneMatch[];

/**
 * Parses the index's `name|insee|postcodes|lat|lon|approx|size` lines (scripts/build-communes.mjs);
 * skips malformed ones.
 * - `insee`: the code, or (shorter than 5 characters) the difference from the previous line's code;
 * - the department is the code's first 2 characters, 3 overseas ("974", "988");
 * - `size`: round(20 × log10(population + 1)), read back as an approximate population.
 */
export function parseCommuneIndex(text: string): Commune[] {
  const communes: Commune[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    const f = line.split('|');
    if (f.length < 6) continue;
    let insee = f[1]!;
    if (/^\d{1,4}$/.test(insee) && /^\d{5}$/.test(previous)) insee = String(Number(previous) + Number(insee)).padStart(5, '0');
    const lat = Number(f[3]);
    const lon = Number(f[4]);
    if (!f[0] || !/^\d[\dAB]\d{3}$/.test(insee) || !Number.isFinite(lat) || !Number.isFinite(lon) || f[3] === '' || f[4] === '') continue;
    previous = insee;
    communes.push({
      name: f[0],
      insee,
      postcodes: f[2] ? f[2].split(',') : [],
      department: /^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2),
      lat,
      lon,
      approximate: f[5] === '1',
      population: Math.round(10 ** ((Number(f[6]) || 0) / 20)) - 1,
    });
  }
  return communes;
}

/**
 * Lowercase words without accents or punctuation, "St"/"Ste" spelt out:
 * "L'Isle-sur-la-Sorgue" → "l isle sur la sorgue", "St.-Denis" → "saint denis".
 */
export function normalizeCommuneName(text: string): string {
  return expandSaints(fold(text)).join(' ');
}

function fold(text: string): string[] {
  const words = foldText(text, { spell: 'latin', words: true });
  return words ? words.split(' ') : [];
}

// A Map, not an object: typed words such as "constructor" must not find inherited properties.
const SAINTS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);
const expandSaints = (words: string[]) => words.map((w) => SAINTS.get(w) ?? w);

export const communeLabel = (c: Commune): string => `${c.name} (${c.department})`;

const DEPARTMENT = /^(?:\d{2}|97\d|2[ab])$/;
const POSTCODE = /^\d{5}$/;
const CORSICAN_INSEE = /^2[ab]\d{3}$/;
const isNumber = (w: string) => /^\d+$/.test(w) || CORSICAN_INSEE.test(w) || w === '2a' || w === '2b';

/** Keys per block, and how many best communes each block keeps (see RangeIndex). */
const BLOCK = 32;
const BLOCK_TOP = 16;

/**
 * Sorted distinct keys, each with its communes (best rank first), in blocks of BLOCK keys that
 * know their BLOCK_TOP best communes: the best communes of a key prefix then cost a look at each
 * block in the range instead of at each of its (possibly thousands of) communes.
 */
interface RangeIndex {
  keys: string[];
  /** Communes of keys[i]: ids[start[i]] to ids[start[i + 1]]. */
  start: Int32Array;
  ids: Int32Array;
  blockTop: Int32Array[];
}

function rangeIndex(groups: Map<string, number[]>, rank: Int32Array): RangeIndex {
  // Default sort (code unit order, as the binary search compares): much faster than a comparator.
  const keys = [...groups.keys()].sort();
  const start = new Int32Array(keys.length + 1);
  const ids = new Int32Array([...groups.values()].reduce((sum, g) => sum + g.length, 0));
  const byRank = (a: number, b: number) => rank[a]! - rank[b]!;
  let at = 0;
  keys.forEach((key, i) => {
    start[i] = at;
    for (const id of groups.get(key)!.sort(byRank)) ids[at++] = id;
  });
  start[keys.length] = at;
  const blockTop: Int32Array[] = [];
  for (let b = 0; b < keys.length; b += BLOCK) {
    const distinct = [...new Set(ids.subarray(start[b]!, start[Math.min(b + BLOCK, keys.length)]!))];
    blockTop.push(Int32Array.from(distinct.sort(byRank).slice(0, BLOCK_TOP)));
  }
  return { keys, start, ids, blockTop };
}

function lowerBound(list: readonly string[], q: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the lookup structures once (about 200 ms for 35,000 communes on a laptop), then a query
 * costs a few binary searches and a few hundred comparisons at most: well under a millisecond.
 *
 * Names are compared without their spaces, so hyphens and apostrophes are optional ("saint denis",
 * "saintdenis" and "St-Denis" all find "Saint-Denis"; "l isle" and "lisle" find "L'Isle-Adam").
 * A query matches from the start of any word of the name. Numbers narrow it: "saint denis 974"
 * (department), "lyon 69003" (postcode), so a label typed back finds its commune; a number that
 * fits nothing is ignored ("Paris 15"). A bare postcode lists every commune that has it (beyond
 * `limit`), a bare INSEE code ("2A004") its commune when no postcode is written so, 2 to 4 digits the
 * largest communes of those postcodes. Order: exact names, then names starting with the query, then names with a later word
 * starting with it; within each, by population, then alphabetically.
 */
export function createCommuneSearch(index: readonly Commune[]): CommuneSearch {
  const n = index.length;
  const parts = index.map((c) => expandSaints(fold(c.name)));
  const compact = parts.map((words) => words.join(''));
  // rank[id]: position by population, then name, then department; smaller is better.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ca = index[a]!;
    const cb = index[b]!;
    if (ca.population !== cb.population) return cb.population - ca.population;
    if (compact[a] !== compact[b]) return compact[a]! < compact[b]! ? -1 : 1;
    return ca.department < cb.department ? -1 : ca.department > cb.department ? 1 : 0;
  });
  const rank = new Int32Array(n);
  order.forEach((id, r) => (rank[id] = r));

  const names = new Map<string, number[]>(); // whole compact names
  const words = new Map<string, number[]>(); // suffixes from the second word on
  const postcodeGroups = new Map<string, number[]>();
  const byInsee = new Map<string, number>();
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (let id = 0; id < n; id++) {
    const c = index[id]!;
    add(names, compact[id]!, id);
    const name = compact[id]!;
    const nameParts = parts[id]!;
    for (let w = 0, offset = 0; w < nameParts.length - 1; w++) {
      offset += nameParts[w]!.length;
      add(words, name.slice(offset), id);
    }
    for (const pc of c.postcodes) add(postcodeGroups, pc, id);
    byInsee.set(c.insee.toLowerCase(), id);
  }
  const nameIndex = rangeIndex(names, rank);
  const wordIndex = rangeIndex(words, rank);
  const postcodeIndex = rangeIndex(postcodeGroups, rank);

  /**
   * The `want` best communes (by rank) under keys starting with q, not in `skip`, passing `accept`.
   * Whole blocks contribute their kept best; a filter or a large `want` reads every commune.
   */
  function best(ix: RangeIndex, q: string, want: number, skip: Set<number>, accept?: (id: number) => boolean): number[] {
    const lo = lowerBound(ix.keys, q);
    // Keys are [a-z0-9]: every key starting with q sorts before q + U+FFFF.
    const hi = lowerBound(ix.keys, `${q}\uffff`);
    const firstBlock = Math.ceil(lo / BLOCK);
    const endBlock = Math.floor(hi / BLOCK); // blocks [firstBlock, endBlock) lie inside [lo, hi)
    // A block's kept best hold the range's best unless a filter or too many skipped ids get in the way.
    const wholeBlocks = !accept && want + skip.size <= BLOCK_TOP && firstBlock < endBlock;
    // The best so far, in rank order; lists are in rank order too, so each stops at the first
    // commune worse than the current last.
    const top: number[] = [];
    const scan = (list: ArrayLike<number>, from: number, to: number) => {
      for (let j = from; j < to; j++) {
        const id = list[j]!;
        if (top.length === want && rank[id]! >= rank[top[want - 1]!]!) return;
        if (skip.has(id) || top.includes(id) || (accept && !accept(id))) continue;
        let i = top.length === want ? want - 1 : top.length;
        while (i > 0 && rank[top[i - 1]!]! > rank[id]!) top[i] = top[--i]!;
        top[i] = id;
      }
    };
    const readKeys = (from: number, to: number) => {
      for (let i = from; i < to; i++) scan(ix.ids, ix.start[i]!, ix.start[i + 1]!);
    };
    if (!wholeBlocks) readKeys(lo, hi);
    else {
      readKeys(lo, firstBlock * BLOCK);
      for (let b = firstBlock; b < endBlock; b++) scan(ix.blockTop[b]!, 0, ix.blockTop[b]!.length);
      readKeys(endBlock * BLOCK, hi);
    }
    return top;
  }

  const match = (ids: number[]): CommuneMatch[] =>
    ids.map((id) => ({ commune: index[id]!, label: communeLabel(index[id]!) }));

  function byName(variants: string[], limit: number, accept?: (id: number) => boolean): number[] {
    const result: number[] = [];
    const skip = new Set<number>();
    const push = (ids: number[]) => {
      for (const id of ids.sort((a, b) => rank[a]! - rank[b]!)) {
        if (result.length < limit && !skip.has(id)) result.push(id);
        skip.add(id);
      }
    };
    push(variants.flatMap((q) => names.get(q) ?? []).filter((id) => !accept || accept(id)));
    for (const ix of [nameIndex, wordIndex]) {
      if (result.length >= limit) break;
      const want = limit - result.length;
      const before = new Set(skip);
      push(variants.flatMap((q) => best(ix, q, want, before, accept)));
    }
    return result;
  }

  return (query: string, limit = 8): CommuneMatch[] => {
    if (limit <= 0) return [];
    const { variants, numbers } = communeQuery(query);

    if (!variants.length) {
      const code = numbers.join('');
      // A postcode wins (every commune with it, so the user can choose): "69003" is Lyon's
      // postcode, not Albigny-sur-Saône's INSEE code. An INSEE code when no postcode matches.
      if (POSTCODE.test(code) || CORSICAN_INSEE.test(code)) {
        const found = [...(postcodeGroups.get(code) ?? [])].sort((a, b) => rank[a]! - rank[b]!);
        if (found.length) return match(found);
        const insee = byInsee.get(code);
        return insee === undefined ? [] : match([insee]);
      }
      // Postcodes being typed: their largest communes.
      if (/^\d{2,4}$/.test(code)) return match(best(postcodeIndex, code, limit, new Set()));
      return [];
    }

    if (numbers.length) {
      const fits = (id: number) => fitsNumbers(index[id]!, numbers);
      const narrowed = byName(variants, limit, fits);
      if (narrowed.length) return match(narrowed);
    }
    return match(byName(variants, limit));
  };
}

/**
 * What a query asks for: its name words as compact variants ("st m" → "saintm" and "stm": "st" may be
 * "Saint" or the start of "Stenay"; at most 8), and its numbers (postcodes, INSEE or department codes).
 */
export function communeQuery(query: string): { variants: string[]; numbers: string[] } {
  const all = fold(query);
  const numbers = all.filter(isNumber);
  const nameWords = all.filter((w) => !isNumber(w));
  if (!nameWords.length) return { variants: [], numbers };
  let variants = [''];
  for (const w of nameWords) {
    const saint = SAINTS.get(w);
    const alternatives = saint ? [saint, w] : [w];
    variants = variants.flatMap((v) => alternatives.map((a) => v + a)).slice(0, 8);
  }
  return { variants, numbers };
}

/**
 * Whether a commune has every number typed after a name (folded, from `communeQuery`): its
 * department ("974"), a postcode or INSEE code, or the start of a postcode.
 */
export function fitsNumbers(c: Commune, numbers: readonly string[]): boolean {
  return numbers.every((num) => {
    if (DEPARTMENT.test(num) && c.department.toLowerCase() === num) return true;
    if (POSTCODE.test(num) || CORSICAN_INSEE.test(num)) return c.postcodes.includes(num) || c.insee.toLowerCase() === num;
    return /^\d+$/.test(num) && c.postcodes.some((pc) => pc.startsWith(num));
  });
}

/** A commune's name as the search compares it: folded, "St" spelt out, without spaces. */
export const compactCommuneName = (name: string): string => expandSaints(fold(name)).join('');

const searches = new WeakMap<readonly Commune[], CommuneSearch>();

/** One search over an index; the lookup structures are built on the first call and kept. */
export function searchCommunes(index: readonly Commune[], query: string, limit = 8): CommuneMatch[] {
  let search = searches.get(index);
  if (!search) {
    search = createCommuneSearch(index);
    searches.set(index, search);
  }
  return search(query, limit);
}
