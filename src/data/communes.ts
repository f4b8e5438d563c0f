/**
 * The bundled commune index (written by scripts/build-communes.mjs), split into small lazy chunks so
 * that a search never downloads it whole:
 * - the head: the largest communes, loaded when a search field gets the focus, which answers
 *   suggestions at once (and gives the offline map its place names);
 * - name parts, by the first letters of the folded name, and code parts, by postcode / INSEE
 *   prefix (the département, "20" for Corsica, "971"… overseas), loaded as a query narrows to one
 *   or two of them; suggestions shown from what is there are refined when they arrive.
 * Parsed communes are shared between parts (one object per INSEE code).
 */
import {
  communeQuery,
  compactCommuneName,
  createCommuneSearch,
  fitsNumbers,
  parseCommuneIndex,
  type Commune,
  type CommuneMatch,
  type CommuneSearch,
} from '../core/geo/communes.js';
import { NAME_STARTS, loadCodePart, loadHead, loadNamePart } from './communes.generated.js';

export type { Commune, CommuneMatch, CommuneSearch };

/**
 * A name query loads its parts once it falls in this many name parts at most (else the head answers);
 * `npm run size` counts the two heaviest neighbouring ones in a first search.
 */
const MAX_NAME_PARTS = 2;

const loaded = new Map<string, Commune[]>();
const pending = new Map<string, Promise<Commune[]>>();
const byInsee = new Map<string, Commune>();
const codeParts: ReadonlyMap<string, () => Promise<{ default: string }>> = new Map(Object.entries(loadCodePart));

function loader(id: string): (() => Promise<{ default: string }>) | undefined {
  if (id === 'head') return loadHead;
  if (id.startsWith('n')) return loadNamePart[Number(id.slice(1))];
  return codeParts.get(id.slice(1));
}

/** A part ("head", "n12", "c69"), downloaded and parsed once; a failed download may be retried. */
function part(id: string): Promise<Commune[]> {
  const done = loaded.get(id);
  if (done) return Promise.resolve(done);
  let promise = pending.get(id);
  if (!promise) {
    const load = loader(id);
    promise = (load ? load() : Promise.resolve({ default: '' })).then((m) => {
      const communes = parseCommuneIndex(m.default).map((c) => {
        const known = byInsee.get(c.insee);
        if (known) return known;
        byInsee.set(c.insee, c);
        return c;
      });
      loaded.set(id, communes);
      pending.delete(id);
      // A name part's search is made as it arrives, not on the keystroke that first needs it.
      if (id.startsWith('n')) searchOf(id);
      return communes;
    });
    pending.set(id, promise);
    promise.catch(() => pending.delete(id));
  }
  return promise;
}

/** "69", "20" for Corsica (2A…, 2B…, 20…), "971" overseas; undefined for a prefix too short to tell. */
export function codeKey(code: string): string | undefined {
  const c = code.trim().toLowerCase();
  if (/^9[78]/.test(c)) return c.length >= 3 ? c.slice(0, 3) : undefined;
  if (/^2[0ab]/.test(c)) return '20';
  return /^\d\d/.test(c) ? c.slice(0, 2) : undefined;
}

/** The index of the name part holding a compact key. */
function namePartOf(key: string): number {
  let lo = 0;
  let hi = NAME_STARTS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (NAME_STARTS[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** The parts besides the head that answer a query completely (none while it is too short to tell). */
export function partsFor(query: string): string[] {
  const { variants, numbers } = communeQuery(query);
  if (!variants.length) {
    const key = codeKey(numbers.join(''));
    return key && codeParts.has(key) ? [`c${key}`] : [];
  }
  // The parts of each spelling ("saint m" before "st m"), as long as they are MAX_NAME_PARTS in all.
  const ids = new Set<string>();
  for (const v of variants) {
    const first = namePartOf(v);
    const last = namePartOf(`${v}\uffff`);
    const more = [];
    for (let i = first; i <= last && i - first < MAX_NAME_PARTS; i++) if (!ids.has(`n${i}`)) more.push(`n${i}`);
    if (last - first + 1 <= MAX_NAME_PARTS && ids.size + more.length <= MAX_NAME_PARTS) more.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** A search over each loaded part, built on its first use (a few milliseconds for a part). */
const searches = new Map<string, CommuneSearch>();
function searchOf(id: string): CommuneSearch {
  let search = searches.get(id);
  if (!search) searches.set(id, (search = createCommuneSearch(loaded.get(id) ?? [])));
  return search;
}

/** Loads the head (the largest communes): call it when a search field gets the focus. */
export function prepareCommuneSearch(): Promise<void> {
  return part('head').then(() => undefined);
}

/**
 * Suggestions from what is already loaded, without waiting: the head and the parts of this query
 * that have arrived. Empty until the head is there. Call `findCommunes` for the complete answer.
 */
export function suggestCommunes(query: string, limit = 8): CommuneMatch[] {
  if (!loaded.has('head')) return [];
  const ids = partsFor(query).filter((id) => loaded.has(id));
  if (!ids.length) return searchOf('head')(query, limit);
  const { variants, numbers } = communeQuery(query);
  // A code part holds every commune of its prefix.
  if (!variants.length) return searchOf(ids[0]!)(query, limit);
  // Name parts hold every commune whose name starts with the query; the head adds the largest
  // whose later word does ("denis": Saint-Denis). Merged in the search's order: whole names, then
  // names that start with the query, then later words; by population, name and department.
  const seen = new Set<string>();
  const found: { m: CommuneMatch; tier: number; name: string }[] = [];
  for (const id of [...ids, 'head']) {
    for (const m of searchOf(id)(query, limit)) {
      if (seen.has(m.commune.insee)) continue;
      seen.add(m.commune.insee);
      const name = compactName(m.commune);
      found.push({ m, name, tier: variants.includes(name) ? 0 : variants.some((v) => name.startsWith(v)) ? 1 : 2 });
    }
  }
  const order = (a: (typeof found)[number], b: (typeof found)[number]) =>
    a.tier - b.tier ||
    b.m.commune.population - a.m.commune.population ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.m.commune.department < b.m.commune.department ? -1 : a.m.commune.department > b.m.commune.department ? 1 : 0);
  // Numbers narrow the names when some fit ("saint pierre 975"), as within one search.
  const fitting = numbers.length ? found.filter((f) => fitsNumbers(f.m.commune, numbers)) : found;
  return (fitting.length ? fitting : found).sort(order).slice(0, limit).map((f) => f.m);
}

/** Loads the parts a query needs besides the head; a part that fails leaves the head's answer. */
export async function loadPartsFor(query: string): Promise<void> {
  await part('head');
  await Promise.allSettled(partsFor(query).map(part));
}

/**
 * The communes a query finds, once the parts it needs are loaded. Rejects only when the head cannot
 * be downloaded; a part that fails leaves the answer the head gives.
 */
export async function findCommunes(query: string, limit = 8): Promise<CommuneMatch[]> {
  await loadPartsFor(query);
  return suggestCommunes(query, limit);
}

/**
 * The head and a search over what is loaded: the same as `suggestCommunes` once it resolves
 * (what the contact forms use; `findCommunes` waits for a query's parts).
 */
export async function loadCommuneSearch(): Promise<CommuneSearch> {
  await part('head');
  return suggestCommunes;
}

/** The largest communes (the head part), for the offline map's place names. */
export function loadLargestCommunes(): Promise<readonly Commune[]> {
  return part('head');
}

// ——— placing rows by their codes ———

export interface CommuneRef {
  inseeCode?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
}

/** Paris, Lyon and Marseille's arrondissements (their own INSEE codes in many files) → the commune. */
function communeInsee(code: string): string {
  if (/^751(?:0[1-9]|1\d|20)$/.test(code)) return '75056';
  if (/^6938[1-9]$/.test(code)) return '69123';
  if (/^132(?:0[1-9]|1[0-6])$/.test(code)) return '13055';
  return code;
}

/** A 5-character code as files write it: spaces dropped, a leading zero lost by a spreadsheet put back. */
function code(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const c = String(value).replace(/\s+/g, '').toUpperCase();
  if (/^\d{4}$/.test(c)) return `0${c}`;
  return /^(?:\d{5}|2[AB]\d{3})$/.test(c) ? c : undefined;
}

/** A city name as written in addresses, compacted: "Lyon Cedex 03" and "LYON 3E" → "lyon". */
function cityKey(city: unknown): string {
  if (typeof city !== 'string') return '';
  const words = city.replace(/\bcedex\b.*$/i, '').replace(/\b\d+\s*(?:e|er|ème|eme)?\b.*$/i, '');
  return compactCommuneName(words.replace(/\barrondissement\b/gi, ''));
}

const compactNames = new WeakMap<Commune, string>();
function compactName(c: Commune): string {
  let name = compactNames.get(c);
  if (name === undefined) compactNames.set(c, (name = compactCommuneName(c.name)));
  return name;
}

/** The one commune among `pool` whose name is the city's (or, failing that, starts with it). */
function byCity(pool: readonly Commune[], city: string): Commune | undefined {
  if (!city) return undefined;
  const names = pool.map(compactName);
  const exact = pool.filter((_, i) => names[i] === city);
  if (exact.length) return exact.length === 1 ? exact[0] : undefined;
  const starting = pool.filter((_, i) => names[i]!.startsWith(city) || city.startsWith(names[i]!));
  return starting.length === 1 ? starting[0] : undefined;
}

/**
 * Each ref's commune: INSEE code first, else postcode (+ city name when a postcode has several
 * communes), else undefined. Loads only the parts of the index it needs (by département / postcode
 * prefix). Never rejects for a bad ref (undefined); rejects only when the index cannot be downloaded.
 */
export async function locateCommunes(refs: readonly CommuneRef[]): Promise<(Commune | undefined)[]> {
  const wanted = refs.map((ref) => {
    const insee = code(ref?.inseeCode);
    return { insee: insee && communeInsee(insee), postcode: code(ref?.postcode), city: cityKey(ref?.city) };
  });
  const keys = new Set(wanted.flatMap((w) => [w.insee, w.postcode].map((c) => (c ? codeKey(c) : undefined))));
  const ids = [...keys].filter((k): k is string => !!k && codeParts.has(k)).map((k) => `c${k}`);
  await Promise.all(ids.map(part));
  const postcodes = new Map<string, Commune[]>();
  for (const id of ids) {
    for (const c of loaded.get(id)!) {
      for (const pc of c.postcodes) {
        const list = postcodes.get(pc);
        if (!list) postcodes.set(pc, [c]);
        else if (!list.includes(c)) list.push(c);
      }
    }
  }
  return wanted.map(({ insee, postcode, city }) => {
    const known = insee ? byInsee.get(insee) : undefined;
    if (known) return known;
    if (!postcode) return undefined;
    const found = postcodes.get(postcode) ?? [];
    if (found.length === 1) return found[0];
    if (found.length > 1) return byCity(found, city);
    // A postcode of no commune (a CEDEX, a typo): the city among the communes of its département.
    const key = codeKey(postcode);
    return key ? byCity(loaded.get(`c${key}`) ?? [], city) : undefined;
  });
}

