// Types of the module that scripts/build-outline.mjs generates at build time.
import type { Feature, MultiPolygon } from 'geojson';

declare const outline: Feature<MultiPolygon, { name: string }>;
export default outline;
