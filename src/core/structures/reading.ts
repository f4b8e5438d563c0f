/**
 * What the finder needs to read and merge `src` files, as one lazy chunk: the readers, the
 * crosswalk they share with the merge, and the merge (one file compresses better than three).
 */
export { readJsonInSlices, readObjectsInSlices, readStructures } from './readers/index.js';
export { mergeSources } from './merge.js';
