// The opening_hours package as the build ships it (config/opening-hours-france.mjs: France only,
// French and English words, regexes built once) against the package as published: the same states,
// the same unknown states and the same number of warnings for French and English values, and the
// same refusals.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { franceOnly } from '../../config/opening-hours-france.mjs';

const packageFile = new URL('../../node_modules/opening_hours/build/opening_hours.esm.mjs', import.meta.url);
const source = readFileSync(packageFile, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cap-oh-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The package's code, trimmed or not, imported from a file of its own (its one import resolved). */
async function load(code, name) {
  const file = join(dir, name);
  writeFileSync(file, code.replace("from 'suncalc'", `from '${import.meta.resolve('suncalc')}'`));
  return (await import(pathToFileURL(file).href)).default;
}

const Full = await load(source, 'full.mjs');
const Shipped = await load(franceOnly(source), 'shipped.mjs');

const paris = { lat: 48.85, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };
const reunion = { lat: -20.88, lon: 55.45, address: { country_code: 'fr', state: 'La Réunion' } };

// Valid values, values the package corrects (phrases, words, punctuation) and values it refuses.
const VALUES = [
  'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off',
  'Tu,Th 14:00-17:00',
  'Mo-Sa 08:30-12:30; PH off',
  'We 14:00-18:00 "sur rendez-vous"',
  '"sur rendez-vous"',
  'PH',
  '24/7',
  'always open',
  'always closed',
  '7 days a week 09:00-17:00',
  'Mo-Fr 9h-12h',
  'Mo–Fr 09:00–12:00',
  'on work days 09:00-17:00',
  'Mo-Fr 09:00-18:00 open end',
  'Mo-Fr 09:00-12:00; public holidays off',
  'Mo-Fr 09:00-12:00; school holidays off',
  'lundi-vendredi 9h-12h',
  'du lundi au vendredi de 9h à 12h',
  'Mo-Fr 10:00-12:00 || "par téléphone"',
  'Sa 10:00-12:00; Dec 25 off; easter off',
  'sunrise-sunset',
  'Mo-Fr 25:00-26:00',
  'ouvert',
  'n’importe quoi',
];

const DATES = ['2026-07-14T10:00:00', '2026-11-24T10:30:00', '2026-11-29T10:00:00', '2026-12-25T11:00:00', '2026-03-03T15:00:00'].map(
  (d) => new Date(d),
);

function outcome(OH, value, place) {
  try {
    const oh = new OH(value, place);
    return {
      states: DATES.map((d) => `${oh.getState(d)}/${oh.getUnknown(d)}`).join(' '),
      warnings: oh.getWarnings().length,
    };
  } catch {
    return { refused: true };
  }
}

test('the shipped package reads French and English values as the full package does', () => {
  for (const place of [paris, reunion]) {
    for (const value of VALUES) {
      assert.deepEqual(outcome(Shipped, value, place), outcome(Full, value, place), `${value} (${place.address.state})`);
    }
  }
});

test('a correction phrase is still found after other values were read (the regexes are kept, not their state)', () => {
  const first = outcome(Shipped, 'always open', paris);
  for (const value of VALUES) outcome(Shipped, value, paris);
  assert.deepEqual(outcome(Shipped, 'always open', paris), first);
  assert.deepEqual(first, outcome(Full, 'always open', paris));
  assert.equal(outcome(Shipped, 'always open', paris).refused, undefined);
});
