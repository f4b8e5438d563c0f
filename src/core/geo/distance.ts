import { formatNumber, type Lang } from '../i18n.js';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine: accurate enough for "how far is it" at any range). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  // min(): rounding can push h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const NBSP = '\u00a0';

/**
 * A distance for people: "800 m" under 1 km (to 10 m), "2,4 km" under 10 km, "35 km" beyond.
 * Metres in both languages (English-speaking users in France read km); only the decimal mark and
 * digit grouping change. A no-break space keeps the number and its unit on one line.
 */
export function formatDistance(km: number, lang: Lang): string {
  if (!Number.isFinite(km) || km < 0) return '';
  const metres = Math.round(km * 100) * 10;
  if (metres < 1000) return `${metres}${NBSP}m`;
  // Rounded first, so 9.96 km reads "10 km" rather than "10,0 km".
  const digits = Math.round(km * 10) < 100 ? 1 : 0;
  const value = formatNumber(km, lang, digits);
  return `${value}${NBSP}km`;
}

const NUMBER = '([+-]?\\d{1,3}(?:\\.\\d+)?)';
const FRENCH_NUMBER = '([+-]?\\d{1,3}(?:,\\d+)?)';
/** "48.85,2.35", "48.85, 2.35", "48.85 2.35", "48.85;2.35", and French "48,85 ; 2,35". */
const PATTERNS = [
  new RegExp(`^${NUMBER}\\s*[,;\\s]\\s*${NUMBER}$`),
  new RegExp(`^${FRENCH_NUMBER}\\s*(?:;|\\s)\\s*${FRENCH_NUMBER}$`),
];

/** A `lat,lon` pair in degrees (as in the `near` attribute), or undefined when it is not one. */
export function parseLatLon(text: string | null | undefined): LatLon | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  for (const pattern of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const lat = Number(m[1]!.replace(',', '.'));
    const lon = Number(m[2]!.replace(',', '.'));
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
    return undefined;
  }
  return undefined;
}
