/**
 * After the first list (a lazy chunk, with the placement code and the commune index it loads):
 * the places one file lists twice merged, rows without coordinates placed at their commune,
 * positions checked against it.
 */
import type { FinderModel, SourceReport } from '../../core/finder/model.js';
import { placedReports, placeSources } from '../../core/finder/placement.js';
import { locateCommunes } from '../../data/communes.js';

/**
 * Merges the places one file lists twice, places the rows waiting for their commune and checks
 * positions against it, from the commune index (the index is a lazy chunk of its own). The reports
 * once done, or undefined when a newer load came meanwhile.
 */
export async function placeLoaded(model: FinderModel, reports: readonly SourceReport[], pause: () => Promise<void> | undefined): Promise<SourceReport[] | undefined> {
  const before = model.all;
  const merged = await model.mergeWithinFile(pause);
  if (model.all !== before && merged === 0) return undefined;
  if (merged > 0) {
    const r = reports[0]!;
    reports = [{ ...r, shown: r.shown - merged, skipped: { ...r.skipped, duplicate: (r.skipped.duplicate ?? 0) + merged } }];
  }
  const all = model.all;
  // The index could not be downloaded: the rows waiting are counted as skipped for that reason.
  const placement = await placeSources(model.sources, all, locateCommunes, pause).catch(() => undefined);
  if (model.all !== all) return undefined;
  model.addStructures(placement?.placed ?? []);
  return placedReports(reports, placement);
}
