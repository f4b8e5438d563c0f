/**
 * The structures that have another one close by: the only ones that may be the same place listed
 * twice in a file (same name within 50 m, see merge.ts). Positions are bucketed in cells a little
 * larger than the radius, in a hash table of typed arrays: numbers only, so that a file of 20,000
 * rows is gone through in a few milliseconds, without folding or hashing a single name.
 */
import type { Structure } from './model.js';

/** Two rows of one file with the same name closer than this are one place (merge.ts). */
export const SAME_PLACE_KM = 0.05;

/** A little under a degree of latitude (111.2 km): cells slightly larger than the radius. */
const KM_PER_DEGREE = 110;
const RAD = Math.PI / 180;

/**
 * The structures with another within `radiusKm` (and some a little further: those in the cells
 * around theirs), in their order. `pause` is called every 1,024 structures and may return a
 * promise to wait for.
 */
export async function closeTogether(
  structures: readonly Structure[],
  radiusKm: number,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<Structure[]> {
  const n = structures.length;
  const cellDeg = radiusKm / KM_PER_DEGREE;
  const around = Math.ceil(360 / cellDeg);
  let size = 1024;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  // Open addressing: a cell's row and column, and the first structure in it (-1: a free slot).
  const rows = new Int32Array(size);
  const columns = new Int32Array(size);
  const first = new Int32Array(size).fill(-1);
  const close = new Uint8Array(n);
  let found = 0;
  const slot = (row: number, column: number): number => {
    let h = Math.imul(Math.imul(row, 0x9e3779b1) ^ column, 0x85ebca6b);
    h = (h ^ (h >>> 15)) & mask;
    while (first[h]! >= 0 && (rows[h] !== row || columns[h] !== column)) h = (h + 1) & mask;
    return h;
  };
  const mark = (i: number) => {
    if (!close[i]) {
      close[i] = 1;
      found++;
    }
  };
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 1023) await pause();
    const { lat, lon } = structures[i]!;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const row = Math.floor(lat / cellDeg);
    const column = Math.floor((lon + 180) / cellDeg) % around;
    // A degree of longitude shrinks with latitude: more columns at the band's far edge.
    const span = Math.min(around >> 1, Math.ceil(1 / Math.cos(Math.min(89.9, Math.abs(lat) + cellDeg * 2) * RAD)));
    for (let r = row - 1; r <= row + 1; r++) {
      for (let dc = -span; dc <= span; dc++) {
        // A cell's other structures were marked when they joined its first one: marking that one is enough.
        const other = first[slot(r, (((column + dc) % around) + around) % around)]!;
        if (other >= 0) {
          mark(other);
          mark(i);
        }
      }
    }
    const h = slot(row, column);
    if (first[h]! < 0) {
      rows[h] = row;
      columns[h] = column;
      first[h] = i;
    }
  }
  const result: Structure[] = [];
  if (found) for (let i = 0; i < n; i++) if (close[i]) result.push(structures[i]!);
  return result;
}
