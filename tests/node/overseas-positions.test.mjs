// The hand-entered positions of small Pacific communes (scripts/overseas-positions.json), checked
// against Natural Earth's 10 m land (world-atlas): a typing error of a tenth of a degree or more
// puts a point out at sea, far from any coast.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { feature } from 'topojson-client';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { positions } = JSON.parse(readFileSync(resolve(ROOT, 'scripts/overseas-positions.json'), 'utf8'));

/** Atolls too small for Natural Earth's 10 m land: checked against their archipelago's bounds only. */
const NOT_IN_NATURAL_EARTH = new Set(['98737', '98743']);
/** The collectivities' bounds (latitude, longitude). */
const BOUNDS = { 987: [[-28, -7], [-155, -134]], 988: [[-23, -19], [163, 169]] };
/** The furthest a point may lie from a vertex of a coastline: the largest atolls' lagoons, a village inland. */
const MAX_KM = 25;

const RAD = Math.PI / 180;
const km = (a, b) =>
  12742 * Math.asin(Math.sqrt(Math.sin(((b[1] - a[1]) * RAD) / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(((b[0] - a[0]) * RAD) / 2) ** 2));

test('every hand-entered position is within its collectivity and a few kilometres of its land', () => {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8'));
  const vertices = [];
  const walk = (c) => (typeof c[0] === 'number' ? vertices.push(c) : c.forEach(walk));
  for (const f of feature(topology, topology.objects.land).features) walk(f.geometry.coordinates);
  const pacific = vertices.filter(([lon, lat]) => lat < -5 && lat > -30 && (lon < -130 || lon > 160));
  assert.ok(Object.keys(positions).length >= 29);
  for (const [insee, { lat, lon, place }] of Object.entries(positions)) {
    const [[south, north], [west, east]] = BOUNDS[insee.slice(0, 3)];
    assert.ok(lat > south && lat < north && lon > west && lon < east, `${insee} ${place}: (${lat}, ${lon}) is outside its collectivity`);
    if (NOT_IN_NATURAL_EARTH.has(insee)) continue;
    const nearest = Math.min(...pacific.map((v) => km([lon, lat], v)));
    assert.ok(nearest <= MAX_KM, `${insee} ${place}: (${lat}, ${lon}) is ${nearest.toFixed(0)} km from any land`);
  }
});
