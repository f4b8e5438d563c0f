// Hand-written (committed) types for the generated, git-ignored communes.generated.js and its parts
// (src/data/communes/), written by scripts/build-communes.mjs and loaded by src/data/communes.ts.
// Each part is one string of lines `name|insee or difference|postcodes(comma)|lat|lon|approx(0/1)|size`
// (see parseCommuneIndex).
type Part = () => Promise<{ default: string }>;
/** First name key of each name part: part i holds the communes whose compact name sorts in [NAME_STARTS[i], NAME_STARTS[i + 1]). */
export declare const NAME_STARTS: readonly string[];
export declare const loadNamePart: readonly Part[];
/** Code parts by key: "69", "20" (Corsica), "971"… — communes whose INSEE code or a postcode starts with it. */
export declare const loadCodePart: Readonly<Record<string, Part>>;
/** The largest communes (HEAD_MIN inhabitants and more). */
export declare const loadHead: Part;
export declare const HEAD_MIN: number;
