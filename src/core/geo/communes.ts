/**
 * Offline commune search over the bundled index (DESIGN §3.4). Pure: no DOM, no network; the index
 * text comes from src/data/communes.generated.js (see loadCommuneIndex).
 */

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
  /** Municipal population; 0 when unknown. */
  population: number;
}

export interface CommuneMatch {
  commune: Commune;
  /** Name with its department, which tells homonyms apart: "Saint-Denis (93)", "Saint-Denis (974)". */
  label: string;
}

export type CommuneSearch = (query: string, limit?: number) => CommuneMatch[];

/** Parses `name|insee|postcodes|department|lat|lon|approx|population` lines; skips malformed ones. */
export function parseCommuneIndex(text: string): Commune[] {
  const communes: Commune[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('|');
    if (f.length < 7) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!f[0] || !f[1] || !f[3] || !Number.isFinite(lat) || !Number.isFinite(lon) || f[4] === '' || f[5] === '') continue;
    communes.push({
      name: f[0],
      insee: f[1],
      postcodes: f[2] ? f[2].split(',') : [],
      department: f[3],
      lat,
      lon,
      approximate: f[6] === '1',
      population: Number(f[7]) || 0,
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
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return words ? words.split(' ') : [];
}

const SAINTS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte' };
const expandSaints = (words: string[]) => words.map((w) => SAINTS[w] ?? w);

export const communeLabel = (c: Commune): string => `${c.name} (${c.department})`;

const DEPARTMENT = /^(?:\d{2}|97\d|2[ab])$/;
const POSTCODE = /^\d{5}$/;
const CORSICAN_INSEE = /^2[ab]\d{3}$/;

/** Match quality, best first. */
const EXACT = 0;
const NAME_PREFIX = 1;
const WORD_PREFIX = 2;

/**
 * Builds the lookup structures once (about 100 ms for 35,000 communes), then each query is a binary
 * search in a sorted list of name suffixes starting at a word, plus a bounded top-k: well under a
 * millisecond per keystroke.
 *
 * Names are compared without their spaces, so hyphens and apostrophes are optional ("saint denis",
 * "saintdenis" and "St-Denis" all find "Saint-Denis"; "l isle" and "lisle" find "L'Isle-Adam").
 * A query matches from the start of any word of the name. Numbers narrow it: "saint denis 974"
 * (department), "lyon 69003" (postcode); a bare postcode lists every commune that has it, a bare
 * INSEE code ("2A004") its commune, 2 to 4 digits the largest communes of those postcodes.
 * Order: exact names, then names starting with the query, then a later word; within each, by
 * population, then alphabetically.
 */
export function createCommuneSearch(index: readonly Commune[]): CommuneSearch {
  const n = index.length;
  const compact: string[] = new Array(n);
  const byInsee = new Map<string, number>();
  const byPostcode = new Map<string, number[]>();
  const suffixes: { key: string; id: number; offset: number }[] = [];
  for (let id = 0; id < n; id++) {
    const c = index[id]!;
    const words = expandSaints(fold(c.name));
    const joined = words.join('');
    compact[id] = joined;
    let offset = 0;
    for (const word of words) {
      suffixes.push({ key: joined.slice(offset), id, offset });
      offset += word.length;
    }
    byInsee.set(c.insee.toLowerCase(), id);
    for (const pc of c.postcodes) {
      const list = byPostcode.get(pc);
      if (list) list.push(id);
      else byPostcode.set(pc, [id]);
    }
  }
  suffixes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  const keys = suffixes.map((s) => s.key);
  const ids = Int32Array.from(suffixes, (s) => s.id);
  const offsets = Int32Array.from(suffixes, (s) => s.offset);
  const postcodes = [...byPostcode.keys()].sort();

  // Per query: best tier of each commune seen (stamped with the query number, so never cleared).
  const seenAt = new Int32Array(n);
  const tierOf = new Uint8Array(n);
  let stamp = 0;

  const lowerBound = (list: readonly string[], q: string) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** a before b? */
  const better = (a: number, b: number) => {
    if (tierOf[a] !== tierOf[b]) return tierOf[a]! < tierOf[b]!;
    const pa = index[a]!.population;
    const pb = index[b]!.population;
    if (pa !== pb) return pa > pb;
    if (compact[a] !== compact[b]) return compact[a]! < compact[b]!;
    return index[a]!.department < index[b]!.department;
  };

  /** The `limit` best of `candidates`, in order; insertion into a short sorted list. */
  function top(candidates: Iterable<number>, limit: number, accept: (id: number) => boolean): number[] {
    const best: number[] = [];
    for (const id of candidates) {
      if (!accept(id)) continue;
      if (best.length === limit && !better(id, best[limit - 1]!)) continue;
      let i = Math.min(best.length, limit - 1);
      best[i] = id;
      while (i > 0 && better(id, best[i - 1]!)) {
        best[i] = best[i - 1]!;
        best[i - 1] = id;
        i--;
      }
    }
    return best;
  }

  /** Communes whose name matches one of the compact query variants, each with its best tier. */
  function nameCandidates(variants: string[]): number[] {
    stamp++;
    const found: number[] = [];
    for (const q of variants) {
      for (let i = lowerBound(keys, q); i < keys.length && keys[i]!.startsWith(q); i++) {
        const id = ids[i]!;
        const tier = offsets[i] === 0 ? (compact[id] === q ? EXACT : NAME_PREFIX) : WORD_PREFIX;
        if (seenAt[id] !== stamp) {
          seenAt[id] = stamp;
          tierOf[id] = tier;
          found.push(id);
        } else if (tier < tierOf[id]!) tierOf[id] = tier;
      }
    }
    return found;
  }

  function* postcodePrefix(prefix: string): Generator<number> {
    for (let i = lowerBound(postcodes, prefix); i < postcodes.length && postcodes[i]!.startsWith(prefix); i++) {
      yield* byPostcode.get(postcodes[i]!)!;
    }
  }

  const match = (ids: number[]): CommuneMatch[] =>
    ids.map((id) => ({ commune: index[id]!, label: communeLabel(index[id]!) }));

  return (query: string, limit = 8): CommuneMatch[] => {
    if (limit <= 0) return [];
    const words = fold(query);
    if (!words.length) return [];
    const numbers = words.filter((w) => /^\d+$/.test(w) || CORSICAN_INSEE.test(w) || w === '2a' || w === '2b');
    const nameWords = words.filter((w) => !numbers.includes(w));

    if (!nameWords.length) {
      const code = numbers.join('');
      // Postcode first (every commune with it, so the user can choose), then the INSEE code.
      if (POSTCODE.test(code) || CORSICAN_INSEE.test(code)) {
        stamp++;
        const found: number[] = [];
        const sorted = (list: number[]) => {
          for (const id of list) tierOf[id] = EXACT;
          return [...list].sort((a, b) => (better(a, b) ? -1 : 1));
        };
        for (const id of sorted(byPostcode.get(code) ?? [])) (seenAt[id] = stamp), found.push(id);
        const insee = byInsee.get(code);
        if (insee !== undefined && seenAt[insee] !== stamp) found.push(insee);
        return match(found);
      }
      if (/^\d{2,4}$/.test(code)) {
        // Postcodes being typed: the largest communes first.
        stamp++;
        return match(top(postcodePrefix(code), limit, (id) => {
          if (seenAt[id] === stamp) return false;
          seenAt[id] = stamp;
          tierOf[id] = EXACT;
          return true;
        }));
      }
      return [];
    }

    // "st" may be "Saint" or the start of "Stenay": try both spellings of each abbreviation.
    let variants = [''];
    for (const w of nameWords) {
      const alternatives = w in SAINTS ? [SAINTS[w]!, w] : [w];
      variants = variants.flatMap((v) => alternatives.map((a) => v + a)).slice(0, 8);
    }
    // A number narrows by department or postcode; when nothing fits, it is ignored ("Paris 15").
    const fits = (id: number) =>
      numbers.every((num) => {
        const c = index[id]!;
        if (DEPARTMENT.test(num) && c.department.toLowerCase() === num) return true;
        if (POSTCODE.test(num) || CORSICAN_INSEE.test(num)) return c.postcodes.includes(num) || c.insee.toLowerCase() === num;
        return /^\d+$/.test(num) && c.postcodes.some((pc) => pc.startsWith(num));
      });
    const candidates = nameCandidates(variants);
    if (numbers.length) {
      const narrowed = top(candidates, limit, fits);
      if (narrowed.length) return match(narrowed);
    }
    return match(top(candidates, limit, () => true));
  };
}

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

let loading: Promise<Commune[]> | undefined;

/** The bundled index, fetched once as a lazy chunk of its own on first use. */
export function loadCommuneIndex(): Promise<Commune[]> {
  if (!loading) {
    loading = import('../../data/communes.generated.js').then((m) => parseCommuneIndex(m.default));
    // A failed download (offline) may be retried later.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
