/**
 * Positions from the commune index, after the first list: rows that came without coordinates but
 * with an INSEE code or a postcode are placed at their commune's centre (« position
 * approximative »), and structures whose given position is far from their own commune's centre
 * are flagged (« position à vérifier »: kept where the source put it, not moved).
 *
 * The finder loads this module (and the commune index it needs) only once its first list and map
 * are drawn: neither waits for the index. The commune lookup is handed in, so that this runs in
 * Node as in a browser without knowing where the index comes from.
 */
import { distanceKm } from '../geo/distance.js';
import type { Commune } from '../geo/communes.js';
import type { Structure } from '../structures/model.js';
import type { ReadSource, SourceReport } from './model.js';

/** What a structure says of its commune. */
export interface CommuneRef {
  inseeCode?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
}

/** Each ref's commune (INSEE code first, else postcode and city), or undefined; rejects when the index cannot be had. */
export type LocateCommunes = (refs: readonly CommuneRef[]) => Promise<(Commune | undefined)[]>;

/**
 * Beyond this distance from its commune's centre, a position is flagged. Nearly every commune of
 * mainland France fits in a circle of 10 km around its centre (the median commune is about
 * 11 km² across; the largest ones are listed below): 20 km is twice that, so that a position
 * within its commune is never flagged, and a position in another commune or département is (the
 * real files' errors are 30 to 390 km).
 */
export const FAR_KM = 20;

/**
 * Where communes are much larger, by INSEE code or its first digits (the first that matches):
 * - Arles (759 km², the Camargue reaches 40 km from the town) and Saintes-Maries-de-la-Mer
 *   (375 km², its village at the far south end), the largest communes of mainland France;
 * - Guyane (973): Maripasoula is 18,360 km², most communes are over 1,000 km²;
 * - Saint-Pierre-et-Miquelon (975): Miquelon-Langlade is 40 km long;
 * - Polynésie française (987): a commune may be several atolls hundreds of kilometres apart;
 * - Nouvelle-Calédonie (988): communes of over 1,000 km², and islands (Lifou, Maré, Ouvéa).
 */
export const FAR_KM_WHERE: readonly (readonly [string, number])[] = [
  ['13004', 45],
  ['13096', 35],
  ['973', 200],
  ['975', 50],
  ['987', 500],
  ['988', 150],
];

/** The distance beyond which a position is flagged, for a commune's INSEE code. */
export function farKm(insee: string): number {
  for (const [prefix, km] of FAR_KM_WHERE) if (insee.startsWith(prefix)) return km;
  return FAR_KM;
}

/** What placement did to one source's rows. */
export interface SourcePlacement {
  /** Placed at their commune's centre. */
  approximate: number;
  /** No coordinates, and their commune is not in the index. */
  notFound: number;
  /** Positions far from their own commune's centre (flagged, kept). */
  far: number;
}

export interface Placement {
  /** The rows placed at their commune's centre (`positionWarning: 'approximate'`), given their position. */
  placed: Structure[];
  /** Per source, in the order given. */
  sources: SourcePlacement[];
}

/**
 * Place each source's unplaced rows and flag its structures far from their commune. `all`: the
 * structures listed, when they are copies (several sources merged): they get the same flags.
 * Communes are looked up once per code. Structures are flagged, and rows placed, in place.
 */
export async function placeSources(
  sources: readonly ReadSource[],
  all: readonly Structure[],
  locate: LocateCommunes,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<Placement> {
  const refs: CommuneRef[] = [];
  const at = new Map<string, number>();
  const refOf = (s: Structure, checked: boolean): number | undefined => {
    const key = s.inseeCode ? `i${s.inseeCode}` : checked || !s.postcode ? undefined : `p${s.postcode}|${s.city ?? ''}`;
    if (key === undefined) return undefined;
    let index = at.get(key);
    if (index === undefined) {
      at.set(key, (index = refs.length));
      refs.push(s.inseeCode ? { inseeCode: s.inseeCode } : { postcode: s.postcode, city: s.city });
    }
    return index;
  };
  const checked = (s: Structure) => !s.positionWarning && s.inseeCode !== undefined && Number.isFinite(s.lat) && Number.isFinite(s.lon);
  for (const source of sources) {
    for (const s of source.unplaced) refOf(s, false);
    for (const s of source.structures) if (checked(s)) refOf(s, true);
  }
  const communes = refs.length > 0 ? await locate(refs) : [];
  const communeOf = (s: Structure, isChecked: boolean) => {
    const index = refOf(s, isChecked);
    return index === undefined ? undefined : communes[index];
  };
  /** Flag `s` when far from its commune; true when it was. */
  const flag = (s: Structure): boolean => {
    if (!checked(s)) return false;
    const commune = communeOf(s, true);
    // A commune whose own centre is not known (the index gives a neighbour's) cannot tell.
    if (!commune || commune.approximate || distanceKm(s, commune) <= farKm(commune.insee)) return false;
    s.positionWarning = 'far';
    return true;
  };
  /** Flag each of `structures`, a slice at a time; how many were flagged. */
  const flagAll = async (structures: readonly Structure[]): Promise<number> => {
    let far = 0;
    for (let i = 0; i < structures.length; i++) {
      if (flag(structures[i]!)) far++;
      if ((i & 1023) === 1023) await pause();
    }
    return far;
  };

  const placed: Structure[] = [];
  const outcome: SourcePlacement[] = [];
  for (const source of sources) {
    const counts: SourcePlacement = { approximate: 0, notFound: 0, far: 0 };
    for (const s of source.unplaced) {
      const commune = communeOf(s, false);
      if (!commune) {
        counts.notFound++;
        continue;
      }
      // The row's own object: detail fields the reader cleans later (after the first list) land in it.
      s.lat = commune.lat;
      s.lon = commune.lon;
      s.positionWarning = 'approximate';
      s.city ??= commune.name;
      placed.push(s);
      counts.approximate++;
    }
    counts.far = await flagAll(source.structures);
    outcome.push(counts);
  }
  // Several sources: the list holds merged copies, flagged alike.
  if (sources.length !== 1 || sources[0]!.structures !== all) await flagAll(all);
  return { placed, sources: outcome };
}

/**
 * The sources' reports once placement is done: rows placed shown as `approximate`, those whose
 * commune was not found skipped (`commune-not-found`), far positions counted. Without a
 * placement (the commune index could not be downloaded), the rows waiting are skipped as
 * `commune-index-unavailable`.
 */
export function placedReports(reports: readonly SourceReport[], placement: Placement | undefined): SourceReport[] {
  return reports.map((r, i) => {
    const p = placement?.sources[i];
    const skip = (reason: string, n: number) => (n > 0 ? { [reason]: (r.skipped[reason] ?? 0) + n } : {});
    if (!p) return { ...r, pending: 0, skipped: { ...r.skipped, ...skip('commune-index-unavailable', r.pending) } };
    return {
      ...r,
      shown: r.shown + p.approximate,
      approximate: r.approximate + p.approximate,
      pending: 0,
      far: r.far + p.far,
      skipped: { ...r.skipped, ...skip('commune-not-found', p.notFound) },
    };
  });
}
