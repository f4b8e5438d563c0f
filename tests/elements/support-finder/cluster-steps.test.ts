import { expect } from '@open-wc/testing';
import Supercluster from 'supercluster';
import { loadInSteps } from '../../../src/elements/support-finder/cluster-steps.js';

/** Points around a few French towns, some at the same place, seeded. */
function points(n: number): Supercluster.PointFeature<{ id: number; count: number }>[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const towns = [[2.35, 48.86], [4.84, 45.76], [5.37, 43.3], [3.06, 50.63], [55.45, -20.88], [-61.53, 16.24]];
  return Array.from({ length: n }, (_, id) => {
    const [lon, lat] = towns[id % towns.length]!;
    const spread = id % 5 === 0 ? 0 : random() * 0.5;
    return { type: 'Feature', properties: { id, count: 1 + (id % 3) }, geometry: { type: 'Point', coordinates: [lon! + spread - 0.25, lat! + spread / 2] } };
  });
}

describe('loadInSteps (the map’s zoom 7–11 index, built a step per idle moment)', () => {
  for (const [name, options] of [
    ['plain points', { radius: 48, minZoom: 7, maxZoom: 11 }],
    ['weighted points (map and reduce)', {
      radius: 48, minZoom: 3, maxZoom: 6,
      map: (p: { count: number }) => ({ count: p.count }),
      reduce: (total: { count: number }, p: { count: number }) => { total.count += p.count; },
    }],
  ] as const) {
    it(`gives the clusters supercluster's load gives, at every zoom: ${name}`, () => {
      const data = points(3000);
      const whole = new Supercluster(options as Supercluster.Options<{ id: number; count: number }, { count: number }>).load(data);
      const steps = loadInSteps(new Supercluster(options as Supercluster.Options<{ id: number; count: number }, { count: number }>), data);
      let count = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) count++;
      const stepped = next.value;
      // Packing, the points' tree, then one step per zoom but the last.
      expect(count).to.equal(2 + options.maxZoom - options.minZoom);
      for (let z = 0; z <= 14; z++) {
        expect(stepped.getClusters([-180, -85, 180, 85], z), `zoom ${z}`).to.deep.equal(whole.getClusters([-180, -85, 180, 85], z));
      }
      const cluster = whole.getClusters([-180, -85, 180, 85], options.minZoom).find((c) => 'cluster' in c.properties && c.properties.cluster);
      const id = (cluster!.properties as { cluster_id: number }).cluster_id;
      expect(stepped.getClusterExpansionZoom(id)).to.equal(whole.getClusterExpansionZoom(id));
      expect(stepped.getLeaves(id, Infinity)).to.deep.equal(whole.getLeaves(id, Infinity));
    });
  }
});
