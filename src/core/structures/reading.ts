/**
 * What the finder needs to read `src` files, as one lazy chunk: the readers and the crosswalk
 * they share with the merge. The merge is a chunk of its own, fetched for several sources (before
 * the first list) or, for one file, after it;
 * imported from here, it finds the crosswalk in this chunk (no third chunk for it).
 */
export { loadCsvReader, mayBeCsv, mergeDuplicates, readJsonInSlices, readObjectsInSlices, readStructures, readTextInSlices } from './readers/index.js';

/** The merge of several sources (duplicates removed), loaded on demand. */
export const loadMerge = () => import('./merge.js');
