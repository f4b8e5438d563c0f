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
