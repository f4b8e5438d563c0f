/**
 * Merges the structures of several sources (the finder's `src` files) into one list without duplicates.
 * Two entries are the same place when:
 * - they have the same normalised name (case, accents and punctuation ignored) within 50 m; or
 * - they have the same SIRET/pivot, come from different sources and lie within 5 km. Within one
 *   source a shared SIRET is several sites of one organisation (LaMednum files often give the
 *   parent's SIRET, e.g. a town's for all its libraries), and far apart it is too; 5 km still
 *   tolerates two sources geocoding one place differently (address vs commune centre).
 * The first entry is kept, its missing fields filled from the duplicate, its types and themes
 * joined; the duplicate's id, source and update date are listed in `mergedFrom`. Near-linear:
 * candidates are looked up in a grid keyed by name or SIRET, never by comparing all pairs.
 */
import { SUPPORT_THEMES } from '../vocabulary.js';
import { distanceKm } from '../geo/distance.js';
import { foldText, WORDS } from '../text.js';
import { runToEnd, runWithPauses } from '../steps.js';
import { closeTogether, SAME_PLACE_KM } from './close-together.js';
import { STRUCTURE_TYPES, type ReadResult, type Structure } from './model.js';

export const SAME_NAME_RADIUS_KM = SAME_PLACE_KM;
export const SAME_SIRET_RADIUS_KM = 5;

export interface MergeResult {
  structures: Structure[];
  /** Entries merged into an earlier one. */
  duplicates: number;
}

/** A little under a degree of latitude (111.2 km): cells slightly larger than the radius. */
const KM_PER_DEGREE = 110;
const RAD = Math.PI / 180;

/**
 * Points bucketed by key (a name or a SIRET), then by cells about as large as the radius, so that
 * a query visits a few cells of one key. Cell ids are numbers: string keys per cell were the
 * bottleneck at 100,000 entries.
 */
class Grid {
  private readonly byKey = new Map<string, Map<number, number[]>>();
  private readonly cellDeg: number;
  private readonly columns: number;

  constructor(readonly radiusKm: number) {
    this.cellDeg = radiusKm / KM_PER_DEGREE;
    this.columns = Math.ceil(360 / this.cellDeg);
  }

  private column(lon: number): number {
    const c = Math.floor((lon + 180) / this.cellDeg) % this.columns;
    return c < 0 ? c + this.columns : c;
  }

  add(key: string, lat: number, lon: number, value: number): void {
    let cells = this.byKey.get(key);
    if (!cells) this.byKey.set(key, (cells = new Map()));
    const id = Math.floor(lat / this.cellDeg) * this.columns + this.column(lon);
    const bucket = cells.get(id);
    if (bucket) bucket.push(value);
    else cells.set(id, [value]);
  }

  /** The first value, in cells that may hold points within the radius, that `accept` takes. */
  find(key: string, lat: number, lon: number, accept: (value: number) => boolean): number | undefined {
    const cells = this.byKey.get(key);
    if (!cells) return undefined;
    const row = Math.floor(lat / this.cellDeg);
    const column = this.column(lon);
    // A degree of longitude shrinks with latitude: widen the search at the band's far edge.
    const edge = Math.min(89.9, Math.abs(lat) + this.cellDeg * 2);
    const span = Math.min(Math.ceil(this.columns / 2), Math.ceil(1 / Math.cos(edge * RAD)) + 1);
    for (let r = row - 1; r <= row + 1; r++) {
      for (let dc = -span; dc <= span; dc++) {
        const c = (((column + dc) % this.columns) + this.columns) % this.columns;
        const bucket = cells.get(r * this.columns + c);
        if (!bucket) continue;
        for (const value of bucket) if (accept(value)) return value;
      }
    }
    return undefined;
  }
}

const FILLED_FIELDS = [
  'address', 'postcode', 'city', 'inseeCode', 'description', 'phone', 'email', 'website', 'hours',
  'free', 'accessibility', 'appointmentUrl', 'mobilisationUrl', 'supportModes', 'siret', 'guidasso',
] as const;

function fill(kept: Structure, duplicate: Structure): void {
  // The duplicate's numbers only with its first one (`phone`, filled below).
  if (kept.phone === undefined && duplicate.phones) kept.phones = duplicate.phones;
  for (const key of FILLED_FIELDS) {
    if (kept[key] === undefined && duplicate[key] !== undefined) (kept as unknown as Record<string, unknown>)[key] = duplicate[key];
  }
  const types = new Set([...kept.types, ...duplicate.types]);
  kept.types = STRUCTURE_TYPES.filter((t) => types.has(t));
  const themes = new Set([...kept.themes, ...duplicate.themes]);
  kept.themes = SUPPORT_THEMES.filter((t) => themes.has(t));
  const entry = duplicate.updatedAt
    ? { id: duplicate.id, source: duplicate.source, updatedAt: duplicate.updatedAt }
    : { id: duplicate.id, source: duplicate.source };
  kept.mergedFrom = [...(kept.mergedFrom ?? []), entry, ...(duplicate.mergedFrom ?? [])];
}

/**
 * Merge the structures of several read results, in order; the inputs are not modified. With
 * `sameFile`, the structures of one file, merged by name only (a SIRET shared within one source is
 * several sites) and in place (no copies: the file was just read).
 */
export function mergeSources(results: readonly ReadResult[], sameFile = false): MergeResult {
  return runToEnd(mergeSourcesInSteps(results, sameFile));
}

/** `mergeSources`, a step every 256 structures (a caller may pause between steps). */
export function* mergeSourcesInSteps(results: readonly ReadResult[], sameFile = false): Generator<undefined, MergeResult, undefined> {
  const kept: Structure[] = [];
  const byName = new Grid(SAME_NAME_RADIUS_KM);
  const bySiret = new Grid(SAME_SIRET_RADIUS_KM);
  const ids = new Set<string>();
  let duplicates = 0;

  const find = (grid: Grid, key: string, s: Structure, accept: (other: Structure) => boolean) =>
    grid.find(key, s.lat, s.lon, (index) => {
      const other = kept[index]!;
      return accept(other) && distanceKm(other, s) <= grid.radiusKm;
    });

  let done = 0;
  for (const result of results) {
    for (const structure of result.structures) {
      if ((++done & 255) === 0) yield;
      const name = foldText(structure.name, WORDS);
      let target: number | undefined;
      if (structure.siret && !sameFile) {
        target = find(bySiret, structure.siret, structure, (other) => other.source !== structure.source);
      }
      if (target === undefined && name) target = find(byName, name, structure, () => true);
      if (target !== undefined) {
        const existing = kept[target]!;
        const hadSiret = existing.siret;
        fill(existing, structure);
        if (!hadSiret && existing.siret) bySiret.add(existing.siret, existing.lat, existing.lon, target);
        duplicates++;
        continue;
      }
      const copy: Structure = sameFile ? structure : { ...structure, types: [...structure.types], themes: [...structure.themes] };
      if (structure.mergedFrom && !sameFile) copy.mergedFrom = [...structure.mergedFrom];
      // Two files may use the same ids (two exports both named "structures.csv").
      let id = copy.id;
      for (let n = 2; ids.has(id); n++) id = `${copy.id}~${n}`;
      ids.add(id);
      copy.id = id;
      const index = kept.push(copy) - 1;
      if (name) byName.add(name, copy.lat, copy.lon, index);
      if (copy.siret) bySiret.add(copy.siret, copy.lat, copy.lon, index);
    }
  }
  return { structures: kept, duplicates };
}

/**
 * The same place listed twice in one file (same name within 50 m) kept once, in place, as
 * `mergeSources` keeps it (sources and dates in `mergedFrom`); counted as `duplicate`; how many.
 * Only the structures with another close by (`closeTogether`) are compared, in their order, and
 * `beforeMerge` is awaited first when there are some: folding every name of a large file would make
 * one long task. `pause` is called between steps and may return a promise to wait for.
 */
export async function mergeWithinFile(
  result: ReadResult,
  pause: () => Promise<void> | undefined = () => undefined,
  beforeMerge?: () => Promise<void>,
): Promise<number> {
  const candidates = await closeTogether(result.structures, SAME_PLACE_KM, pause);
  if (candidates.length === 0) return 0;
  await beforeMerge?.();
  const merged = await runWithPauses(mergeSourcesInSteps([{ ...result, structures: [...candidates] }], true), pause);
  if (!merged.duplicates) return 0;
  const kept = new Set(merged.structures);
  const gone = new Set(candidates.filter((s) => !kept.has(s)));
  result.structures = result.structures.filter((s) => !gone.has(s));
  result.skipped.duplicate = (result.skipped.duplicate ?? 0) + merged.duplicates;
  return merged.duplicates;
}
