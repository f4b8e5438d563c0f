// Builds the offline base map from Natural Earth (world-atlas, public domain, 1:50m) into src/data/
// (not committed):
// - france-outline.generated.js: France and its overseas departments (in the finder's first chunk);
// - map-neighbours.generated.js: the other countries and French collectivities around them, cut to
//   boxes around mainland France, each overseas department and the inhabited collectivities (a lazy
//   chunk of the map).
// Borders are simplified once per shared arc (to ~1 km), so France and its neighbours keep the
// very same border line (no gap or overlap where the sea would show through), then rounded to ~1 km.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const TOLERANCE = 0.01; // degrees, about 1 km: the precision the points are rounded to
const FRANCE = '250';
/** French collectivities drawn as France on the base map (they are not in the overseas departments' outline). */
// Saint-Martin, Saint-Barthélemy, Saint-Pierre-et-Miquelon, Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna
const FRENCH = new Set(['663', '652', '666', '540', '258', '876']);

/** Boxes [west, south, east, north] where neighbours are drawn: the map's areas with a wide margin. */
const BOXES = [
  [-14, 34, 24, 60], // mainland France and Corsica: British Isles to Austria, Spain to Denmark
  [-64, 12, -58, 19], // Guadeloupe, Martinique: the Lesser Antilles
  [-58.5, -1, -49, 8], // Guyane: Suriname, Brazil
  [53, -23.5, 60, -18], // La Réunion: Mauritius
  [42, -16, 50, -10], // Mayotte: the Comoros, Madagascar's north
  [-57, 46.5, -55.5, 47.3], // Saint-Pierre-et-Miquelon: Newfoundland's south coast
  [163, -23, 169, -19.5], // Nouvelle-Calédonie and the Loyalty Islands
  [-155, -28, -134, -7], // Polynésie française
  [-178.5, -14.5, -175.9, -13], // Wallis-et-Futuna
];

/** Douglas–Peucker simplification of a polyline, keeping both ends (and at least 4 points of a closed one). */
function simplify(line) {
  if (line.length <= 2) return line;
  const closed = line[0][0] === line.at(-1)[0] && line[0][1] === line.at(-1)[1];
  if (closed && line.length <= 5) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i];
      // Distance to the chord, or to its end when the chord is a point (a closed arc).
      const d = length > 1e-12 ? Math.abs(dy * px - dx * py + bx * ay - by * ax) / length : Math.hypot(px - ax, py - ay);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out = line.filter((_, i) => keep[i]);
  return closed && out.length < 4 ? line : out;
}

// The arcs in degrees (the file stores them quantized and delta-encoded), each simplified once.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
topology.arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return simplify(arc.map(([dx, dy]) => ((x += dx), (y += dy), [x * sx + tx, y * sy + ty])));
});
delete topology.transform;

const round = (n) => Math.round(n * 100) / 100;

/** Polygons of a country's geometry as rings of [lon, lat]. */
function polygonsOf(geometry) {
  const g = feature(topology, geometry).geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Sutherland–Hodgman: a ring cut to a box (the box's edges close what it cuts). */
function clip(ring, [west, south, east, north]) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => cross(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cross(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cross(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cross(a, b, 1, north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, at] of edges) {
    const out = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(p)) {
        if (!inside(prev)) out.push(at(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(at(prev, p));
    });
    points = out;
    if (points.length === 0) return [];
  }
  return points.length >= 3 ? [...points, points[0]] : [];
}
function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

/** A ring rounded to 1/100 degree without repeated points; null when too small to see. */
function rounded(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : null;
}

/**
 * Rings in hundredths of a degree, each point as the difference from the one before ("x,y"),
 * points separated by spaces and rings by ";": a third of the GeoJSON's gzip weight, read by
 * map-geometry.ts (decodeRings).
 */
function encode(rings) {
  return rings
    .map((ring) => {
      let x = 0;
      let y = 0;
      return ring
        .map(([lon, lat]) => {
          const [X, Y] = [Math.round(lon * 100), Math.round(lat * 100)];
          const pair = `${X - x},${Y - y}`;
          [x, y] = [X, Y];
          return pair;
        })
        .join(' ');
    })
    .join(';');
}

const geometries = topology.objects.countries.geometries;
const france = polygonsOf(geometries.find((g) => g.id === FRANCE))
  .flat()
  .map(rounded)
  .filter(Boolean);
// The rings of one kind of land inside the boxes (a ring crossing two boxes is cut to each).
function ringsIn(filter) {
  const rings = [];
  for (const geometry of geometries.filter(filter)) {
    for (const ring of polygonsOf(geometry).flat()) {
      for (const box of BOXES) {
        const [west, south, east, north] = box;
        const xs = ring.map(([x]) => x);
        const ys = ring.map(([, y]) => y);
        if (Math.max(...xs) < west || Math.min(...xs) > east || Math.max(...ys) < south || Math.min(...ys) > north) continue;
        const cut = rounded(clip(ring, box));
        if (cut) rings.push(cut);
      }
    }
  }
  return rings;
}
const neighbours = ringsIn((g) => g.id !== FRANCE && !FRENCH.has(g.id));
const collectivities = ringsIn((g) => FRENCH.has(g.id));

const outline =
  '// Generated by scripts/build-outline.mjs from world-atlas (Natural Earth, public domain).\n' +
  '// France and its overseas departments: rings of longitude,latitude differences in 1/100 degree.\n' +
  `export default ${JSON.stringify(encode(france))};\n`;
writeFileSync('src/data/france-outline.generated.js', outline);
const around =
  '// Generated by scripts/build-outline.mjs from world-atlas (Natural Earth, public domain).\n' +
  '// Around France and its overseas departments, in the same encoding as france-outline.generated.js:\n' +
  '// the other countries, and the French collectivities that are not departments.\n' +
  `export const neighbours = ${JSON.stringify(encode(neighbours))};\n` +
  `export const collectivities = ${JSON.stringify(encode(collectivities))};\n`;
writeFileSync('src/data/map-neighbours.generated.js', around);
console.log(
  `Base map: France ${france.length} rings, ${outline.length} bytes; around it ${neighbours.length} + ${collectivities.length} rings, ${around.length} bytes`,
);
