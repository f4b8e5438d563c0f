// Hand-written (committed) types for the generated, git-ignored communes.generated.js, written by
// scripts/build-communes.mjs. Parse it with parseCommuneIndex (src/core/geo/communes.ts), loaded by src/data/communes.ts.
/** One commune a line: `name|insee or difference|postcodes(comma)|lat|lon|approx(0/1)|size`; see parseCommuneIndex. */
declare const communeIndex: string;
export default communeIndex;
