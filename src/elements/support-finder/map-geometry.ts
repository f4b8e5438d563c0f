/**
 * The map's geometry: Web Mercator in "world" units, France's areas, and the offline outline.
 */
import { geoMercatorRaw } from 'd3-geo';
import outline from '../../data/france-outline.generated.js';

export type Bounds = [[number, number], [number, number]];

/** Areas reachable in one action: mainland France and each overseas department. */
export const AREAS: { id: string; bounds: Bounds }[] = [
  { id: 'metropole', bounds: [[-5.2, 41.3], [9.6, 51.1]] },
  { id: 'guadeloupe', bounds: [[-61.85, 15.8], [-61.0, 16.55]] },
  { id: 'martinique', bounds: [[-61.25, 14.38], [-60.8, 14.9]] },
  { id: 'guyane', bounds: [[-54.6, 2.1], [-51.6, 5.8]] },
  { id: 'reunion', bounds: [[55.2, -21.4], [55.85, -20.85]] },
  { id: 'mayotte', bounds: [[45.0, -13.0], [45.3, -12.63]] },
];

export const TILE_SIZE = 256;
const TAU = 2 * Math.PI;
const EQUATOR_KM = 40075.017;
const RAD = Math.PI / 180;

/**
 * Web Mercator in "world" units: the whole world spans [-0.5, 0.5] (d3-geo's raw Mercator, scaled),
 * so that a d3-zoom scale k shows it k pixels wide and tile zoom z is log2(k / 256). The finder
 * needs no clipping or resampling (France is far from the antimeridian), hence the raw projection.
 */
export function project([lon, lat]: [number, number]): [number, number] {
  const [x, y] = geoMercatorRaw(lon * RAD, Math.max(-85, Math.min(85, lat)) * RAD);
  return [x / TAU, -y / TAU];
}

/** Kilometres at a latitude in world units: Web Mercator stretches 1 km to 1 / (40,075 × cos φ) of the world's width. */
export function kmToWorld(km: number, lat: number): number {
  return km / (EQUATOR_KM * Math.cos(lat * RAD));
}

export function unproject(x: number, y: number): [number, number] {
  const [lambda, phi] = geoMercatorRaw.invert!(x * TAU, -y * TAU);
  return [lambda / RAD, phi / RAD];
}

/** The offline outline (see scripts/build-outline.mjs) as an SVG path in world units. */
export function outlinePath(): string {
  return ringsPath(outline);
}

/**
 * Rings encoded by scripts/build-outline.mjs (longitude,latitude differences in 1/100 degree,
 * points separated by spaces, rings by ";") as an SVG path in world units.
 */
export function ringsPath(rings: string): string {
  let d = '';
  if (!rings) return d;
  for (const ring of rings.split(';')) {
    let lon = 0;
    let lat = 0;
    ring.split(' ').forEach((pair, i) => {
      const comma = pair.indexOf(',');
      lon += Number(pair.slice(0, comma));
      lat += Number(pair.slice(comma + 1));
      const [x, y] = project([lon / 100, lat / 100]);
      d += `${i ? 'L' : 'M'}${x.toFixed(7)},${y.toFixed(7)}`;
    });
    d += 'Z';
  }
  return d;
}
