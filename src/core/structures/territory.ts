/**
 * Is a point in France (mainland, Corsica, overseas departments and collectivities)? Boxes, not
 * outlines: this only catches obviously wrong coordinates (swapped, zero, another country far
 * away); the boxes are slightly generous so that coastal and island places are never rejected.
 */

/** [south, north, west, east] in degrees. */
type Box = readonly [number, number, number, number];

export const FRANCE_BOXES: Readonly<Record<string, Box>> = {
  'mainland-corsica': [41.3, 51.15, -5.25, 9.6],
  guadeloupe: [15.8, 16.55, -61.85, -60.95],
  martinique: [14.35, 14.9, -61.25, -60.8],
  guyane: [2.1, 5.8, -54.65, -51.6],
  'la-reunion': [-21.4, -20.85, 55.2, 55.85],
  mayotte: [-13.05, -12.6, 44.95, 45.35],
  'saint-pierre-et-miquelon': [46.7, 47.15, -56.45, -56.1],
  'saint-barthelemy': [17.85, 17.98, -62.95, -62.78],
  'saint-martin': [18.0, 18.13, -63.16, -62.96],
  'wallis-et-futuna': [-14.4, -13.15, -178.25, -176.1],
  'polynesie-francaise': [-28.0, -7.8, -154.8, -134.4],
  'nouvelle-caledonie': [-23.0, -18.0, 163.0, 169.0],
};

/** Flat [south, north, west, east, …], mainland first: the common case returns at once. */
const BOXES = Object.values(FRANCE_BOXES).flat();

export function isInFrance(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  for (let i = 0; i < BOXES.length; i += 4) {
    if (lat >= BOXES[i]! && lat <= BOXES[i + 1]! && lon >= BOXES[i + 2]! && lon <= BOXES[i + 3]!) return true;
  }
  return false;
}
