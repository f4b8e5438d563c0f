/**
 * The map's first clustering input: structures counted into small square cells of Web Mercator
 * "world" units (the world spans [-0.5, 0.5]). Pure arithmetic, no DOM: the finder's model counts
 * them while it reads a large file, and hands them to the map with the structures they describe.
 */
import type { Structure } from '../structures/model.js';

/** A marker's properties: in the index of zooms 3–6, `count` is the structures of its cell. */
export interface PointProps {
  id: string;
  name: string;
  count?: number;
}

export type CellPoint = GeoJSON.Feature<GeoJSON.Point, PointProps>;

/** Cells by key (see `addToCells`), each a point weighted by its structures. */
export type MapCells = Map<number, CellPoint>;

/**
 * The index of zooms 3–6 holds one point per cell of CELL world units (4 pixels at zoom 7, 2 at
 * zoom 6), weighted by the structures in it: structures that close always end in the same cluster
 * at those zooms, and the index is built from far fewer points (20,000 structures at real commune
 * coordinates fill a few thousand cells).
 */
const CELL = 4 / (256 * 2 ** 7);
const TAU = 2 * Math.PI;
const RAD = Math.PI / 180;

/**
 * Structures `from` to `to` counted into their cells (those outside France are left out). With
 * `positions`, their coordinates are also copied there (by index), read once for both.
 */
export function addToCells(cells: MapCells, structures: readonly Structure[], from = 0, to = structures.length, positions?: { lat: Float64Array; lon: Float64Array }): MapCells {
  for (let i = from; i < to; i++) {
    const s = structures[i]!;
    if (positions) {
      positions.lat[i] = s.lat;
      positions.lon[i] = s.lon;
    }
    if (s.positionWarning === 'outside-france') continue;
    // The Mercator projection spelt out (no arrays made): 20,000 structures took 25 ms through
    // the map's `project`, 5 this way.
    const x = s.lon / 360;
    const y = -Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, s.lat)) * RAD) / 2)) / TAU;
    // Cell coordinates are within ±4,096 (the world is 8,192 cells wide).
    const key = (Math.floor(x / CELL) + 8192) * 16384 + Math.floor(y / CELL) + 8192;
    const cell = cells.get(key);
    if (cell) cell.properties.count!++;
    else cells.set(key, { type: 'Feature', properties: { id: s.id, name: s.name, count: 1 }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } });
  }
  return cells;
}

/**
 * `addToCells` for every structure, 2,000 per step (a caller pauses between steps): 20,000
 * structures counted at once took 10–35 ms, 100,000 took 50–135 ms.
 */
export function* countCellsInSteps(
  structures: readonly Structure[],
  positions?: { lat: Float64Array; lon: Float64Array },
): Generator<undefined, MapCells, undefined> {
  const cells: MapCells = new Map();
  for (let from = 0; from < structures.length; from += 2000) {
    addToCells(cells, structures, from, Math.min(from + 2000, structures.length), positions);
    if (from + 2000 < structures.length) yield;
  }
  return cells;
}
