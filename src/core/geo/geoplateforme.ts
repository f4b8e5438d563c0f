/**
 * Client for the IGN Géoplateforme geocoder, used only when the integrator opts in
 * (`geocoder="geoplateforme"`): the typed place then leaves the page for data.geopf.fr. Pure apart
 * from the injected fetch. See docs/data-standards.md, "Geocoders".
 */

export const GEOPLATEFORME_SEARCH = 'https://data.geopf.fr/geocodage/search';
/** Required attribution for Géoplateforme results. */
export const GEOPLATEFORME_CREDIT = 'BAN / IGN';

export interface Place {
  label: string;
  lat: number;
  lon: number;
  postcode?: string;
  /** INSEE code of the commune ("citycode"). */
  insee?: string;
  /** "69", "2A", "974". */
  department?: string;
}

export type PlaceSearchResult =
  | { ok: true; places: Place[] }
  | {
      ok: false;
      /** `aborted`: the caller's signal fired (a newer query replaced this one): show nothing. */
      reason: 'no-match' | 'rate-limited' | 'bad-request' | 'network' | 'aborted';
      detail?: string;
      /** Seconds to wait, from `retry-after` (rate-limited only). */
      retryAfter?: number;
    };

/**
 * The search URL: the Géoplateforme's municipality search, or a custom template whose `{query}`
 * placeholders receive the encoded query (a template without one gets a `q` parameter).
 */
export function geocodeUrl(template: string, query: string): string {
  const q = encodeURIComponent(query.trim());
  if (template === 'geoplateforme') return `${GEOPLATEFORME_SEARCH}?q=${q}&type=municipality&limit=5`;
  if (template.includes('{query}')) return template.split('{query}').join(q);
  return `${template}${template.includes('?') ? '&' : '?'}q=${q}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const DEPARTMENT = /^(?:\d{2}|97\d|2[AB])$/;

function parseFeature(feature: unknown): Place | undefined {
  if (!isRecord(feature) || !isRecord(feature.geometry)) return undefined;
  const coordinates = feature.geometry.coordinates;
  // GeoJSON order is [lon, lat] in degrees; properties.x/y are Lambert-93 metres and never used.
  if (!Array.isArray(coordinates) || coordinates.length < 2) return undefined;
  const [lon, lat] = coordinates as unknown[];
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  const p = isRecord(feature.properties) ? feature.properties : {};
  const label = text(p.label) ?? text(p.name) ?? text(p.city);
  if (!label) return undefined;
  const place: Place = { label, lat, lon };
  const postcode = text(p.postcode);
  if (postcode) place.postcode = postcode;
  const insee = text(p.citycode);
  if (insee) place.insee = insee;
  // context is "69, Rhône, Auvergne-Rhône-Alpes"; the INSEE code is the fallback.
  const fromContext = text(p.context)?.split(',')[0]?.trim();
  const department =
    fromContext && DEPARTMENT.test(fromContext)
      ? fromContext
      : insee && /^97/.test(insee)
        ? insee.slice(0, 3)
        : insee?.slice(0, 2);
  if (department && DEPARTMENT.test(department)) place.department = department;
  return place;
}

/** Places from a Géoplateforme search response; anything malformed is skipped, never thrown. */
export function parseGeoplateforme(json: unknown): Place[] {
  try {
    if (!isRecord(json) || !Array.isArray(json.features)) return [];
    return json.features.map(parseFeature).filter((p): p is Place => p !== undefined);
  } catch {
    return [];
  }
}

/** `retry-after` as seconds: a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The 400 body `{code, message, detail: [...]}` as one line of text. */
function errorDetail(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const parts = [text(body.message), ...(Array.isArray(body.detail) ? body.detail : [body.detail]).map(text)];
  const joined = parts.filter(Boolean).join(' — ');
  return joined || undefined;
}

const isAbort = (error: unknown, signal?: AbortSignal) =>
  signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');

/** Runs a search; resolves with a result for every outcome, never rejects. */
export async function searchPlaces(
  url: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  signal?: AbortSignal,
): Promise<PlaceSearchResult> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    if (isAbort(error, signal)) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
  if (signal?.aborted) return { ok: false, reason: 'aborted' };
  if (response.status === 429) {
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    const result: PlaceSearchResult = { ok: false, reason: 'rate-limited' };
    if (retryAfter !== undefined) result.retryAfter = retryAfter;
    const detail = errorDetail(body);
    if (detail) result.detail = detail;
    return result;
  }
  if (response.status >= 400 && response.status < 500) {
    const detail = errorDetail(body) ?? `HTTP ${response.status}`;
    return { ok: false, reason: 'bad-request', detail };
  }
  if (!response.ok) return { ok: false, reason: 'network', detail: `HTTP ${response.status}` };
  if (!isRecord(body) || !Array.isArray(body.features)) {
    return { ok: false, reason: 'network', detail: 'not a GeoJSON FeatureCollection' };
  }
  const places = parseGeoplateforme(body);
  return places.length ? { ok: true, places } : { ok: false, reason: 'no-match' };
}
