/**
 * The bundled commune index (written by scripts/build-communes.mjs), fetched once as a lazy chunk
 * of its own and parsed for the offline commune search of src/core/geo/communes.ts.
 */
import { createCommuneSearch, parseCommuneIndex, searchCommunes, type Commune, type CommuneSearch } from '../core/geo/communes.js';

// The finder loads this module alone when it needs the search.
export { createCommuneSearch };

let loading: Promise<Commune[]> | undefined;

/** The bundled index, fetched once as a lazy chunk of its own on first use. */
export function loadCommuneIndex(): Promise<Commune[]> {
  if (!loading) {
    loading = import('./communes.generated.js').then((m) => parseCommuneIndex(m.default));
    // A failed download (offline) may be retried later.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * The bundled index and its search, ready to answer keystrokes: call it when the search field gets
 * focus so that loading (~520 KB gzip) and building (~200 ms) happen before the first keystroke.
 */
export async function loadCommuneSearch(): Promise<CommuneSearch> {
  const index = await loadCommuneIndex();
  return (query, limit) => searchCommunes(index, query, limit);
}

// Communes for structures' codes (placement at the commune, far positions), over the whole index.
import { normalizeCommuneName } from '../core/geo/communes.js';

export interface CommuneRef { inseeCode?: string | undefined; postcode?: string | undefined; city?: string | undefined }

/** The index's communes by INSEE code and by postcode, made once. */
let lookup: { index: Commune[]; byInsee: Map<string, Commune>; byPostcode: Map<string, Commune[]> } | undefined;

/**
 * Each ref's commune: INSEE code first (an arrondissement of Paris, Lyon or Marseille gives its
 * city), else postcode (+ city name when a postcode has several communes), else undefined. Loads
 * the index. Never rejects for a bad ref (undefined); rejects only when the index cannot be
 * downloaded.
 */
export async function locateCommunes(refs: readonly CommuneRef[]): Promise<(Commune | undefined)[]> {
  const index = await loadCommuneIndex();
  if (lookup?.index !== index) {
    const byInsee = new Map<string, Commune>();
    const byPostcode = new Map<string, Commune[]>();
    for (const c of index) {
      byInsee.set(c.insee, c);
      for (const pc of c.postcodes) byPostcode.set(pc, [...(byPostcode.get(pc) ?? []), c]);
    }
    lookup = { index, byInsee, byPostcode };
  }
  const { byInsee, byPostcode } = lookup;
  const city = (code: string) => (/^751(0[1-9]|1\d|20)$/.test(code) ? '75056' : /^6938[1-9]$/.test(code) ? '69123' : /^132(0[1-9]|1[0-6])$/.test(code) ? '13055' : code);
  return refs.map(({ inseeCode, postcode, city: name }) => {
    const byCode = inseeCode ? byInsee.get(city(inseeCode.trim().toUpperCase())) : undefined;
    if (byCode || !postcode) return byCode;
    const candidates = byPostcode.get(postcode.trim()) ?? [];
    if (candidates.length <= 1) return candidates[0];
    const wanted = name ? normalizeCommuneName(name) : '';
    return candidates.find((c) => normalizeCommuneName(c.name) === wanted);
  });
}
