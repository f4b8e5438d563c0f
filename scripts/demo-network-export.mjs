// Writes demo/data/reseau-export-fictif.jsonl: a FICTITIOUS collector export (« fictif ») for the
// demo page of <cap-network-overview> — a few hundred diagnostics and some contact requests, with
// made-up associations, example.org addresses and phone numbers from the range ARCEP keeps for
// fiction (01 99 00 xx xx). Deterministic (a seeded generator): running it again writes the same
// bytes. `--check` exits with 1 when the committed file differs from what it would write.
// `networkExport()` also makes the larger exports the benchmark times the overview with.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const OUT = 'demo/data/reseau-export-fictif.jsonl';

/** mulberry32: a small seeded generator, so that the file is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = random(2026);
const pick = (list) => list[Math.floor(rand() * list.length)];
const clamp = (n) => Math.max(0, Math.min(100, Math.round(n)));

const DIMENSIONS = ['strategie', 'outils', 'competences', 'communication', 'collaboration', 'donnees'];
const LEVELS = [
  ['peu-initiee', 0],
  ['en-demarrage', 35],
  ['en-progression', 60],
  ['bien-outillee', 80],
];
const levelOf = (score) => (score === null ? null : LEVELS.filter(([, min]) => score >= min).pop()[0]);
const COMMUNES = [
  ['Villeurbanne', '69266'],
  ['Lyon', '69123'],
  ['Vénissieux', '69259'],
  ['Saint-Étienne', '42218'],
  ['Grenoble', '38185'],
  ['Annecy', '74010'],
  ['Clermont-Ferrand', '63113'],
  ['Valence', '26362'],
  ['Bourg-en-Bresse', '01053'],
  ['Chambéry', '73065'],
];
const department = (insee) => insee.slice(0, 2);
const NAMES = ['Les Amis du Lavoir', 'Jardins Partagés', 'Court-Circuit', 'La Clé des Champs', 'Entraide Quartier Nord', 'Les Petits Débrouillards du Coin', 'Théâtre en Herbe', 'Vélo Solidaire', 'Soupe au Caillou', 'Ludothèque des Pentes'];
const PEOPLE = ['Camille Martin', 'Dominique Bernard', 'Claude Petit', 'Alix Durand', 'Sacha Moreau', 'Maxime Laurent', 'Lou Garnier', 'Charlie Roux'];
const MESSAGES = [
  'Nous voudrions de l’aide pour nos sauvegardes.',
  'Notre trésorier part à la fin de l’année : comment transmettre les fichiers ?',
  'Nous ne savons pas quel outil choisir pour les adhésions.',
  'Bonjour,\nnous aimerions une formation pour les bénévoles.',
  undefined,
];

const day = (start, offset) => new Date(Date.parse(`${start}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const at = (date, minutes) => new Date(Date.parse(`${date}T08:00:00Z`) + minutes * 60_000).toISOString();

/** A JSON Lines export of `diagnostics` results and `contactCount` contact requests, with two damaged lines. */
export function networkExport({ diagnostics = 420, contactCount = 48, seed = 2026 } = {}) {
  rand = random(seed);
  const results = [];
  for (let i = 0; i < diagnostics; i++) {
    // A year of diagnostics, more of them after the network's campaign in the autumn.
    const offset = Math.floor(rand() < 0.45 ? 270 + rand() * 95 : rand() * 365);
    const date = day('2025-12-01', offset);
    const base = 15 + rand() * 70;
    const dimensions = DIMENSIONS.map((id, d) => {
      const unassessed = rand() < 0.06;
      const score = unassessed ? null : clamp(base + (rand() - 0.5) * 40 + [-10, 5, -5, 8, 0, -12][d]);
      return { id, score, level: levelOf(score), answered: unassessed ? 1 : 4 };
    });
    const scored = dimensions.filter((d) => d.score !== null);
    const partial = scored.length <= DIMENSIONS.length / 2 || rand() < 0.03;
    const score = partial ? null : clamp(scored.reduce((sum, d) => sum + d.score, 0) / scored.length);
    const commune = rand() < 0.7 ? pick(COMMUNES) : undefined;
    const row = {
      kind: 'results',
      id: i + 1,
      receivedAt: at(date, Math.floor(rand() * 600)),
      schema: commune ? 'cap-numerique/submission/2' : 'cap-numerique/submission/1',
      questionnaireId: 'cap-numerique-maturite',
      version: offset < 90 ? '2026.1' : '2026.2',
      score,
      level: levelOf(score),
      dimensions,
      date,
      lang: rand() < 0.95 ? 'fr' : 'en',
      ...(commune ? { department: department(commune[1]) } : {}),
    };
    // « Ne sait pas à qui s’adresser »: more often among the least initiated.
    if (rand() < 0.8) row.knowsWhomToAsk = rand() > (score !== null && score < 35 ? 0.3 : 0.1);
    // As the collector stores it: results that say so are version 3 (with or without a département).
    if ('knowsWhomToAsk' in row) row.schema = 'cap-numerique/submission/3';
    results.push(row);
  }
  results.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).forEach((row, i) => (row.id = i + 1));

  const contacts = [];
  for (let i = 0; i < contactCount; i++) {
    const source = pick(results);
    const [name, insee] = pick(COMMUNES);
    const person = pick(PEOPLE);
    const message = pick(MESSAGES);
    const phone = rand() < 0.6 ? `01 99 00 ${String(10 + i).padStart(2, '0')} ${String(Math.floor(rand() * 90) + 10)}` : undefined;
    contacts.push({
      kind: 'contact',
      id: 0,
      receivedAt: at(source.date, 30 + Math.floor(rand() * 600)),
      schema: 'cap-numerique/contact/1',
      association: `${pick(NAMES)} (fictive ${i + 1})`,
      person,
      ...(phone && rand() < 0.5 ? {} : { email: `${person.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org` }),
      ...(phone ? { phone } : {}),
      commune: { name, insee },
      department: department(insee),
      ...(message ? { message } : {}),
      consent: { given: true, notice: 'notice-demo-2026' },
      ...(rand() < 0.8 ? { results: { questionnaireId: source.questionnaireId, version: source.version, level: source.level } } : {}),
      lang: 'fr',
    });
  }
  contacts.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).forEach((row, i) => (row.id = i + 1));

  const lines = [...results, ...contacts].map((row) => JSON.stringify(row));
  // Two damaged lines, as a hand-edited or truncated file has: the overview counts and explains them.
  lines.splice(100, 0, '{"kind":"results","id":9999,"receivedAt":"2026-03-02T10:00:00.000Z","schema":"cap-numerique/submission/1","questionnaireId":"cap-numerique-maturite"');
  lines.splice(200, 0, JSON.stringify({ ...results[Math.min(150, results.length - 1)], id: 9998, score: 180 }));
  return `${lines.join('\n')}\n`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) main();

function main() {
  const text = networkExport();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OUT, 'utf8');
    if (committed !== text) {
      console.error(`${OUT} is not what scripts/demo-network-export.mjs writes: run it again.`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
  } else {
    writeFileSync(OUT, text);
    console.log(`${OUT}: 420 diagnostics, 48 contact requests, 2 damaged lines (all fictitious).`);
  }
}
