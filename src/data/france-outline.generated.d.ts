// Types of the module that scripts/build-outline.mjs generates at build time: the rings of France
// and its overseas departments, as longitude,latitude differences in hundredths of a degree.
declare const outline: string;
export default outline;
