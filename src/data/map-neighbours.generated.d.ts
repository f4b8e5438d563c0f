// Types of the module that scripts/build-outline.mjs generates at build time: the land around
// France and its overseas departments, in the encoding of france-outline.generated.js.
/** The other countries, cut to boxes around mainland France and each overseas department. */
export declare const neighbours: string;
/** French collectivities that are not departments (Saint-Martin, Saint-Barthélemy…), drawn as France. */
export declare const collectivities: string;
