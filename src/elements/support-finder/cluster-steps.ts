import type Supercluster from 'supercluster';

/** The parts of a Supercluster (version 8) that its `load` uses. */
interface Internals {
  options: { minZoom: number; maxZoom: number; reduce?: unknown };
  points: unknown;
  trees: unknown[];
  _createTree(data: number[]): unknown;
  _cluster(tree: unknown, zoom: number): number[];
}

/** supercluster's own projection of a latitude to [0, 1] (its `latY`). */
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

/**
 * `index.load(points)`, a step at a time: the points packed, their tree, then one zoom level per
 * step. For 20,000 points `load` is one task of 35–60 ms (cold code the first time); its steps
 * take at most about 25 ms each, so that each can run in an idle moment of its own. It repeats
 * what supercluster 8's `load` does, with its own internal methods; a test builds the same
 * indexes both ways and compares their clusters at every zoom.
 */
export function* loadInSteps<P extends GeoJSON.GeoJsonProperties, C extends GeoJSON.GeoJsonProperties>(
  index: Supercluster<P, C>,
  points: Supercluster.PointFeature<P>[],
): Generator<undefined, Supercluster<P, C>, undefined> {
  const self = index as unknown as Internals;
  const { minZoom, maxZoom, reduce } = self.options;
  self.points = points;
  const data: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (!point.geometry) continue;
    const [lng, lat] = point.geometry.coordinates as [number, number];
    // x, y, the last zoom processed, the index of the point, its parent cluster, the number of points.
    data.push(Math.fround(lng / 360 + 0.5), Math.fround(latY(lat)), Infinity, i, -1, 1);
    if (reduce) data.push(0);
  }
  yield;
  let tree = (self.trees[maxZoom + 1] = self._createTree(data));
  yield;
  for (let z = maxZoom; z >= minZoom; z--) {
    tree = self.trees[z] = self._createTree(self._cluster(tree, z));
    if (z > minZoom) yield;
  }
  return index;
}
