/**
 * What the finder tells the page: its events' details. What it tells integrators of each load (the `cap-finder-load` event's detail and the
 * `loadReport` property), and the placement of the rows that came without coordinates.
 */
import type { FinderModel, SourceReport } from '../../core/finder/model.js';
import type { Structure } from '../../core/structures/model.js';

export type { SourceReport };

export interface FinderSearchDetail {
  /** What the user searched (a town, a postcode, "lat,lon", or "votre position"), or the filter change. */
  query: string;
  /** Number of structures listed. */
  count: number;
}
export interface FinderSelectDetail {
  structure: Structure;
}

/** What became of the data of one load: every row of every source accounted for. */
export interface FinderLoadReport {
  /** One entry per source read (`src` file, `structures` property, inline JSON); none for the demo data. */
  sources: SourceReport[];
  /** Structures found in several sources, kept once. */
  duplicatesMerged: number;
  /**
   * The work after the first list is under way: the places one file lists twice merged, rows
   * without coordinates placed at their commune (`pending` counts them), positions checked.
   */
  placing: boolean;
  /** The bundled demo data is shown. */
  demo: boolean;
  /** Why sources could not be loaded or read (as shown to the visitor). */
  failures: string[];
}

/**
 * Whether a load has work left for after its first list: one file's places listed twice to merge,
 * rows waiting for their commune, or structures with an INSEE code whose position is to be
 * checked against it.
 */
export function needsPlacement(model: FinderModel, reports: readonly SourceReport[]): boolean {
  return model.mergePending || reports.some((r) => r.pending > 0) || model.sources.some((s) => s.structures.some((x) => x.inseeCode));
}
